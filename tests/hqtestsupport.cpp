#include "hqtestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QUrl>

namespace HqTest
{
Run run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COUNTERDESK_HQ_PATH), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString keyFile(const QString &dir, const QByteArray &seed)
{
    const QString path = dir + QStringLiteral("/hq.key");
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(seed.toBase64() + '\n');
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    return path;
}

Process::~Process()
{
    kill();
}

bool Process::start(const QStringList &args)
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(COUNTERDESK_HQ_PATH), args);
    QString output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        process.waitForReadyRead(200);
        output += QString::fromUtf8(process.readAllStandardOutput());
        const QStringList lines = output.split(QLatin1Char('\n'));
        if (lines.size() >= 3) {
            port = static_cast<quint16>(QUrl(lines.at(0)).port());
            fingerprint = lines.at(1).trimmed();
            return port != 0 && fingerprint.startsWith(QLatin1String("SHA256:"));
        }
        if (process.state() == QProcess::NotRunning) {
            qWarning("%s", process.readAllStandardError().constData());
            return false;
        }
    }
    return false;
}

void Process::kill()
{
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(10000);
    }
}
} // namespace HqTest
