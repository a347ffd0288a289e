<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ReflectionView</name>
    <message numerus="yes">
        <location filename="../View.qml" line="98" />
        <source>%n word(s) (%1 suggested)</source>
        <translation><numerusform>%n word (%1 suggested)</numerusform><numerusform>%n words (%1 suggested)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../View.qml" line="99" />
        <source>%n word(s)</source>
        <translation><numerusform>%n word</numerusform><numerusform>%n words</numerusform></translation>
    </message>
    <message>
        <location filename="../View.qml" line="110" />
        <source>(No answer yet.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="119" />
        <location filename="../View.qml" line="127" />
        <source>My reflection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="123" />
        <source>Private: written for yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="133" />
        <source>Saved. Your reflection is recorded as done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="134" />
        <source>Saved. Answer every question to complete this activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="135" />
        <source>What you write is kept on this computer as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="191" />
        <source>Only you can see this unless you choose to share it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="287" />
        <source>Save my reflection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="324" />
        <source>Export as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="329" />
        <source>Export as Markdown</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>