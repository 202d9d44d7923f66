#pragma once

#include "printing/ticketdocument.h"

#include <QList>
#include <QString>

// A booking slip (预约凭条), printed at reception on the ticket roll for a customer who booked
// at the desk or on the phone: the slot, the check-in code very large, the check-in window and
// the cancellation rule, and a QR code of the booking's page. Plain data with every text already
// in the slip's languages (BookingSlipPrintout fills it; BookingSlipPainter lays it out). The
// customer's name and phone arrive masked.
struct BookingSlip
{
    using Line = TicketDocument::Line;

    TicketDocument::Paper paper = TicketDocument::Paper::Roll80;
    QString branchName;
    Line title;
    Line service;
    Line slot;            // date and time of the slot
    Line codeLabel;       // what the code is for
    QString code;         // printed very large
    QList<Line> customer; // masked name and phone
    Line checkIn;         // "请于 09:00–09:40 到厅签到"
    QList<Line> rules;    // cancelling, missed bookings
    QString qrText;       // the booking's page
    Line hint;            // what the QR code is for
    Line footer;
};
