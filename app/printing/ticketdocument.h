#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A queue ticket as printed on a thermal roll, as plain data with every text already in the
// ticket's languages (TicketPrintout fills it; TicketPainter lays it out). No personal data.
struct TicketDocument
{
    enum class Paper { Roll58, Roll80 };

    // A text in the ticket's language and, when one is configured, the second language.
    struct Line
    {
        QString text;
        QString second;
    };

    Paper paper = Paper::Roll80;
    QString branchName;
    Line service;
    QString number;      // "A001", printed very large
    QList<Line> details; // people ahead, time issued
    QString qrText;      // the customer's status URL
    Line hint;           // what the QR code is for
    Line footer;

    static double widthMm(Paper paper) { return paper == Paper::Roll58 ? 58.0 : 80.0; }

    // The ticket as JSON, to keep a print job across a restart; fromJson() is null for
    // anything toJson() did not write.
    QJsonObject toJson() const;
    static std::optional<TicketDocument> fromJson(const QJsonObject &json);
};
