#include "inquirybook.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "calendar/calendarupdate.h"
#include "calendar/cutoffsetting.h"
#include "calendar/workingcalendar.h"
#include "cases/caseworkflow.h"
#include "core/clock.h"
#include "database.h"
#include "printing/documentlanguage.h"
#include "staff/permissions.h"
#include "staff/staffdirectory.h"
#include "validation/masking.h"
#include "validation/mobilenumbervalidator.h"

#include <QJsonObject>

namespace
{
const char *const kSmsAnswer =
    QT_TRANSLATE_NOOP("Documents", "[%1] The answer to your question of %2: %3");
constexpr qsizetype MaxText = 2000;
} // namespace

InquiryBook::InquiryBook(Branch &branch)
    : m_branch(branch)
{}

QDate InquiryBook::replyBy()
{
    const auto setting =
        BranchStore(m_branch.database()).setting(QString::fromLatin1(ReplyDaysSetting));
    const int days = setting && setting->toInt() > 0 ? setting->toInt() : 1;
    const QDateTime local = Clock::nowUtc().toTimeZone(m_branch.timeZone());
    return CalendarUpdate::inForce(m_branch)
        .dueFromReceipt(local, CutOffSetting::read(m_branch), days,
                        WorkingCalendar::LimitKind::Working)
        .date;
}

bool InquiryBook::overdue(const InquiryRow &row)
{
    return row.state == QLatin1String("open")
           && QDate::fromString(row.replyBy, Qt::ISODate) < m_branch.businessDay(Clock::nowUtc());
}

InquiryRow InquiryBook::record(const Session &session, const QString &question,
                               const QString &customerName, const QString &phone, qint64 caseId)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    if (question.trimmed().isEmpty()) {
        throw CaseError(tr("Write down the question you owe an answer to."));
    }
    if (question.size() > MaxText) {
        throw CaseError(tr("The question is too long (at most %1 characters).").arg(MaxText));
    }
    if (!phone.trimmed().isEmpty()) {
        const ValidationResult v = MobileNumberValidator::validate(phone);
        if (!v.valid) {
            throw CaseError(tr("Phone: %1").arg(v.reason));
        }
    }
    InquiryRow row;
    row.owner = session.login;
    row.window = session.window;
    row.askedUtc = Clock::isoUtc(Clock::nowUtc());
    row.question = question.trimmed();
    row.customerName = customerName.trimmed();
    row.phone = phone.trimmed();
    row.replyBy = replyBy().toString(Qt::ISODate);
    row.caseId = caseId;
    // The audit names the promise, not the customer: the question may hold personal data.
    m_branch.record({session.login,
                     QStringLiteral("inquiry.record"),
                     {},
                     QJsonObject{{QStringLiteral("replyBy"), row.replyBy},
                                 {QStringLiteral("phone"), Masking::phone(row.phone)}}},
                    [&](AuditEvent &event) {
                        row.id = InquiryStore(m_branch.database()).insert(row);
                        event.subject = QStringLiteral("inquiry:%1").arg(row.id);
                    });
    return row;
}

InquiryRow InquiryBook::load(qint64 id)
{
    const auto row = InquiryStore(m_branch.database()).byId(id);
    if (!row) {
        throw CaseError(tr("There is no question number %1.").arg(id));
    }
    return *row;
}

void InquiryBook::answer(const Session &session, qint64 id, const QString &answer)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    InquiryRow row = load(id);
    if (row.state != QLatin1String("open")) {
        throw CaseError(tr("Question %1 is already answered.").arg(id));
    }
    if (answer.trimmed().isEmpty() || answer.size() > MaxText) {
        throw CaseError(tr("Write the answer (at most %1 characters).").arg(MaxText));
    }
    row.state = QStringLiteral("answered");
    row.answer = answer.trimmed();
    row.answeredBy = session.login;
    row.answeredUtc = Clock::isoUtc(Clock::nowUtc());
    AuditEvent event{session.login, QStringLiteral("inquiry.answer"),
                     QStringLiteral("inquiry:%1").arg(id),
                     QJsonObject{{QStringLiteral("owner"), row.owner},
                                 {QStringLiteral("late"), overdue(load(id))}}};
    if (!row.phone.isEmpty()) {
        const DocumentLanguage l(CaseWorkflow::documentLanguage(m_branch));
        const QDateTime asked = QDateTime::fromString(row.askedUtc, Qt::ISODateWithMs);
        event.sendSms(row.phone,
                      l.text(kSmsAnswer)
                          .arg(m_branch.info().name,
                               l.date(asked.toTimeZone(m_branch.timeZone()).date()), row.answer));
    }
    m_branch.record(event, [&](AuditEvent &) {
        InquiryStore(m_branch.database()).update(row);
    });
}

void InquiryBook::transfer(const Session &session, qint64 id, const QString &toLogin,
                           const QString &note)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    InquiryRow row = load(id);
    const auto colleague = BranchStore(m_branch.database()).staffByLogin(toLogin);
    if (!colleague || !colleague->active) {
        throw CaseError(tr("There is no active colleague called %1.").arg(toLogin));
    }
    if (note.trimmed().isEmpty()) {
        throw CaseError(tr("Say in a note what the colleague needs to know."));
    }
    const QString from = row.owner;
    row.owner = colleague->login;
    m_branch.record({session.login, QStringLiteral("inquiry.transfer"),
                     QStringLiteral("inquiry:%1").arg(id),
                     QJsonObject{{QStringLiteral("from"), from},
                                 {QStringLiteral("to"), colleague->login},
                                 {QStringLiteral("note"), note.trimmed()}}},
                    [&](AuditEvent &) {
                        InquiryStore(m_branch.database()).update(row);
                    });
}

QList<InquiryRow> InquiryBook::list(const Session &session, bool branchWide, bool openOnly)
{
    InquiryStore store(m_branch.database());
    if (branchWide) {
        return store.list({}, openOnly);
    }
    QList<InquiryRow> rows = store.list(session.login, openOnly);
    for (const QString &away : BranchStore(m_branch.database())
                                   .proxiedBy(session.login, Clock::isoUtc(Clock::nowUtc()))) {
        rows << store.list(away, openOnly);
    }
    std::sort(rows.begin(), rows.end(), [](const InquiryRow &a, const InquiryRow &b) {
        return std::make_pair(a.replyBy, a.id) < std::make_pair(b.replyBy, b.id);
    });
    return rows;
}
