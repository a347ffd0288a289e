// SPDX-License-Identifier: Apache-2.0
#include "progress/xapi.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestXapi : public QObject
{
    Q_OBJECT

private slots:
    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("iso");
        QTest::newRow("zero") << qint64(0) << u"PT0S"_s;
        QTest::newRow("negative") << qint64(-5) << u"PT0S"_s;
        QTest::newRow("sub-second") << qint64(250) << u"PT0.25S"_s;
        QTest::newRow("seconds") << qint64(5'000) << u"PT5S"_s;
        QTest::newRow("minute") << qint64(60'000) << u"PT1M"_s;
        QTest::newRow("mixed") << qint64(3'723'450) << u"PT1H2M3.45S"_s;
        QTest::newRow("hours") << qint64(7'200'000) << u"PT2H"_s;
    }
    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, iso);
        QCOMPARE(Xapi::isoDuration(ms), iso);
    }

    void iris()
    {
        QCOMPARE(Xapi::verbIri(Xapi::Verb::Experienced), u"http://adlnet.gov/expapi/verbs/experienced"_s);
        QCOMPARE(Xapi::activityIri(u"m"_s, u"a"_s), u"https://passerelle.invalid/xapi/modules/m/activities/a"_s);
        const QJsonObject actor = Xapi::accountActor(u"uuid"_s, u"Ana"_s);
        QCOMPARE(actor[u"account"_s][u"homePage"_s].toString(), u"https://passerelle.invalid"_s);
        QCOMPARE(actor[u"objectType"_s].toString(), u"Agent"_s);
    }
};

QTEST_GUILESS_MAIN(TestXapi)
#include "tst_xapi.moc"
