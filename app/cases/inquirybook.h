#pragma once

#include "inquirystore.h"
#include "staff/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Branch;

// 首问负责制 for questions: a customer's question that the counter cannot answer at once is
// written down with its owner (the clerk who was asked) and a promised reply date — one
// working day by default (setting inquiry.replyDays), counted on the working-day calendar.
// The owner answers it (the customer gets the answer by SMS when a phone was given) or hands it
// to a named colleague with a note. Each step is one audited transaction.
class InquiryBook
{
    Q_DECLARE_TR_FUNCTIONS(InquiryBook)
public:
    static constexpr const char *ReplyDaysSetting = "inquiry.replyDays";

    explicit InquiryBook(Branch &branch);

    // Returns the new inquiry; throws CaseError when the question is empty or the phone invalid.
    InquiryRow record(const Session &session, const QString &question, const QString &customerName,
                      const QString &phone, qint64 caseId = 0);
    void answer(const Session &session, qint64 id, const QString &answer);
    void transfer(const Session &session, qint64 id, const QString &toLogin, const QString &note);
    // Mine (and those of colleagues I am proxy for) or the branch's; open ones only unless all.
    QList<InquiryRow> list(const Session &session, bool branchWide, bool openOnly = true);
    // The date a question asked now must be answered by.
    QDate replyBy();
    bool overdue(const InquiryRow &row);

private:
    InquiryRow load(qint64 id);

    Branch &m_branch;
};
