<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>FlashcardsView</name>
    <message>
        <location filename="../View.qml" line="55" />
        <source>Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="56" />
        <source>I did not know it: show it again soon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="57" />
        <source>Hard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="58" />
        <source>I knew it, with real difficulty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="59" />
        <source>Good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="60" />
        <source>I knew it after a moment’s thought.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="61" />
        <source>Easy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="62" />
        <source>I knew it at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="108" />
        <source>Answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="120" />
        <source>Session complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="124" />
        <source>Marked “%1”. Card %2 of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="132" />
        <source>New session. Card %1 of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="214" />
        <source>key %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="265" />
        <source>This deck has no cards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="266" />
        <source>Card %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="283" />
        <source>Card %1 of %2: %3 Answer: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="286" />
        <source>Card %1 of %2: %3 Press Space to show the answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="319" />
        <source>The glossary’s definition of this term is not available here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="338" />
        <source>Show answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="339" />
        <source>Space or Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="347" />
        <source>How well did you know it? Press 1 to 4, or choose a button.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="369" />
        <source>How well did you know it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="381" />
        <source>%1 (key %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="402" />
        <source>Session complete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../View.qml" line="415" />
        <source>You knew %1 of %n card(s) well (Good or Easy).</source>
        <translation><numerusform>You knew %1 of %n card well (Good or Easy).</numerusform><numerusform>You knew %1 of %n cards well (Good or Easy).</numerusform></translation>
    </message>
    <message>
        <location filename="../View.qml" line="417" />
        <source>Saving your answers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="418" />
        <source>Your answers have not been saved yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="426" />
        <source>These cards will come back soon:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="447" />
        <source>You knew every card well: they come back in a few days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="458" />
        <source>Save my answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../View.qml" line="465" />
        <source>Start a new session</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>