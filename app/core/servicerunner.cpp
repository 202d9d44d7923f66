#include "servicerunner.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace
{
int g_pipe[2] = {-1, -1};

// Only async-signal-safe work here.
void onSignal(int signal)
{
    const char c = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &c, 1);
}
} // namespace

ServiceRunner::ServiceRunner() = default;

ServiceRunner::~ServiceRunner()
{
    if (g_pipe[0] >= 0) {
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
        delete m_notifier;
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
}

bool ServiceRunner::install(QString *error)
{
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0) {
        if (error) {
            *error = QStringLiteral("cannot set up the signal handlers (socketpair)");
        }
        return false;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char c = 0;
        if (::read(g_pipe[0], &c, 1) == 1 && m_stoppedBy == 0) {
            m_stoppedBy = c;
            m_notifier->setEnabled(false);
            Q_EMIT stopRequested(m_stoppedBy);
        }
    });
    return true;
}

bool ServiceRunner::parseListen(const QString &text, QHostAddress &address, quint16 &port)
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

QString ServiceRunner::shownAddress(const QHostAddress &address)
{
    if (address == QHostAddress::Any) {
        return QStringLiteral("0.0.0.0");
    }
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
               : address.toString();
}
