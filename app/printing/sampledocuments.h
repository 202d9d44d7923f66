#pragma once

#include "printing/printeddocument.h"
#include "printing/ticketdocument.h"

#include <QString>

// Documents filled with demo data, for template and printer checks
// (counterdesk-cli print-sample) and for the printing tests.
namespace SampleDocuments
{
// kind: notice, acceptance, refusal, referral, application, collection. Returns a null title
// for an unknown kind.
PrintedDocument make(const QString &kind, const QString &lang);
QStringList kinds();
// The URL in the samples' QR codes (kind "ticket": the sample ticket's status page).
QString sampleUrl(const QString &kind);
// A queue ticket for the demo branch, in lang with English as its second language (none when
// lang is en).
TicketDocument ticket(const QString &lang, TicketDocument::Paper paper);
} // namespace SampleDocuments
