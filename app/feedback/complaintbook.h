#pragma once

#include "feedbackstore.h"
#include "staff/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Branch;

// 投诉: a complaint from any channel, owned by the staff member who took it (首问负责制), due in
// `complaint.days` working days (default 10, seed 003), with progress notes, reminders before
// the due date and escalation to head office when overdue. It closes only with the answer given
// to the customer and how it was given (件件有回音, seed 001), and only by a manager. Any staff
// member records one. The complainant's phone lives only in the encrypted file and the outbox;
// the audit and the screens show it masked.
class ComplaintBook
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintBook)
public:
    static constexpr const char *DaysSetting = "complaint.days";
    static constexpr int MaxText = 2000;
    static constexpr int MaxName = 100;

    struct Input
    {
        QString channel; // a channelKeys() key
        QString complainant;
        QString phone; // optional; validated when given
        QString matter;
        QString staffConcerned; // optional: a staff login
        QString serviceCode;    // optional
    };

    explicit ComplaintBook(Branch &branch);

    // counter, phone, letter, online, head_office
    static QStringList channelKeys();
    static QString channelName(const QString &key);
    // phone, letter, in_person, sms
    static QStringList answerKeys();
    static QString answerName(const QString &key);

    // Throws FeedbackError (what is wrong) or PermissionDenied.
    ComplaintRow record(const Session &session, const Input &input);
    void note(const Session &session, qint64 id, const QString &text);
    // The answer the customer was given and how; "sms" also queues the SMS for head office.
    void close(const Session &session, qint64 id, const QString &answer, const QString &via);

    QList<ComplaintRow> list(bool openOnly);
    std::optional<ComplaintRow> complaint(qint64 id);
    QList<ComplaintNoteRow> notes(qint64 id);
    // Reminders: open complaints due within the next n working days (overdue ones included).
    QList<ComplaintRow> dueWithin(int workingDays);
    bool overdue(const ComplaintRow &row);
    // Marks every overdue complaint not yet escalated as escalated, each with an outbox notice
    // for head office. Running it again escalates nothing twice. Returns how many it escalated.
    int escalateOverdue(const QString &actor);
    // The date a complaint received now is due.
    QDate dueBy();

private:
    ComplaintRow load(qint64 id);

    Branch &m_branch;
};
