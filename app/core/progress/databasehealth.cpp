// SPDX-License-Identifier: Apache-2.0
#include "progress/databasehealth.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

// SQLITE_CORRUPT and SQLITE_NOTADB: the only answers that mean the file itself is bad.
bool isDamage(const QSqlError &error)
{
    return error.nativeErrorCode() == u"11" || error.nativeErrorCode() == u"26";
}

QString words(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace

Expected<DatabaseHealth> DatabaseHealth::check(const QString &path)
{
    if (!QFileInfo::exists(path))
        return DatabaseHealth{State::Missing, {}};
    const QString name = u"passerelle-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    DatabaseHealth health{State::Sound, {}};
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            failure = u"Cannot open the database %1: %2."_s.arg(QDir::toNativeSeparators(path), db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            QStringList problems;
            bool ran = q.exec(u"PRAGMA quick_check"_s);
            while (ran && q.next()) {
                // "*** in database main ***" heads SQLite's first line: there is only one database.
                QString line = q.value(0).toString();
                line.remove(u"*** in database main ***"_s);
                if (line = line.simplified(); line != u"ok")
                    problems << line;
            }
            const QSqlError error = q.lastError();
            if (error.isValid() && isDamage(error))
                problems << words(error);
            else if (error.isValid())
                failure = u"Cannot check the database %1: %2."_s.arg(QDir::toNativeSeparators(path), words(error));
            if (!problems.isEmpty()) {
                health.state = State::Damaged;
                // quick_check lists up to 100 problems; the first few say enough.
                health.problem = problems.mid(0, 3).join(u"; "_s);
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        return Error{failure};
    return health;
}

} // namespace Passerelle
