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
    {}
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
    static constexpr const char *BringByDaysSetting = "notice.bringByDays";      // default 30
    static constexpr const char *DocumentLanguageSetting = "documents.language"; // zh_CN

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
    // The service's application form, pre-filled, for the customer to check and sign. The
    // signed paper is then marked received on the checklist, where the form is an item.
    PrintedDocument applicationForm(const Session &session, qint64 caseId, const QString &lang);
    // A ready case: where and with what to collect it.
    Outcome collectionNotice(const Session &session, qint64 caseId, const QString &lang);
    // Privileged: the receipt again, marked as a numbered reprint; the audit names the clerk,
    // the manager who authorised it and the reason.
    Outcome reprintReceipt(const Session &session, qint64 caseId, const QString &reason,
                           const QString &managerLogin, const QString &managerPassword,
                           const QString &lang);
    // The clerk's notes on the case (audited by length and digest, not by content).
    void setNotes(const Session &session, qint64 caseId, const QString &notes);
    // A checklist line's name in lang: a document of the catalogue, or a service's form.
    QString itemName(const CaseItemRow &item, const QString &lang) const;

    // Privileged: a manager authorises in the same step; the audit names both.
    void cancel(const Session &session, qint64 caseId, const QString &reason,
                const QString &managerLogin, const QString &managerPassword);

    // After acceptance: processing, ready (the customer gets an SMS), collected, closed,
    // suspended (waiting for the customer) and back to processing.
    void advance(const Session &session, qint64 caseId, const QString &state,
                 const QString &note = {});
    // The states advance() accepts from state.
    static QStringList nextStates(const QString &state);
    // The limit cannot be met: the reason and the new date are recorded and told (seed 003).
    void extend(const Session &session, qint64 caseId, const QDate &newDue, const QString &reason);
    // 首问负责制: hand the case to a named colleague, with a note.
    void transfer(const Session &session, qint64 caseId, const QString &toLogin,
                  const QString &note);
    // 委托代理制: away for more than half a day, a clerk names a proxy until a given time.
    void setProxy(const Session &session, const QString &proxyLogin, const QDateTime &untilUtc,
                  const QString &reason);

    enum class Scope { Mine, Branch };
    // Mine: my cases and those of colleagues I am proxy for; open ones only unless all.
    QList<CaseRow> list(const Session &session, Scope scope, bool openOnly = true);
    enum class Urgency { None, DueSoon, Overdue };
    Urgency urgency(const CaseRow &row) const;

    std::optional<CaseRow> find(qint64 caseId);
    QString caseUrl(const CaseRow &row);
    // The language of what the customer reads: documents and messages (zh_CN by default).
    QString documentLanguage();
    // The same, for any part of the app that writes to the customer.
    static QString documentLanguage(Branch &branch);

private:
    CaseRow load(qint64 caseId);
    const Service &serviceOf(const CaseRow &row) const;
    QList<CaseItemRow> checklist(const Service &service, const QSet<QString> &conditions) const;
    CaseDocumentInput documentInput(const CaseRow &row, const Session &session,
                                    const QString &lang);
    CaseDocumentInput receiptInput(const CaseRow &row, const Session &session, const QString &lang);
    QString nextNumber(const QString &kind);
    QString setting(const char *key, const QString &fallback);

    Branch &m_branch;
    const Catalogue &m_catalogue;
};
