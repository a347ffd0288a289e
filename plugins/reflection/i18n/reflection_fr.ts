<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ReflectionView</name>
    <message numerus="yes">
        <location filename="../View.qml" line="98" />
        <source>%n word(s) (%1 suggested)</source>
        <translation><numerusform>%n mot (%1 suggérés)</numerusform><numerusform>%n mots (%1 suggérés)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../View.qml" line="99" />
        <source>%n word(s)</source>
        <translation><numerusform>%n mot</numerusform><numerusform>%n mots</numerusform></translation>
    </message>
    <message>
        <location filename="../View.qml" line="110" />
        <source>(No answer yet.)</source>
        <translation>(Pas encore de réponse.)</translation>
    </message>
    <message>
        <location filename="../View.qml" line="119" />
        <location filename="../View.qml" line="127" />
        <source>My reflection</source>
        <translation>Ma réflexion</translation>
    </message>
    <message>
        <location filename="../View.qml" line="123" />
        <source>Private: written for yourself.</source>
        <translation>Privé : écrit pour vous-même.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="133" />
        <source>Saved. Your reflection is recorded as done.</source>
        <translation>Enregistré. Votre réflexion est notée comme terminée.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="134" />
        <source>Saved. Answer every question to complete this activity.</source>
        <translation>Enregistré. Répondez à chaque question pour terminer cette activité.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="135" />
        <source>What you write is kept on this computer as you type.</source>
        <translation>Ce que vous écrivez est conservé sur cet ordinateur au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="191" />
        <source>Only you can see this unless you choose to share it.</source>
        <translation>Vous seul pouvez voir ce texte, sauf si vous choisissez de le partager.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="287" />
        <source>Save my reflection</source>
        <translation>Enregistrer ma réflexion</translation>
    </message>
    <message>
        <location filename="../View.qml" line="324" />
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../View.qml" line="329" />
        <source>Export as Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
</context>
</TS>