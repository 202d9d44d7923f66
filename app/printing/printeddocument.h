#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

// What a counter prints for a customer — one-time notice, acceptance receipt, refusal notice,
// referral slip, application form — and the hall's reports, as plain data. app/cases and
// app/reports fill it; DocumentPainter lays it out. Personal data arrives here already masked,
// except on the application form the customer signs.
struct PrintedDocument
{
    enum class Kind {
        OneTimeNotice,
        AcceptanceReceipt,
        RefusalNotice,
        ReferralSlip,
        ApplicationForm,
        CollectionNotice,
        DailyLog,
        MonthlyBulletin
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

    // Figures in rows and columns. Each cell wraps in its column; rightAligned[i] sets column
    // i's cells flush right (figures); a column not listed is flush left.
    struct Table
    {
        QString heading;
        QStringList columns;
        QList<QStringList> rows;
        QList<bool> rightAligned;
        QString note; // printed small under the table
    };
    // A horizontal bar chart: one bar per label, all scaled to the largest value. Labels and
    // values are printed as text.
    struct Bar
    {
        QString label;
        double value = 0;
        QString valueText;
    };
    struct BarChart
    {
        QString heading;
        QList<Bar> bars;
        QString note; // printed small under the chart
    };
    using Block = std::variant<Table, BarChart>;

    Kind kind = Kind::OneTimeNotice;
    PaperSize paper = PaperSize::A4;
    QString title; // e.g. 一次性告知书
    QString branchName;
    QString number; // case or notice number, with its label ("编号：…")
    QList<Field> fields;
    QList<Block> blocks; // tables and charts, printed in order after the fields
    QList<Section> sections;
    QStringList paragraphs;
    QString warning; // printed in red, e.g. a provisional date
    QString qrText;  // the URL in the QR code (empty: no code)
    QString qrCaption;
    QString contact;        // how to ask about progress (hotline)
    QString staffLine;      // clerk, window, date
    QStringList signatures; // signature lines, e.g. 申请人签字
};
