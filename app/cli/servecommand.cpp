#include "servecommand.h"

#include "branch/branch.h"
#include "database.h"
#include "feedback/complaintbook.h"
#include "hall/hallhost.h"
#include "sync/syncscheduler.h"

#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace
{
int g_signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: the event loop reads the pipe and stops cleanly.
void onSignal(int signal)
{
    const char c = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

// "0.0.0.0:8443", "[::]:8443", ":8443", "8443".
bool parseListen(const QString &text, QHostAddress &address, quint16 &port)
{
    QString host;
    QString portText = text;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535) {
        return false;
    }
    port = static_cast<quint16>(p);
    if (host.isEmpty()) {
        address = QHostAddress::Any;
        return true;
    }
    if (host == QLatin1String("localhost")) {
        address = QHostAddress::LocalHost;
        return true;
    }
    return address.setAddress(host);
}
} // namespace

ServeCommand::ServeCommand()
    : Command(QStringLiteral("serve"),
              tr("'serve --listen ADDR:PORT': runs the hall host (HTTPS API and push) until "
                 "stopped."))
{}

void ServeCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addOption({QStringLiteral("listen"),
                      tr("The address and port to listen on (default 0.0.0.0:8443; port 0 picks "
                         "a free one)."),
                      tr("ADDR:PORT"), QStringLiteral("0.0.0.0:8443")});
}

int ServeCommand::execute(QCommandLineParser &parser)
{
    HallHost::Options options;
    if (!parseListen(parser.value(QStringLiteral("listen")), options.address, options.port)) {
        err() << tr("--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::]:8443.") << Qt::endl;
        return Failure;
    }
    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        err() << "socketpair failed" << Qt::endl;
        return Failure;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    HallHost host(*branch, options);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    int stoppedBy = 0;
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&] {
        char c = 0;
        if (::read(g_signalPipe[0], &c, 1) == 1) {
            stoppedBy = c;
        }
        notifier.setEnabled(false);
        // Devices hear "going away" before the process ends.
        host.stop();
        QTimer::singleShot(300, QCoreApplication::instance(), &QCoreApplication::quit);
    });
    QString error;
    if (!host.start(&error)) {
        err() << error << Qt::endl;
        return Failure;
    }
    const QString shown =
        options.address == QHostAddress::Any
            ? QStringLiteral("0.0.0.0")
            : (options.address.protocol() == QAbstractSocket::IPv6Protocol
                   ? QLatin1Char('[') + options.address.toString() + QLatin1Char(']')
                   : options.address.toString());
    // Line 1: the URL, line 2: the fingerprint, for scripts and the service's journal.
    out() << QStringLiteral("https://%1:%2").arg(shown).arg(host.port()) << '\n'
          << host.fingerprint() << '\n'
          << tr("The hall host of %1 is running. Devices pin the certificate above. Stop with "
                "Ctrl+C or SIGTERM.")
                 .arg(branch->info().name)
          << Qt::endl;
    // The nightly sync with head office (when configured: counterdesk-cli sync config).
    SyncScheduler sync(*branch);
    QObject::connect(&sync, &SyncScheduler::finished, &sync, [](const SyncClient::Summary &s) {
        if (s.ok) {
            err() << tr("Synced with head office: %1 events sent, acknowledged up to %2.")
                         .arg(s.sent)
                         .arg(s.acknowledged)
                  << Qt::endl;
        } else {
            err() << tr("Sync with head office failed: %1").arg(s.error) << Qt::endl;
        }
    });
    sync.start();
    // Overdue complaints go to head office without waiting for a manager to open the console.
    QTimer escalation;
    QObject::connect(&escalation, &QTimer::timeout, &escalation, [&branch] {
        if (const int n = ComplaintBook(*branch).escalateOverdue(QStringLiteral("system"))) {
            err() << tr("%n overdue complaint(s) escalated to head office.", nullptr, n)
                  << Qt::endl;
        }
    });
    escalation.start(30 * 60 * 1000);
    QCoreApplication::exec();
    branch->database().checkpoint();
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    err() << tr("The hall host stopped (signal %1).").arg(stoppedBy) << Qt::endl;
    return Ok;
}
