<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ScalesView</name>
    <message>
        <location filename="../View.qml" line="140" />
        <source>Not placed yet.</source>
        <translation>Pas encore placé.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="143" />
        <location filename="../View.qml" line="148" />
        <source>%1 of 7: fully “%2”.</source>
        <translation>%1 sur 7 : entièrement « %2 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="144" />
        <location filename="../View.qml" line="147" />
        <source>%1 of 7: close to “%2”.</source>
        <translation>%1 sur 7 : proche de « %2 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="145" />
        <location filename="../View.qml" line="146" />
        <source>%1 of 7: leaning towards “%2”.</source>
        <translation>%1 sur 7 : plutôt « %2 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="149" />
        <source>%1 of 7: midway between the two.</source>
        <translation>%1 sur 7 : à mi-chemin entre les deux.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="156" />
        <source>No gap: “%1” is where you placed yourself.</source>
        <translation>Aucun écart : « %1 » est là où vous vous êtes placé.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="159" />
        <source>Gap of 1 point: “%1” sits nearer to “%2”.</source>
        <translation>Écart de 1 point : « %1 » est plus proche de « %2 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="160" />
        <source>Gap of %1 points: “%2” sits nearer to “%3”.</source>
        <translation>Écart de %1 points : « %2 » est plus proche de « %3 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="166" />
        <source>Your positions at a glance. There is no comparison profile for this activity.</source>
        <translation>Vos positions d’un coup d’œil. Cette activité ne propose pas de profil de comparaison.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="169" />
        <source>No gap of %1 points or more between you and “%2”.</source>
        <translation>Aucun écart de %1 points ou plus entre vous et « %2 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="177" />
        <source>The largest gap from “%1”: %2.</source>
        <translation>Le plus grand écart avec « %1 » : %2.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="178" />
        <source>The largest gaps from “%1”, largest first: %2.</source>
        <translation>Les plus grands écarts avec « %1 », du plus grand au plus petit : %2.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="179" />
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../View.qml" line="184" />
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <location filename="../View.qml" line="186" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../View.qml" line="189" />
        <source>A large gap.</source>
        <translation>Un grand écart.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="218" />
        <source>Place yourself on each scale: 1 is the pole on the left, 7 the pole on the right. Use the arrow keys, Home and End, or click a point. There are no right answers.</source>
        <translation>Situez-vous sur chaque échelle : 1 est le pôle de gauche, 7 celui de droite. Utilisez les flèches, Début et Fin, ou cliquez sur un point. Il n’y a pas de bonne réponse.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="310" />
        <source>Scale %1 of %2: from “%3” to “%4”.</source>
        <translation>Échelle %1 sur %2 : de « %3 » à « %4 ».</translation>
    </message>
    <message>
        <location filename="../View.qml" line="315" />
        <source>Left and right arrows move your position; Home and End go to the poles; the number keys 1 to 7 place you directly.</source>
        <translation>Les flèches gauche et droite déplacent votre position ; Début et Fin mènent aux pôles ; les touches 1 à 7 vous placent directement.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="385" />
        <source>All %1 scales placed.</source>
        <translation>Les %1 échelles sont renseignées.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="386" />
        <source>%1 of %2 scales placed.</source>
        <translation>%1 échelle(s) renseignée(s) sur %2.</translation>
    </message>
    <message>
        <location filename="../View.qml" line="396" />
        <source>Update my profile</source>
        <translation>Mettre à jour mon profil</translation>
    </message>
    <message>
        <location filename="../View.qml" line="397" />
        <source>Show my profile</source>
        <translation>Afficher mon profil</translation>
    </message>
    <message>
        <location filename="../View.qml" line="443" />
        <location filename="../View.qml" line="448" />
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <location filename="../View.qml" line="466" />
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../View.qml" line="491" />
        <source>A large gap (%1 points or more)</source>
        <translation>Un grand écart (%1 points ou plus)</translation>
    </message>
</context>
</TS>