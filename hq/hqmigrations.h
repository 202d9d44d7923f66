#pragma once

#include <QCoreApplication>

class HqDatabase;

// Head office's schema as numbered migrations: each runs in one transaction, under an advisory
// lock (two head office nodes starting together migrate once), and records itself in
// schema_version. The SQL stays Citus-compatible (docs/hq-scaling.md).
class HqMigrations
{
    Q_DECLARE_TR_FUNCTIONS(HqMigrations)
public:
    // The newest schema version this build knows.
    static int latest();
    // The database's version (0 when empty).
    static int current(HqDatabase &db);
    // Brings the database to latest(); returns the version it was at. Throws HqDbError, also
    // when the database is newer than this build.
    static int migrate(HqDatabase &db);
};
