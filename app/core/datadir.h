#pragma once

#include <QString>

// Where a branch keeps its files. The database is DATA_DIR/branch.db.
namespace DataDir
{
// The platform's app-data location (e.g. ~/.local/share/CounterDesk on Linux).
QString defaultPath();
// The demo branch's folder, beside the default one.
QString demoPath();
QString databasePath(const QString &dataDir);
// The public passphrase of the demo branch: it holds only invented data.
QByteArray demoPassphrase();
} // namespace DataDir
