#pragma once

#include "printing/printeddocument.h"

#include <QString>

// Documents filled with demo data, for template and printer checks
// (counterdesk-cli print-sample) and for the printing tests.
namespace SampleDocuments
{
// kind: notice, acceptance, refusal, referral. Returns a null title for an unknown kind.
PrintedDocument make(const QString &kind, const QString &lang);
QStringList kinds();
// The URL in the samples' QR codes.
QString sampleUrl(const QString &kind);
} // namespace SampleDocuments
