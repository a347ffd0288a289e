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
        <translation>Votre travail dans cette activité n’a pas pu être enregistré.</translation>
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
        <translation>Impossible d’afficher cette activité.</translation>
    </message>
    <message>
        <location filename="../qml/components/ActivityHost.qml" line="122" />
        <source>This activity needs the “%1” activity type, which is not installed on this computer. The rest of the module works as usual.</source>
        <translation>Cette activité a besoin du type d’activité « %1 », qui n’est pas installé sur cet ordinateur. Le reste du module fonctionne normalement.</translation>
    </message>
</context>
<context>
    <name>AdminChartsPanel</name>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="46" />
        <source>All learners</source>
        <translation>Tous les apprenants</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="49" />
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="52" />
        <source>Completion by module</source>
        <translation>Achèvement par module</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="56" />
        <source>Completed or passed</source>
        <translation>Terminé ou réussi</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="57" />
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="59" />
        <source>Required modules done over time</source>
        <translation>Modules obligatoires faits au fil du temps</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="63" />
        <source>Choose a cohort to see its progress over time.</source>
        <translation>Choisissez une cohorte pour voir sa progression dans le temps.</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminChartsPanel.qml" line="63" />
        <source>No required module is done yet.</source>
        <translation>Aucun module obligatoire n’est encore fait.</translation>
    </message>
</context>
<context>
    <name>AdminCohortsPanel</name>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="26" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="145" />
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="26" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="145" />
        <source>Training group</source>
        <translation>Groupe de formation</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="40" />
        <source>Save the cohort report</source>
        <translation>Enregistrer le rapport de la cohorte</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="41" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="43" />
        <source>Report saved.</source>
        <translation>Rapport enregistré.</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="59" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="127" />
        <source>New cohort</source>
        <translation>Nouvelle cohorte</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="74" />
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="93" />
        <source>%1 of %2 ready, %3 late</source>
        <translation>%1 sur %2 prêts, %3 en retard</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="106" />
        <source>No cohorts yet. A cohort is a deployment or a training group: its members, the modules they must finish, and by when.</source>
        <translation>Aucune cohorte pour l’instant. Une cohorte est un déploiement ou un groupe de formation : ses membres, les modules qu’ils doivent terminer, et pour quand.</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="139" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="140" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="141" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="146" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="148" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="149" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="149" />
        <source>Programme or project</source>
        <translation>Programme ou projet</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="150" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="151" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="152" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="153" />
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="153" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="155" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="154" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="155" />
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="163" />
        <source>Create the cohort</source>
        <translation>Créer la cohorte</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="163" />
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="179" />
        <source>Cohort saved.</source>
        <translation>Cohorte enregistrée.</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="184" />
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="190" />
        <source>Delete the cohort</source>
        <translation>Supprimer la cohorte</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="199" />
        <source>Required modules</source>
        <translation>Modules obligatoires</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="211" />
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="211" />
        <source>no due date</source>
        <translation>pas d’échéance</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="214" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="276" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="215" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="277" />
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="229" />
        <source>Module to require</source>
        <translation>Module à exiger</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="231" />
        <source>Due YYYY-MM-DD</source>
        <translation>Échéance AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="231" />
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="233" />
        <source>Require</source>
        <translation>Exiger</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="246" />
        <source>Members: %1 ready, %2 late</source>
        <translation>Membres : %1 prêts, %2 en retard</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="269" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="270" />
        <source>Late: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="271" />
        <location filename="../qml/components/AdminCohortsPanel.qml" line="272" />
        <source>Missing: %1</source>
        <translation>Manque : %1</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="292" />
        <source>Learner to add</source>
        <translation>Apprenant à ajouter</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="295" />
        <source>Add member</source>
        <translation>Ajouter le membre</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="306" />
        <source>Delete the cohort?</source>
        <translation>Supprimer la cohorte ?</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="314" />
        <source>The cohort and its requirements go; the learners and their results stay.</source>
        <translation>La cohorte et ses exigences disparaissent ; les apprenants et leurs résultats restent.</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminCohortsPanel.qml" line="317" />
        <source>Cohort deleted.</source>
        <translation>Cohorte supprimée.</translation>
    </message>
</context>
<context>
    <name>AdminItemsPanel</name>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="31" />
        <source>Export item analysis as CSV</source>
        <translation>Exporter l’analyse des questions en CSV</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="32" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="34" />
        <source>Exported.</source>
        <translation>Exporté.</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="44" />
        <source>All learners</source>
        <translation>Tous les apprenants</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="47" />
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="52" />
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="55" />
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="59" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="66" />
        <source>No answers yet.</source>
        <translation>Aucune réponse pour l’instant.</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="77" />
        <source>Item analysis</source>
        <translation>Analyse des questions</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="101" />
        <source>%1 answers by %2 learners</source>
        <translation>%1 réponses de %2 apprenants</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="106" />
        <source>Right at the first try</source>
        <translation>Juste du premier coup</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminItemsPanel.qml" line="126" />
        <source>Most chosen wrong answer: “%1” (%2 times)</source>
        <translation>Mauvaise réponse la plus choisie : « %1 » (%2 fois)</translation>
    </message>
</context>
<context>
    <name>AdminLearnerPanel</name>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="28" />
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="28" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="28" />
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="28" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="29" />
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="29" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="32" />
        <source>started</source>
        <translation>a commencé</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="32" />
        <source>read</source>
        <translation>a lu</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="32" />
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="33" />
        <source>completed</source>
        <translation>a terminé</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="33" />
        <source>passed</source>
        <translation>a réussi</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="33" />
        <source>did not pass</source>
        <translation>n’a pas réussi</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="34" />
        <source>progressed</source>
        <translation>a progressé</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="45" />
        <source>Export xAPI statements</source>
        <translation>Exporter les déclarations xAPI</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="46" />
        <source>xAPI statements (*.json)</source>
        <translation>Déclarations xAPI (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="48" />
        <source>Exported.</source>
        <translation>Exporté.</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="63" />
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="69" />
        <source>Export xAPI</source>
        <translation>Exporter en xAPI</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="76" />
        <source>Choose a learner, or click a name in the completion matrix.</source>
        <translation>Choisissez un apprenant, ou cliquez sur un nom dans la matrice d’achèvement.</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="90" />
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="114" />
        <source>score %1%</source>
        <translation>score %1 %</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="115" />
        <source>%1% done</source>
        <translation>%1 % terminé</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="116" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="117" />
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="119" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="123" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="143" />
        <source>tries: %1</source>
        <translation>essais : %1</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminLearnerPanel.qml" line="150" />
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>AdminMatrixPanel</name>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="19" />
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="19" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="19" />
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="19" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="20" />
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="20" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="31" />
        <source>Export the matrix as CSV</source>
        <translation>Exporter la matrice en CSV</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="31" />
        <source>Export xAPI statements</source>
        <translation>Exporter les déclarations xAPI</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="32" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="32" />
        <source>xAPI statements (*.json)</source>
        <translation>Déclarations xAPI (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="36" />
        <source>Exported.</source>
        <translation>Exporté.</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="51" />
        <source>All learners</source>
        <translation>Tous les apprenants</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="54" />
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="60" />
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="63" />
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="70" />
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="71" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="78" />
        <source>Search a name</source>
        <translation>Chercher un nom</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="86" />
        <source>Sort by name</source>
        <translation>Trier par nom</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="86" />
        <source>Sort by %1</source>
        <translation>Trier par %1</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="87" />
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/AdminMatrixPanel.qml" line="100" />
        <source>%n learner(s)</source>
        <translation><numerusform>%n apprenant</numerusform><numerusform>%n apprenants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/AdminMatrixPanel.qml" line="101" />
        <source>%n module(s)</source>
        <translation><numerusform>%n module</numerusform><numerusform>%n modules</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="102" />
        <source>Click a column title to sort by it, a name to see the learner.</source>
        <translation>Cliquez sur un titre de colonne pour trier, sur un nom pour voir l’apprenant.</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="105" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="109" />
        <source>Export xAPI</source>
        <translation>Exporter en xAPI</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="144" />
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="170" />
        <source>Completion matrix</source>
        <translation>Matrice d’achèvement</translation>
    </message>
    <message>
        <location filename="../qml/components/AdminMatrixPanel.qml" line="202" />
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="18" />
        <location filename="../qml/pages/AdminPage.qml" line="58" />
        <location filename="../qml/pages/AdminPage.qml" line="140" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="69" />
        <source>Cohorts, results and exports are for administrators. Enter the admin passphrase.</source>
        <translation>Les cohortes, les résultats et les exports sont réservés aux administrateurs. Saisissez la phrase secrète d’administration.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="70" />
        <source>No admin passphrase is set on this computer yet. Choose one now: it will be asked every time someone opens the admin area. Use at least 8 characters; a few words are easier to remember.</source>
        <translation>Aucune phrase secrète d’administration n’est encore définie sur cet ordinateur. Choisissez-en une maintenant : elle sera demandée chaque fois que quelqu’un ouvrira l’espace d’administration. Utilisez au moins 8 caractères ; quelques mots sont plus faciles à retenir.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="77" />
        <source>Admin passphrase</source>
        <translation>Phrase secrète d’administration</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="77" />
        <location filename="../qml/pages/AdminPage.qml" line="331" />
        <source>New admin passphrase</source>
        <translation>Nouvelle phrase secrète d’administration</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="88" />
        <location filename="../qml/pages/AdminPage.qml" line="332" />
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="108" />
        <location filename="../qml/pages/AdminPage.qml" line="190" />
        <source>Back to the profiles</source>
        <translation>Retour aux profils</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="116" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="116" />
        <source>Set the passphrase</source>
        <translation>Définir la phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="153" />
        <location filename="../qml/pages/AdminPage.qml" line="269" />
        <source>Import progress files</source>
        <translation>Importer des fichiers de progression</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="160" />
        <source>Sync with LRS</source>
        <translation>Synchroniser avec le LRS</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="172" />
        <location filename="../qml/pages/AdminPage.qml" line="277" />
        <source>LRS settings</source>
        <translation>Réglages du LRS</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="178" />
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="184" />
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="239" />
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="240" />
        <source>Completion matrix</source>
        <translation>Matrice d’achèvement</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="241" />
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="242" />
        <source>Item analysis</source>
        <translation>Analyse des questions</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="243" />
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="270" />
        <source>Progress files (*.json)</source>
        <translation>Fichiers de progression (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="291" />
        <source>Your organisation's learning record store (xAPI 1.0.3): its endpoint, and the key and secret it gave this computer.</source>
        <translation>Le système d’enregistrement des apprentissages (LRS, xAPI 1.0.3) de votre organisation : son adresse, ainsi que la clé et le secret qu’il a attribués à cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="299" />
        <source>Endpoint, such as https://lrs.example.org/xAPI</source>
        <translation>Adresse, par exemple https://lrs.example.org/xAPI</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="300" />
        <source>LRS endpoint</source>
        <translation>Adresse du LRS</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="306" />
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="307" />
        <source>LRS key</source>
        <translation>Clé du LRS</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="314" />
        <source>Secret (leave empty to keep the one set)</source>
        <translation>Secret (laisser vide pour garder celui qui est enregistré)</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="314" />
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="315" />
        <source>LRS secret</source>
        <translation>Secret du LRS</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="319" />
        <source>The LRS settings were saved.</source>
        <translation>Les réglages du LRS sont enregistrés.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="324" />
        <source>Change the admin passphrase</source>
        <translation>Changer la phrase secrète d’administration</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="330" />
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../qml/pages/AdminPage.qml" line="336" />
        <source>The admin passphrase was changed.</source>
        <translation>La phrase secrète d’administration a été changée.</translation>
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
        <translation>Installer un module à partir d’un fichier de paquet</translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="81" />
        <source>Training modules for your mission. They work offline; your progress is saved as you go.</source>
        <translation>Les modules de formation pour votre mission. Ils fonctionnent hors ligne ; votre progression est enregistrée au fil de l’eau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/CataloguePage.qml" line="101" />
        <source>%n flashcard(s) from your modules are due for review.</source>
        <translation><numerusform>%n carte mémoire de vos modules est à revoir.</numerusform><numerusform>%n cartes mémoire de vos modules sont à revoir.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="108" />
        <source>Review now</source>
        <translation>Revoir maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/CataloguePage.qml" line="109" />
        <source>Review %n due card(s)</source>
        <translation><numerusform>Revoir %n carte</numerusform><numerusform>Revoir %n cartes</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="154" />
        <source>No modules are installed yet.</source>
        <translation>Aucun module n’est encore installé.</translation>
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
    <name>LearningPathStrip</name>
    <message>
        <location filename="../qml/components/LearningPathStrip.qml" line="24" />
        <location filename="../qml/components/LearningPathStrip.qml" line="31" />
        <source>Learning path</source>
        <translation>Parcours conseillé</translation>
    </message>
    <message>
        <location filename="../qml/components/LearningPathStrip.qml" line="39" />
        <source>The recommended order: each module builds on the ones before it.</source>
        <translation>L’ordre conseillé : chaque module s’appuie sur les précédents.</translation>
    </message>
    <message>
        <location filename="../qml/components/LearningPathStrip.qml" line="59" />
        <source>Step %1, completed: %2</source>
        <translation>Étape %1, terminée : %2</translation>
    </message>
    <message>
        <location filename="../qml/components/LearningPathStrip.qml" line="61" />
        <source>Step %1, in progress: %2</source>
        <translation>Étape %1, en cours : %2</translation>
    </message>
    <message>
        <location filename="../qml/components/LearningPathStrip.qml" line="62" />
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
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
        <translation>Apprenant : %1. Changer de profil</translation>
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
        <location filename="../qml/Main.qml" line="224" />
        <source>Preview a module's source folder</source>
        <translation>Prévisualiser le dossier source d’un module</translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="54" />
        <source>Step %1 of %2 · Recommended first: %3</source>
        <translation>Étape %1 sur %2 · À suivre avant : %3</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="56" />
        <source>Step %1 of %2 in the learning path</source>
        <translation>Étape %1 sur %2 du parcours conseillé</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleCard.qml" line="76" />
        <source>%n lesson(s)</source>
        <translation><numerusform>%n leçon</numerusform><numerusform>%n leçons</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ModuleCard.qml" line="76" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="84" />
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="85" />
        <source>Signed by an unknown key</source>
        <translation>Signé par une clé inconnue</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="85" />
        <source>Unsigned</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="95" />
        <source>Signed by a trusted key</source>
        <translation>Signé par une clé de confiance</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="96" />
        <source>Signed by a key this computer does not trust</source>
        <translation>Signé par une clé à laquelle cet ordinateur ne fait pas confiance</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="97" />
        <source>Unsigned: its author could not be checked</source>
        <translation>Non signé : son auteur n’a pas pu être vérifié</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="106" />
        <source>%1% done</source>
        <translation>%1 % terminé</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="115" />
        <source>Continue</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="115" />
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="116" />
        <source>Continue %1</source>
        <translation>Reprendre « %1 »</translation>
    </message>
    <message>
        <location filename="../qml/components/ModuleCard.qml" line="116" />
        <source>Start %1</source>
        <translation>Commencer « %1 »</translation>
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
        <translation><numerusform>Leçon %1 : %2, %n minute</numerusform><numerusform>Leçon %1 : %2, %n minutes</numerusform></translation>
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
        <translation>Enregistrer l’attestation</translation>
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
        <translation>Reprendre « %1 »</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="113" />
        <source>You have not started a module yet. Choose one in the catalogue.</source>
        <translation>Vous n’avez encore commencé aucun module. Choisissez-en un dans le catalogue.</translation>
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
        <translation>Revoir « %1 »</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="174" />
        <source>Flashcards</source>
        <translation>Cartes mémoire</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="195" />
        <source>%n card(s) due for review today.</source>
        <translation><numerusform>%n carte à revoir aujourd’hui.</numerusform><numerusform>%n cartes à revoir aujourd’hui.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="197" />
        <source>No card is due. %n card(s) are scheduled for later.</source>
        <translation><numerusform>Aucune carte à revoir. %n carte est prévue plus tard.</numerusform><numerusform>Aucune carte à revoir. %n cartes sont prévues plus tard.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="199" />
        <source>Practise the flashcards in a module: their cards then come back here when they are due.</source>
        <translation>Travaillez les cartes mémoire d’un module : elles reviendront ici quand il sera temps de les revoir.</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="207" />
        <source>Review now</source>
        <translation>Revoir maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/MyLearningPage.qml" line="208" />
        <source>Review %n due card(s)</source>
        <translation><numerusform>Revoir %n carte</numerusform><numerusform>Revoir %n cartes</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="216" />
        <source>My reflections</source>
        <translation>Mes réflexions</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="225" />
        <source>What you write in the modules' reflection activities is gathered here. Only you can see it.</source>
        <translation>Ce que vous écrivez dans les activités de réflexion des modules est rassemblé ici. Vous seul pouvez le voir.</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="226" />
        <source>Only you can see these. They leave this computer only if you include them in an export.</source>
        <translation>Vous seul pouvez les voir. Elles ne quittent cet ordinateur que si vous les incluez dans un export.</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="258" />
        <source>%1 · draft saved on %2</source>
        <translation>%1 · brouillon enregistré le %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="259" />
        <source>%1 · written on %2</source>
        <translation>%1 · écrit le %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="268" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="269" />
        <source>Open this reflection in %1</source>
        <translation>Ouvrir cette réflexion dans %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="309" />
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="318" />
        <source>Pass a module's final assessment to earn its certificate.</source>
        <translation>Réussissez l’évaluation finale d’un module pour obtenir son attestation.</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="343" />
        <source>Issued on %1 · score %2% · code %3</source>
        <translation>Délivrée le %1 · résultat %2 % · code %3</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="353" />
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="354" />
        <source>Save the certificate for %1 as PDF</source>
        <translation>Enregistrer en PDF l’attestation de « %1 »</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="365" />
        <source>Share my progress</source>
        <translation>Partager ma progression</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="373" />
        <source>Export a file of your answers and progress to give to your administrator, for example when you work without a connection.</source>
        <translation>Exportez un fichier de vos réponses et de votre progression pour le remettre à votre administrateur, par exemple quand vous travaillez sans connexion.</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="386" />
        <source>Include my reflections (they stay private otherwise)</source>
        <translation>Inclure mes réflexions (sinon, elles restent privées)</translation>
    </message>
    <message>
        <location filename="../qml/pages/MyLearningPage.qml" line="399" />
        <source>Export my progress…</source>
        <translation>Exporter ma progression…</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="38" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="46" />
        <source>My learning</source>
        <translation>Mon parcours</translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="55" />
        <location filename="../qml/components/NavigationRail.qml" line="56" />
        <source>Flashcards</source>
        <translation>Cartes mémoire</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/NavigationRail.qml" line="56" />
        <source>Flashcards: %n due</source>
        <translation><numerusform>Cartes mémoire : %n à revoir</numerusform><numerusform>Cartes mémoire : %n à revoir</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="66" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../qml/components/NavigationRail.qml" line="76" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>Passerelle::AdminSession</name>
    <message>
        <location filename="../adminsession.cpp" line="42" />
        <source>Could not write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="74" />
        <source>The admin area is locked: enter the admin passphrase first.</source>
        <translation>L’espace d’administration est verrouillé : saisissez d’abord la phrase secrète d’administration.</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="80" />
        <source>The two passphrases are not the same: type it again.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques : saisissez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="104" />
        <source>The two new passphrases are not the same: type it again.</source>
        <translation>Les deux nouvelles phrases secrètes ne sont pas identiques : saisissez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="185" />
        <location filename="../adminsession.cpp" line="233" />
        <source>"%1" is not a date: write it as YYYY-MM-DD, such as 2027-01-15.</source>
        <translation>« %1 » n’est pas une date : écrivez-la sous la forme AAAA-MM-JJ, par exemple 2027-01-15.</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="487" />
        <location filename="../adminsession.cpp" line="572" />
        <source>Wait until the task under way has finished.</source>
        <translation>Attendez que la tâche en cours soit terminée.</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="489" />
        <source>Choose one or more progress files.</source>
        <translation>Choisissez un ou plusieurs fichiers de progression.</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="496" />
        <source>Importing progress files…</source>
        <translation>Import des fichiers de progression…</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="509" />
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Import de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="514" />
        <source>%1 was refused, nothing from it was imported: %2</source>
        <translation>%1 a été refusé, rien n’en a été importé : %2</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="521" />
        <source>%1 could not be imported: %2</source>
        <translation>%1 n’a pas pu être importé : %2</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="524" />
        <source>%1 (%2) was refused, nothing from it was imported: %3</source>
        <translation>%1 (%2) a été refusé, rien n’en a été importé : %3</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="527" />
        <source>%1 (%2): %3 new, %4 already present.</source>
        <translation>%1 (%2) : %3 nouvelles déclarations, %4 déjà présentes.</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="575" />
        <source>Set the LRS first (LRS settings): %1</source>
        <translation>Réglez d’abord le LRS (Réglages du LRS) : %1</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="579" />
        <location filename="../adminsession.cpp" line="608" />
        <source>Sending statements to the LRS…</source>
        <translation>Envoi des déclarations au LRS…</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="579" />
        <location filename="../adminsession.cpp" line="594" />
        <source>Receiving statements from the LRS…</source>
        <translation>Réception des déclarations du LRS…</translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="583" />
        <source>Sending to the LRS stopped: %1 (%2 of %3 statements sent; the others will be sent next time).</source>
        <translation>L’envoi au LRS s’est arrêté : %1 (%2 déclarations envoyées sur %3 ; les autres le seront la prochaine fois).</translation>
    </message>
    <message numerus="yes">
        <location filename="../adminsession.cpp" line="590" />
        <source>%n statement(s) sent to the LRS.</source>
        <translation><numerusform>%n déclaration envoyée au LRS.</numerusform><numerusform>%n déclarations envoyées au LRS.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../adminsession.cpp" line="592" />
        <source>%n refused by the LRS: %1</source>
        <translation><numerusform>%n refusée par le LRS : %1</numerusform><numerusform>%n refusées par le LRS : %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../adminsession.cpp" line="598" />
        <source>%n statement(s) received: %1 new, %2 already here, %3 refused.</source>
        <translation><numerusform>%n déclaration reçue : %1 nouvelle, %2 déjà présente, %3 refusée.</numerusform><numerusform>%n déclarations reçues : %1 nouvelles, %2 déjà présentes, %3 refusées.</numerusform></translation>
    </message>
    <message>
        <location filename="../adminsession.cpp" line="604" />
        <source>Receiving stopped: %1</source>
        <translation>La réception s’est arrêtée : %1</translation>
    </message>
</context>
<context>
    <name>Passerelle::LearnerSession</name>
    <message>
        <location filename="../learnersession.cpp" line="57" />
        <source>Installing %1…</source>
        <translation>Installation de %1…</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="69" />
        <source>Installing %1: reading and checking every file…</source>
        <translation>Installation de %1 : lecture et vérification de chaque fichier…</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="72" />
        <source>Installing %1: checking who signed it…</source>
        <translation>Installation de %1 : vérification de la signature…</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="75" />
        <source>Installing %1: checking the module and its activities…</source>
        <translation>Installation de %1 : vérification du module et de ses activités…</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="78" />
        <source>Installing %1: putting it in place…</source>
        <translation>Installation de %1 : mise en place…</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="105" />
        <source>The module was not installed: %1</source>
        <translation>Le module n’a pas été installé : %1</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="258" />
        <source>signed by a trusted key</source>
        <translation>signé par une clé de confiance</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="259" />
        <source>signed by a key this computer does not trust</source>
        <translation>signé par une clé que cet ordinateur ne reconnaît pas</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="260" />
        <source>unsigned: its author could not be checked</source>
        <translation>non signé : son auteur n’a pas pu être vérifié</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="263" />
        <source>Installed “%1”, version %2 (%3).</source>
        <translation>« %1 » installé, version %2 (%3).</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="265" />
        <source>Updated “%1” from version %2 to %3 (%4).</source>
        <translation>« %1 » mis à jour de la version %2 à la version %3 (%4).</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="267" />
        <source>Went back from version %2 to %3 of “%1” (%4).</source>
        <translation>Retour de la version %2 à la version %3 de « %1 » (%4).</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="269" />
        <source>Installed “%1”, version %2, again (%3).</source>
        <translation>« %1 » réinstallé, version %2 (%3).</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="271" />
        <source>“%1”, version %2, is already installed: nothing to do.</source>
        <translation>« %1 », version %2, est déjà installé : rien à faire.</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="370" />
        <source>Flashcards cannot be reviewed: the "flashcards" activity type is not installed.</source>
        <translation>Impossible de revoir les cartes : le type d’activité « flashcards » n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="426" />
        <source>This certificate belongs to another profile.</source>
        <translation>Cette attestation appartient à un autre profil.</translation>
    </message>
    <message>
        <location filename="../learnersession.cpp" line="457" />
        <source>The module could not be opened: %1</source>
        <translation>Le module n’a pas pu être ouvert : %1</translation>
    </message>
</context>
<context>
    <name>Passerelle::ModulePreview</name>
    <message>
        <location filename="../modulepreview.cpp" line="39" />
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../modulepreview.cpp" line="41" />
        <source>%1 holds no module.yaml: choose the folder of a module's source.</source>
        <translation>%1 ne contient pas de module.yaml : choisissez le dossier source d’un module.</translation>
    </message>
    <message>
        <location filename="../modulepreview.cpp" line="43" />
        <source>No temporary folder is available for the preview.</source>
        <translation>Aucun dossier temporaire n’est disponible pour l’aperçu.</translation>
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
        <translation>Cette page ne contient pas d’activité « %1 ».</translation>
    </message>
    <message>
        <location filename="../modulesession.cpp" line="219" />
        <source>The activity type "%1" is not installed.</source>
        <translation>Le type d’activité « %1 » n’est pas installé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../modulesession.cpp" line="228" />
        <source>You have used all %n attempt(s) at this activity.</source>
        <translation><numerusform>Vous avez utilisé votre unique tentative pour cette activité.</numerusform><numerusform>Vous avez utilisé les %n tentatives prévues pour cette activité.</numerusform></translation>
    </message>
    <message>
        <location filename="../modulesession.cpp" line="247" />
        <source>Your answer could not be saved: %1</source>
        <translation>Votre réponse n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>Passerelle::ReviewSession</name>
    <message>
        <location filename="../reviewsession.cpp" line="32" />
        <source>The cards due today, from all your modules. Recall the answer, then turn the card.</source>
        <translation>Les cartes à revoir aujourd’hui, tous modules confondus. Retrouvez la réponse, puis retournez la carte.</translation>
    </message>
    <message>
        <location filename="../reviewsession.cpp" line="81" />
        <source>Your review could not be saved: %1</source>
        <translation>Votre révision n’a pas pu être enregistrée : %1</translation>
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
        <translation><numerusform>%n erreur : le module ne peut pas être affiché. Corrigez-la et enregistrez ; l’aperçu se recharge tout seul.</numerusform><numerusform>%n erreurs : le module ne peut pas être affiché. Corrigez-les et enregistrez ; l’aperçu se recharge tout seul.</numerusform></translation>
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
        <translation>Fermer l’aperçu</translation>
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
        <translation>Conseil : %1</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <location filename="../qml/components/ProblemBanner.qml" line="26" />
        <source>Some content could not be loaded. Everything else works as usual.</source>
        <translation>Une partie du contenu n’a pas pu être chargée. Tout le reste fonctionne normalement.</translation>
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
        <translation>Qui se forme aujourd’hui ?</translation>
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
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="125" />
        <source>Administration…</source>
        <translation>Administration…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProfilePage.qml" line="126" />
        <source>Open the administration, behind its passphrase</source>
        <translation>Ouvrir l’administration, protégée par sa phrase secrète</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="15" />
        <location filename="../qml/pages/ReviewPage.qml" line="35" />
        <location filename="../qml/pages/ReviewPage.qml" line="74" />
        <source>Flashcards due</source>
        <translation>Cartes à revoir</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ReviewPage.qml" line="44" />
        <source>%n card(s) from your modules are due. Each comes back later, sooner if you found it hard.</source>
        <translation><numerusform>%n carte de vos modules est à revoir. Chacune revient plus tard, plus tôt si vous l’avez trouvée difficile.</numerusform><numerusform>%n cartes de vos modules sont à revoir. Chacune revient plus tard, plus tôt si vous l’avez trouvée difficile.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="46" />
        <source>No card is due now. Cards come back for review a day, then a few days, then weeks after you practise them in a module.</source>
        <translation>Aucune carte n’est à revoir pour l’instant. Les cartes reviennent un jour, puis quelques jours, puis quelques semaines après que vous les avez travaillées dans un module.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ReviewPage.qml" line="107" />
        <source>Back to My learning</source>
        <translation>Retour à Mon parcours</translation>
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