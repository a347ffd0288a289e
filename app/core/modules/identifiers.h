// SPDX-License-Identifier: Apache-2.0
#pragma once

// The shapes of identifiers shared by modules, lessons, activities and activity types.
// They end up in file names, SQL keys and xAPI IRIs, so they are kept deliberately plain.

#include <QString>

namespace Passerelle {

// 1–64 characters of a–z, 0–9 and "-", starting with a letter or digit.
bool isValidIdentifier(const QString &id);
QString identifierRule(const QString &id);

// Semantic version "MAJOR.MINOR.PATCH" with optional "-prerelease".
bool isValidVersion(const QString &version);
// Negative, zero or positive as `a` is older, equal or newer than `b` (both valid).
int compareVersions(const QString &a, const QString &b);

// "en", "fr", "pt-BR".
bool isValidLanguageTag(const QString &tag);

} // namespace Passerelle
