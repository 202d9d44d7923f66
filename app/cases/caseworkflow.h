#pragma once

#include "cases/casedocuments.h"
#include "casestore.h"
#include "catalogue/catalogue.h"
#include "staff/session.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>
#include <stdexcept>

class Branch;

// Why a step of a case was refused, in words for the clerk.
class CaseError : public std::runtime_error
{
public:
    explicit CaseError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// A customer's matter from the checklist to its outcome: a one-time notice of everything missing
// (the case then waits and resumes where it was), acceptance with a case number and a promised
// date on the working-day calendar, refusal, or referral to another department. Each step is
// one transaction (state + audit + outbox) and, where the customer gets paper, one document.
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)
public:
    struct Person
    {
        QString name;
        QString idType = QStringLiteral("resident");
        QString idNumber;
        QString phone;
    };
    struct Outcome
    {
        qint64 caseId = 0;
        QString number;
        PrintedDocument document;
        QDate due;
        bool provisional = false;
    };

    static constexpr const char *PublicUrlSetting = "hall.publicUrl";
    static constexpr const char *HotlineSetting = "branch.hotline";
    static constexpr const char *BringByDaysSetting = "notice.bringByDays"; // default 30

    CaseWorkflow(Branch &branch, const Catalogue &catalogue);

    // The first problem with a person's data (empty when fine): what a form shows as typed.
    static QString checkPerson(const Person &person, bool idRequired);

    qint64 open(const Session &session, const QString &serviceCode, const Person &customer,
                const QSet<QString> &conditions, const std::optional<Person> &agent = {},
                const QString &ticketNumber = {});
    // The checklist follows the answers (agent? company?); items kept keep their marks.
    void setConditions(const Session &session, qint64 caseId, const QSet<QString> &conditions);
    // status: received, missing or invalid (invalid needs a reason).
    void markItem(const Session &session, qint64 caseId, int position, const QString &status,
                  const QString &reason = {});
    Outcome giveNotice(const Session &session, qint64 caseId, const QString &lang);
    // The customer is back with the rest: the case reopens as it was left.
    qint64 resume(const Session &session, const QString &noticeNumberOrToken);
    Outcome accept(const Session &session, qint64 caseId, const QString &lang);
    Outcome refuse(const Session &session, qint64 caseId, const QStringList &reasons,
                   const QString &appeal, const QString &lang);
    Outcome refer(const Session &session, qint64 caseId, const QString &department,
                  const QString &contact, const QString &phone, const QString &address,
                  const QString &lang);
    // Privileged: a manager authorises in the same step; the audit names both.
    void cancel(const Session &session, qint64 caseId, const QString &reason,
                const QString &managerLogin, const QString &managerPassword);

    std::optional<CaseRow> find(qint64 caseId);
    QString caseUrl(const CaseRow &row);

private:
    CaseRow load(qint64 caseId);
    const Service &serviceOf(const CaseRow &row) const;
    QList<CaseItemRow> checklist(const Service &service, const QSet<QString> &conditions) const;
    CaseDocumentInput documentInput(const CaseRow &row, const Session &session,
                                    const QString &lang);
    QString nextNumber(const QString &kind);
    QString setting(const char *key, const QString &fallback);

    Branch &m_branch;
    const Catalogue &m_catalogue;
};
