// SPDX-License-Identifier: Apache-2.0
#pragma once

// How Passerelle names things in xAPI: verb IRIs, activity IRIs under one base, the
// learner as an account actor. See docs/xapi.md.

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Passerelle::Xapi {

inline constexpr char16_t Version[] = u"1.0.3";

// Base IRI of every activity Passerelle reports. ".invalid" is reserved (RFC 2606): the
// IRIs are identifiers, never fetched.
inline constexpr char16_t BaseIri[] = u"https://passerelle.invalid/xapi/";
// The account home page of learners created on this machine.
inline constexpr char16_t DefaultHomePage[] = u"https://passerelle.invalid";

enum class Verb { Experienced, Attempted, Answered, Completed, Passed, Failed, Progressed };

QString verbIri(Verb verb);
// The verb of an ADL verb IRI, or nothing for any other IRI.
std::optional<Verb> verbFromIri(QStringView iri);
QJsonObject verbObject(Verb verb);

// The activity IRIs. An activity keeps its IRI across module versions, so progress carries
// over an upgrade; the version travels in the context.
QString moduleIri(const QString &moduleId);
QString lessonIri(const QString &moduleId, const QString &lessonId);
QString activityIri(const QString &moduleId, const QString &activityId);
QString extensionIri(const QString &name);

QJsonObject accountActor(const QString &learnerUuid, const QString &displayName,
                         const QString &homePage = QString::fromUtf16(DefaultHomePage));

// "PT1M5.25S" from milliseconds.
QString isoDuration(qint64 milliseconds);

} // namespace Passerelle::Xapi
