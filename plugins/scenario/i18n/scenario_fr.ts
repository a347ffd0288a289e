<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ScenarioView</name>
    <message>
        <location filename="../View.qml" line="136"/>
        <source>A good outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="137"/>
        <source>A mixed outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="138"/>
        <source>A poor outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="217"/>
        <source>Your last run had a good outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="218"/>
        <source>Your last run had a mixed outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="219"/>
        <source>Your last run had a poor outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="313"/>
        <source>You chose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="331"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="371"/>
        <source>This path no longer matches the scenario, so it could not be scored. Please start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="390"/>
        <source>Your choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../View.qml" line="412"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
