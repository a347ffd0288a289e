<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>MatchView</name>
    <message>
        <location filename="../View.qml" line="165" />
        <location filename="../View.qml" line="168" />
        <source>“%1” is back among the items to place.</source>
        <translation>« %1 » revient parmi les éléments à placer.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="167" />
        <source>“%1” matched with “%2”.</source>
        <translation>« %1 » associé à « %2 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="170" />
        <source>“%1” placed in “%2”.</source>
        <translation>« %1 » placé dans « %2 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="194" />
        <source>Choose where “%1” goes.</source>
        <translation>Choisissez où placer « %1 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="211" />
        <source>It goes with “%1”.</source>
        <translation>Cet élément va avec « %1 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="212" />
        <source>It belongs in “%1”.</source>
        <translation>Cet élément relève de « %1 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="218" />
        <source>Not placed yet.</source>
        <translation>Pas encore placé.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="219" />
        <source>Matched with “%1”.</source>
        <translation>Associé à « %1 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="220" />
        <source>In “%1”.</source>
        <translation>Dans « %1 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="225" />
        <source>Correct: everything is in its place.</source>
        <translation>Bravo : tout est à sa place.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="226" />
        <source>Nearly: %1 of %2 right.</source>
        <translation>Presque : %1 bonnes réponses sur %2.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="227" />
        <source>Not yet: none is right.</source>
        <translation>Pas encore : aucune réponse n’est juste.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="248" />
        <source>Item %1 of %2: %3.</source>
        <translation>Élément %1 sur %2 : %3.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="251" />
        <source>Selected. Choose where it goes in the list that follows.</source>
        <translation>Sélectionné. Choisissez où le placer dans la liste qui suit.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="253" />
        <source>Correct.</source>
        <translation>Juste.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="254" />
        <source>Not quite.</source>
        <translation>Pas tout à fait.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="257" />
        <source>Press Space to choose where it goes.</source>
        <translation>Appuyez sur Espace pour choisir où le placer.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="385" />
        <source>Where “%1” goes</source>
        <translation>Où placer « %1 »</translation>
    </message>
    <message>
        <location filename="../View.qml" line="402" />
        <source>Back to the items to place</source>
        <translation>Remettre parmi les éléments à placer</translation>
    </message>
    <message>
        <location filename="../View.qml" line="403" />
        <source>Match with “%1”</source>
        <translation>Associer à « %1 »</translation>
    </message>
    <message>
        <location filename="../View.qml" line="404" />
        <source>Put in “%1”</source>
        <translation>Placer dans « %1 »</translation>
    </message>
    <message>
        <location filename="../View.qml" line="406" />
        <source>now matched with “%1”</source>
        <translation>actuellement associé à « %1 »</translation>
    </message>
    <message>
        <location filename="../View.qml" line="408" />
        <source>its place now</source>
        <translation>sa place actuelle</translation>
    </message>
    <message>
        <location filename="../View.qml" line="503" />
        <source>Drag each item onto its match, or select it (Space or a click) and choose its match from the list.</source>
        <translation>Faites glisser chaque élément sur ce qui lui correspond, ou sélectionnez-le (Espace ou un clic) et choisissez sa correspondance dans la liste.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="504" />
        <source>Drag each item into its category, or select it (Space or a click) and choose its category from the list.</source>
        <translation>Faites glisser chaque élément dans sa catégorie, ou sélectionnez-le (Espace ou un clic) et choisissez sa catégorie dans la liste.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="526" />
        <source>To place (%1)</source>
        <translation>À placer (%1)</translation>
    </message>
    <message>
        <location filename="../View.qml" line="527" />
        <source>Everything is placed. Check your answer when you are ready.</source>
        <translation>Tout est placé. Vérifiez votre réponse quand vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="603" />
        <source>Drop its match here</source>
        <translation>Déposez ici ce qui correspond</translation>
    </message>
    <message>
        <location filename="../View.qml" line="604" />
        <source>Drop items here</source>
        <translation>Déposez des éléments ici</translation>
    </message>
    <message>
        <location filename="../View.qml" line="634" />
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../View.qml" line="635" />
        <source>Check my answer</source>
        <translation>Vérifier ma réponse</translation>
    </message>
    <message>
        <location filename="../View.qml" line="677" />
        <source>Place every item to check your answer.</source>
        <translation>Placez tous les éléments pour vérifier votre réponse.</translation>
    </message>
</context>
</TS>