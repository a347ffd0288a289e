// SPDX-License-Identifier: Apache-2.0
// SM-2 as app/core/progress/sm2.h states it. The expected states are worked out by hand
// from the formula, in the comments, so that a change to the algorithm shows up here as a
// change of schedule, not as a silently different number.
#include "progress/sm2.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

namespace {

QDateTime at(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate);
}

Sm2State review(const Sm2State &previous, int quality, const QDateTime &when)
{
    const auto next = sm2Review(previous, quality, when);
    if (!next)
        qFatal("refused: %s", qPrintable(next.errorMessage()));
    return *next;
}

} // namespace

class TestSm2 : public QObject
{
    Q_OBJECT

private slots:
    void theButtonsMapToDocumentedQualities()
    {
        QCOMPARE(sm2Quality(Sm2Button::Again), 1);
        QCOMPARE(sm2Quality(Sm2Button::Hard), 3);
        QCOMPARE(sm2Quality(Sm2Button::Good), 4);
        QCOMPARE(sm2Quality(Sm2Button::Easy), 5);
    }

    void aNewCardStartsAtEase2Point5()
    {
        const Sm2State fresh;
        QCOMPARE(fresh.repetitions, 0);
        QCOMPARE(fresh.ease, 2.5);
        QCOMPARE(fresh.intervalDays, 0);
        QVERIFY(!fresh.due.isValid());
    }

    // One card, eight reviews. ease' = ease + 0.1 - d * (0.08 + d * 0.02) with d = 5 - q:
    //   q = 5: +0.10   q = 4: 0.00   q = 3: -0.14   q = 1: -0.54
    void pinsTheScheduleOfAKnownSequence()
    {
        struct Step
        {
            const char *when;
            int quality;
            int repetitions;
            double ease;
            int interval;
            const char *due;
        };
        const Step steps[] = {
            // 1. Good, first success: interval 1 day; ease 2.5 + 0 = 2.5.
            {"2024-03-01T09:00:00Z", 4, 1, 2.5, 1, "2024-03-02T09:00:00Z"},
            // 2. Good, second success: interval 6 days; ease unchanged.
            {"2024-03-02T09:00:00Z", 4, 2, 2.5, 6, "2024-03-08T09:00:00Z"},
            // 3. Easy, third success: 6 x 2.5 = 15 days (the old ease); ease 2.5 + 0.1 = 2.6.
            {"2024-03-08T09:00:00Z", 5, 3, 2.6, 15, "2024-03-23T09:00:00Z"},
            // 4. Hard still passes: 15 x 2.6 = 39 days; ease 2.6 - 0.14 = 2.46.
            //    23 March + 39 days = 1 May (8 days to 31 March, 30 in April, 1 in May).
            {"2024-03-23T09:00:00Z", 3, 4, 2.46, 39, "2024-05-01T09:00:00Z"},
            // 5. Again is a lapse: repetitions 0, interval 1 day; ease 2.46 - 0.54 = 1.92.
            {"2024-05-01T09:00:00Z", 1, 0, 1.92, 1, "2024-05-02T09:00:00Z"},
            // 6. Good after the lapse starts over: 1 day; the lowered ease stays 1.92.
            {"2024-05-02T09:00:00Z", 4, 1, 1.92, 1, "2024-05-03T09:00:00Z"},
            // 7. Good: 6 days.
            {"2024-05-03T09:00:00Z", 4, 2, 1.92, 6, "2024-05-09T09:00:00Z"},
            // 8. Good: 6 x 1.92 = 11.52, rounded to 12 days (not 15: the lapse is remembered).
            {"2024-05-09T09:00:00Z", 4, 3, 1.92, 12, "2024-05-21T09:00:00Z"},
        };
        Sm2State state;
        int number = 0;
        for (const Step &step : steps) {
            ++number;
            state = review(state, step.quality, at(step.when));
            const QByteArray where = "review " + QByteArray::number(number);
            QVERIFY2(state.repetitions == step.repetitions, where.constData());
            QVERIFY2(qFuzzyCompare(state.ease, step.ease),
                     QByteArray(where + ": ease " + QByteArray::number(state.ease)).constData());
            QVERIFY2(state.intervalDays == step.interval,
                     QByteArray(where + ": interval " + QByteArray::number(state.intervalDays)).constData());
            QCOMPARE(state.due, at(step.due));
            QCOMPARE(state.due.timeSpec(), Qt::UTC);
        }
    }

    // Halves round up: 6 days x 1.75 = 10.5 -> 11; 6 x 1.3 = 7.8 -> 8; 10 x 1.34 = 13.4 -> 13.
    void roundsIntervalsToTheNearestDayHalvesUp_data()
    {
        QTest::addColumn<double>("ease");
        QTest::addColumn<int>("previousInterval");
        QTest::addColumn<int>("expected");
        QTest::newRow("10.5") << 1.75 << 6 << 11;
        QTest::newRow("7.8") << 1.3 << 6 << 8;
        QTest::newRow("13.4") << 1.34 << 10 << 13;
    }
    void roundsIntervalsToTheNearestDayHalvesUp()
    {
        QFETCH(double, ease);
        QFETCH(int, previousInterval);
        QFETCH(int, expected);
        const Sm2State previous{2, ease, previousInterval, at("2024-01-10T00:00:00Z")};
        const Sm2State next = review(previous, 4, at("2024-01-10T00:00:00Z"));
        QCOMPARE(next.intervalDays, expected);
        QCOMPARE(next.repetitions, 3);
    }

    // Again, again, again: 2.5 - 0.54 = 1.96, 1.42, then 0.88 would be below the floor: 1.3.
    // Quality 0 (-0.8) cannot push it lower either.
    void theEaseNeverFallsBelow1Point3()
    {
        Sm2State state;
        const QDateTime when = at("2024-02-01T08:00:00Z");
        const double expected[] = {1.96, 1.42, 1.3, 1.3};
        for (double ease : expected) {
            state = review(state, 1, when);
            QVERIFY2(qFuzzyCompare(state.ease, ease), QByteArray::number(state.ease).constData());
        }
        state = review(state, 0, when);
        QCOMPARE(state.ease, 1.3);
        // At the floor a success still schedules: 1 day, 6 days, then 6 x 1.3 = 7.8 -> 8.
        state = review(state, 3, when);
        state = review(state, 4, when);
        state = review(state, 4, when);
        QCOMPARE(state.intervalDays, 8);
        QCOMPARE(state.ease, 1.3);
    }

    // A lapse after a long run resets the interval but keeps the lowered ease.
    void aLapseResetsRepetitionsAndIntervalAndStillUpdatesTheEase()
    {
        const Sm2State mature{5, 2.8, 120, at("2024-06-01T10:00:00Z")};
        const Sm2State lapsed = review(mature, 2, at("2024-06-01T10:00:00Z"));
        QCOMPARE(lapsed.repetitions, 0);
        QCOMPARE(lapsed.intervalDays, 1);
        QVERIFY(qFuzzyCompare(lapsed.ease, 2.48)); // 2.8 + 0.1 - 3 x (0.08 + 0.06) = 2.48
        QCOMPARE(lapsed.due, at("2024-06-02T10:00:00Z"));
        // Quality 0 is a lapse too, and the harshest one: 2.8 - 0.8 = 2.0.
        const Sm2State blackout = review(mature, 0, at("2024-06-01T10:00:00Z"));
        QCOMPARE(blackout.repetitions, 0);
        QVERIFY(qFuzzyCompare(blackout.ease, 2.0));
    }

    // The due date is counted from the review, in UTC, whatever the time zone it came in.
    void theDueDateIsTheReviewTimePlusTheIntervalInUtc()
    {
        const QDateTime paris = QDateTime::fromString(u"2024-03-30T23:30:00+01:00"_s, Qt::ISODate);
        const Sm2State next = review(Sm2State{}, 5, paris);
        QCOMPARE(next.due, at("2024-03-31T22:30:00Z"));
        QCOMPARE(next.due.timeSpec(), Qt::UTC);
    }

    void refusesAQualityOutside0To5_data()
    {
        QTest::addColumn<int>("quality");
        QTest::newRow("-1") << -1;
        QTest::newRow("6") << 6;
        QTest::newRow("100") << 100;
    }
    void refusesAQualityOutside0To5()
    {
        QFETCH(int, quality);
        const auto next = sm2Review(Sm2State{}, quality, at("2024-01-01T00:00:00Z"));
        QVERIFY(!next);
        QVERIFY2(next.errorMessage().contains(u"from 0 to 5"_s), qPrintable(next.errorMessage()));
    }

    void refusesAnInvalidTimeOrAnImpossibleState()
    {
        QVERIFY(!sm2Review(Sm2State{}, 4, QDateTime()));
        QVERIFY(!sm2Review(Sm2State{-1, 2.5, 0, {}}, 4, at("2024-01-01T00:00:00Z")));
        QVERIFY(!sm2Review(Sm2State{1, 1.2, 1, {}}, 4, at("2024-01-01T00:00:00Z")));
        QVERIFY(!sm2Review(Sm2State{1, 2.5, -3, {}}, 4, at("2024-01-01T00:00:00Z")));
        // The boundaries themselves are fine.
        QVERIFY(sm2Review(Sm2State{0, 1.3, 0, {}}, 0, at("2024-01-01T00:00:00Z")));
        QVERIFY(sm2Review(Sm2State{0, 2.5, 0, {}}, 5, at("2024-01-01T00:00:00Z")));
    }

    void isPure()
    {
        const Sm2State previous{3, 2.36, 14, at("2024-04-01T00:00:00Z")};
        const QDateTime when = at("2024-04-15T07:00:00Z");
        QCOMPARE(review(previous, 4, when), review(previous, 4, when));
        QCOMPARE(review(previous, 4, when).intervalDays, 33); // 14 x 2.36 = 33.04
    }
};

QTEST_GUILESS_MAIN(TestSm2)
#include "tst_sm2.moc"
