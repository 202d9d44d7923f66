#include "hqmigrations.h"

#include "hqdatabase.h"
#include "hqlog.h"

#include <array>

namespace
{
// An arbitrary constant: the key of the advisory lock migrations take.
constexpr const char *kLockKey = "4242009";

// Migration N is kMigrations[N - 1]. Never edit one that has shipped: add the next.
constexpr std::array kMigrations = {
    // 1: branches, their events, and what head office publishes.
    // Citus: events is distributed by branch_code (every key and index leads with it, so a
    // branch's rows live on one shard); branches and published_documents are reference tables.
    R"SQL(
CREATE TABLE branches (
    code        text PRIMARY KEY,
    name        text NOT NULL DEFAULT '',
    public_key  text NOT NULL,
    added_utc   timestamptz NOT NULL DEFAULT now(),
    revoked_utc timestamptz,
    acked_seq   bigint NOT NULL DEFAULT 0
);
CREATE TABLE events (
    branch_code  text NOT NULL REFERENCES branches (code),
    seq          bigint NOT NULL CHECK (seq > 0),
    created_utc  timestamptz NOT NULL,
    kind         text NOT NULL,
    audit_seq    bigint,
    payload      jsonb NOT NULL,
    received_utc timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (branch_code, seq)
);
-- Monthly reports select by kind and time across branches.
CREATE INDEX events_created ON events (created_utc, kind);
CREATE TABLE published_documents (
    kind          text NOT NULL CHECK (kind IN ('catalogue', 'calendar')),
    version       integer NOT NULL CHECK (version > 0),
    envelope      text NOT NULL,
    published_utc timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, version)
);
)SQL",
};

void ensureVersionTable(HqDatabase &db)
{
    db.execScript("CREATE TABLE IF NOT EXISTS schema_version ("
                  " version integer PRIMARY KEY,"
                  " applied_utc timestamptz NOT NULL DEFAULT now())");
}

int readVersion(HqDatabase &db)
{
    const HqResult r = db.exec("SELECT coalesce(max(version), 0) FROM schema_version");
    return static_cast<int>(r.int64(0, 0));
}
} // namespace

int HqMigrations::latest()
{
    return static_cast<int>(kMigrations.size());
}

int HqMigrations::current(HqDatabase &db)
{
    const HqResult exists = db.exec("SELECT to_regclass('schema_version') IS NOT NULL");
    if (exists.text(0, 0) != QLatin1String("t")) {
        return 0;
    }
    return readVersion(db);
}

int HqMigrations::migrate(HqDatabase &db)
{
    int before = -1;
    for (int next = 1;; ++next) {
        bool done = false;
        db.transaction([&] {
            db.exec("SELECT pg_advisory_xact_lock($1)", {QByteArray(kLockKey)});
            ensureVersionTable(db);
            const int version = readVersion(db);
            if (before < 0) {
                before = version;
            }
            if (version > latest()) {
                throw HqDbError(tr("The head office database is at schema version %1, newer than "
                                   "this program knows (%2): use a newer counterdesk-hq.")
                                    .arg(version)
                                    .arg(latest()),
                                {}, false);
            }
            if (version >= latest()) {
                done = true;
                return;
            }
            // Someone else may have migrated meanwhile: always apply the one after theirs.
            next = version + 1;
            db.execScript(kMigrations[static_cast<size_t>(next - 1)]);
            db.exec("INSERT INTO schema_version (version) VALUES ($1)", {next});
            qCInfo(lcHq, "schema migrated to version %d", next);
        });
        if (done) {
            return before;
        }
    }
}
