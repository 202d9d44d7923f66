#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

#include <sqlite3.h>

QByteArray TestSupport::sha256(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QMap<QString, QByteArray> TestSupport::fingerprint(const QString &dir)
{
    QMap<QString, QByteArray> result;
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files | QDir::Hidden)) {
        result.insert(name, sha256(d.filePath(name)));
    }
    return result;
}

TestSupport::Run TestSupport::cli(const QStringList &args, const QByteArray &passphrase)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("COUNTERDESK_PASSPHRASE"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    if (!passphrase.isNull()) {
        env.insert(QStringLiteral("COUNTERDESK_PASSPHRASE"), QString::fromUtf8(passphrase));
    }
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(COUNTERDESK_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString TestSupport::rawSql(const QString &file, const QByteArray &passphrase, const QString &sql)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("error: open");
    }
    // Exactly what an administrator types in an SQLCipher shell, with its quoting.
    QByteArray key = passphrase;
    key.replace('\'', "''");
    const QByteArray script = "PRAGMA key = '" + key + "'; PRAGMA cipher_log_level = NONE;";
    sqlite3_exec(db, script.constData(), nullptr, nullptr, nullptr);
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = utf8.constData();
    while (tail && *tail && !result.startsWith(QLatin1String("error"))) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, tail, -1, &stmt, &tail) != SQLITE_OK) {
            result = QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
            break;
        }
        if (!stmt) {
            continue;
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if (result.isNull()) {
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
                result = t ? QString::fromUtf8(t) : QStringLiteral("NULL");
            }
        }
        if (rc != SQLITE_DONE) {
            result = QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return result;
}

QByteArray TestSupport::passphrase()
{
    return QByteArrayLiteral("Kettle-Orchid 47 Lantern");
}
