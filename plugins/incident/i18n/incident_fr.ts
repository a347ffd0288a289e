<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>IncidentView</name>
    <message>
        <location filename="../View.qml" line="113"/>
        <source>The best explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="114"/>
        <source>Plausible, but not the best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="115"/>
        <source>An unlikely explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="125"/>
        <source>Not the best explanation yet. Read the feedback, then choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="127"/>
        <source>Well done: you chose the best explanation first. Open the other explanations to read their feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="129"/>
        <source>You found the best explanation. Your score counts your first choice. Open any explanation to read its feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="177"/>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="198"/>
        <source>Open an explanation to read its feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="199"/>
        <source>Choose the explanation the other person would most likely give. Your first choice counts; then keep choosing until you find the best one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="228"/>
        <source>Choose this explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="230"/>
        <source>Press to read the feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="270"/>
        <source>Your first choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="271"/>
        <source>Choice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
