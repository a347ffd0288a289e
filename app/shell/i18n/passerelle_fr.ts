<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityHost</name>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="24" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="33" />
        <source>Your work in this activity could not be saved.</source>
        <translation>Votre travail dans cette activité n'a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="59" />
        <source>This activity could not be shown.</source>
        <translation>Impossible d'afficher cette activité.</translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="94" />
        <source>This activity needs the “%1” activity type, which is not installed on this computer. The rest of the module works as usual.</source>
        <translation>Cette activité a besoin du type d'activité « %1 », qui n'est pas installé sur cet ordinateur. Le reste du module fonctionne normalement.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="13" />
        <location filename="../qml/pages/CataloguePage.qml" line="36" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="44" />
        <source>Training modules for your mission. They work offline; your progress is saved as you go.</source>
        <translation>Les modules de formation pour votre mission. Ils fonctionnent hors ligne ; votre progression est enregistrée au fil de l'eau.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="61" />
        <source>No modules are installed yet.</source>
        <translation>Aucun module n'est encore installé.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="67" />
        <source>Learner: %1. Change profile</source>
        <translation>Apprenant : %1. Changer de profil</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="77" />
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message numerus="yes">
        <location filename="../qml/components/ModuleCard.qml" line="50" />
        <source>%n lesson(s)</source>
        <translation><numerusform>%n leçon</numerusform><numerusform>%n leçons</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleCard.qml" line="50" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="60" />
        <source>%1% done</source>
        <translation>%1 % terminé</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="68" />
        <source>Continue</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="68" />
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="69" />
        <source>Continue %1</source>
        <translation>Reprendre « %1 »</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="69" />
        <source>Start %1</source>
        <translation>Commencer « %1 »</translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="56" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="59" />
        <source>Back to the catalogue</source>
        <translation>Retour au catalogue</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="82" />
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModulePage.qml" line="92" />
        <source>Lesson %1: %2, %n minute(s)</source>
        <translation><numerusform>Leçon %1 : %2, %n minute</numerusform><numerusform>Leçon %1 : %2, %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModulePage.qml" line="103" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="149" />
        <source>Lesson %1 · %2</source>
        <translation>Leçon %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="196" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="198" />
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="205" />
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="210" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="213" />
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="32" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
</context>
<context>
    <name>Passerelle::ModuleSession</name>
    <message>
        <location filename="../modulesession.cpp" line="192" />
        <source>This page has no activity "%1".</source>
        <translation>Cette page ne contient pas d'activité « %1 ».</translation>
    </message>
    <message>
        <location filename="../modulesession.cpp" line="195" />
        <source>The activity type "%1" is not installed.</source>
        <translation>Le type d'activité « %1 » n'est pas installé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../modulesession.cpp" line="204" />
        <source>You have used all %n attempt(s) at this activity.</source>
        <translation><numerusform>Vous avez utilisé votre unique tentative pour cette activité.</numerusform><numerusform>Vous avez utilisé les %n tentatives prévues pour cette activité.</numerusform></translation>
    </message>
    <message>
        <location filename="../modulesession.cpp" line="228" />
        <source>Your answer could not be saved: %1</source>
        <translation>Votre réponse n'a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <location filename="../qml/components/ProblemBanner.qml" line="26" />
        <source>Some content could not be loaded. Everything else works as usual.</source>
        <translation>Une partie du contenu n'a pas pu être chargée. Tout le reste fonctionne normalement.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="13" />
        <source>Choose your profile</source>
        <translation>Choisissez votre profil</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="45" />
        <source>Who is learning?</source>
        <translation>Qui se forme aujourd'hui ?</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="55" />
        <source>Each profile keeps its own progress on this computer.</source>
        <translation>Chaque profil conserve sa propre progression sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="71" />
        <source>Continue as %1</source>
        <translation>Continuer en tant que %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="80" />
        <source>Or create a new profile</source>
        <translation>Ou créez un nouveau profil</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="81" />
        <source>Create your profile</source>
        <translation>Créez votre profil</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="94" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="97" />
        <source>Name of the new profile</source>
        <translation>Nom du nouveau profil</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="102" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="105" />
        <source>Create the profile</source>
        <translation>Créer le profil</translation>
    </message>
</context>
</TS>