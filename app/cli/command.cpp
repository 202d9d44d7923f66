#include "command.h"

#include "appointmentcommand.h"
#include "auditcommand.h"
#include "backupcommand.h"
#include "branch/branch.h"
#include "cataloguecommand.h"
#include "checkcommand.h"
#include "complaintcommand.h"
#include "core/datadir.h"
#include "core/passphrase.h"
#include "dberror.h"
#include "devicecommand.h"
#include "duecommand.h"
#include "infocommand.h"
#include "initcommand.h"
#include "kbcommand.h"
#include "printsamplecommand.h"
#include "queuecommand.h"
#include "ratingcommand.h"
#include "rekeycommand.h"
#include "reportcommand.h"
#include "restorecommand.h"
#include "servecommand.h"
#include "simulatecommand.h"
#include "sqlcommand.h"
#include "staffcommand.h"
#include "synccommand.h"
#include "ticketcommand.h"

#include <QDir>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

QByteArray Command::promptHidden(const QString &prompt)
{
    Command::err() << prompt << Qt::flush;
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    }
    Command::err() << Qt::endl;
    return QByteArray::fromStdString(line);
}

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
{}

Command::~Command() = default;

QTextStream &Command::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &Command::err()
{
    static QTextStream s(stderr);
    return s;
}

const std::vector<std::unique_ptr<Command>> &Command::all()
{
    static const std::vector<std::unique_ptr<Command>> commands = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<InitCommand>());
        list.push_back(std::make_unique<InfoCommand>());
        list.push_back(std::make_unique<AuditCommand>());
        list.push_back(std::make_unique<CatalogueCommand>());
        list.push_back(std::make_unique<PrintSampleCommand>());
        list.push_back(std::make_unique<SqlCommand>());
        list.push_back(std::make_unique<DueCommand>());
        list.push_back(std::make_unique<CheckCommand>());
        list.push_back(std::make_unique<KbCommand>());
        list.push_back(std::make_unique<TicketCommand>());
        list.push_back(std::make_unique<QueueCommand>());
        list.push_back(std::make_unique<ServeCommand>());
        list.push_back(std::make_unique<DeviceCommand>());
        list.push_back(std::make_unique<ReportCommand>());
        list.push_back(std::make_unique<ComplaintCommand>());
        list.push_back(std::make_unique<RatingCommand>());
        list.push_back(std::make_unique<SyncCommand>());
        list.push_back(std::make_unique<StaffCommand>());
        list.push_back(std::make_unique<SimulateCommand>());
        list.push_back(std::make_unique<AppointmentCommand>());
        list.push_back(std::make_unique<BackupCommand>());
        list.push_back(std::make_unique<RestoreCommand>());
        list.push_back(std::make_unique<RekeyCommand>());
        return list;
    }();
    return commands;
}

Command *Command::find(const QString &name)
{
    for (const auto &c : all()) {
        if (c->name() == name) {
            return c.get();
        }
    }
    return nullptr;
}

int Command::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    parser.addHelpOption();
    addOptions(parser);
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl
              << tr("Try 'counterdesk-cli %1 --help'.").arg(m_name) << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                           QStringLiteral("counterdesk-cli ") + m_name)
              << Qt::flush;
        return Ok;
    }
    try {
        return execute(parser);
    } catch (const DbException &e) {
        err() << e.error().message << Qt::endl;
        return e.error().kind == DbError::Kind::WrongPassphrase
                       || e.error().kind == DbError::Kind::NotFound
                       || e.error().kind == DbError::Kind::NewerSchema
                       || e.error().kind == DbError::Kind::Truncated
                       || e.error().kind == DbError::Kind::NotEncrypted
                       || e.error().kind == DbError::Kind::NoPassphrase
                   ? CannotOpen
                   : Failure;
    }
}

void Command::addBranchOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("data-dir"),
                      tr("The branch's data folder (default: %1).")
                          .arg(QDir::toNativeSeparators(DataDir::defaultPath())),
                      tr("DIR")});
    parser.addOption({QStringLiteral("passphrase-file"),
                      tr("Read the database passphrase from the first line of FILE (else: the "
                         "%1 environment variable, the keychain, or a prompt on a terminal).")
                          .arg(QLatin1String(Passphrase::EnvironmentVariable)),
                      tr("FILE")});
}

QString Command::dataDir(const QCommandLineParser &parser) const
{
    const QString dir = parser.value(QStringLiteral("data-dir"));
    return dir.isEmpty() ? DataDir::defaultPath() : QDir(dir).absolutePath();
}

QByteArray Command::passphrase(const QCommandLineParser &parser, bool confirm, QString *origin)
{
    const Passphrase::Result r = Passphrase::resolve(
        parser.value(QStringLiteral("passphrase-file")), dataDir(parser), !confirm);
    if (origin) {
        *origin = r.origin;
    }
    if (!r.passphrase.isEmpty()) {
        return r.passphrase;
    }
    if (r.origin == QLatin1String("file")) {
        err() << r.error << Qt::endl;
        return {};
    }
    if (isatty(STDIN_FILENO)) {
        const QByteArray first = promptHidden(tr("Database passphrase: "));
        if (confirm && !first.isEmpty() && promptHidden(tr("Repeat the passphrase: ")) != first) {
            err() << tr("The two passphrases differ; nothing was done.") << Qt::endl;
            return {};
        }
        if (!first.isEmpty()) {
            if (origin) {
                *origin = QStringLiteral("prompt");
            }
            return first;
        }
    }
    err() << tr("No passphrase: give --passphrase-file FILE or set %1. CounterDesk never "
                "creates or opens an unencrypted database.")
                 .arg(QLatin1String(Passphrase::EnvironmentVariable));
    if (!r.error.isEmpty()) {
        err() << ' ' << tr("(Keychain: %1.)").arg(r.error);
    }
    err() << Qt::endl;
    return {};
}

std::unique_ptr<Branch> Command::openBranch(const QCommandLineParser &parser, int &exitCode,
                                            QByteArray *usedPassphrase)
{
    const QByteArray pass = passphrase(parser, false);
    if (pass.isEmpty()) {
        exitCode = CannotOpen;
        return nullptr;
    }
    if (usedPassphrase) {
        *usedPassphrase = pass;
    }
    try {
        return Branch::open(dataDir(parser), pass);
    } catch (const DbException &e) {
        err() << e.error().message << Qt::endl;
        exitCode = e.error().kind == DbError::Kind::Busy ? Failure : CannotOpen;
        return nullptr;
    }
}
