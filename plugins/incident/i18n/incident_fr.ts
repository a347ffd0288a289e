<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>IncidentView</name>
    <message>
        <location filename="../View.qml" line="113" />
        <source>The best explanation</source>
        <translation>La meilleure explication</translation>
    </message>
    <message>
        <location filename="../View.qml" line="114" />
        <source>Plausible, but not the best</source>
        <translation>Plausible, mais pas la meilleure</translation>
    </message>
    <message>
        <location filename="../View.qml" line="115" />
        <source>An unlikely explanation</source>
        <translation>Une explication peu probable</translation>
    </message>
    <message>
        <location filename="../View.qml" line="125" />
        <source>Not the best explanation yet. Read the feedback, then choose another one.</source>
        <translation>Ce n’est pas encore la meilleure explication. Lisez le commentaire, puis choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="127" />
        <source>Well done: you chose the best explanation first. Open the other explanations to read their feedback.</source>
        <translation>Bravo : vous avez choisi d’emblée la meilleure explication. Ouvrez les autres explications pour lire leur commentaire.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="129" />
        <source>You found the best explanation. Your score counts your first choice. Open any explanation to read its feedback.</source>
        <translation>Vous avez trouvé la meilleure explication. Votre score se fonde sur votre premier choix. Ouvrez n’importe quelle explication pour lire son commentaire.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="178" />
        <source>Image: %1</source>
        <translation>Image : %1</translation>
    </message>
    <message>
        <location filename="../View.qml" line="199" />
        <source>Open an explanation to read its feedback.</source>
        <translation>Ouvrez une explication pour lire son commentaire.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="200" />
        <source>Choose the explanation the other person would most likely give. Your first choice counts; then keep choosing until you find the best one.</source>
        <translation>Choisissez l’explication que l’autre personne donnerait le plus probablement. Votre premier choix compte ; continuez ensuite jusqu’à trouver la meilleure.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="229" />
        <source>Choose this explanation</source>
        <translation>Choisir cette explication</translation>
    </message>
    <message>
        <location filename="../View.qml" line="231" />
        <source>Press to read the feedback.</source>
        <translation>Appuyez pour lire le commentaire.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="271" />
        <source>Your first choice</source>
        <translation>Votre premier choix</translation>
    </message>
    <message>
        <location filename="../View.qml" line="272" />
        <source>Choice %1</source>
        <translation>Choix %1</translation>
    </message>
</context>
</TS>