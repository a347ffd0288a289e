<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>SortView</name>
    <message>
        <location filename="../View.qml" line="116" />
        <source>Item %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="128" />
        <source>“%1” is now at position %2 of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="143" />
        <source>“%1” picked up at position %2 of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="149" />
        <source>“%1” dropped at position %2 of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="176" />
        <source>Move cancelled: “%1” is back at position %2 of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="208" />
        <source>It belongs first, before “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="210" />
        <source>It belongs last, after “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="211" />
        <source>It belongs at position %1, after “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="216" />
        <source>Correct: everything is in order.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../View.qml" line="217" />
        <source>Nearly: %n item(s) to move.</source>
        <translation><numerusform>Nearly: %n item to move.</numerusform><numerusform>Nearly: %n items to move.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../View.qml" line="218" />
        <source>Not yet: %n item(s) to move.</source>
        <translation><numerusform>Not yet: %n item to move.</numerusform><numerusform>Not yet: %n items to move.</numerusform></translation>
    </message>
    <message>
        <location filename="../View.qml" line="245" />
        <source>Drag the items into order, or use the keyboard: Space picks up the selected item, the arrow keys move it, Space drops it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="257" />
        <source>Items to put in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="308" />
        <source>Selected. Use the up and down arrow keys to move it, then press Space to drop it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="311" />
        <source>In the right place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="312" />
        <source>Out of place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="316" />
        <source>Press Space to pick it up and move it with the arrow keys, or press Ctrl with an arrow key to move it at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="416" />
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="417" />
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="471" />
        <source>Check again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="472" />
        <source>Check my order</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>