// SPDX-License-Identifier: Apache-2.0
#include "progress/sm2.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Passerelle {

namespace {

constexpr double MinimumEase = 1.3;

double roundedEase(double ease)
{
    return std::round(ease * 100.0) / 100.0;
}

} // namespace

int sm2Quality(Sm2Button button)
{
    switch (button) {
    case Sm2Button::Again: return 1;
    case Sm2Button::Hard: return 3;
    case Sm2Button::Good: return 4;
    case Sm2Button::Easy: return 5;
    }
    return 0;
}

Expected<Sm2State> sm2Review(const Sm2State &previous, int quality, const QDateTime &reviewedAt)
{
    if (quality < 0 || quality > 5)
        return Error{u"a review's quality must be a whole number from 0 to 5, not %1"_s.arg(quality)};
    if (!reviewedAt.isValid())
        return Error{u"a review needs a valid date and time"_s};
    if (previous.repetitions < 0 || previous.intervalDays < 0 || !(previous.ease >= MinimumEase - 1e-9))
        return Error{u"the card's schedule is not one SM-2 can produce (repetitions %1, interval %2 days, "
                     "ease %3); reset the card"_s.arg(previous.repetitions)
                         .arg(previous.intervalDays)
                         .arg(previous.ease)};

    Sm2State next;
    if (quality >= 3) {
        next.repetitions = previous.repetitions + 1;
        if (next.repetitions == 1)
            next.intervalDays = 1;
        else if (next.repetitions == 2)
            next.intervalDays = 6;
        else
            // floor(x + 0.5): halves go up, and x is positive.
            next.intervalDays =
                std::max(1, static_cast<int>(std::floor(std::max(previous.intervalDays, 1) * previous.ease + 0.5)));
    } else {
        next.repetitions = 0;
        next.intervalDays = 1;
    }
    const int distance = 5 - quality;
    next.ease = roundedEase(std::max(MinimumEase, previous.ease + 0.1 - distance * (0.08 + distance * 0.02)));
    next.due = reviewedAt.toUTC().addDays(next.intervalDays);
    return next;
}

} // namespace Passerelle
