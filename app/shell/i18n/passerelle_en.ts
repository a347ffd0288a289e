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
        <location filename="../qml/components/ActivityHost.qml" line="122" />
        <source>This activity needs the “%1” activity type, which is not installed on this computer. The rest of the module works as usual.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminChartsPanel</name>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="46" />
        <source>All learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="49" />
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="52" />
        <source>Completion by module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="56" />
        <source>Completed or passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="57" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="59" />
        <source>Required modules done over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="63" />
        <source>Choose a cohort to see its progress over time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="63" />
        <source>No required module is done yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminCohortsPanel</name>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="26" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="145" />
        <source>Deployment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="26" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="145" />
        <source>Training group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="40" />
        <source>Save the cohort report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="41" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="43" />
        <source>Report saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="59" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="127" />
        <source>New cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="74" />
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="93" />
        <source>%1 of %2 ready, %3 late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="106" />
        <source>No cohorts yet. A cohort is a deployment or a training group: its members, the modules they must finish, and by when.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="139" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="140" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="141" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="146" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="148" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="149" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="149" />
        <source>Programme or project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="150" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="151" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="152" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="153" />
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="153" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="155" />
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="154" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="155" />
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="163" />
        <source>Create the cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="163" />
        <source>Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="179" />
        <source>Cohort saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="184" />
        <source>Export PDF report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="190" />
        <source>Delete the cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="199" />
        <source>Required modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="211" />
        <source>due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="211" />
        <source>no due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="214" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="276" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="215" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="277" />
        <source>Remove %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="229" />
        <source>Module to require</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="231" />
        <source>Due YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="231" />
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="233" />
        <source>Require</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="246" />
        <source>Members: %1 ready, %2 late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="269" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="270" />
        <source>Late: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="271" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="272" />
        <source>Missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="292" />
        <source>Learner to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="295" />
        <source>Add member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="306" />
        <source>Delete the cohort?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="314" />
        <source>The cohort and its requirements go; the learners and their results stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="317" />
        <source>Cohort deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminItemsPanel</name>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="31" />
        <source>Export item analysis as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="32" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="34" />
        <source>Exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="44" />
        <source>All learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="47" />
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="52" />
        <source>All modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="55" />
        <source>Module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="59" />
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="66" />
        <source>No answers yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="77" />
        <source>Item analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="101" />
        <source>%1 answers by %2 learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="106" />
        <source>Right at the first try</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="126" />
        <source>Most chosen wrong answer: “%1” (%2 times)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminLearnerPanel</name>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="28" />
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="28" />
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="28" />
        <source>Not passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="28" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="29" />
        <source>Passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="29" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="32" />
        <source>started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="32" />
        <source>read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="32" />
        <source>answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="33" />
        <source>completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="33" />
        <source>passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="33" />
        <source>did not pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="34" />
        <source>progressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="45" />
        <source>Export xAPI statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="46" />
        <source>xAPI statements (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="48" />
        <source>Exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="63" />
        <source>Learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="69" />
        <source>Export xAPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="76" />
        <source>Choose a learner, or click a name in the completion matrix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="90" />
        <source>Modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="114" />
        <source>score %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="115" />
        <source>%1% done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="116" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="117" />
        <source>due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="119" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="123" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="143" />
        <source>tries: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="150" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminMatrixPanel</name>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="19" />
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="19" />
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="19" />
        <source>Not passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="19" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="20" />
        <source>Passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="20" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="31" />
        <source>Export the matrix as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="31" />
        <source>Export xAPI statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="32" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="32" />
        <source>xAPI statements (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="36" />
        <source>Exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="51" />
        <source>All learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="54" />
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="60" />
        <source>All modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="63" />
        <source>Module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="70" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="71" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="78" />
        <source>Search a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="86" />
        <source>Sort by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="86" />
        <source>Sort by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="87" />
        <source>Sort</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/components/AdminMatrixPanel.qml" line="100" />
        <source>%n learner(s)</source>
        <translation><numerusform>%n learner</numerusform><numerusform>%n learners</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/AdminMatrixPanel.qml" line="101" />
        <source>%n module(s)</source>
        <translation><numerusform>%n module</numerusform><numerusform>%n modules</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="102" />
        <source>Click a column title to sort by it, a name to see the learner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="105" />
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="109" />
        <source>Export xAPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="144" />
        <source>Learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="170" />
        <source>Completion matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="202" />
        <source>due %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="18" />
        <location filename="../qml/pages/AdminPage.qml" line="58" />
        <location filename="../qml/pages/AdminPage.qml" line="140" />
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="69" />
        <source>Cohorts, results and exports are for administrators. Enter the admin passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="70" />
        <source>No admin passphrase is set on this computer yet. Choose one now: it will be asked every time someone opens the admin area. Use at least 8 characters; a few words are easier to remember.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="77" />
        <source>Admin passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="77" />
        <location filename="../qml/pages/AdminPage.qml" line="331" />
        <source>New admin passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="88" />
        <location filename="../qml/pages/AdminPage.qml" line="332" />
        <source>The same passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="108" />
        <location filename="../qml/pages/AdminPage.qml" line="190" />
        <source>Back to the profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="116" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="116" />
        <source>Set the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="153" />
        <location filename="../qml/pages/AdminPage.qml" line="269" />
        <source>Import progress files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="160" />
        <source>Sync with LRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="172" />
        <location filename="../qml/pages/AdminPage.qml" line="277" />
        <source>LRS settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="178" />
        <source>Change passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="184" />
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="239" />
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="240" />
        <source>Completion matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="241" />
        <source>Learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="242" />
        <source>Item analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="243" />
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="270" />
        <source>Progress files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="291" />
        <source>Your organisation's learning record store (xAPI 1.0.3): its endpoint, and the key and secret it gave this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="299" />
        <source>Endpoint, such as https://lrs.example.org/xAPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="300" />
        <source>LRS endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="306" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="307" />
        <source>LRS key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="314" />
        <source>Secret (leave empty to keep the one set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="314" />
        <source>Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="315" />
        <source>LRS secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="319" />
        <source>The LRS settings were saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="324" />
        <source>Change the admin passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="330" />
        <source>Current passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="336" />
        <source>The admin passphrase was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="15" />
        <location filename="../qml/pages/CataloguePage.qml" line="64" />
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
        <location filename="../qml/pages/CataloguePage.qml" line="45" />
        <source>Training modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="72" />
        <source>Install a module…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="74" />
        <source>Install a module from a package file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="81" />
        <source>Training modules for your mission. They work offline; your progress is saved as you go.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/CataloguePage.qml" line="101" />
        <source>%n flashcard(s) from your modules are due for review.</source>
        <translation><numerusform>%n flashcard from your modules is due for review.</numerusform><numerusform>%n flashcards from your modules are due for review.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="108" />
        <source>Review now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/CataloguePage.qml" line="109" />
        <source>Review %n due card(s)</source>
        <translation><numerusform>Review %n due card</numerusform><numerusform>Review %n due cards</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="154" />
        <source>No modules are installed yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstallStatus</name>
    <message>
        <location filename="../qml/components/InstallStatus.qml" line="42" />
        <source>Installing: %1% done</source>
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
        <location filename="../qml/Main.qml" line="103" />
        <source>Search modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Main.qml" line="113" />
        <source>Search modules: titles, lessons and glossary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Main.qml" line="138" />
        <source>Learner: %1. Change profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Main.qml" line="161" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Main.qml" line="163" />
        <source>Settings: theme, language and text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/Main.qml" line="224" />
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
        <location filename="../qml/pages/ModulePage.qml" line="57" />
        <source>Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="60" />
        <source>Back to the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="83" />
        <source>Lessons</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModulePage.qml" line="93" />
        <source>Lesson %1: %2, %n minute(s)</source>
        <translation><numerusform>Lesson %1: %2, %n minute</numerusform><numerusform>Lesson %1: %2, %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ModulePage.qml" line="104" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="150" />
        <source>Lesson %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="197" />
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="199" />
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="206" />
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="211" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ModulePage.qml" line="214" />
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
        <location filename="../qml/pages/MyLearningPage.qml" line="87" />
        <source>Continue where you stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="103" />
        <location filename="../qml/pages/MyLearningPage.qml" line="164" />
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="104" />
        <location filename="../qml/pages/MyLearningPage.qml" line="165" />
        <source>Continue %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="113" />
        <source>You have not started a module yet. Choose one in the catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="120" />
        <source>Modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="148" />
        <location filename="../qml/pages/MyLearningPage.qml" line="157" />
        <source>%1% done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="154" />
        <source>Completed and passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="155" />
        <source>Completed, not passed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="156" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="158" />
        <source>%n min spent</source>
        <translation><numerusform>%n min spent</numerusform><numerusform>%n min spent</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="164" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="165" />
        <source>Review %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="174" />
        <source>Flashcards</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="195" />
        <source>%n card(s) due for review today.</source>
        <translation><numerusform>%n card due for review today.</numerusform><numerusform>%n cards due for review today.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="197" />
        <source>No card is due. %n card(s) are scheduled for later.</source>
        <translation><numerusform>No card is due. %n card is scheduled for later.</numerusform><numerusform>No card is due. %n cards are scheduled for later.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="199" />
        <source>Practise the flashcards in a module: their cards then come back here when they are due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="207" />
        <source>Review now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="208" />
        <source>Review %n due card(s)</source>
        <translation><numerusform>Review %n due card</numerusform><numerusform>Review %n due cards</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="216" />
        <source>My reflections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="225" />
        <source>What you write in the modules' reflection activities is gathered here. Only you can see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="226" />
        <source>Only you can see these. They leave this computer only if you include them in an export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="258" />
        <source>%1 · draft saved on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="259" />
        <source>%1 · written on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="268" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="269" />
        <source>Open this reflection in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="309" />
        <source>Certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="318" />
        <source>Pass a module's final assessment to earn its certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="343" />
        <source>Issued on %1 · score %2% · code %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="353" />
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="354" />
        <source>Save the certificate for %1 as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="365" />
        <source>Share my progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="373" />
        <source>Export a file of your answers and progress to give to your administrator, for example when you work without a connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="386" />
        <source>Include my reflections (they stay private otherwise)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="399" />
        <source>Export my progress…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="38" />
        <source>Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="46" />
        <source>My learning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="55" />
        <location filename="../qml/components/NavigationRail.qml" line="56" />
        <source>Flashcards</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/components/NavigationRail.qml" line="56" />
        <source>Flashcards: %n due</source>
        <translation><numerusform>Flashcards: %n due</numerusform><numerusform>Flashcards: %n due</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="66" />
        <source>Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="76" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Passerelle::AdminSession</name>
    <message>
        <location filename="../adminsession.cpp" line="42" />
        <source>Could not write %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="74" />
        <source>The admin area is locked: enter the admin passphrase first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="80" />
        <source>The two passphrases are not the same: type it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="104" />
        <source>The two new passphrases are not the same: type it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="185" />
        <location filename="../adminsession.cpp" line="233" />
        <source>"%1" is not a date: write it as YYYY-MM-DD, such as 2027-01-15.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="487" />
        <location filename="../adminsession.cpp" line="572" />
        <source>Wait until the task under way has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="489" />
        <source>Choose one or more progress files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="496" />
        <source>Importing progress files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="509" />
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="514" />
        <source>%1 was refused, nothing from it was imported: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="521" />
        <source>%1 could not be imported: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="524" />
        <source>%1 (%2) was refused, nothing from it was imported: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="527" />
        <source>%1 (%2): %3 new, %4 already present.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="575" />
        <source>Set the LRS first (LRS settings): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="579" />
        <location filename="../adminsession.cpp" line="608" />
        <source>Sending statements to the LRS…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="579" />
        <location filename="../adminsession.cpp" line="594" />
        <source>Receiving statements from the LRS…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../adminsession.cpp" line="583" />
        <source>Sending to the LRS stopped: %1 (%2 of %3 statements sent; the others will be sent next time).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../adminsession.cpp" line="590" />
        <source>%n statement(s) sent to the LRS.</source>
        <translation><numerusform>%n statement sent to the LRS.</numerusform><numerusform>%n statements sent to the LRS.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../adminsession.cpp" line="592" />
        <source>%n refused by the LRS: %1</source>
        <translation><numerusform>%n refused by the LRS: %1</numerusform><numerusform>%n refused by the LRS: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../adminsession.cpp" line="598" />
        <source>%n statement(s) received: %1 new, %2 already here, %3 refused.</source>
        <translation><numerusform>%n statement received: %1 new, %2 already here, %3 refused.</numerusform><numerusform>%n statements received: %1 new, %2 already here, %3 refused.</numerusform></translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="604" />
        <source>Receiving stopped: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Passerelle::LearnerSession</name>
    <message>
        <location filename="../learnersession.cpp" line="57" />
        <source>Installing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="69" />
        <source>Installing %1: reading and checking every file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="72" />
        <source>Installing %1: checking who signed it…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="75" />
        <source>Installing %1: checking the module and its activities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="78" />
        <source>Installing %1: putting it in place…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="105" />
        <source>The module was not installed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="258" />
        <source>signed by a trusted key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="259" />
        <source>signed by a key this computer does not trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="260" />
        <source>unsigned: its author could not be checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="263" />
        <source>Installed “%1”, version %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="265" />
        <source>Updated “%1” from version %2 to %3 (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="267" />
        <source>Went back from version %2 to %3 of “%1” (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="269" />
        <source>Installed “%1”, version %2, again (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="271" />
        <source>“%1”, version %2, is already installed: nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="370" />
        <source>Flashcards cannot be reviewed: the "flashcards" activity type is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="426" />
        <source>This certificate belongs to another profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../learnersession.cpp" line="457" />
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
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="125" />
        <source>Administration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="126" />
        <source>Open the administration, behind its passphrase</source>
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
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="14" />
        <location filename="../qml/pages/SearchPage.qml" line="54" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="28" />
        <source>Module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="30" />
        <source>Glossary · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="31" />
        <source>%1 · lesson %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="46" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="65" />
        <source>Type words to find in module titles, lessons and the glossary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="66" />
        <source>Nothing found for “%1”. Try fewer or other words.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/SearchPage.qml" line="67" />
        <source>%n result(s) for “%1”</source>
        <translation><numerusform>%n result for “%1”</numerusform><numerusform>%n results for “%1”</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/SearchPage.qml" line="84" />
        <source>Open %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="15" />
        <location filename="../qml/pages/SettingsPage.qml" line="37" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="47" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="49" />
        <source>Done: back to where you were</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="55" />
        <source>Changes apply at once and are kept on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="63" />
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="66" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="67" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="68" />
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="75" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="87" />
        <source>Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="90" />
        <location filename="../qml/pages/SettingsPage.qml" line="91" />
        <location filename="../qml/pages/SettingsPage.qml" line="92" />
        <location filename="../qml/pages/SettingsPage.qml" line="93" />
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="99" />
        <source>The quick brown fox helps the interpreter find the right words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="103" />
        <source>Sample text at the chosen size</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>