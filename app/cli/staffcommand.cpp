#include "staffcommand.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "database.h"
#include "staff/permissions.h"
#include "staff/staffdirectory.h"

#include <QRegularExpression>

#include <unistd.h>

StaffCommand::StaffCommand()
    : Command(QStringLiteral("staff"),
              tr("'staff add --login L --name NAME --role ROLE [--windows 1,2]' (password from "
                 "COUNTERDESK_STAFF_PASSWORD or asked twice), 'staff list', 'staff disable|enable "
                 "--login L', 'staff password --login L' (a new password, the same way)."))
{}

void StaffCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("add|list|disable|enable|password"));
    parser.addOption(
        {QStringLiteral("login"), tr("add: the sign-in name (a-z, 0-9, . _ -)."), tr("LOGIN")});
    parser.addOption({QStringLiteral("name"), tr("add: the name shown on screens."), tr("NAME")});
    parser.addOption({QStringLiteral("role"),
                      tr("add: clerk, reception, manager or administrator."), tr("ROLE")});
    parser.addOption({QStringLiteral("windows"),
                      tr("add: the windows this person may sign in at (default: any)."),
                      tr("N,N,…")});
}

int StaffCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    static const QStringList actions{QStringLiteral("add"), QStringLiteral("list"),
                                     QStringLiteral("disable"), QStringLiteral("enable"),
                                     QStringLiteral("password")};
    if (args.size() != 1 || !actions.contains(args.at(0))) {
        err() << tr("Usage: counterdesk-cli staff add --login LOGIN --name NAME --role ROLE "
                    "[--windows N,N] --data-dir DIR | staff list --data-dir DIR | staff "
                    "disable|enable|password --login LOGIN --data-dir DIR")
              << Qt::endl;
        return Failure;
    }
    int code = Ok;
    if (args.at(0) == QLatin1String("disable") || args.at(0) == QLatin1String("enable")
        || args.at(0) == QLatin1String("password")) {
        return change(parser, args.at(0));
    }
    if (args.at(0) == QLatin1String("list")) {
        auto branch = openBranch(parser, code);
        if (!branch) {
            return code;
        }
        BranchStore store(branch->database());
        for (const StaffRow &row : store.staff()) {
            QStringList windows;
            for (int w : store.staffWindows(row.id)) {
                windows << QString::number(w);
            }
            out() << row.login << '\t' << row.displayName << '\t' << row.role << '\t'
                  << (windows.isEmpty() ? tr("any window") : windows.join(QLatin1Char(','))) << '\t'
                  << (row.active ? tr("active") : tr("inactive")) << Qt::endl;
        }
        return Ok;
    }

    // add: everything is checked before the password is asked for and the branch opened.
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9._-]{2,32}$"));
    const QString login = parser.value(QStringLiteral("login")).trimmed();
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    const QString role = parser.value(QStringLiteral("role")).trimmed();
    if (!loginPattern.match(login).hasMatch()) {
        err() << tr("--login must be 2 to 32 of a-z, 0-9, '.', '_' and '-'.") << Qt::endl;
        return Failure;
    }
    if (name.isEmpty() || name.size() > 64) {
        err() << tr("--name must be 1 to 64 characters.") << Qt::endl;
        return Failure;
    }
    if (!Permissions::roles().contains(role)) {
        err()
            << tr("--role must be one of: %1.").arg(Permissions::roles().join(QStringLiteral(", ")))
            << Qt::endl;
        return Failure;
    }
    QList<int> windows;
    if (parser.isSet(QStringLiteral("windows"))) {
        for (const QString &part :
             parser.value(QStringLiteral("windows")).split(QLatin1Char(','))) {
            bool ok = false;
            const int w = part.trimmed().toInt(&ok);
            if (!ok || w < 1 || w > 999) {
                err() << tr("--windows takes window numbers from 1 to 999, separated by commas.")
                      << Qt::endl;
                return Failure;
            }
            windows << w;
        }
    }
    const std::optional<QString> password = askPassword(login);
    if (!password) {
        return Failure;
    }
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    if (BranchStore(branch->database()).staffByLogin(login)) {
        err() << tr("There is already a staff member %1.").arg(login) << Qt::endl;
        return Failure;
    }
    StaffDirectory(*branch).addStaff(QStringLiteral("cli"), login, name, role, *password, windows);
    out() << tr("Added %1 (%2, %3).").arg(login, name, role) << Qt::endl;
    return Ok;
}

std::optional<QString> StaffCommand::askPassword(const QString &login)
{
    QString password = qEnvironmentVariable("COUNTERDESK_STAFF_PASSWORD");
    if (password.isEmpty() && isatty(STDIN_FILENO)) {
        password = QString::fromUtf8(promptHidden(tr("Password for %1: ").arg(login)));
        if (QString::fromUtf8(promptHidden(tr("Repeat the password: "))) != password) {
            err() << tr("The two passwords differ; nothing was done.") << Qt::endl;
            return std::nullopt;
        }
    }
    if (password.size() < 8) {
        err() << tr("The password must have at least 8 characters (from "
                    "COUNTERDESK_STAFF_PASSWORD, or typed on a terminal).")
              << Qt::endl;
        return std::nullopt;
    }
    return password;
}

int StaffCommand::change(QCommandLineParser &parser, const QString &action)
{
    const QString login = parser.value(QStringLiteral("login")).trimmed();
    if (login.isEmpty()) {
        err() << tr("Say whose account: --login LOGIN.") << Qt::endl;
        return Failure;
    }
    std::optional<QString> password;
    if (action == QLatin1String("password")) {
        password = askPassword(login);
        if (!password) {
            return Failure;
        }
    }
    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    StaffDirectory staff(*branch);
    const QString refused =
        password ? staff.resetPassword(QStringLiteral("cli"), login, *password)
                 : staff.setActive(QStringLiteral("cli"), login, action == QLatin1String("enable"));
    if (!refused.isEmpty()) {
        err() << refused << Qt::endl;
        return Failure;
    }
    if (action == QLatin1String("disable")) {
        out() << tr("%1 is disabled: they cannot sign in, and their sign-ins at paired counters "
                    "have ended.")
                     .arg(login)
              << Qt::endl;
    } else if (action == QLatin1String("enable")) {
        out() << tr("%1 can sign in again.").arg(login) << Qt::endl;
    } else {
        out()
            << tr("%1 has a new password; their sign-ins at paired counters have ended.").arg(login)
            << Qt::endl;
    }
    return Ok;
}
