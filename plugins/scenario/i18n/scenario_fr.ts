<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ScenarioView</name>
    <message>
        <location filename="../View.qml" line="136" />
        <source>A good outcome</source>
        <translation>Une issue favorable</translation>
    </message>
    <message>
        <location filename="../View.qml" line="137" />
        <source>A mixed outcome</source>
        <translation>Une issue mitigée</translation>
    </message>
    <message>
        <location filename="../View.qml" line="138" />
        <source>A poor outcome</source>
        <translation>Une issue défavorable</translation>
    </message>
    <message>
        <location filename="../View.qml" line="217" />
        <source>Your last run had a good outcome.</source>
        <translation>Votre dernier parcours a connu une issue favorable.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="218" />
        <source>Your last run had a mixed outcome.</source>
        <translation>Votre dernier parcours a connu une issue mitigée.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="219" />
        <source>Your last run had a poor outcome.</source>
        <translation>Votre dernier parcours a connu une issue défavorable.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="312" />
        <source>You chose: %1</source>
        <translation>Votre choix : %1</translation>
    </message>
    <message>
        <location filename="../View.qml" line="330" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../View.qml" line="379" />
        <source>This path no longer matches the scenario, so it could not be scored. Please start again.</source>
        <translation>Ce parcours ne correspond plus au scénario et n’a pas pu être évalué. Veuillez recommencer.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="398" />
        <source>Your choices</source>
        <translation>Vos choix</translation>
    </message>
    <message>
        <location filename="../View.qml" line="420" />
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
</context>
</TS>