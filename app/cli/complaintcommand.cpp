#include "complaintcommand.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "database.h"
#include "feedback/complaintbook.h"
#include "feedback/feedbackerror.h"
#include "staff/permissions.h"
#include "validation/masking.h"

namespace
{
// The staff member a script acts as. The passphrase already grants the whole file; --as only
// names who is responsible, and their role still decides what they may do.
std::optional<Session> actAs(Branch &branch, const QString &login)
{
    const auto row = BranchStore(branch.database()).staffByLogin(login);
    if (!row || !row->active) {
        return std::nullopt;
    }
    return Session{row->id, row->login, row->displayName, row->role, 0};
}
} // namespace

ComplaintCommand::ComplaintCommand()
    : Command(QStringLiteral("complaint"),
              tr("'complaint add|list|note ID|close ID|escalate': complaints, one line each "
                 "(phones masked)."))
{}

void ComplaintCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("add | list | note ID | close ID | escalate"));
    parser.addOption(
        {QStringLiteral("as"), tr("The staff member who acts (their login)."), tr("LOGIN")});
    parser.addOption({QStringLiteral("channel"),
                      tr("add: how it came in: %1.")
                          .arg(ComplaintBook::channelKeys().join(QStringLiteral(", "))),
                      tr("CHANNEL"), QStringLiteral("counter")});
    parser.addOption({QStringLiteral("name"), tr("add: the complainant's name."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("phone"), tr("add: the complainant's mobile number."), tr("PHONE")});
    parser.addOption(
        {QStringLiteral("matter"), tr("add: what the complaint is about."), tr("TEXT")});
    parser.addOption(
        {QStringLiteral("staff"), tr("add: the staff member concerned (login)."), tr("LOGIN")});
    parser.addOption(
        {QStringLiteral("service"), tr("add: the service concerned (code)."), tr("CODE")});
    parser.addOption({QStringLiteral("text"), tr("note: the progress note."), tr("TEXT")});
    parser.addOption(
        {QStringLiteral("answer"), tr("close: the answer given to the customer."), tr("TEXT")});
    parser.addOption({QStringLiteral("via"),
                      tr("close: how it was given: %1.")
                          .arg(ComplaintBook::answerKeys().join(QStringLiteral(", "))),
                      tr("HOW")});
    parser.addOption({QStringLiteral("all"), tr("list: closed ones too.")});
    parser.addOption({QStringLiteral("due-within"),
                      tr("list: only open ones due within N working days (reminders)."), tr("N")});
}

QString ComplaintCommand::line(const ComplaintRow &r, bool overdue)
{
    QStringList flags;
    if (overdue) {
        flags << QStringLiteral("overdue");
    }
    if (!r.escalatedUtc.isEmpty()) {
        flags << QStringLiteral("escalated");
    }
    return QStringList{QString::number(r.id),
                       r.state,
                       r.dueBy,
                       r.channel,
                       r.owner,
                       Masking::name(r.complainant),
                       r.phone.isEmpty() ? QStringLiteral("-") : Masking::phone(r.phone),
                       r.staffConcerned.isEmpty() ? QStringLiteral("-") : r.staffConcerned,
                       r.serviceCode.isEmpty() ? QStringLiteral("-") : r.serviceCode,
                       r.matter.simplified(),
                       flags.join(QLatin1Char(','))}
        .join(QLatin1Char('\t'));
}

int ComplaintCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool withId = action == QLatin1String("note") || action == QLatin1String("close");
    const bool known = (withId && args.size() == 2)
                       || ((action == QLatin1String("add") || action == QLatin1String("list")
                            || action == QLatin1String("escalate"))
                           && args.size() == 1);
    if (!known) {
        err() << tr("Usage: counterdesk-cli complaint add --as LOGIN --name NAME --matter TEXT "
                    "[--channel CHANNEL] [--phone PHONE] [--staff LOGIN] [--service CODE] | list "
                    "[--all] [--due-within N] | note ID --as LOGIN --text TEXT | close ID --as "
                    "LOGIN --answer TEXT --via HOW | escalate  --data-dir DIR")
              << Qt::endl;
        return Failure;
    }
    bool idOk = !withId;
    const qint64 id = withId ? args.at(1).toLongLong(&idOk) : 0;
    if (!idOk) {
        err() << tr("A complaint is named by its number, e.g. 'complaint note 3'.") << Qt::endl;
        return Failure;
    }
    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    ComplaintBook book(*branch);

    if (action == QLatin1String("list")) {
        QList<ComplaintRow> rows;
        if (parser.isSet(QStringLiteral("due-within"))) {
            bool ok = false;
            const int n = parser.value(QStringLiteral("due-within")).toInt(&ok);
            if (!ok || n < 0) {
                err() << tr("--due-within takes a number of working days.") << Qt::endl;
                return Failure;
            }
            rows = book.dueWithin(n);
        } else {
            rows = book.list(!parser.isSet(QStringLiteral("all")));
        }
        for (const ComplaintRow &r : rows) {
            out() << line(r, book.overdue(r)) << '\n';
        }
        out() << Qt::flush;
        return Ok;
    }
    if (action == QLatin1String("escalate")) {
        out() << tr("%n complaint(s) escalated to head office.", nullptr,
                    book.escalateOverdue(QStringLiteral("cli")))
              << Qt::endl;
        return Ok;
    }

    const std::optional<Session> session = actAs(*branch, parser.value(QStringLiteral("as")));
    if (!session) {
        err() << tr("Say who acts with --as LOGIN (an active staff member).") << Qt::endl;
        return Failure;
    }
    try {
        if (action == QLatin1String("add")) {
            ComplaintBook::Input in;
            in.channel = parser.value(QStringLiteral("channel"));
            in.complainant = parser.value(QStringLiteral("name"));
            in.phone = parser.value(QStringLiteral("phone"));
            in.matter = parser.value(QStringLiteral("matter"));
            in.staffConcerned = parser.value(QStringLiteral("staff"));
            in.serviceCode = parser.value(QStringLiteral("service"));
            const ComplaintRow row = book.record(*session, in);
            out() << line(row, false) << Qt::endl;
        } else if (action == QLatin1String("note")) {
            book.note(*session, id, parser.value(QStringLiteral("text")));
            out() << line(*book.complaint(id), false) << Qt::endl;
        } else {
            book.close(*session, id, parser.value(QStringLiteral("answer")),
                       parser.value(QStringLiteral("via")));
            out() << line(*book.complaint(id), false) << Qt::endl;
        }
    } catch (const FeedbackError &e) {
        err() << e.message() << Qt::endl;
        return Failure;
    } catch (const PermissionDenied &e) {
        err() << e.message() << Qt::endl;
        return Failure;
    }
    return Ok;
}
