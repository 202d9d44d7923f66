#pragma once

#include "catalogue/localizedtext.h"
#include "printing/bookingslip.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

// Writes a booking slip's words in its language and the second one (strings in the "Documents"
// context, as every printed document), the way TicketPrintout writes a ticket's.
namespace BookingSlipPrintout
{
struct Input
{
    QString branchName;
    LocalizedText service;
    QDate date; // the slot, in the branch's time zone
    QTime start;
    QTime end;
    QString code;
    QString maskedName;
    QString maskedPhone;
    QTime checkInFrom; // the check-in window (AppointmentSettings)
    QTime checkInUntil;
    QDateTime cancelByLocal; // cancelling closes then (the service's cut-off)
    int noShowLimit = 3;     // missed bookings within noShowDays that block booking
    int noShowDays = 30;
    int blockDays = 30;
    QString bookingUrl;
    QString language = QStringLiteral("zh_CN");
    QString secondLanguage; // empty: none
    TicketDocument::Paper paper = TicketDocument::Paper::Roll80;
};

BookingSlip make(const Input &input);
} // namespace BookingSlipPrintout
