#include "complaintbook.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "calendar/calendarupdate.h"
#include "calendar/cutoffsetting.h"
#include "calendar/workingcalendar.h"
#include "cases/caseworkflow.h"
#include "core/clock.h"
#include "database.h"
#include "feedback/feedbackerror.h"
#include "printing/documentlanguage.h"
#include "staff/permissions.h"
#include "staff/staffdirectory.h"
#include "validation/masking.h"
#include "validation/mobilenumbervalidator.h"

#include <QJsonObject>

namespace
{
const char *const kSmsAnswer =
    QT_TRANSLATE_NOOP("Documents", "[%1] The answer to your complaint of %2: %3");

QString subject(qint64 id)
{
    return QStringLiteral("complaint:%1").arg(id);
}
} // namespace

ComplaintBook::ComplaintBook(Branch &branch)
    : m_branch(branch)
{}

QStringList ComplaintBook::channelKeys()
{
    return {QStringLiteral("counter"), QStringLiteral("phone"), QStringLiteral("letter"),
            QStringLiteral("online"), QStringLiteral("head_office")};
}

QString ComplaintBook::channelName(const QString &key)
{
    if (key == QLatin1String("counter")) {
        return tr("At the counter");
    }
    if (key == QLatin1String("phone")) {
        return tr("By phone");
    }
    if (key == QLatin1String("letter")) {
        return tr("By letter");
    }
    if (key == QLatin1String("online")) {
        return tr("Online");
    }
    if (key == QLatin1String("head_office")) {
        return tr("Transferred by head office");
    }
    return {};
}

QStringList ComplaintBook::answerKeys()
{
    return {QStringLiteral("phone"), QStringLiteral("letter"), QStringLiteral("in_person"),
            QStringLiteral("sms")};
}

QString ComplaintBook::answerName(const QString &key)
{
    if (key == QLatin1String("phone")) {
        return tr("By phone");
    }
    if (key == QLatin1String("letter")) {
        return tr("By letter");
    }
    if (key == QLatin1String("in_person")) {
        return tr("In person");
    }
    if (key == QLatin1String("sms")) {
        return tr("By SMS");
    }
    return {};
}

QDate ComplaintBook::dueBy()
{
    const auto setting = BranchStore(m_branch.database()).setting(QString::fromLatin1(DaysSetting));
    const int days = setting && setting->toInt() > 0 ? setting->toInt() : 10;
    const QDateTime local = Clock::nowUtc().toTimeZone(m_branch.timeZone());
    return CalendarUpdate::inForce(m_branch)
        .dueFromReceipt(local, CutOffSetting::read(m_branch), days,
                        WorkingCalendar::LimitKind::Working)
        .date;
}

ComplaintRow ComplaintBook::record(const Session &session, const Input &input)
{
    if (!session.isValid()) {
        throw PermissionDenied(tr("Sign in to record a complaint."));
    }
    if (!channelKeys().contains(input.channel)) {
        throw FeedbackError(tr("Unknown channel %1 (one of: %2).")
                                .arg(input.channel, channelKeys().join(QStringLiteral(", "))));
    }
    if (input.complainant.trimmed().isEmpty() || input.complainant.size() > MaxName) {
        throw FeedbackError(
            tr("Write down who complains (at most %1 characters).").arg(int(MaxName)));
    }
    if (input.matter.trimmed().isEmpty() || input.matter.size() > MaxText) {
        throw FeedbackError(tr("Write down what the complaint is about (at most %1 characters).")
                                .arg(int(MaxText)));
    }
    if (!input.phone.trimmed().isEmpty()) {
        const ValidationResult v = MobileNumberValidator::validate(input.phone);
        if (!v.valid) {
            throw FeedbackError(tr("Phone: %1").arg(v.reason));
        }
    }
    BranchStore staff(m_branch.database());
    if (!input.staffConcerned.trimmed().isEmpty()
        && !staff.staffByLogin(input.staffConcerned.trimmed())) {
        throw FeedbackError(tr("There is no staff member called %1.").arg(input.staffConcerned));
    }
    if (input.serviceCode.size() > 64) {
        throw FeedbackError(tr("The service code is too long."));
    }
    ComplaintRow row;
    row.channel = input.channel;
    row.receivedUtc = Clock::isoUtc(Clock::nowUtc());
    row.owner = session.login;
    row.complainant = input.complainant.trimmed();
    // The number as the validator normalises it (no spaces, no +86), so masking shows 138****5678.
    row.phone = input.phone.trimmed().isEmpty()
                    ? QString()
                    : MobileNumberValidator::validate(input.phone).normalised;
    row.matter = input.matter.trimmed();
    row.staffConcerned = input.staffConcerned.trimmed();
    row.serviceCode = input.serviceCode.trimmed();
    row.dueBy = dueBy().toString(Qt::ISODate);
    // The audit names the complainant and the phone masked, and never the matter (free text).
    m_branch.record({session.login,
                     QStringLiteral("complaint.record"),
                     {},
                     QJsonObject{{QStringLiteral("channel"), row.channel},
                                 {QStringLiteral("owner"), row.owner},
                                 {QStringLiteral("dueBy"), row.dueBy},
                                 {QStringLiteral("complainant"), Masking::name(row.complainant)},
                                 {QStringLiteral("phone"), Masking::phone(row.phone)},
                                 {QStringLiteral("staff"), row.staffConcerned},
                                 {QStringLiteral("service"), row.serviceCode}}},
                    [&](AuditEvent &event) {
                        row.id = FeedbackStore(m_branch.database()).insertComplaint(row);
                        event.subject = subject(row.id);
                    });
    return row;
}

ComplaintRow ComplaintBook::load(qint64 id)
{
    const auto row = FeedbackStore(m_branch.database()).complaint(id);
    if (!row) {
        throw FeedbackError(tr("There is no complaint number %1.").arg(id));
    }
    return *row;
}

std::optional<ComplaintRow> ComplaintBook::complaint(qint64 id)
{
    return FeedbackStore(m_branch.database()).complaint(id);
}

void ComplaintBook::note(const Session &session, qint64 id, const QString &text)
{
    if (!session.isValid()) {
        throw PermissionDenied(tr("Sign in to add a note."));
    }
    const ComplaintRow row = load(id);
    if (row.state != QLatin1String("open")) {
        throw FeedbackError(tr("Complaint %1 is closed.").arg(id));
    }
    if (text.trimmed().isEmpty() || text.size() > MaxText) {
        throw FeedbackError(tr("Write the note (at most %1 characters).").arg(int(MaxText)));
    }
    ComplaintNoteRow note{0, id, Clock::isoUtc(Clock::nowUtc()), session.login, text.trimmed()};
    m_branch.record({session.login, QStringLiteral("complaint.note"), subject(id), {}},
                    [&](AuditEvent &event) {
                        note.id = FeedbackStore(m_branch.database()).insertNote(note);
                        event.payload.insert(QStringLiteral("note"), note.id);
                    });
}

void ComplaintBook::close(const Session &session, qint64 id, const QString &answer,
                          const QString &via)
{
    StaffDirectory::require(session, Permissions::Act::HandleComplaints);
    ComplaintRow row = load(id);
    if (row.state != QLatin1String("open")) {
        throw FeedbackError(tr("Complaint %1 is already closed.").arg(id));
    }
    if (answer.trimmed().isEmpty()) {
        throw FeedbackError(tr("A complaint closes only with the answer given to the customer: "
                               "write it down."));
    }
    if (answer.size() > MaxText) {
        throw FeedbackError(tr("The answer is too long (at most %1 characters).").arg(MaxText));
    }
    if (!answerKeys().contains(via)) {
        throw FeedbackError(tr("Say how the customer was answered (one of: %1).")
                                .arg(answerKeys().join(QStringLiteral(", "))));
    }
    if (via == QLatin1String("sms") && row.phone.isEmpty()) {
        throw FeedbackError(tr("The complaint has no phone number for an SMS."));
    }
    const bool late = overdue(row);
    row.state = QStringLiteral("closed");
    row.answer = answer.trimmed();
    row.answeredVia = via;
    row.closedBy = session.login;
    row.closedUtc = Clock::isoUtc(Clock::nowUtc());
    AuditEvent event{session.login, QStringLiteral("complaint.close"), subject(id),
                     QJsonObject{{QStringLiteral("via"), via},
                                 {QStringLiteral("owner"), row.owner},
                                 {QStringLiteral("late"), late}}};
    if (via == QLatin1String("sms")) {
        const DocumentLanguage l(CaseWorkflow::documentLanguage(m_branch));
        const QDateTime received = QDateTime::fromString(row.receivedUtc, Qt::ISODateWithMs);
        event.sendSms(row.phone, l.text(kSmsAnswer)
                                     .arg(m_branch.info().name,
                                          l.date(received.toTimeZone(m_branch.timeZone()).date()),
                                          row.answer));
    }
    m_branch.record(event, [&](AuditEvent &) {
        FeedbackStore(m_branch.database()).updateComplaint(row);
    });
}

QList<ComplaintRow> ComplaintBook::list(bool openOnly)
{
    return FeedbackStore(m_branch.database()).complaints(openOnly);
}

QList<ComplaintNoteRow> ComplaintBook::notes(qint64 id)
{
    return FeedbackStore(m_branch.database()).notes(id);
}

QList<ComplaintRow> ComplaintBook::dueWithin(int workingDays)
{
    const QDate today = m_branch.businessDay(Clock::nowUtc());
    const QDate limit =
        CalendarUpdate::inForce(m_branch).addWorkingDays(today, std::max(0, workingDays)).date;
    return FeedbackStore(m_branch.database()).complaints(true, limit.toString(Qt::ISODate));
}

bool ComplaintBook::overdue(const ComplaintRow &row)
{
    return row.state == QLatin1String("open")
           && QDate::fromString(row.dueBy, Qt::ISODate) < m_branch.businessDay(Clock::nowUtc());
}

int ComplaintBook::escalateOverdue(const QString &actor)
{
    const QString today = m_branch.businessDay(Clock::nowUtc()).toString(Qt::ISODate);
    int escalated = 0;
    for (ComplaintRow row : FeedbackStore(m_branch.database()).overdueNotEscalated(today)) {
        row.escalatedUtc = Clock::isoUtc(Clock::nowUtc());
        AuditEvent event{actor, QStringLiteral("complaint.escalate"), subject(row.id),
                         QJsonObject{{QStringLiteral("dueBy"), row.dueBy},
                                     {QStringLiteral("owner"), row.owner},
                                     {QStringLiteral("phone"), Masking::phone(row.phone)}}};
        // Head office follows it up: it needs the whole complaint, the phone included.
        event.forHeadOffice = {{QStringLiteral("complaint"),
                                QJsonObject{{QStringLiteral("id"), row.id},
                                            {QStringLiteral("channel"), row.channel},
                                            {QStringLiteral("received"), row.receivedUtc},
                                            {QStringLiteral("dueBy"), row.dueBy},
                                            {QStringLiteral("owner"), row.owner},
                                            {QStringLiteral("complainant"), row.complainant},
                                            {QStringLiteral("phone"), row.phone},
                                            {QStringLiteral("matter"), row.matter},
                                            {QStringLiteral("staff"), row.staffConcerned},
                                            {QStringLiteral("service"), row.serviceCode}}}};
        // Checked again inside the transaction: two callers at once escalate it once.
        bool done = true;
        try {
            m_branch.record(event, [&](AuditEvent &) {
                FeedbackStore store(m_branch.database());
                const auto now = store.complaint(row.id);
                if (!now || !now->escalatedUtc.isEmpty() || now->state != QLatin1String("open")) {
                    throw FeedbackError(QString());
                }
                store.updateComplaint(row);
            });
        } catch (const FeedbackError &) {
            done = false; // someone else escalated or closed it meanwhile
        }
        escalated += done ? 1 : 0;
    }
    return escalated;
}
