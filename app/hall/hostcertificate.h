#pragma once

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

class Branch;

// The hall host's TLS identity: a self-signed EC P-256 certificate made at the first start and
// kept with its private key inside the encrypted branch database (never in a plain file).
// Counters, kiosks and displays pin its SHA-256 fingerprint when they are paired.
class HostCertificate
{
    Q_DECLARE_TR_FUNCTIONS(HostCertificate)
public:
    QSslCertificate certificate;
    QSslKey privateKey;
    QString fingerprint; // "SHA256:AB:CD:..." (see format())

    bool isNull() const { return certificate.isNull() || privateKey.isNull(); }

    // The branch's certificate; made (one audited event) when it has none yet. Throws
    // DbException, or std::runtime_error when OpenSSL fails.
    static HostCertificate ensure(Branch &branch, const QString &actor);
    // Loads the certificate without making one (null when there is none).
    static HostCertificate load(Branch &branch);

    // A new self-signed certificate for the given DNS names and IP addresses (valid 10 years).
    // Returns the certificate and the private key as PEM.
    static std::pair<QByteArray, QByteArray> generate(const QString &commonName,
                                                      const QStringList &dnsNames,
                                                      const QStringList &ipAddresses);

    // "SHA256:" and the SHA-256 of the DER certificate as colon-separated upper-case hex.
    static QString fingerprintOf(const QSslCertificate &certificate);
    // The bare lower-case hex of a fingerprint written with or without "SHA256:" and colons;
    // empty when it is not 64 hex digits.
    static QByteArray normalizeFingerprint(const QString &fingerprint);

    // This machine's name and non-loopback addresses, for the certificate's names.
    static QStringList localDnsNames();
    static QStringList localIpAddresses();
};
