<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>FlashcardsView</name>
    <message>
        <location filename="../View.qml" line="55" />
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location filename="../View.qml" line="56" />
        <source>I did not know it: show it again soon.</source>
        <translation>Je ne la connaissais pas : à revoir bientôt.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="57" />
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location filename="../View.qml" line="58" />
        <source>I knew it, with real difficulty.</source>
        <translation>Je la connaissais, mais avec peine.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="59" />
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../View.qml" line="60" />
        <source>I knew it after a moment’s thought.</source>
        <translation>Je la connaissais, après un instant de réflexion.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="61" />
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <location filename="../View.qml" line="62" />
        <source>I knew it at once.</source>
        <translation>Je la connaissais tout de suite.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="108" />
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <location filename="../View.qml" line="120" />
        <source>Session complete.</source>
        <translation>Séance terminée.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="124" />
        <source>Marked “%1”. Card %2 of %3.</source>
        <translation>Noté « %1 ». Carte %2 sur %3.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="132" />
        <source>New session. Card %1 of %2.</source>
        <translation>Nouvelle séance. Carte %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="214" />
        <source>key %1</source>
        <translation>touche %1</translation>
    </message>
    <message>
        <location filename="../View.qml" line="265" />
        <source>This deck has no cards.</source>
        <translation>Ce paquet ne contient aucune carte.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="266" />
        <source>Card %1 of %2</source>
        <translation>Carte %1 sur %2</translation>
    </message>
    <message>
        <location filename="../View.qml" line="283" />
        <source>Card %1 of %2: %3 Answer: %4</source>
        <translation>Carte %1 sur %2 : %3 Réponse : %4</translation>
    </message>
    <message>
        <location filename="../View.qml" line="286" />
        <source>Card %1 of %2: %3 Press Space to show the answer.</source>
        <translation>Carte %1 sur %2 : %3 Appuyez sur Espace pour afficher la réponse.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="319" />
        <source>The glossary’s definition of this term is not available here.</source>
        <translation>La définition de ce terme dans le glossaire n’est pas disponible ici.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="338" />
        <source>Show answer</source>
        <translation>Afficher la réponse</translation>
    </message>
    <message>
        <location filename="../View.qml" line="339" />
        <source>Space or Enter</source>
        <translation>Espace ou Entrée</translation>
    </message>
    <message>
        <location filename="../View.qml" line="347" />
        <source>How well did you know it? Press 1 to 4, or choose a button.</source>
        <translation>La connaissiez-vous bien ? Appuyez sur une touche de 1 à 4, ou choisissez un bouton.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="369" />
        <source>How well did you know it?</source>
        <translation>La connaissiez-vous bien ?</translation>
    </message>
    <message>
        <location filename="../View.qml" line="381" />
        <source>%1 (key %2)</source>
        <translation>%1 (touche %2)</translation>
    </message>
    <message>
        <location filename="../View.qml" line="402" />
        <source>Session complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message numerus="yes">
        <location filename="../View.qml" line="415" />
        <source>You knew %1 of %n card(s) well (Good or Easy).</source>
        <translation><numerusform>Cartes bien connues (Bien ou Facile) : %1 sur %n.</numerusform><numerusform>Cartes bien connues (Bien ou Facile) : %1 sur %n.</numerusform></translation>
    </message>
    <message>
        <location filename="../View.qml" line="417" />
        <source>Saving your answers…</source>
        <translation>Enregistrement de vos réponses…</translation>
    </message>
    <message>
        <location filename="../View.qml" line="418" />
        <source>Your answers have not been saved yet.</source>
        <translation>Vos réponses ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="426" />
        <source>These cards will come back soon:</source>
        <translation>Ces cartes reviendront bientôt :</translation>
    </message>
    <message>
        <location filename="../View.qml" line="447" />
        <source>You knew every card well: they come back in a few days.</source>
        <translation>Vous connaissiez bien toutes les cartes : elles reviendront dans quelques jours.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="458" />
        <source>Save my answers</source>
        <translation>Enregistrer mes réponses</translation>
    </message>
    <message>
        <location filename="../View.qml" line="465" />
        <source>Start a new session</source>
        <translation>Commencer une nouvelle séance</translation>
    </message>
</context>
</TS>