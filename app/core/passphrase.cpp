#include "passphrase.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <qt6keychain/keychain.h>

#include <cmath>

namespace
{
const QString kService = QStringLiteral("CounterDesk");

QString keychainKey(const QString &dataDir)
{
    return QStringLiteral("branch:") + QFileInfo(dataDir).absoluteFilePath();
}

// Runs a QtKeychain job to completion (they are asynchronous).
template<typename Job> void runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}
} // namespace

Passphrase::Result Passphrase::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {{},
                QStringLiteral("file"),
                tr("Cannot read the passphrase file %1: %2")
                    .arg(QDir::toNativeSeparators(path), f.errorString())};
    }
    // The first line is the passphrase; a trailing newline (as echo writes) is not part of it.
    QByteArray line = f.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        return {{},
                QStringLiteral("file"),
                tr("The passphrase file %1 is empty.").arg(QDir::toNativeSeparators(path))};
    }
    return {line, QStringLiteral("file"), {}};
}

Passphrase::Result Passphrase::fromEnvironment()
{
    return {qgetenv(EnvironmentVariable), QStringLiteral("environment"), {}};
}

Passphrase::Result Passphrase::fromKeychain(const QString &dataDir)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keychainKey(dataDir));
    runJob(job);
    if (job.error() != QKeychain::NoError) {
        const QString why = job.error() == QKeychain::EntryNotFound
                                ? notInKeychain()
                                : tr("the keychain is not available (%1)").arg(job.errorString());
        return {{}, QStringLiteral("keychain"), why};
    }
    return {job.binaryData(), QStringLiteral("keychain"), {}};
}

QString Passphrase::notInKeychain()
{
    return tr("no passphrase is stored in the keychain for this branch");
}

QString Passphrase::storeInKeychain(const QString &dataDir, const QByteArray &passphrase)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keychainKey(dataDir));
    job.setBinaryData(passphrase);
    runJob(job);
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

QString Passphrase::removeFromKeychain(const QString &dataDir)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keychainKey(dataDir));
    runJob(job);
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

Passphrase::Result Passphrase::resolve(const QString &passphraseFile, const QString &dataDir,
                                       bool useKeychain)
{
    if (!passphraseFile.isEmpty()) {
        return fromFile(passphraseFile);
    }
    Result env = fromEnvironment();
    if (!env.passphrase.isEmpty()) {
        return env;
    }
    if (useKeychain) {
        return fromKeychain(dataDir);
    }
    return {{}, {}, {}};
}

int Passphrase::strength(const QString &passphrase)
{
    if (passphrase.isEmpty()) {
        return 0;
    }
    bool lower = false, upper = false, digit = false, other = false, wide = false;
    QSet<QChar> distinct;
    int runs = 0; // characters that continue a repeat or a +1/-1 sequence
    for (qsizetype i = 0; i < passphrase.size(); ++i) {
        const QChar c = passphrase.at(i);
        distinct.insert(c);
        if (c.unicode() > 0x7f) {
            wide = true;
        } else if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else {
            other = true;
        }
        if (i > 0 && std::abs(c.unicode() - passphrase.at(i - 1).unicode()) <= 1) {
            ++runs;
        }
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0)
                     + (wide ? 2000 : 0);
    const double effective = std::max<double>(1.0, double(passphrase.size() - runs / 2));
    const double diversity = std::min<double>(1.0, double(distinct.size()) / 6.0);
    const double bits = effective * std::log2(std::max(pool, 2)) * diversity;
    if (bits < 28) {
        return 0;
    }
    if (bits < 40) {
        return 1;
    }
    if (bits < 60) {
        return 2;
    }
    if (bits < 80) {
        return 3;
    }
    return 4;
}
