// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expected.h"
#include "progress/certificate.h"

#include <QString>

namespace Passerelle {

// The certificate as a one-page landscape PDF, in English or French. The verification code
// is printed on the page and also stored in the PDF's title, where codeFromPdf() finds it.
class CertificateWriter
{
public:
    static Status writePdf(const Certificate &certificate, const QString &language, const QString &filePath);
    // The verification code of a certificate PDF written by writePdf(), or why there is none.
    static Expected<QString> codeFromPdf(const QString &filePath);
};

} // namespace Passerelle
