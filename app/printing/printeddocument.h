#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What a counter prints for a customer — one-time notice, acceptance receipt, refusal notice,
// referral slip, application form — as plain data. app/cases fills it; DocumentPainter lays it
// out. Personal data arrives here already masked, except on the application form the customer
// signs.
struct PrintedDocument
{
    enum class Kind {
        OneTimeNotice,
        AcceptanceReceipt,
        RefusalNotice,
        ReferralSlip,
        ApplicationForm,
        CollectionNotice,
        DailyLog
    };
    enum class PaperSize { A4, A5 };

    struct Field
    {
        QString label;
        QString value;
        bool operator==(const Field &) const = default;
    };
    struct Section
    {
        QString heading;
        QStringList items; // numbered when printed
    };

    Kind kind = Kind::OneTimeNotice;
    PaperSize paper = PaperSize::A4;
    QString title; // e.g. 一次性告知书
    QString branchName;
    QString number; // case or notice number, with its label ("编号：…")
    QList<Field> fields;
    QList<Section> sections;
    QStringList paragraphs;
    QString warning; // printed in red, e.g. a provisional date
    QString qrText;  // the URL in the QR code (empty: no code)
    QString qrCaption;
    QString contact;        // how to ask about progress (hotline)
    QString staffLine;      // clerk, window, date
    QStringList signatures; // signature lines, e.g. 申请人签字
};
