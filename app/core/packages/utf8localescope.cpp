// SPDX-License-Identifier: Apache-2.0
#include "packages/utf8localescope.h"

namespace Passerelle {

static locale_t utf8Locale()
{
    // Created once and never freed: a locale is small and may be in use on any thread.
    static const locale_t locale = [] {
        locale_t l = newlocale(LC_ALL_MASK, "C.UTF-8", locale_t(nullptr));
        return l ? l : newlocale(LC_ALL_MASK, "en_US.UTF-8", locale_t(nullptr));
    }();
    return locale;
}

Utf8LocaleScope::Utf8LocaleScope()
{
    if (const locale_t l = utf8Locale())
        m_previous = uselocale(l);
}

Utf8LocaleScope::~Utf8LocaleScope()
{
    if (m_previous)
        uselocale(m_previous);
}

} // namespace Passerelle
