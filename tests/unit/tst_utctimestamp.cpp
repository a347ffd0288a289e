// SPDX-License-Identifier: Apache-2.0
// utcTimestamp() writes what QDateTime writes, for every kind of date.
#include "progress/utctimestamp.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestUtcTimestamp : public QObject
{
    Q_OBJECT

    static QString qt(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

private slots:
    void matchesQDateTime()
    {
        QCOMPARE(utcTimestamp(0), u"1970-01-01T00:00:00.000Z"_s);
        const QList<QString> dates = {u"2000-02-29T23:59:59.999Z"_s, u"2024-02-29T00:00:00.000Z"_s,
                                      u"2100-03-01T12:34:56.789Z"_s, u"1999-12-31T23:59:59.001Z"_s,
                                      u"2026-11-28T21:05:12.345Z"_s, u"9999-12-31T23:59:59.999Z"_s};
        for (const QString &date : dates) {
            const qint64 ms = QDateTime::fromString(date, Qt::ISODateWithMs).toMSecsSinceEpoch();
            QCOMPARE(utcTimestamp(ms), date);
        }
        QRandomGenerator random(20261128);
        for (int i = 0; i < 100'000; ++i) {
            const qint64 ms = qint64(random.bounded(253402300800000.0));
            QCOMPARE(utcTimestamp(ms), qt(ms));
        }
        // Outside the years 1970-9999: the same as QDateTime too.
        QCOMPARE(utcTimestamp(-1), qt(-1));
        QCOMPARE(utcTimestamp(253402300800000LL), qt(253402300800000LL));
    }
};

QTEST_GUILESS_MAIN(TestUtcTimestamp)
#include "tst_utctimestamp.moc"
