#include "hqcertificatefiles.h"

#include "hqlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

bool HqCertificateFiles::writePrivate(const QString &path, const QByteArray &data, QString *error)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp";
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    bool ok = fd >= 0;
    ok = ok && ::fchmod(fd, 0600) == 0; // an old temp file may have had other permissions
    qsizetype written = 0;
    while (ok && written < data.size()) {
        const ssize_t n =
            ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        ok = n > 0;
        written += n > 0 ? n : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    const int savedErrno = errno;
    if (fd >= 0) {
        ::close(fd);
    }
    ok = ok && ::rename(temp.constData(), target.constData()) == 0;
    if (!ok) {
        ::unlink(temp.constData());
        if (error) {
            *error =
                tr("Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path),
                         QString::fromLocal8Bit(std::strerror(savedErrno ? savedErrno : errno)));
        }
    }
    return ok;
}

HostCertificate HqCertificateFiles::ensure(const QString &dir, QString *error)
{
    HostCertificate c;
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the state folder %1.").arg(QDir::toNativeSeparators(dir));
        return c;
    }
    const QString certPath = QDir(dir).filePath(QStringLiteral("hq-cert.pem"));
    const QString keyPath = QDir(dir).filePath(QStringLiteral("hq-key.pem"));
    if (!QFileInfo::exists(certPath) || !QFileInfo::exists(keyPath)) {
        std::pair<QByteArray, QByteArray> pem;
        try {
            pem = HostCertificate::generate(QStringLiteral("CounterDesk head office"),
                                            HostCertificate::localDnsNames(),
                                            HostCertificate::localIpAddresses());
        } catch (const std::exception &e) {
            *error = QString::fromUtf8(e.what());
            return c;
        }
        // The key first: a certificate without its key is never left behind.
        if (!writePrivate(keyPath, pem.second, error)
            || !writePrivate(certPath, pem.first, error)) {
            return c;
        }
        qCInfo(lcHq, "made a TLS certificate in %s", qUtf8Printable(dir));
    }
    if (QFileInfo(keyPath).permissions()
        & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)) {
        *error = tr("%1 is readable by others: make it 0600 (chmod 600) first.")
                     .arg(QDir::toNativeSeparators(keyPath));
        return c;
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the TLS certificate in %1.").arg(QDir::toNativeSeparators(dir));
        return c;
    }
    c.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    c.privateKey = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (c.isNull()) {
        *error = tr("The TLS certificate or key in %1 is damaged; remove hq-cert.pem and "
                    "hq-key.pem to make new ones (branches must then pin the new fingerprint).")
                     .arg(QDir::toNativeSeparators(dir));
        return HostCertificate();
    }
    c.fingerprint = HostCertificate::fingerprintOf(c.certificate);
    return c;
}
