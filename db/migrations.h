#pragma once

#include <QList>

class Database;

// The numbered schema migrations of the branch database. Each runs in one transaction and sets
// PRAGMA user_version to its number, so a crash leaves the file at the previous version.
namespace Migrations
{
int latestVersion();
// Every version a migration leads to, ascending (numbers may skip while branches meet).
QList<int> versions();
// Migrates from the file's current version up to target (never down).
void migrate(Database &db, int target);
} // namespace Migrations
