<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>SortView</name>
    <message>
        <location filename="../View.qml" line="116" />
        <source>Item %1 of %2</source>
        <translation>Élément %1 sur %2</translation>
    </message>
    <message>
        <location filename="../View.qml" line="128" />
        <source>“%1” is now at position %2 of %3.</source>
        <translation>« %1 » est maintenant en position %2 sur %3.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="143" />
        <source>“%1” picked up at position %2 of %3.</source>
        <translation>Élément « %1 » saisi, en position %2 sur %3.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="149" />
        <source>“%1” dropped at position %2 of %3.</source>
        <translation>Élément « %1 » déposé en position %2 sur %3.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="176" />
        <source>Move cancelled: “%1” is back at position %2 of %3.</source>
        <translation>Déplacement annulé : « %1 » revient en position %2 sur %3.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="208" />
        <source>It belongs first, before “%1”.</source>
        <translation>Cet élément vient en premier, avant « %1 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="210" />
        <source>It belongs last, after “%1”.</source>
        <translation>Cet élément vient en dernier, après « %1 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="211" />
        <source>It belongs at position %1, after “%2”.</source>
        <translation>Cet élément vient en position %1, après « %2 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="216" />
        <source>Correct: everything is in order.</source>
        <translation>Bravo : tout est dans l’ordre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../View.qml" line="217" />
        <source>Nearly: %n item(s) to move.</source>
        <translation><numerusform>Presque : %n élément à déplacer.</numerusform><numerusform>Presque : %n éléments à déplacer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../View.qml" line="218" />
        <source>Not yet: %n item(s) to move.</source>
        <translation><numerusform>Pas encore : %n élément à déplacer.</numerusform><numerusform>Pas encore : %n éléments à déplacer.</numerusform></translation>
    </message>
    <message>
        <location filename="../View.qml" line="245" />
        <source>Drag the items into order, or use the keyboard: Space picks up the selected item, the arrow keys move it, Space drops it.</source>
        <translation>Faites glisser les éléments dans l’ordre, ou utilisez le clavier : Espace saisit l’élément sélectionné, les flèches le déplacent, Espace le dépose.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="257" />
        <source>Items to put in order</source>
        <translation>Éléments à remettre dans l’ordre</translation>
    </message>
    <message>
        <location filename="../View.qml" line="308" />
        <source>Selected. Use the up and down arrow keys to move it, then press Space to drop it.</source>
        <translation>Sélectionné. Déplacez-le avec les flèches haut et bas, puis appuyez sur Espace pour le déposer.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="311" />
        <source>In the right place.</source>
        <translation>À la bonne place.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="312" />
        <source>Out of place.</source>
        <translation>Mal placé.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="316" />
        <source>Press Space to pick it up and move it with the arrow keys, or press Ctrl with an arrow key to move it at once.</source>
        <translation>Appuyez sur Espace pour le saisir et le déplacer avec les flèches, ou sur Ctrl et une flèche pour le déplacer directement.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="416" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../View.qml" line="417" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../View.qml" line="471" />
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../View.qml" line="472" />
        <source>Check my order</source>
        <translation>Vérifier l’ordre</translation>
    </message>
</context>
</TS>