<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>MediaView</name>
    <message>
        <location filename="../View.qml" line="124" />
        <source>This image cannot be shown here. It shows: %1</source>
        <translation>Cette image ne peut pas s’afficher ici. Elle montre : %1</translation>
    </message>
    <message>
        <location filename="../View.qml" line="185" />
        <source>This recording is not a file of the module, so it is not played. The transcript has everything it says.</source>
        <translation>Cet enregistrement n’est pas un fichier du module : il n’est donc pas lu. La transcription reprend tout ce qu’il dit.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="186" />
        <source>This recording cannot be played on this computer. The transcript has everything it says.</source>
        <translation>Cet enregistrement ne peut pas être lu sur cet ordinateur. La transcription reprend tout ce qu’il dit.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="206" />
        <location filename="../View.qml" line="218" />
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../View.qml" line="263" />
        <source>Show less of the transcript</source>
        <translation>Réduire la transcription</translation>
    </message>
    <message>
        <location filename="../View.qml" line="264" />
        <source>Show the whole transcript</source>
        <translation>Afficher toute la transcription</translation>
    </message>
    <message>
        <location filename="../View.qml" line="320" />
        <source>Mark as seen</source>
        <translation>Marquer comme vu</translation>
    </message>
    <message>
        <location filename="../View.qml" line="350" />
        <location filename="../View.qml" line="354" />
        <source>Seen.</source>
        <translation>Vu.</translation>
    </message>
    <message>
        <location filename="../Player.qml" line="95" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../Player.qml" line="95" />
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../Player.qml" line="144" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../Player.qml" line="145" />
        <source>%1 of %2. Left and right arrow keys: 5 seconds back or forward.</source>
        <translation>%1 sur %2. Flèches gauche et droite : 5 secondes en arrière ou en avant.</translation>
    </message>
    <message>
        <location filename="../Player.qml" line="169" />
        <location filename="../Player.qml" line="183" />
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../Player.qml" line="184" />
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
</TS>