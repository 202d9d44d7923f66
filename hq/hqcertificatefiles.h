#pragma once

#include "hall/hostcertificate.h"

#include <QCoreApplication>
#include <QString>

// Head office's TLS identity in files: it has no branch database, so the self-signed EC P-256
// certificate (HostCertificate::generate, as the hall host makes) and its private key live in
// the state folder as hq-cert.pem and hq-key.pem, readable by the owner only (0600).
class HqCertificateFiles
{
    Q_DECLARE_TR_FUNCTIONS(HqCertificateFiles)
public:
    // The certificate in dir, made at the first start; null with the reason when it cannot be
    // read or made.
    static HostCertificate ensure(const QString &dir, QString *error);
    // A file only its owner can read and write, written whole or not at all.
    static bool writePrivate(const QString &path, const QByteArray &data, QString *error);
};
