// SPDX-License-Identifier: Apache-2.0
#include "admin/adminauth.h"
#include "progress/database.h"
#include "progress/progressstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Passerelle;

class TestAdminAuth : public QObject
{
    Q_OBJECT

private slots:
    void setOnFirstUseThenUnlocks()
    {
        QTemporaryDir dir;
        auto store = ProgressStore::open(dir.filePath(u"progress.sqlite"_s));
        QVERIFY(store);
        AdminAuth auth((*store)->database());
        QCOMPARE(auth.isSet().value(), false);
        QVERIFY(auth.unlock(u"anything at all"_s).errorMessage().contains(u"set one first"_s));
        QVERIFY(auth.setInitial(u"short"_s).errorMessage().contains(u"at least 8"_s));
        QVERIFY(auth.setInitial(u"bridges over the Danube"_s));
        QCOMPARE(auth.isSet().value(), true);
        // Only the hash is stored, an Argon2id one.
        auto q = (*store)->database().exec(u"SELECT hash FROM admin_passphrase"_s);
        QVERIFY(q && q->next());
        QVERIFY(q->value(0).toString().startsWith(u"$argon2id$"_s));
        QVERIFY(!q->value(0).toString().contains(u"Danube"_s));
        // A second "first" passphrase is refused: changing needs the current one.
        QVERIFY(auth.setInitial(u"another passphrase"_s).errorMessage().contains(u"already set"_s));
        QVERIFY(auth.unlock(u"bridges over the Danube"_s));
    }

    void wrongPassphrasesSlowDownAndTheCountSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"progress.sqlite"_s);
        QDateTime now = QDateTime::fromString(u"2027-01-10T10:00:00Z"_s, Qt::ISODate);
        {
            auto store = ProgressStore::open(path);
            QVERIFY(store);
            AdminAuth auth((*store)->database());
            auth.setClock([&now] { return now; });
            QVERIFY(auth.setInitial(u"correct horse battery"_s));

            Status wrong = auth.unlock(u"Correct horse battery"_s);
            QVERIFY(!wrong);
            QVERIFY2(wrong.errorMessage().contains(u"not the admin passphrase"_s), qPrintable(wrong.errorMessage()));
            QCOMPARE(auth.failedAttempts().value(), 1);
            QCOMPARE(auth.waitMs().value(), 1000);
            // During the wait even the right passphrase is refused, unchecked, and the wait does not grow.
            Status early = auth.unlock(u"correct horse battery"_s);
            QVERIFY(early.errorMessage().contains(u"wait 1 second"_s));
            QCOMPARE(auth.failedAttempts().value(), 1);

            now = now.addMSecs(1000);
            QVERIFY(!auth.unlock(u"wrong again"_s));
            QCOMPARE(auth.waitMs().value(), 2000);
            now = now.addMSecs(2000);
            QVERIFY(!auth.unlock(u"and again"_s));
            QCOMPARE(auth.waitMs().value(), 4000);
            now = now.addMSecs(1500);
            QCOMPARE(auth.waitMs().value(), 2500);
        }
        // Quitting does not reset the count.
        auto store = ProgressStore::open(path);
        QVERIFY(store);
        AdminAuth auth((*store)->database());
        auth.setClock([&now] { return now; });
        QCOMPARE(auth.failedAttempts().value(), 3);
        QVERIFY(auth.unlock(u"correct horse battery"_s).errorMessage().contains(u"wait 3 seconds"_s));
        now = now.addMSecs(2500);
        QVERIFY(auth.unlock(u"correct horse battery"_s));
        QCOMPARE(auth.failedAttempts().value(), 0);
        QCOMPARE(auth.waitMs().value(), 0);
    }

    void delaysDoubleUpToACap()
    {
        QCOMPARE(AdminAuth::delayAfter(0), 0);
        QCOMPARE(AdminAuth::delayAfter(1), 1000);
        QCOMPARE(AdminAuth::delayAfter(2), 2000);
        QCOMPARE(AdminAuth::delayAfter(5), 16000);
        QCOMPARE(AdminAuth::delayAfter(9), 256000);
        QCOMPARE(AdminAuth::delayAfter(10), AdminAuth::MaximumDelayMs);
        QCOMPARE(AdminAuth::delayAfter(1000), AdminAuth::MaximumDelayMs);
    }

    void changeNeedsTheCurrentPassphrase()
    {
        QTemporaryDir dir;
        auto store = ProgressStore::open(dir.filePath(u"progress.sqlite"_s));
        QVERIFY(store);
        QDateTime now = QDateTime::fromString(u"2027-01-10T10:00:00Z"_s, Qt::ISODate);
        AdminAuth auth((*store)->database());
        auth.setClock([&now] { return now; });
        QVERIFY(auth.setInitial(u"first passphrase"_s));
        QVERIFY(auth.change(u"first passphrase"_s, u"tiny"_s).errorMessage().contains(u"at least 8"_s));
        QVERIFY(!auth.change(u"not the current one"_s, u"second passphrase"_s));
        QCOMPARE(auth.failedAttempts().value(), 1); // a wrong current passphrase counts as a failure
        now = now.addSecs(1);
        QVERIFY(auth.change(u"first passphrase"_s, u"second passphrase"_s));
        QVERIFY(!auth.unlock(u"first passphrase"_s));
        now = now.addSecs(1);
        QVERIFY(auth.unlock(u"second passphrase"_s));
    }
};

QTEST_GUILESS_MAIN(TestAdminAuth)
#include "tst_adminauth.moc"
