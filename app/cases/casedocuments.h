#pragma once

#include "printing/printeddocument.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What goes on a counter document, before it is worded in the customer's language.
struct CaseDocumentInput
{
    struct Item
    {
        QString name;
        QString form; // original, copy, original+copy
        int count = 1;
        QString status; // received, missing, invalid
        QString reason;
    };

    QString lang = QStringLiteral("zh_CN");
    QString branchName;
    QString number;
    QString customerName; // in full: masked on the document
    QString idNumber;     // in full: masked on the document
    QString matter;
    QList<Item> items;
    QDateTime issuedLocal;
    QString clerk;
    int window = 0;
    QString qrUrl;
    QString hotline;
    // Notice
    QDate bringBy;
    // Receipt
    QDateTime receivedLocal;
    QDate due;
    bool provisional = false;
    QList<int> unpublishedYears;
    QString fee;
    // Refusal
    QStringList reasons;
    QString appeal;
    // Referral
    QString department;
    QString contact;
    QString phone;
    QString address;
    QString note;
};

// Words the counter's documents — 一次性告知书, 受理回执, 不予受理通知书, 转办告知单 — in the
// customer's language, from a case's data. Personal data is masked here.
namespace CaseDocuments
{
PrintedDocument notice(const CaseDocumentInput &in);
PrintedDocument receipt(const CaseDocumentInput &in);
PrintedDocument refusal(const CaseDocumentInput &in);
PrintedDocument referral(const CaseDocumentInput &in);
// One checklist line, e.g. "授权委托书：原件 1 份（缺）".
QString itemLine(const CaseDocumentInput::Item &item, const QString &lang);
} // namespace CaseDocuments
