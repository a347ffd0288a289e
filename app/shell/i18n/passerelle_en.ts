<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityHost</name>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="24" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="33" />
        <source>Your work in this activity could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="59" />
        <source>This activity could not be shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="94" />
        <source>This activity needs the “%1” activity type, which is not installed on this computer. The rest of the module works as usual.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="13" />
        <location filename="../qml/pages/CataloguePage.qml" line="36" />
        <source>Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="44" />
        <source>Training modules for your mission. They work offline; your progress is saved as you go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="61" />
        <source>No modules are installed yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="67" />
        <source>Learner: %1. Change profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Main.qml" line="77" />
        <source>Language: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message numerus="yes">
        <location filename="../qml/components/ModuleCard.qml" line="50" />
        <source>%n lesson(s)</source>
        <translation><numerusform>%n lesson</numerusform><numerusform>%n lessons</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleCard.qml" line="50" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="60" />
        <source>%1% done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="68" />
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="68" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="69" />
        <source>Continue %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="69" />
        <source>Start %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="56" />
        <source>Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="59" />
        <source>Back to the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="82" />
        <source>Lessons</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModulePage.qml" line="92" />
        <source>Lesson %1: %2, %n minute(s)</source>
        <translation><numerusform>Lesson %1: %2, %n minute</numerusform><numerusform>Lesson %1: %2, %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModulePage.qml" line="103" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="149" />
        <source>Lesson %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="196" />
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="198" />
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="205" />
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="210" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="213" />
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="32" />
        <source>Catalogue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Passerelle::ModuleSession</name>
    <message>
        <location filename="../modulesession.cpp" line="192" />
        <source>This page has no activity "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../modulesession.cpp" line="195" />
        <source>The activity type "%1" is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../modulesession.cpp" line="204" />
        <source>You have used all %n attempt(s) at this activity.</source>
        <translation><numerusform>You have used your one attempt at this activity.</numerusform><numerusform>You have used all %n attempts at this activity.</numerusform></translation>
    </message>
    <message>
        <location filename="../modulesession.cpp" line="228" />
        <source>Your answer could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <location filename="../qml/components/ProblemBanner.qml" line="26" />
        <source>Some content could not be loaded. Everything else works as usual.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="13" />
        <source>Choose your profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="45" />
        <source>Who is learning?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="55" />
        <source>Each profile keeps its own progress on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="71" />
        <source>Continue as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="80" />
        <source>Or create a new profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="81" />
        <source>Create your profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="94" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="97" />
        <source>Name of the new profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="102" />
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="105" />
        <source>Create the profile</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>