#include "migrations.h"

#include "database.h"

#include <QByteArray>

namespace
{
struct Migration
{
    int version;
    const char *sql;
};

// Append only: a released migration is never edited, a change is a new migration.
constexpr Migration kMigrations[] = {
    {1, R"sql(
PRAGMA application_id = 1128551243;

-- Branch-wide settings (key/value).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The audit chain: every state change, hashed onto the previous entry.
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    at_utc       TEXT NOT NULL,
    business_day TEXT NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject      TEXT NOT NULL,
    payload      TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_day ON audit_log(business_day);

-- Where each business day's part of the chain starts.
CREATE TABLE audit_anchor (
    business_day TEXT PRIMARY KEY,
    first_seq    INTEGER NOT NULL UNIQUE,
    prev_hash    TEXT NOT NULL,
    anchor_hash  TEXT NOT NULL
) WITHOUT ROWID;

-- Events for head office, written in the same transaction as the change.
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    created_utc TEXT NOT NULL,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL,
    audit_seq   INTEGER NOT NULL REFERENCES audit_log(seq),
    acked_utc   TEXT
);
CREATE INDEX outbox_pending ON outbox(seq) WHERE acked_utc IS NULL;
)sql"},
    {2, R"sql(
-- The branch this file belongs to (one row).
CREATE TABLE branch (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    created_utc TEXT NOT NULL
);

CREATE TABLE staff (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('clerk','reception','manager','administrator')),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    created_utc   TEXT NOT NULL
);

CREATE TABLE customer (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    id_type     TEXT NOT NULL DEFAULT 'resident',
    id_number   TEXT,
    phone       TEXT,
    created_utc TEXT NOT NULL
);
)sql"},
    {3, R"sql(
-- The signed catalogue documents head office sent, verbatim (the newest is in force).
CREATE TABLE catalogue_document (
    version     INTEGER PRIMARY KEY,
    issued_at   TEXT NOT NULL,
    applied_utc TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    envelope    TEXT NOT NULL
);

-- The services and fees in force, derived from the newest document (for queries and reports).
CREATE TABLE service (
    code         TEXT PRIMARY KEY,
    position     INTEGER NOT NULL,
    sector       TEXT NOT NULL,
    request_type TEXT NOT NULL,
    queue_prefix TEXT NOT NULL,
    name_zh_cn   TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE fee (
    code       TEXT PRIMARY KEY,
    price_fen  INTEGER NOT NULL CHECK (price_fen >= 0),
    name_zh_cn TEXT NOT NULL
) WITHOUT ROWID;
)sql"},
    {4, R"sql(
-- The hall's numbered counter windows. open: staffed now (estimated waits count open windows).
CREATE TABLE queue_window (
    number  INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 999),
    name    TEXT NOT NULL DEFAULT '',
    is_open INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1))
);

-- The services each window calls, in its order (rank 0 first). Service codes are not foreign
-- keys: a new catalogue replaces the service table, and a window may name a retired service.
CREATE TABLE queue_window_service (
    window_number INTEGER NOT NULL REFERENCES queue_window(number) ON DELETE CASCADE,
    rank          INTEGER NOT NULL CHECK (rank >= 0),
    service_code  TEXT NOT NULL,
    PRIMARY KEY (window_number, rank),
    UNIQUE (window_number, service_code)
) WITHOUT ROWID;

-- Queue tickets. No personal data: a ticket is a number, a service and a priority group.
-- seq counts per prefix and business day (A001, A002, ... B001); the unique key makes a
-- duplicate impossible and max(seq) + 1 inside the issuing transaction makes a gap impossible.
-- fair_since_utc starts the fairness clock (issue time, or the due time of a booked ticket)
-- and survives transfers; due_utc is a booked ticket's slot start.
CREATE TABLE ticket (
    id               INTEGER PRIMARY KEY,
    business_day     TEXT NOT NULL,
    prefix           TEXT NOT NULL,
    seq              INTEGER NOT NULL CHECK (seq > 0),
    number           TEXT NOT NULL,
    service_code     TEXT NOT NULL,
    kind             TEXT NOT NULL DEFAULT 'walkin' CHECK (kind IN ('walkin', 'booked')),
    priority_group   TEXT NOT NULL DEFAULT 'none'
                     CHECK (priority_group IN ('none', 'elderly', 'disabled', 'pregnant', 'child')),
    token            TEXT NOT NULL UNIQUE,
    state            TEXT NOT NULL DEFAULT 'waiting'
                     CHECK (state IN ('waiting', 'called', 'serving', 'parked', 'done', 'no_show',
                                      'expired')),
    issued_utc       TEXT NOT NULL,
    fair_since_utc   TEXT NOT NULL,
    due_utc          TEXT,
    target_window    INTEGER,
    window_number    INTEGER,
    call_count       INTEGER NOT NULL DEFAULT 0 CHECK (call_count >= 0),
    transfers        INTEGER NOT NULL DEFAULT 0,
    first_called_utc TEXT,
    last_called_utc  TEXT,
    serving_utc      TEXT,
    parked_utc       TEXT,
    finished_utc     TEXT,
    service_seconds  INTEGER,
    UNIQUE (business_day, prefix, seq),
    UNIQUE (business_day, number)
);
CREATE INDEX ticket_open ON ticket(business_day, state);
CREATE INDEX ticket_window ON ticket(window_number, state);
CREATE INDEX ticket_service_done ON ticket(service_code, finished_utc)
    WHERE service_seconds IS NOT NULL;
)sql"},
};
} // namespace

int Migrations::latestVersion()
{
    return std::end(kMigrations)[-1].version;
}

void Migrations::migrate(Database &db, int target)
{
    for (const Migration &m : kMigrations) {
        if (m.version > target) {
            break;
        }
        if (m.version <= db.userVersion()) {
            continue;
        }
        db.transaction([&] {
            db.exec(m.sql);
            db.exec(
                QByteArray("PRAGMA user_version = " + QByteArray::number(m.version)).constData());
        });
    }
}
