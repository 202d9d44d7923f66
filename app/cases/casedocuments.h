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
    // Application form: the customer checks and signs it, so it carries the data in full.
    QString formTitle;
    QString idTypeName;
    QString customerPhone;
    QString agentName;
    QString agentIdTypeName;
    QString agentIdNumber;
    // Collection notice
    QDate readySince;
    // Reprints (of a receipt): when and which time
    int reprint = 0;
};

// Words the counter's documents — 一次性告知书, 受理回执, 不予受理通知书, 转办告知单, 申请书,
// 领取通知书 — in the customer's language, from a case's data. Personal data is masked here,
// except on the application form.
namespace CaseDocuments
{
PrintedDocument notice(const CaseDocumentInput &in);
PrintedDocument receipt(const CaseDocumentInput &in);
PrintedDocument refusal(const CaseDocumentInput &in);
PrintedDocument referral(const CaseDocumentInput &in);
// 申请书: the service's form, pre-filled from the counter, for the customer to check and sign.
// The only document that shows personal data unmasked: it is the customer's own statement.
PrintedDocument applicationForm(const CaseDocumentInput &in);
// 领取通知书: the matter is ready; where and with what to collect it.
PrintedDocument collectionNotice(const CaseDocumentInput &in);
// One checklist line, e.g. "授权委托书：原件 1 份（缺）".
QString itemLine(const CaseDocumentInput::Item &item, const QString &lang);
} // namespace CaseDocuments
