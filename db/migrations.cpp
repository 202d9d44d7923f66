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
-- Staff sign-in: failed attempts lock an account for a while.
ALTER TABLE staff ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN locked_until_utc TEXT;

-- The windows each staff member may serve (none listed: any window).
CREATE TABLE staff_window (
    staff_id      INTEGER NOT NULL REFERENCES staff(id),
    window_number INTEGER NOT NULL,
    PRIMARY KEY (staff_id, window_number)
) WITHOUT ROWID;

-- 委托代理制: a clerk away for more than half a day names a proxy for their pending items.
CREATE TABLE staff_proxy (
    staff_id   INTEGER PRIMARY KEY REFERENCES staff(id),
    proxy_id   INTEGER NOT NULL REFERENCES staff(id),
    from_utc   TEXT NOT NULL,
    until_utc  TEXT NOT NULL,
    reason     TEXT NOT NULL,
    CHECK (proxy_id <> staff_id)
);
)sql"},
    {5, R"sql(
-- The knowledge base of standard answers (head office ships it; replaced as a whole).
CREATE TABLE knowledge_entry (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    sector      TEXT NOT NULL,
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    keywords    TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

-- Terms of 3+ characters: trigram substring search over the entries themselves.
CREATE VIRTUAL TABLE knowledge_trigram USING fts5(
    question, answer, keywords,
    content = 'knowledge_entry', content_rowid = 'id', tokenize = 'trigram');

-- Terms of 1-2 characters (trigram finds nothing for them): the app writes each text with a
-- space between CJK characters and queries it as a phrase. Contentless: the text is above.
CREATE VIRTUAL TABLE knowledge_spaced USING fts5(
    question, answer, keywords,
    content = '', contentless_delete = 1, tokenize = 'unicode61');
)sql"},
    {6, R"sql(
-- A customer's matter at the counter: from the checklist to a one-time notice or acceptance,
-- then processing to completion. The first person who took it owns it (首问负责制).
CREATE TABLE service_case (
    id              INTEGER PRIMARY KEY,
    service_code    TEXT NOT NULL,
    customer_id     INTEGER REFERENCES customer(id),
    agent_name      TEXT NOT NULL DEFAULT '',
    agent_id_number TEXT NOT NULL DEFAULT '',
    agent_phone     TEXT NOT NULL DEFAULT '',
    conditions      TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL,
    owner           TEXT NOT NULL,
    window_number   INTEGER NOT NULL DEFAULT 0,
    ticket_number   TEXT NOT NULL DEFAULT '',
    opened_utc      TEXT NOT NULL,
    notice_number   TEXT UNIQUE,
    notice_utc      TEXT,
    bring_by        TEXT,
    case_number     TEXT UNIQUE,
    accepted_utc    TEXT,
    counted_from    TEXT,
    due_date        TEXT,
    due_provisional INTEGER NOT NULL DEFAULT 0,
    closed_utc      TEXT,
    outcome_number  TEXT UNIQUE,
    outcome_note    TEXT NOT NULL DEFAULT '',
    token           TEXT NOT NULL UNIQUE
);
CREATE INDEX service_case_open ON service_case(state, due_date);

-- The case's checklist, as it stood when the case was opened (the catalogue may change later).
CREATE TABLE case_item (
    case_id   INTEGER NOT NULL REFERENCES service_case(id),
    position  INTEGER NOT NULL,
    document  TEXT NOT NULL,
    name      TEXT NOT NULL,
    form      TEXT NOT NULL,
    count     INTEGER NOT NULL,
    condition TEXT NOT NULL DEFAULT '',
    status    TEXT NOT NULL DEFAULT 'pending'
              CHECK (status IN ('pending', 'received', 'missing', 'invalid')),
    reason    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, position)
) WITHOUT ROWID;

-- Daily sequences for case, notice, refusal and referral numbers: never reused.
CREATE TABLE number_sequence (
    business_day TEXT NOT NULL,
    kind         TEXT NOT NULL,
    last         INTEGER NOT NULL,
    PRIMARY KEY (business_day, kind)
) WITHOUT ROWID;
)sql"},
    {7, R"sql(
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
    {8, R"sql(
-- The clerk's notes on a case (checked against the forbidden phrases as typed).
ALTER TABLE service_case ADD COLUMN notes TEXT NOT NULL DEFAULT '';
-- An agent may show a passport or a travel permit as well as a resident card.
ALTER TABLE service_case ADD COLUMN agent_id_type TEXT NOT NULL DEFAULT 'resident';

-- A question the counter could not answer at once (首问负责制): its owner promises a reply by
-- reply_by (a date on the working-day calendar) and answers it, or hands it to a colleague.
CREATE TABLE inquiry (
    id            INTEGER PRIMARY KEY,
    owner         TEXT NOT NULL,
    window_number INTEGER NOT NULL DEFAULT 0,
    asked_utc     TEXT NOT NULL,
    question      TEXT NOT NULL,
    customer_name TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    reply_by      TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'answered')),
    answer        TEXT NOT NULL DEFAULT '',
    answered_by   TEXT NOT NULL DEFAULT '',
    answered_utc  TEXT,
    case_id       INTEGER REFERENCES service_case(id)
);
CREATE INDEX inquiry_open ON inquiry(state, reply_by);

-- A case's history (reprints, when it became ready) is read from the audit chain.
CREATE INDEX audit_log_subject ON audit_log(subject, action);
)sql"},
    {9, R"sql(
-- Devices paired with the hall host (counters, kiosks, displays). Only a SHA-256 hash of each
-- device's 256-bit bearer token is kept; the token itself is shown once, when it is made.
CREATE TABLE device (
    id          INTEGER PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('counter', 'kiosk', 'display')),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    token_hash  TEXT NOT NULL UNIQUE,
    created_utc TEXT NOT NULL,
    revoked_utc TEXT
);

-- The hall host's TLS identity: a self-signed certificate made at first start, and its private
-- key, which lives only here, inside the encrypted file. Clients pin the certificate's SHA-256.
CREATE TABLE host_certificate (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    certificate_pem TEXT NOT NULL,
    private_key_pem TEXT NOT NULL,
    sha256          TEXT NOT NULL,
    created_utc     TEXT NOT NULL
);
)sql"},
    {10, R"sql(
-- A station's ticket print jobs the printer could not print (paper out, offline), kept until
-- staff print them or the business day ends. Only queue tickets are kept: a ticket carries no
-- personal data (a number, a service, the status URL), and a form that may carry some is never
-- written here. station: the PC and role whose printer failed (e.g. kiosk@HALL-PC1).
-- document: the ticket as laid out (JSON), so it prints exactly as it was issued.
CREATE TABLE print_job (
    id              INTEGER PRIMARY KEY,
    station         TEXT NOT NULL,
    name            TEXT NOT NULL,
    business_day    TEXT NOT NULL,
    created_utc     TEXT NOT NULL,
    document        TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 1 CHECK (attempts >= 0),
    last_error      TEXT NOT NULL DEFAULT '',
    last_try_utc    TEXT
);
CREATE INDEX print_job_station ON print_job(station, id);
)sql"},
    {11, R"sql(
-- The signed daily log (日志): the day's figures as compiled when the manager signed, the
-- remarks, and a digest of both. A signed entry never changes; a correction is a new revision
-- that names the one it corrects.
CREATE TABLE daily_log (
    id           INTEGER PRIMARY KEY,
    business_day TEXT NOT NULL,
    revision     INTEGER NOT NULL CHECK (revision > 0),
    corrects     INTEGER REFERENCES daily_log(id),
    figures      TEXT NOT NULL,
    remarks      TEXT NOT NULL DEFAULT '',
    signed_by    TEXT NOT NULL,
    signed_utc   TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    UNIQUE (business_day, revision)
);
CREATE TRIGGER daily_log_immutable BEFORE UPDATE ON daily_log
BEGIN SELECT RAISE(ABORT, 'a signed daily log cannot be changed; add a correction'); END;
CREATE TRIGGER daily_log_kept BEFORE DELETE ON daily_log
BEGIN SELECT RAISE(ABORT, 'a signed daily log cannot be deleted'); END;

-- What happened during the day beyond the queue and the cases: incidents, equipment faults,
-- notes for the log.
CREATE TABLE day_incident (
    id           INTEGER PRIMARY KEY,
    business_day TEXT NOT NULL,
    at_utc       TEXT NOT NULL,
    reporter     TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('incident', 'equipment', 'note')),
    text         TEXT NOT NULL
);
CREATE INDEX day_incident_day ON day_incident(business_day);
)sql"},
    {12, R"sql(
-- A customer's rating of a served ticket (好差评), one per ticket. level: 5 非常满意 .. 1 非常不满意;
-- the criteria are optional levels on the same scale. The ticket's service, window and the clerk
-- who finished it are copied here so that each clerk's and service's figures are one query.
-- No personal data: the comment is the customer's free text, checked for length only.
CREATE TABLE rating (
    id              INTEGER PRIMARY KEY,
    ticket_id       INTEGER NOT NULL UNIQUE REFERENCES ticket(id),
    business_day    TEXT NOT NULL,
    rated_utc       TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('phone', 'pad')),
    level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    efficiency      INTEGER CHECK (efficiency BETWEEN 1 AND 5),
    attitude        INTEGER CHECK (attitude BETWEEN 1 AND 5),
    professionalism INTEGER CHECK (professionalism BETWEEN 1 AND 5),
    environment     INTEGER CHECK (environment BETWEEN 1 AND 5),
    comment         TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 500),
    service_code    TEXT NOT NULL,
    window_number   INTEGER NOT NULL DEFAULT 0,
    clerk           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rating_day ON rating(business_day);

-- A bad rating's rectification (整改): owned by the hall manager, due on the working-day
-- calendar; the contact with the customer and the outcome are recorded; closed only with one.
CREATE TABLE rectification (
    id            INTEGER PRIMARY KEY,
    rating_id     INTEGER NOT NULL UNIQUE REFERENCES rating(id),
    owner         TEXT NOT NULL,
    opened_utc    TEXT NOT NULL,
    due_by        TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    contact       TEXT NOT NULL DEFAULT '',
    contacted_utc TEXT,
    outcome       TEXT NOT NULL DEFAULT '',
    closed_by     TEXT NOT NULL DEFAULT '',
    closed_utc    TEXT,
    CHECK (state = 'open' OR length(outcome) > 0)
);
CREATE INDEX rectification_open ON rectification(state, due_by);

-- A complaint (投诉) from any channel, owned by whoever took it first (首问负责制), due on the
-- working-day calendar. phone is personal data: it lives only here, in the encrypted file.
-- A complaint closes only with the answer given to the customer and how (件件有回音).
CREATE TABLE complaint (
    id              INTEGER PRIMARY KEY,
    channel         TEXT NOT NULL
                    CHECK (channel IN ('counter', 'phone', 'letter', 'online', 'head_office')),
    received_utc    TEXT NOT NULL,
    owner           TEXT NOT NULL,
    complainant     TEXT NOT NULL,
    phone           TEXT NOT NULL DEFAULT '',
    matter          TEXT NOT NULL,
    staff_concerned TEXT NOT NULL DEFAULT '',
    service_code    TEXT NOT NULL DEFAULT '',
    due_by          TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    escalated_utc   TEXT,
    answer          TEXT NOT NULL DEFAULT '',
    answered_via    TEXT NOT NULL DEFAULT ''
                    CHECK (answered_via IN ('', 'phone', 'letter', 'in_person', 'sms')),
    closed_by       TEXT NOT NULL DEFAULT '',
    closed_utc      TEXT,
    CHECK (state = 'open' OR (length(answer) > 0 AND answered_via <> ''))
);
CREATE INDEX complaint_open ON complaint(state, due_by);

CREATE TABLE complaint_note (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaint(id),
    at_utc       TEXT NOT NULL,
    author       TEXT NOT NULL,
    note         TEXT NOT NULL
);
CREATE INDEX complaint_note_complaint ON complaint_note(complaint_id, id);
)sql"},
    {13, R"sql(
-- Every change to the queue first looks for tickets of earlier days still open (to expire
-- them), and the rating pad for the window's last finished ticket of the day. Through
-- ticket_open and ticket_window both read every ticket the branch ever issued, so each call
-- grew slower with every month of records; these find the open ones, or the day's, directly.
CREATE INDEX ticket_state_day ON ticket(state, business_day);
CREATE INDEX ticket_window_day ON ticket(window_number, business_day, state);
)sql"},
    {14, R"sql(
-- Appointments (预约办理, issue 13). A bookable service's slot rules: slot length, places per
-- slot, opening hours per weekday (seven ';'-separated fields, Monday first, each a ','-list of
-- HH:MM-HH:MM ranges; an empty field is closed), how many working days ahead it can be booked
-- and the cut-off before a slot. A service without a row takes no bookings.
CREATE TABLE appointment_rule (
    service_code   TEXT PRIMARY KEY,
    slot_minutes   INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 480),
    places         INTEGER NOT NULL CHECK (places BETWEEN 1 AND 1000),
    hours          TEXT NOT NULL,
    days_ahead     INTEGER NOT NULL DEFAULT 7 CHECK (days_ahead BETWEEN 0 AND 365),
    cutoff_minutes INTEGER NOT NULL DEFAULT 60 CHECK (cutoff_minutes BETWEEN 0 AND 10080)
);

-- A booking of one slot. name and phone are personal data: they live only here, in the
-- encrypted file (the audit and head office see them masked). code is what the customer types
-- or scans at check-in, token the key to the booking's page; both unguessable. slot_day is the
-- slot's date in the branch's time zone (the day's list reads it).
CREATE TABLE appointment (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    token          TEXT NOT NULL UNIQUE,
    service_code   TEXT NOT NULL,
    slot_utc       TEXT NOT NULL,
    slot_day       TEXT NOT NULL,
    name           TEXT NOT NULL,
    phone          TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('reception', 'phone', 'cli')),
    state          TEXT NOT NULL DEFAULT 'booked'
                   CHECK (state IN ('booked', 'checked_in', 'served', 'no_show', 'cancelled')),
    booked_utc     TEXT NOT NULL,
    booked_by      TEXT NOT NULL,
    changed_utc    TEXT,
    ticket_id      INTEGER REFERENCES ticket(id),
    ticket_number  TEXT NOT NULL DEFAULT '',
    CHECK (state NOT IN ('checked_in', 'served') OR ticket_id IS NOT NULL)
);
CREATE INDEX appointment_slot ON appointment(service_code, slot_utc, state);
CREATE INDEX appointment_day ON appointment(slot_day);
CREATE INDEX appointment_phone ON appointment(phone, slot_utc);
CREATE INDEX appointment_open ON appointment(state, slot_utc);
)sql"},
    // 15: a day's places for a bookable service, set by the manager when fewer windows open
    // that day; they replace the rules' places for every slot of that day. Bookings beyond
    // them are kept (never cancelled silently) and listed to be called or messaged.
    {15, R"sql(
CREATE TABLE appointment_places (
    service_code TEXT NOT NULL,
    slot_day     TEXT NOT NULL,
    places       INTEGER NOT NULL CHECK (places >= 0),
    PRIMARY KEY (service_code, slot_day)
) WITHOUT ROWID;
)sql"},
    // 16: the hall host's staff sign-ins (tokens held by counter PCs) issued before this time
    // are no longer honoured: set when an account is disabled or its password reset.
    {16, R"sql(
ALTER TABLE staff ADD COLUMN sessions_after_utc TEXT;
)sql"},
};
} // namespace

int Migrations::latestVersion()
{
    return std::end(kMigrations)[-1].version;
}

QList<int> Migrations::versions()
{
    QList<int> list;
    for (const Migration &m : kMigrations) {
        list << m.version;
    }
    return list;
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
