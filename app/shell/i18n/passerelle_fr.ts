<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityHost</name>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="26" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="35" />
        <source>Your work in this activity could not be saved.</source>
        <translation>Votre travail dans cette activité n'a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="43" />
        <source>Save as PDF or Markdown</source>
        <translation>Enregistrer en PDF ou en Markdown</translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="44" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="44" />
        <source>Markdown text (*.md)</source>
        <translation>Texte Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="76" />
        <source>This activity could not be shown.</source>
        <translation>Impossible d'afficher cette activité.</translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="122" />
        <source>This activity needs the “%1” activity type, which is not installed on this computer. The rest of the module works as usual.</source>
        <translation>Cette activité a besoin du type d'activité « %1 », qui n'est pas installé sur cet ordinateur. Le reste du module fonctionne normalement.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="15" />
        <location filename="../qml/pages/CataloguePage.qml" line="64" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="25" />
        <source>Install a module</source>
        <translation>Installer un module</translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="26" />
        <source>Passerelle modules (*.ptm)</source>
        <translation>Modules Passerelle (*.ptm)</translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="45" />
        <source>Training modules</source>
        <translation>Modules de formation</translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="72" />
        <source>Install a module…</source>
        <translation>Installer un module…</translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="74" />
        <source>Install a module from a package file</source>
        <translation>Installer un module à partir d'un fichier de paquet</translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="81" />
        <source>Training modules for your mission. They work offline; your progress is saved as you go.</source>
        <translation>Les modules de formation pour votre mission. Ils fonctionnent hors ligne ; votre progression est enregistrée au fil de l'eau.</translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="113" />
        <source>No modules are installed yet.</source>
        <translation>Aucun module n'est encore installé.</translation>
    </message>
</context>
<context>
    <name>InstallStatus</name>
    <message>
        <location filename="../qml/components/InstallStatus.qml" line="42" />
        <source>Installing: %1% done</source>
        <translation>Installation : %1 % terminé</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="103" />
        <source>Search modules</source>
        <translation>Chercher dans les modules</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="113" />
        <source>Search modules: titles, lessons and glossary</source>
        <translation>Chercher dans les modules : titres, leçons et glossaire</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="138" />
        <source>Learner: %1. Change profile</source>
        <translation>Apprenant : %1. Changer de profil</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="161" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="163" />
        <source>Settings: theme, language and text size</source>
        <translation>Paramètres : thème, langue et taille du texte</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="219" />
        <source>Preview a module's source folder</source>
        <translation>Prévisualiser le dossier source d'un module</translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message numerus="yes">
        <location filename="../qml/components/ModuleCard.qml" line="57" />
        <source>%n lesson(s)</source>
        <translation><numerusform>%n leçon</numerusform><numerusform>%n leçons</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleCard.qml" line="57" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="65" />
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="66" />
        <source>Signed by an unknown key</source>
        <translation>Signé par une clé inconnue</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="66" />
        <source>Unsigned</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="76" />
        <source>Signed by a trusted key</source>
        <translation>Signé par une clé de confiance</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="77" />
        <source>Signed by a key this computer does not trust</source>
        <translation>Signé par une clé à laquelle cet ordinateur ne fait pas confiance</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="78" />
        <source>Unsigned: its author could not be checked</source>
        <translation>Non signé : son auteur n'a pas pu être vérifié</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="87" />
        <source>%1% done</source>
        <translation>%1 % terminé</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="96" />
        <source>Continue</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="96" />
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="97" />
        <source>Continue %1</source>
        <translation>Reprendre « %1 »</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="97" />
        <source>Start %1</source>
        <translation>Commencer « %1 »</translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="57" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="60" />
        <source>Back to the catalogue</source>
        <translation>Retour au catalogue</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="83" />
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModulePage.qml" line="93" />
        <source>Lesson %1: %2, %n minute(s)</source>
        <translation><numerusform>Leçon %1 : %2, %n minute</numerusform><numerusform>Leçon %1 : %2, %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModulePage.qml" line="104" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="150" />
        <source>Lesson %1 · %2</source>
        <translation>Leçon %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="197" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="199" />
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="206" />
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="211" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="214" />
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
</context>
<context>
    <name>MyLearningPage</name>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="15" />
        <location filename="../qml/pages/MyLearningPage.qml" line="67" />
        <source>My learning</source>
        <translation>Mon parcours</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="35" />
        <source>Save the certificate</source>
        <translation>Enregistrer l'attestation</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="36" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="39" />
        <source>Certificate saved.</source>
        <translation>Attestation enregistrée.</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="45" />
        <source>Export my progress</source>
        <translation>Exporter ma progression</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="46" />
        <source>Progress files (*.json)</source>
        <translation>Fichiers de progression (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="49" />
        <source>Your progress was exported. Hand the file to your administrator.</source>
        <translation>Votre progression a été exportée. Remettez le fichier à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="87" />
        <source>Continue where you stopped</source>
        <translation>Reprendre là où vous vous étiez arrêté</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="103" />
        <location filename="../qml/pages/MyLearningPage.qml" line="164" />
        <source>Continue</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="104" />
        <location filename="../qml/pages/MyLearningPage.qml" line="165" />
        <source>Continue %1</source>
        <translation>Reprendre « %1 »</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="113" />
        <source>You have not started a module yet. Choose one in the catalogue.</source>
        <translation>Vous n'avez encore commencé aucun module. Choisissez-en un dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="120" />
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="148" />
        <location filename="../qml/pages/MyLearningPage.qml" line="157" />
        <source>%1% done</source>
        <translation>%1 % terminé</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="154" />
        <source>Completed and passed</source>
        <translation>Terminé et réussi</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="155" />
        <source>Completed, not passed yet</source>
        <translation>Terminé, pas encore réussi</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="156" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="158" />
        <source>%n min spent</source>
        <translation><numerusform>%n min passée</numerusform><numerusform>%n min passées</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="164" />
        <source>Review</source>
        <translation>Revoir</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="165" />
        <source>Review %1</source>
        <translation>Revoir « %1 »</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="173" />
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="182" />
        <source>Pass a module's final assessment to earn its certificate.</source>
        <translation>Réussissez l'évaluation finale d'un module pour obtenir son attestation.</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="207" />
        <source>Issued on %1 · score %2% · code %3</source>
        <translation>Délivrée le %1 · résultat %2 % · code %3</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="217" />
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="218" />
        <source>Save the certificate for %1 as PDF</source>
        <translation>Enregistrer en PDF l'attestation de « %1 »</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="229" />
        <source>Share my progress</source>
        <translation>Partager ma progression</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="237" />
        <source>Export a file of your answers and progress to give to your administrator, for example when you work without a connection.</source>
        <translation>Exportez un fichier de vos réponses et de votre progression pour le remettre à votre administrateur, par exemple quand vous travaillez sans connexion.</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="250" />
        <source>Include my reflections (they stay private otherwise)</source>
        <translation>Inclure mes réflexions (sinon, elles restent privées)</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="263" />
        <source>Export my progress…</source>
        <translation>Exporter ma progression…</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="35" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="43" />
        <source>My learning</source>
        <translation>Mon parcours</translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="54" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>Passerelle::LearnerSession</name>
    <message>
        <location filename="../learnersession.cpp" line="53" />
        <source>Installing %1…</source>
        <translation>Installation de %1…</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="65" />
        <source>Installing %1: reading and checking every file…</source>
        <translation>Installation de %1 : lecture et vérification de chaque fichier…</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="68" />
        <source>Installing %1: checking who signed it…</source>
        <translation>Installation de %1 : vérification de la signature…</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="71" />
        <source>Installing %1: checking the module and its activities…</source>
        <translation>Installation de %1 : vérification du module et de ses activités…</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="74" />
        <source>Installing %1: putting it in place…</source>
        <translation>Installation de %1 : mise en place…</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="101" />
        <source>The module was not installed: %1</source>
        <translation>Le module n'a pas été installé : %1</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="253" />
        <source>This certificate belongs to another profile.</source>
        <translation>Cette attestation appartient à un autre profil.</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="284" />
        <source>The module could not be opened: %1</source>
        <translation>Le module n'a pas pu être ouvert : %1</translation>
    </message>
</context>
<context>
    <name>Passerelle::ModulePreview</name>
    <message>
        <location filename="../modulepreview.cpp" line="39" />
        <source>%1 is not a folder.</source>
        <translation>%1 n'est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../modulepreview.cpp" line="41" />
        <source>%1 holds no module.yaml: choose the folder of a module's source.</source>
        <translation>%1 ne contient pas de module.yaml : choisissez le dossier source d'un module.</translation>
    </message>
    <message>
        <location filename="../modulepreview.cpp" line="43" />
        <source>No temporary folder is available for the preview.</source>
        <translation>Aucun dossier temporaire n'est disponible pour l'aperçu.</translation>
    </message>
    <message>
        <location filename="../modulepreview.cpp" line="48" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>Passerelle::ModuleSession</name>
    <message>
        <location filename="../modulesession.cpp" line="216" />
        <source>This page has no activity "%1".</source>
        <translation>Cette page ne contient pas d'activité « %1 ».</translation>
    </message>
    <message>
        <location filename="../modulesession.cpp" line="219" />
        <source>The activity type "%1" is not installed.</source>
        <translation>Le type d'activité « %1 » n'est pas installé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../modulesession.cpp" line="228" />
        <source>You have used all %n attempt(s) at this activity.</source>
        <translation><numerusform>Vous avez utilisé votre unique tentative pour cette activité.</numerusform><numerusform>Vous avez utilisé les %n tentatives prévues pour cette activité.</numerusform></translation>
    </message>
    <message>
        <location filename="../modulesession.cpp" line="247" />
        <source>Your answer could not be saved: %1</source>
        <translation>Votre réponse n'a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="15" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/PreviewPage.qml" line="45" />
        <source>%n error(s): the module cannot be shown. Fix them and save; the preview reloads by itself.</source>
        <translation><numerusform>%n erreur : le module ne peut pas être affiché. Corrigez-la et enregistrez ; l'aperçu se recharge tout seul.</numerusform><numerusform>%n erreurs : le module ne peut pas être affiché. Corrigez-les et enregistrez ; l'aperçu se recharge tout seul.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="46" />
        <source>Preview of %1 · reloads when you save a file</source>
        <translation>Aperçu de %1 · se recharge à chaque enregistrement</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/PreviewPage.qml" line="48" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="49" />
        <source>compiled at %1</source>
        <translation>compilé à %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="54" />
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="56" />
        <source>Compile the module again now</source>
        <translation>Recompiler le module maintenant</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="61" />
        <source>Close preview</source>
        <translation>Fermer l'aperçu</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="86" />
        <source>Messages from the module compiler</source>
        <translation>Messages du compilateur de modules</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="100" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="100" />
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="109" />
        <source>Hint: %1</source>
        <translation>Conseil : %1</translation>
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
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="14" />
        <location filename="../qml/pages/SearchPage.qml" line="54" />
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="28" />
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="30" />
        <source>Glossary · %1</source>
        <translation>Glossaire · %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="31" />
        <source>%1 · lesson %2</source>
        <translation>%1 · leçon %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="46" />
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="65" />
        <source>Type words to find in module titles, lessons and the glossary.</source>
        <translation>Tapez des mots à chercher dans les titres des modules, les leçons et le glossaire.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="66" />
        <source>Nothing found for “%1”. Try fewer or other words.</source>
        <translation>Rien trouvé pour « %1 ». Essayez avec moins de mots ou d’autres mots.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/SearchPage.qml" line="67" />
        <source>%n result(s) for “%1”</source>
        <translation><numerusform>%n résultat pour « %1 »</numerusform><numerusform>%n résultats pour « %1 »</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="84" />
        <source>Open %1: %2</source>
        <translation>Ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="15" />
        <location filename="../qml/pages/SettingsPage.qml" line="37" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="47" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="49" />
        <source>Done: back to where you were</source>
        <translation>Terminé : revenir là où vous étiez</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="55" />
        <source>Changes apply at once and are kept on this computer.</source>
        <translation>Les changements s’appliquent tout de suite et sont gardés sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="63" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="66" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="67" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="68" />
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="75" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="87" />
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="90" />
        <location filename="../qml/pages/SettingsPage.qml" line="91" />
        <location filename="../qml/pages/SettingsPage.qml" line="92" />
        <location filename="../qml/pages/SettingsPage.qml" line="93" />
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="99" />
        <source>The quick brown fox helps the interpreter find the right words.</source>
        <translation>Le renard brun et rapide aide l’interprète à trouver les bons mots.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="103" />
        <source>Sample text at the chosen size</source>
        <translation>Exemple de texte à la taille choisie</translation>
    </message>
</context>
</TS>