<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityHost</name>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="26"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="35"/>
        <source>Your work in this activity could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="43"/>
        <source>Save as PDF or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="44"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="44"/>
        <source>Markdown text (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="76"/>
        <source>This activity could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="122"/>
        <source>This activity needs the “%1” activity type, which is not installed on this computer. The rest of the module works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="15"/>
        <location filename="../qml/pages/CataloguePage.qml" line="64"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="25"/>
        <source>Install a module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="26"/>
        <source>Passerelle modules (*.ptm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="45"/>
        <source>Training modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="72"/>
        <source>Install a module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="74"/>
        <source>Install a module from a package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="81"/>
        <source>Training modules for your mission. They work offline; your progress is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="113"/>
        <source>No modules are installed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallStatus</name>
    <message>
        <location filename="../qml/components/InstallStatus.qml" line="42"/>
        <source>Installing: %1% done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="103"/>
        <source>Search modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="113"/>
        <source>Search modules: titles, lessons and glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="138"/>
        <source>Learner: %1. Change profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="161"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="163"/>
        <source>Settings: theme, language and text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="219"/>
        <source>Preview a module&apos;s source folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message numerus="yes">
        <location filename="../qml/components/ModuleCard.qml" line="57"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleCard.qml" line="57"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="65"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="66"/>
        <source>Signed by an unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="66"/>
        <source>Unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="76"/>
        <source>Signed by a trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="77"/>
        <source>Signed by a key this computer does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="78"/>
        <source>Unsigned: its author could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="87"/>
        <source>%1% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="96"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="96"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="97"/>
        <source>Continue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="97"/>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="57"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="60"/>
        <source>Back to the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="83"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModulePage.qml" line="93"/>
        <source>Lesson %1: %2, %n minute(s)</source>
        <translation>
            <numerusform>Lesson %1: %2, %n minute</numerusform>
            <numerusform>Lesson %1: %2, %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModulePage.qml" line="104"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="150"/>
        <source>Lesson %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="197"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="199"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="206"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="211"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="214"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyLearningPage</name>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="15"/>
        <location filename="../qml/pages/MyLearningPage.qml" line="67"/>
        <source>My learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="35"/>
        <source>Save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="36"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="39"/>
        <source>Certificate saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="45"/>
        <source>Export my progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="46"/>
        <source>Progress files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="49"/>
        <source>Your progress was exported. Hand the file to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="87"/>
        <source>Continue where you stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="103"/>
        <location filename="../qml/pages/MyLearningPage.qml" line="164"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="104"/>
        <location filename="../qml/pages/MyLearningPage.qml" line="165"/>
        <source>Continue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="113"/>
        <source>You have not started a module yet. Choose one in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="120"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="148"/>
        <location filename="../qml/pages/MyLearningPage.qml" line="157"/>
        <source>%1% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="154"/>
        <source>Completed and passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="155"/>
        <source>Completed, not passed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="156"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="158"/>
        <source>%n min spent</source>
        <translation>
            <numerusform>%n min spent</numerusform>
            <numerusform>%n min spent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="164"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="165"/>
        <source>Review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="173"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="182"/>
        <source>Pass a module&apos;s final assessment to earn its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="207"/>
        <source>Issued on %1 · score %2% · code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="217"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="218"/>
        <source>Save the certificate for %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="229"/>
        <source>Share my progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="237"/>
        <source>Export a file of your answers and progress to give to your administrator, for example when you work without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="250"/>
        <source>Include my reflections (they stay private otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="263"/>
        <source>Export my progress…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="35"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="43"/>
        <source>My learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="54"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passerelle::LearnerSession</name>
    <message>
        <location filename="../learnersession.cpp" line="53"/>
        <source>Installing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="65"/>
        <source>Installing %1: reading and checking every file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="68"/>
        <source>Installing %1: checking who signed it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="71"/>
        <source>Installing %1: checking the module and its activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="74"/>
        <source>Installing %1: putting it in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="101"/>
        <source>The module was not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="253"/>
        <source>This certificate belongs to another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="284"/>
        <source>The module could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passerelle::ModulePreview</name>
    <message>
        <location filename="../modulepreview.cpp" line="39"/>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modulepreview.cpp" line="41"/>
        <source>%1 holds no module.yaml: choose the folder of a module&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modulepreview.cpp" line="43"/>
        <source>No temporary folder is available for the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modulepreview.cpp" line="48"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passerelle::ModuleSession</name>
    <message>
        <location filename="../modulesession.cpp" line="216"/>
        <source>This page has no activity &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modulesession.cpp" line="219"/>
        <source>The activity type &quot;%1&quot; is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modulesession.cpp" line="228"/>
        <source>You have used all %n attempt(s) at this activity.</source>
        <translation>
            <numerusform>You have used your one attempt at this activity.</numerusform>
            <numerusform>You have used all %n attempts at this activity.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modulesession.cpp" line="247"/>
        <source>Your answer could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="15"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/PreviewPage.qml" line="45"/>
        <source>%n error(s): the module cannot be shown. Fix them and save; the preview reloads by itself.</source>
        <translation>
            <numerusform>%n error: the module cannot be shown. Fix it and save; the preview reloads by itself.</numerusform>
            <numerusform>%n errors: the module cannot be shown. Fix them and save; the preview reloads by itself.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="46"/>
        <source>Preview of %1 · reloads when you save a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/PreviewPage.qml" line="48"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="49"/>
        <source>compiled at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="54"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="56"/>
        <source>Compile the module again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="61"/>
        <source>Close preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="86"/>
        <source>Messages from the module compiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="100"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="100"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/PreviewPage.qml" line="109"/>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <location filename="../qml/components/ProblemBanner.qml" line="26"/>
        <source>Some content could not be loaded. Everything else works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="13"/>
        <source>Choose your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="45"/>
        <source>Who is learning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="55"/>
        <source>Each profile keeps its own progress on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="71"/>
        <source>Continue as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="80"/>
        <source>Or create a new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="81"/>
        <source>Create your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="94"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="97"/>
        <source>Name of the new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="102"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="105"/>
        <source>Create the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="14"/>
        <location filename="../qml/pages/SearchPage.qml" line="54"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="28"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="30"/>
        <source>Glossary · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="31"/>
        <source>%1 · lesson %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="46"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="65"/>
        <source>Type words to find in module titles, lessons and the glossary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="66"/>
        <source>Nothing found for “%1”. Try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/SearchPage.qml" line="67"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="84"/>
        <source>Open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="15"/>
        <location filename="../qml/pages/SettingsPage.qml" line="37"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="47"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="49"/>
        <source>Done: back to where you were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="55"/>
        <source>Changes apply at once and are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="63"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="66"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="67"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="68"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="75"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="87"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="90"/>
        <location filename="../qml/pages/SettingsPage.qml" line="91"/>
        <location filename="../qml/pages/SettingsPage.qml" line="92"/>
        <location filename="../qml/pages/SettingsPage.qml" line="93"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="99"/>
        <source>The quick brown fox helps the interpreter find the right words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="103"/>
        <source>Sample text at the chosen size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
