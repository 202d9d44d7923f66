#pragma once

#include "catalogue/localizedtext.h"
#include "printing/ticketdocument.h"

#include <QDateTime>
#include <QString>
#include <QTime>

// Writes a ticket's words in its language and the second one (strings in the "Documents"
// context, as every printed document): reception, the kiosk and print-sample share it.
namespace TicketPrintout
{
struct Input
{
    QString branchName;
    LocalizedText service;
    QString number;
    int peopleAhead = 0;
    QDateTime issuedLocal; // in the branch's time zone
    QTime bookedSlot;      // a ticket issued at a booking's check-in: the slot's start
    QString statusUrl;
    QString language = QStringLiteral("zh_CN");
    QString secondLanguage; // empty: none
    TicketDocument::Paper paper = TicketDocument::Paper::Roll80;
};

TicketDocument make(const Input &input);
// The hint under the QR code, as the source text and in a language (tests look for it).
const char *hintSource();
// The line that marks a ticket issued at check-in, as the source text ("%1": the slot's start).
const char *bookedSource();
QString hint(const QString &language);
} // namespace TicketPrintout
