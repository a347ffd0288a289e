// SPDX-License-Identifier: Apache-2.0
#pragma once

// libarchive converts entry names through the C library's locale. Under the "C" locale of a
// service or a CI job it cannot write or read a name such as "café.png". Package names are
// always UTF-8, so archive work runs with this thread switched to C.UTF-8.

#include <locale.h>

namespace Passerelle {

// Switches the calling thread to the C.UTF-8 locale until the scope ends.
class Utf8LocaleScope
{
public:
    Utf8LocaleScope();
    ~Utf8LocaleScope();
    Utf8LocaleScope(const Utf8LocaleScope &) = delete;
    Utf8LocaleScope &operator=(const Utf8LocaleScope &) = delete;

private:
    locale_t m_previous = nullptr;
};

} // namespace Passerelle
