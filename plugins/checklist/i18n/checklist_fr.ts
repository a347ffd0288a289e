<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../View.qml" line="143" />
        <source>Field card · %1 of %2 ticked</source>
        <translation>Fiche de terrain · %1 cochés sur %2</translation>
    </message>
    <message>
        <location filename="../View.qml" line="151" />
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../View.qml" line="160" />
        <source>Recorded: everything is ticked.</source>
        <translation>Enregistré : tout est coché.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="161" />
        <source>Recorded: %1 of %2 ticked. You can come back and tick the rest later.</source>
        <translation>Enregistré : %1 cochés sur %2. Vous pourrez revenir cocher le reste plus tard.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="165" />
        <source>You have changed the list since you pressed Done. Your ticks and notes are kept; press Done again to record them.</source>
        <translation>Vous avez modifié la liste depuis que vous avez appuyé sur Terminé. Vos coches et vos notes sont conservées ; appuyez de nouveau sur Terminé pour les enregistrer.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="166" />
        <source>Your ticks and notes are kept on this computer as you go.</source>
        <translation>Vos coches et vos notes sont conservées sur cet ordinateur au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="232" />
        <source>%1 of %2 ticked</source>
        <translation>%1 cochés sur %2</translation>
    </message>
    <message>
        <location filename="../View.qml" line="364" />
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../View.qml" line="366" />
        <source>Add a note to “%1”</source>
        <translation>Ajouter une note à « %1 »</translation>
    </message>
    <message>
        <location filename="../View.qml" line="402" />
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <location filename="../View.qml" line="404" />
        <source>Note on “%1”</source>
        <translation>Note sur « %1 »</translation>
    </message>
    <message>
        <location filename="../View.qml" line="450" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../View.qml" line="487" />
        <source>Print or save as PDF</source>
        <translation>Imprimer ou enregistrer en PDF</translation>
    </message>
</context>
</TS>