#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

// Small helpers shared by the tests: file fingerprints, running the CLI, raw SQL on a file.
namespace TestSupport
{
// SHA-256 of every file in a folder (name -> hash), to prove "nothing was changed".
QMap<QString, QByteArray> fingerprint(const QString &dir);
QByteArray sha256(const QString &file);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs counterdesk-cli with args and, if not null, COUNTERDESK_PASSPHRASE set to passphrase.
Run cli(const QStringList &args, const QByteArray &passphrase = {});

// Executes SQL on an encrypted file with the raw SQLCipher API, as an administrator's own
// client would ("PRAGMA key = '...'"), bypassing CounterDesk. Returns the first column of the
// first row, or "error: ..." when a step fails.
QString rawSql(const QString &file, const QByteArray &passphrase, const QString &sql);

// A strong passphrase for tests.
QByteArray passphrase();
} // namespace TestSupport
