#include "hostcertificate.h"

#include "branch/branch.h"
#include "core/clock.h"
#include "database.h"
#include "hallstore.h"

#include <QHostInfo>
#include <QNetworkInterface>
#include <QRegularExpression>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <stdexcept>

namespace
{
template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Ext = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using Bn = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

[[noreturn]] void fail(const char *what)
{
    throw std::runtime_error(std::string("OpenSSL: ") + what);
}

void check(int rc, const char *what)
{
    if (rc <= 0) {
        fail(what);
    }
}

void addExtension(X509 *x, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
    Ext ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    if (!ext) {
        fail("certificate extension");
    }
    check(X509_add_ext(x, ext.get(), -1), "add extension");
}

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

// Thrown inside the transaction when another process made the certificate first.
struct AlreadyMade
{
};
} // namespace

std::pair<QByteArray, QByteArray> HostCertificate::generate(const QString &commonName,
                                                            const QStringList &dnsNames,
                                                            const QStringList &ipAddresses)
{
    // Chromium refuses Ed25519 server certificates; EC P-256 works everywhere.
    PKey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key) {
        fail("key generation");
    }
    Cert x(X509_new());
    if (!x) {
        fail("X509_new");
    }
    check(X509_set_version(x.get(), 2), "version");
    Bn serial(BN_new());
    check(BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY), "serial");
    if (!BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x.get()))) {
        fail("serial");
    }
    X509_gmtime_adj(X509_getm_notBefore(x.get()), -24L * 3600); // clocks of a LAN disagree
    X509_gmtime_adj(X509_getm_notAfter(x.get()), 3650L * 24 * 3600);
    check(X509_set_pubkey(x.get(), key.get()), "public key");
    X509_NAME *name = X509_get_subject_name(x.get());
    const QByteArray cn = commonName.left(64).toUtf8();
    check(X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char *>("CounterDesk"), -1, -1,
                                     0),
          "organisation");
    check(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char *>(cn.constData()), -1,
                                     -1, 0),
          "common name");
    check(X509_set_issuer_name(x.get(), name), "issuer");

    QStringList san;
    for (const QString &d : dnsNames) {
        san << QStringLiteral("DNS:") + d;
    }
    for (const QString &ip : ipAddresses) {
        san << QStringLiteral("IP:") + ip;
    }
    addExtension(x.get(), NID_subject_alt_name, san.join(QLatin1Char(',')).toLatin1());
    addExtension(x.get(), NID_basic_constraints, QByteArrayLiteral("critical,CA:FALSE"));
    addExtension(x.get(), NID_key_usage, QByteArrayLiteral("critical,digitalSignature"));
    addExtension(x.get(), NID_ext_key_usage, QByteArrayLiteral("serverAuth"));
    addExtension(x.get(), NID_subject_key_identifier, QByteArrayLiteral("hash"));
    if (X509_sign(x.get(), key.get(), EVP_sha256()) <= 0) {
        fail("sign");
    }

    Bio certBio(BIO_new(BIO_s_mem()));
    Bio keyBio(BIO_new(BIO_s_mem()));
    check(PEM_write_bio_X509(certBio.get(), x.get()), "certificate PEM");
    check(PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr),
          "key PEM");
    return {readBio(certBio.get()), readBio(keyBio.get())};
}

QString HostCertificate::fingerprintOf(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        pairs << QString::fromLatin1(hex.mid(i, 2));
    }
    return QStringLiteral("SHA256:") + pairs.join(QLatin1Char(':'));
}

QByteArray HostCertificate::normalizeFingerprint(const QString &fingerprint)
{
    QString s = fingerprint.trimmed();
    if (s.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive)) {
        s = s.mid(7);
    }
    s.remove(QLatin1Char(':'));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!hex.match(s).hasMatch()) {
        return {};
    }
    return s.toLower().toLatin1();
}

QStringList HostCertificate::localDnsNames()
{
    QStringList names{QStringLiteral("localhost")};
    static const QRegularExpression dns(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251})$"));
    const QString host = QHostInfo::localHostName();
    if (dns.match(host).hasMatch() && !names.contains(host)) {
        names << host;
        if (!host.contains(QLatin1Char('.'))) {
            names << host + QStringLiteral(".local"); // mDNS, as phones on the LAN see it
        }
    }
    return names;
}

QStringList HostCertificate::localIpAddresses()
{
    QStringList ips{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.isLoopback() || a.isLinkLocal() || !a.scopeId().isEmpty()) {
            continue;
        }
        const QString text = a.toString();
        if (!ips.contains(text)) {
            ips << text;
        }
    }
    return ips;
}

HostCertificate HostCertificate::load(Branch &branch)
{
    HostCertificate c;
    const auto row = HallStore(branch.database()).hostCertificate();
    if (!row) {
        return c;
    }
    c.certificate = QSslCertificate(row->certificatePem.toLatin1(), QSsl::Pem);
    c.privateKey = QSslKey(row->privateKeyPem.toLatin1(), QSsl::Ec, QSsl::Pem);
    c.fingerprint = fingerprintOf(c.certificate);
    return c;
}

HostCertificate HostCertificate::ensure(Branch &branch, const QString &actor)
{
    HostCertificate c = load(branch);
    if (!c.isNull()) {
        return c;
    }
    const QString cn = QStringLiteral("CounterDesk hall host ") + branch.info().code;
    // Not a structured binding: clang 14 (the fuzz preset) cannot capture one in a lambda.
    const auto made = generate(cn, localDnsNames(), localIpAddresses());
    const QByteArray &certPem = made.first;
    const QByteArray &keyPem = made.second;
    const QString fingerprint = fingerprintOf(QSslCertificate(certPem, QSsl::Pem));
    try {
        branch.record({actor, QStringLiteral("hall.certificate"), QStringLiteral("hall:host"),
                       QJsonObject{{QStringLiteral("sha256"), fingerprint}}},
                      [&](AuditEvent &) {
                          HallStore store(branch.database());
                          if (store.hostCertificate()) {
                              throw AlreadyMade{};
                          }
                          store.insertHostCertificate(
                              {QString::fromLatin1(certPem), QString::fromLatin1(keyPem),
                               fingerprint, Clock::nowUtc().toString(Qt::ISODateWithMs)});
                      });
    } catch (const AlreadyMade &) {
        // Another process was first: use its certificate.
    }
    return load(branch);
}
