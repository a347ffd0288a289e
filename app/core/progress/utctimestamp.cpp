// SPDX-License-Identifier: Apache-2.0
#include "progress/utctimestamp.h"

#include <QDateTime>

namespace Passerelle {

namespace {

// Howard Hinnant's civil_from_days: the proleptic Gregorian date of a day count from
// 1970-01-01 (http://howardhinnant.github.io/date_algorithms.html).
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    *month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

void digits(char16_t *out, qint64 value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

QString utcTimestamp(qint64 ms)
{
    // Years 1970 to 9999: four digits, no sign. Anything else goes the long way.
    constexpr qint64 End = 253402300800000LL; // 10000-01-01T00:00:00Z
    if (ms < 0 || ms >= End)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    const qint64 days = ms / 86'400'000;
    const qint64 inDay = ms % 86'400'000;
    int year = 0, month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    QString text(24, Qt::Uninitialized);
    auto *out = reinterpret_cast<char16_t *>(text.data());
    digits(out, year, 4);
    out[4] = u'-';
    digits(out + 5, month, 2);
    out[7] = u'-';
    digits(out + 8, day, 2);
    out[10] = u'T';
    digits(out + 11, inDay / 3'600'000, 2);
    out[13] = u':';
    digits(out + 14, inDay / 60'000 % 60, 2);
    out[16] = u':';
    digits(out + 17, inDay / 1000 % 60, 2);
    out[19] = u'.';
    digits(out + 20, inDay % 1000, 3);
    out[23] = u'Z';
    return text;
}

} // namespace Passerelle
