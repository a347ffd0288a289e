// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"

#include <QDateTime>

namespace Passerelle {

// Where one flashcard stands in the SM-2 schedule after its last review.
struct Sm2State
{
    int repetitions = 0;  // successful reviews in a row (quality >= 3) since the last lapse
    double ease = 2.5;    // the ease factor: how fast the interval grows, never below 1.3
    int intervalDays = 0; // days from the last review to the next; 0 for a card never reviewed
    QDateTime due;        // when the card is next due (UTC); invalid for a card never reviewed

    friend bool operator==(const Sm2State &, const Sm2State &) = default;
};

// The four buttons a learner answers a card with, and the SM-2 quality each stands for.
// Again is 1, not 0: the learner pressed it after seeing the answer, which SM-2 describes as
// "incorrect, but the correct answer was recognised"; 0 ("complete blackout") is still
// accepted from other sources. Hard is 3, the lowest passing grade ("correct with serious
// difficulty"); Good is 4, Easy 5. The flashcards view (plugins/flashcards/View.qml) uses
// the same numbers.
enum class Sm2Button { Again, Hard, Good, Easy };
int sm2Quality(Sm2Button button);

// The SM-2 algorithm (P. Woźniak, 1987), pure: the same inputs always give the same state.
//
//   ease'   = ease + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02), then at least 1.3, and
//             rounded to two decimals (every SM-2 step is a multiple of 0.02, so this only
//             removes floating-point dust and keeps schedules reproducible);
//   q >= 3: repetitions + 1, and the interval is 1 day after the first success, 6 days after
//           the second, then the previous interval times the ease *before* this review's
//           update (as in the published pseudo-code), rounded to the nearest whole day,
//           halves up;
//   q <  3: a lapse: repetitions back to 0 and the interval to 1 day; the ease is still
//           updated, so a card that is often forgotten comes back more often for good.
//
// The next due date is the review time plus the interval in days, in UTC. Refuses a
// quality outside 0..5, an invalid review time, and a previous state that SM-2 cannot
// produce (negative counts, an ease below 1.3).
Expected<Sm2State> sm2Review(const Sm2State &previous, int quality, const QDateTime &reviewedAt);

} // namespace Passerelle
