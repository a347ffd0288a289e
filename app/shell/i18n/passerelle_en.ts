<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityHost</name>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="26" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="35" />
        <source>Your work in this activity could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="43" />
        <source>Save as PDF or Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="44" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="44" />
        <source>Markdown text (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="76" />
        <source>This activity could not be shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="118" />
        <source>This activity needs the “%1” activity type, which is not installed on this computer. The rest of the module works as usual.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="15" />
        <location filename="../qml/pages/CataloguePage.qml" line="59" />
        <source>Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="25" />
        <source>Install a module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="26" />
        <source>Passerelle modules (*.ptm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="44" />
        <source>Training modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="67" />
        <source>Install a module…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="69" />
        <source>Install a module from a package file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="76" />
        <source>Training modules for your mission. They work offline; your progress is saved as you go.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/CataloguePage.qml" line="96" />
        <source>%n flashcard(s) from your modules are due for review.</source>
        <translation><numerusform>%n flashcard from your modules is due for review.</numerusform><numerusform>%n flashcards from your modules are due for review.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="103" />
        <source>Review now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/CataloguePage.qml" line="104" />
        <source>Review %n due card(s)</source>
        <translation><numerusform>Review %n due card</numerusform><numerusform>Review %n due cards</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="149" />
        <source>No modules are installed yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstallStatus</name>
    <message>
        <location filename="../qml/components/InstallStatus.qml" line="30" />
        <source>Installing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LearningPathStrip</name>
    <message>
        <location filename="../qml/components/LearningPathStrip.qml" line="24" />
        <location filename="../qml/components/LearningPathStrip.qml" line="31" />
        <source>Learning path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/LearningPathStrip.qml" line="39" />
        <source>The recommended order: each module builds on the ones before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/LearningPathStrip.qml" line="59" />
        <source>Step %1, completed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/LearningPathStrip.qml" line="61" />
        <source>Step %1, in progress: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/LearningPathStrip.qml" line="62" />
        <source>Step %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="76" />
        <source>Learner: %1. Change profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86" />
        <source>Language: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Main.qml" line="140" />
        <source>Preview a module's source folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="54" />
        <source>Step %1 of %2 · Recommended first: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="56" />
        <source>Step %1 of %2 in the learning path</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleCard.qml" line="76" />
        <source>%n lesson(s)</source>
        <translation><numerusform>%n lesson</numerusform><numerusform>%n lessons</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleCard.qml" line="76" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="84" />
        <source>Signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="85" />
        <source>Signed by an unknown key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="85" />
        <source>Unsigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="95" />
        <source>Signed by a trusted key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="96" />
        <source>Signed by a key this computer does not trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="97" />
        <source>Unsigned: its author could not be checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="106" />
        <source>%1% done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="115" />
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="115" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="116" />
        <source>Continue %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="116" />
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
    <name>MyLearningPage</name>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="15" />
        <location filename="../qml/pages/MyLearningPage.qml" line="67" />
        <source>My learning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="35" />
        <source>Save the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="36" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="39" />
        <source>Certificate saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="45" />
        <source>Export my progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="46" />
        <source>Progress files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="49" />
        <source>Your progress was exported. Hand the file to your administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="86" />
        <source>Continue where you stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="101" />
        <location filename="../qml/pages/MyLearningPage.qml" line="160" />
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="102" />
        <location filename="../qml/pages/MyLearningPage.qml" line="161" />
        <source>Continue %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="111" />
        <source>You have not started a module yet. Choose one in the catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="118" />
        <source>Modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="146" />
        <location filename="../qml/pages/MyLearningPage.qml" line="153" />
        <source>%1% done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="150" />
        <source>Completed and passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="151" />
        <source>Completed, not passed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="152" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="154" />
        <source>%n min spent</source>
        <translation><numerusform>%n min spent</numerusform><numerusform>%n min spent</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="160" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="161" />
        <source>Review %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="170" />
        <source>Flashcards</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="191" />
        <source>%n card(s) due for review today.</source>
        <translation><numerusform>%n card due for review today.</numerusform><numerusform>%n cards due for review today.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="193" />
        <source>No card is due. %n card(s) are scheduled for later.</source>
        <translation><numerusform>No card is due. %n card is scheduled for later.</numerusform><numerusform>No card is due. %n cards are scheduled for later.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="195" />
        <source>Practise the flashcards in a module: their cards then come back here when they are due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="203" />
        <source>Review now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="204" />
        <source>Review %n due card(s)</source>
        <translation><numerusform>Review %n due card</numerusform><numerusform>Review %n due cards</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="212" />
        <source>My reflections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="221" />
        <source>What you write in the modules' reflection activities is gathered here. Only you can see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="222" />
        <source>Only you can see these. They leave this computer only if you include them in an export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="254" />
        <source>%1 · draft saved on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="255" />
        <source>%1 · written on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="264" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="265" />
        <source>Open this reflection in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="305" />
        <source>Certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="314" />
        <source>Pass a module's final assessment to earn its certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="338" />
        <source>Issued on %1 · score %2% · code %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="348" />
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="349" />
        <source>Save the certificate for %1 as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="360" />
        <source>Share my progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="368" />
        <source>Export a file of your answers and progress to give to your administrator, for example when you work without a connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="377" />
        <source>Include my reflections (they stay private otherwise)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="383" />
        <source>Export my progress…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="35" />
        <source>Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="43" />
        <source>My learning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="54" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Passerelle::LearnerSession</name>
    <message>
        <location filename="../learnersession.cpp" line="54" />
        <source>Installing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="76" />
        <source>The module was not installed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="307" />
        <source>Flashcards cannot be reviewed: the "flashcards" activity type is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="363" />
        <source>This certificate belongs to another profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="394" />
        <source>The module could not be opened: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Passerelle::ModulePreview</name>
    <message>
        <location filename="../modulepreview.cpp" line="39" />
        <source>%1 is not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../modulepreview.cpp" line="41" />
        <source>%1 holds no module.yaml: choose the folder of a module's source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../modulepreview.cpp" line="43" />
        <source>No temporary folder is available for the preview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../modulepreview.cpp" line="48" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Passerelle::ModuleSession</name>
    <message>
        <location filename="../modulesession.cpp" line="216" />
        <source>This page has no activity "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../modulesession.cpp" line="219" />
        <source>The activity type "%1" is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../modulesession.cpp" line="228" />
        <source>You have used all %n attempt(s) at this activity.</source>
        <translation><numerusform>You have used your one attempt at this activity.</numerusform><numerusform>You have used all %n attempts at this activity.</numerusform></translation>
    </message>
    <message>
        <location filename="../modulesession.cpp" line="247" />
        <source>Your answer could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Passerelle::ReviewSession</name>
    <message>
        <location filename="../reviewsession.cpp" line="32" />
        <source>The cards due today, from all your modules. Recall the answer, then turn the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../reviewsession.cpp" line="81" />
        <source>Your review could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="15" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/PreviewPage.qml" line="45" />
        <source>%n error(s): the module cannot be shown. Fix them and save; the preview reloads by itself.</source>
        <translation><numerusform>%n error: the module cannot be shown. Fix it and save; the preview reloads by itself.</numerusform><numerusform>%n errors: the module cannot be shown. Fix them and save; the preview reloads by itself.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="46" />
        <source>Preview of %1 · reloads when you save a file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/PreviewPage.qml" line="48" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="49" />
        <source>compiled at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="54" />
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="56" />
        <source>Compile the module again now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="61" />
        <source>Close preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="86" />
        <source>Messages from the module compiler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="100" />
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="100" />
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="109" />
        <source>Hint: %1</source>
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
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="15" />
        <location filename="../qml/pages/ReviewPage.qml" line="35" />
        <location filename="../qml/pages/ReviewPage.qml" line="74" />
        <source>Flashcards due</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ReviewPage.qml" line="44" />
        <source>%n card(s) from your modules are due. Each comes back later, sooner if you found it hard.</source>
        <translation><numerusform>%n card from your modules is due. It comes back later, sooner if you find it hard.</numerusform><numerusform>%n cards from your modules are due. Each comes back later, sooner if you found it hard.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="46" />
        <source>No card is due now. Cards come back for review a day, then a few days, then weeks after you practise them in a module.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="107" />
        <source>Back to My learning</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>