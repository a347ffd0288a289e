<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>QuizView</name>
    <message>
        <location filename="../View.qml" line="63" />
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <location filename="../View.qml" line="65" />
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <location filename="../View.qml" line="107" />
        <source>Correct.</source>
        <translation>Bonne réponse.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="108" />
        <source>Partly correct.</source>
        <translation>En partie juste.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="109" />
        <source>Not quite.</source>
        <translation>Pas tout à fait.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="135" />
        <source>True or false?</source>
        <translation>Vrai ou faux ?</translation>
    </message>
    <message>
        <location filename="../View.qml" line="136" />
        <source>Choose all that apply.</source>
        <translation>Cochez toutes les réponses qui conviennent.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="137" />
        <source>Choose one answer.</source>
        <translation>Choisissez une réponse.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="139" />
        <source>Attempt %1 of %2.</source>
        <translation>Tentative %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="235" />
        <source>No attempts left</source>
        <translation>Plus de tentative</translation>
    </message>
    <message>
        <location filename="../View.qml" line="236" />
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../View.qml" line="237" />
        <source>Check my answer</source>
        <translation>Vérifier ma réponse</translation>
    </message>
</context>
</TS>