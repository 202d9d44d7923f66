#include "halltestsupport.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace HallTest;

QByteArray Response::header(const QByteArray &name) const
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower()) {
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

Connection::Connection(quint16 port, const QString &fingerprint)
    : m_port(port)
    , m_pin(fingerprint.toUpper()
                .remove(QStringLiteral("SHA256:"))
                .remove(QLatin1Char(':'))
                .toLower()
                .toLatin1())
{}

Connection::~Connection() = default;

bool Connection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState
           && m_socket->isEncrypted();
}

bool Connection::open(int timeoutMs)
{
    m_socket = std::make_unique<QSslSocket>();
    m_buffer.clear();
    QSslSocket *s = m_socket.get();
    QObject::connect(s, &QSslSocket::sslErrors, s, [this, s](const QList<QSslError> &errors) {
        if (s->peerCertificate().digest(QCryptographicHash::Sha256).toHex() == m_pin) {
            s->ignoreSslErrors(errors);
        }
    });
    QEventLoop loop;
    QObject::connect(s, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    QObject::connect(s, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(s, &QAbstractSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    s->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    loop.exec();
    return isOpen();
}

void Connection::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->flush();
}

Response Connection::read(int timeoutMs)
{
    Response r;
    QSslSocket *s = m_socket.get();
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        m_buffer += s->readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            r.head = m_buffer.left(end);
            const QByteArray statusLine = r.head.split('\r').value(0);
            r.status = statusLine.split(' ').value(1).toInt();
            const qsizetype length = r.header("content-length").toLongLong();
            if (r.status == 100) {
                m_buffer.remove(0, end + 4);
                continue; // an interim answer: the real one follows
            }
            if (m_buffer.size() >= end + 4 + length) {
                r.body = m_buffer.mid(end + 4, length);
                m_buffer.remove(0, end + 4 + length);
                break;
            }
        }
        if (s->state() != QAbstractSocket::ConnectedState && s->bytesAvailable() == 0) {
            r.closed = true;
            if (r.status == 0) {
                return r;
            }
            break;
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            return r;
        }
        QEventLoop loop;
        QObject::connect(s, &QIODevice::readyRead, &loop, &QEventLoop::quit);
        QObject::connect(s, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(left, &loop, &QEventLoop::quit);
        if (s->bytesAvailable() == 0 && s->state() == QAbstractSocket::ConnectedState) {
            loop.exec();
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (doc.isObject()) {
        r.json = doc.object();
    }
    r.closed = r.closed || r.header("connection").toLower() == "close";
    return r;
}

Response Connection::raw(const QByteArray &bytes, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    write(bytes);
    Response r = read(timeoutMs);
    r.ms = timer.nsecsElapsed() / 1e6;
    return r;
}

Response Connection::request(const QByteArray &method, const QString &path, const QByteArray &token,
                             const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &extra, int timeoutMs)
{
    QByteArray req = method + ' ' + QUrl(path).toEncoded()
                     + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
    if (!token.isEmpty()) {
        req += "Authorization: Bearer " + token + "\r\n";
    }
    bool typed = false;
    for (const auto &h : extra) {
        req += h.first + ": " + h.second + "\r\n";
        typed = typed || h.first.toLower() == "content-type";
    }
    if (!body.isEmpty() && !typed) {
        req += "Content-Type: application/json\r\n";
    }
    if (!body.isEmpty() || method == "POST") {
        req += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    req += "\r\n" + body;
    return raw(req, timeoutMs);
}

ServeProcess::ServeProcess(const QString &dataDir)
    : m_dataDir(dataDir)
{}

ServeProcess::~ServeProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServeProcess::start(quint16 port, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COUNTERDESK_PASSPHRASE"),
               QString::fromUtf8(TestSupport::passphrase()));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_process.setProcessEnvironment(env);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_output.clear();
    m_process.start(QStringLiteral(COUNTERDESK_CLI_PATH),
                    {QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dataDir,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
    QElapsedTimer timer;
    timer.start();
    // Line 1: the URL, line 2: the fingerprint.
    while (timer.elapsed() < timeoutMs) {
        m_process.waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        const QStringList lines = m_output.split(QLatin1Char('\n'));
        if (lines.size() >= 3) {
            m_port = static_cast<quint16>(QUrl(lines.at(0)).port());
            m_fingerprint = lines.at(1).trimmed();
            return m_port != 0 && m_fingerprint.startsWith(QLatin1String("SHA256:"));
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_output += QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
    }
    return false;
}

void ServeProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool ServeProcess::terminate(int timeoutMs)
{
    m_process.terminate();
    return m_process.waitForFinished(timeoutMs) && m_process.exitStatus() == QProcess::NormalExit
           && m_process.exitCode() == 0;
}

double HallTest::percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p / 100.0 * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}
