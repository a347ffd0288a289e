<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>QuizView</name>
    <message>
        <location filename="../View.qml" line="55" />
        <source>Correct.</source>
        <translation>Bonne réponse.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="56" />
        <source>Partly correct.</source>
        <translation>En partie juste.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="57" />
        <source>Not quite.</source>
        <translation>Pas tout à fait.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="83" />
        <source>Choose all that apply.</source>
        <translation>Cochez toutes les réponses qui conviennent.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="84" />
        <source>Choose one answer.</source>
        <translation>Choisissez une réponse.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="178" />
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../View.qml" line="179" />
        <source>Check my answer</source>
        <translation>Vérifier ma réponse</translation>
    </message>
</context>
</TS>