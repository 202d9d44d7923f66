#include "datadir.h"

#include <QDir>
#include <QStandardPaths>

QString DataDir::defaultPath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty()) {
        base = QDir::homePath() + QStringLiteral("/.local/share");
    }
    return base + QStringLiteral("/CounterDesk");
}

QString DataDir::demoPath()
{
    return defaultPath() + QStringLiteral("/demo");
}

QString DataDir::databasePath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("branch.db"));
}

QByteArray DataDir::demoPassphrase()
{
    return QByteArrayLiteral("counterdesk-demo");
}
