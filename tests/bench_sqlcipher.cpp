// Benchmark: what encryption costs, as a ratio. The app's own statements are recorded
// (sqlite3_trace_v2, with their bound values) while it works on a copy of the simulated year:
// a busy morning at the counters (tickets issued, called and finished, each one transaction
// with its audit entry and outbox event, as TicketQueue writes them) and the reads that recur
// all day (the queue snapshot the counters and displays refresh, a clerk's open cases, a
// standard-answer search, a day's log, a month's key figures). The same statements are then
// replayed through the raw SQLite API on two copies of the year's starting state: the SQLCipher
// file with its key, and a plain SQLite file exported from it (sqlcipher_export), same schema
// and rows, same pragmas as the app. Prints both and the ratio; never fails on timing.
#include "benchsupport.h"
#include "branch/branch.h"
#include "cases/caseworkflow.h"
#include "catalogue/catalogueupdate.h"
#include "core/datadir.h"
#include "database.h"
#include "hall/hallapi.h"
#include "knowledge/knowledgebase.h"
#include "queue/ticketqueue.h"
#include "reports/dailylog.h"
#include "reports/kpis.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <map>

using BenchSupport::out;

namespace
{
// One unit of the app's work: the statements it ran, with their values.
struct Op
{
    QString kind;
    QList<QByteArray> sql;
};

class Recorder
{
public:
    explicit Recorder(Database &db)
        : m_db(db.handle())
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &Recorder::callback, this);
    }
    ~Recorder() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    void begin(const QString &kind) { ops.append({kind, {}}); }
    QList<Op> ops;

private:
    static int callback(unsigned type, void *context, void *stmt, void *text)
    {
        auto *self = static_cast<Recorder *>(context);
        // Statements of trigger programs come as comments: the outer statement runs them.
        if (type != SQLITE_TRACE_STMT || self->ops.isEmpty()
            || QByteArray(static_cast<const char *>(text)).startsWith("--")) {
            return 0;
        }
        char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(stmt));
        self->ops.last().sql.append(QByteArray(expanded));
        sqlite3_free(expanded);
        return 0;
    }
    sqlite3 *m_db;
};

// A raw connection configured as Database::configure() does.
class Raw
{
public:
    Raw(const QString &path, const QByteArray &key)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        if (!key.isEmpty()) {
            sqlite3_key(m_db, key.constData(), static_cast<int>(key.size()));
        }
        for (const char *pragma : {"PRAGMA cipher_log_level = NONE", "PRAGMA busy_timeout = 5000",
                                   "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                   "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON",
                                   "PRAGMA temp_store = MEMORY"}) {
            exec(pragma);
        }
        exec("SELECT count(*) FROM sqlite_schema"); // derives the key: not timed
    }
    ~Raw() { sqlite3_close_v2(m_db); }
    Raw(const Raw &) = delete;
    Raw &operator=(const Raw &) = delete;

    // Runs every statement of the op; throws with the first error.
    void run(const Op &op)
    {
        for (const QByteArray &sql : op.sql) {
            exec(sql.constData());
        }
    }
    void exec(const char *sql)
    {
        char *err = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            const std::string message = std::string(err ? err : "?") + " in: " + sql;
            sqlite3_free(err);
            throw std::runtime_error(message);
        }
    }
    qint64 one(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr);
        const qint64 v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
        sqlite3_finalize(s);
        return v;
    }

private:
    sqlite3 *m_db = nullptr;
};

bool copyBranch(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QString src = DataDir::databasePath(from);
    const QString dst = DataDir::databasePath(to);
    bool ok = QFile::copy(src, dst);
    if (QFile::exists(src + QStringLiteral("-wal"))) {
        ok = ok && QFile::copy(src + QStringLiteral("-wal"), dst + QStringLiteral("-wal"));
    }
    return ok;
}

QByteArray header(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.read(16);
}

struct Timings
{
    std::map<QString, QList<double>> ms; // by op kind
    double totalMs = 0;
};

// Each op on one file then the other, so that the shared machine's load falls on both alike.
std::pair<Timings, Timings> replay(Raw &cipher, Raw &plain, const QList<Op> &ops, int repeat)
{
    std::pair<Timings, Timings> t;
    QElapsedTimer timer;
    for (int r = 0; r < repeat; ++r) {
        for (const Op &op : ops) {
            for (auto [db, into] : {std::pair{&cipher, &t.first}, std::pair{&plain, &t.second}}) {
                timer.start();
                db->run(op);
                const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                into->ms[op.kind] << ms;
                into->totalMs += ms;
            }
        }
    }
    return t;
}

double p50(const QList<double> &v)
{
    QList<double> s = v;
    std::sort(s.begin(), s.end());
    return s.isEmpty() ? 0 : s.at(s.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    const BenchSupport::Year year = BenchSupport::year(&error);
    if (year.dir.isEmpty()) {
        out() << "bench_sqlcipher: " << error << Qt::endl;
        return 1;
    }
    QTemporaryDir tmp;
    const QString recorded = tmp.filePath(QStringLiteral("recorded"));
    const QString keyed = tmp.filePath(QStringLiteral("keyed"));
    const QString plainFile = tmp.filePath(QStringLiteral("plain.db"));
    if (!copyBranch(year.dir, recorded) || !copyBranch(year.dir, keyed)) {
        out() << "bench_sqlcipher: cannot copy the year's branch" << Qt::endl;
        return 1;
    }
    const QByteArray key = TestSupport::passphrase();
    try {
        // The plain copy: SQLCipher's own export into a file attached with an empty key.
        {
            Raw source(DataDir::databasePath(keyed), key);
            QByteArray attach =
                "ATTACH DATABASE '" + QFile::encodeName(plainFile) + "' AS plain KEY ''";
            source.exec(attach.constData());
            source.exec("SELECT sqlcipher_export('plain')");
            source.exec(QByteArray("PRAGMA plain.user_version = "
                                   + QByteArray::number(source.one("PRAGMA user_version")))
                            .constData());
            source.exec("DETACH DATABASE plain");
        }
        // The statically linked SQLCipher opens the plain file when no key is given.
        Raw check(plainFile, {});
        Raw checkKeyed(DataDir::databasePath(keyed), key);
        const qint64 rows = check.one("SELECT count(*) FROM ticket");
        if (header(plainFile) != QByteArrayLiteral("SQLite format 3\0")
            || header(DataDir::databasePath(keyed)).startsWith("SQLite format")
            || rows != checkKeyed.one("SELECT count(*) FROM ticket") || rows <= 0) {
            out() << "bench_sqlcipher: the plain copy is not a plain copy of the branch"
                  << Qt::endl;
            return 1;
        }
        out() << "Same data in both files (" << rows << " tickets of the simulated year): "
              << "SQLCipher " << QFileInfo(DataDir::databasePath(keyed)).size() / (1024 * 1024)
              << " MiB with its key, plain SQLite " << QFileInfo(plainFile).size() / (1024 * 1024)
              << " MiB opened with no key (header 'SQLite format 3': verified)." << Qt::endl;
    } catch (const std::exception &e) {
        out() << "bench_sqlcipher: " << e.what() << Qt::endl;
        return 1;
    }

    // Record the app at work on the third copy.
    QList<Op> writes;
    QList<Op> reads;
    {
        auto branch = Branch::open(recorded, key);
        const std::optional<Catalogue> catalogue = CatalogueUpdate::current(*branch);
        TicketQueue queue(*branch);
        HallApi api(*branch);
        Recorder recorder(branch->database());
        const QStringList services{QStringLiteral("INS-CL-MEDICAL"),
                                   QStringLiteral("INS-BQ-CONTACT"),
                                   QStringLiteral("BANK-CARD-LOSS"), QStringLiteral("PWR-PAYMENT"),
                                   QStringLiteral("GEN-CONSULT")};
        // 300 tickets: issued, and from the 20th on every issue is followed by a call and a
        // finish at the next window.
        int window = 0;
        for (int i = 0; i < 300; ++i) {
            recorder.begin(QStringLiteral("issue"));
            TicketQueue::IssueRequest request;
            request.serviceCode = services.at(i % services.size());
            queue.issue(request, QStringLiteral("kiosk"));
            if (i >= 20) {
                window = window % 6 + 1;
                recorder.begin(QStringLiteral("call-next"));
                const auto called = queue.callNext(window, QStringLiteral("limin"));
                recorder.begin(QStringLiteral("finish"));
                if (called.ok()) {
                    queue.finish(window, QStringLiteral("limin"));
                }
            }
        }
        writes = recorder.ops;
        recorder.ops.clear();
        const QDate day = year.workingDays.at(year.workingDays.size() / 2);
        const QDate month(day.year(), day.month(), 1);
        DailyLog log(*branch, &*catalogue);
        CaseWorkflow cases(*branch, *catalogue);
        KnowledgeBase kb(branch->database());
        Session clerk;
        clerk.login = QStringLiteral("limin");
        recorder.begin(QStringLiteral("queue snapshot (counters, displays)"));
        api.queueSnapshot();
        recorder.begin(QStringLiteral("a clerk's open cases"));
        cases.list(clerk, CaseWorkflow::Scope::Mine);
        recorder.begin(QStringLiteral("standard answers: 3-character search"));
        kb.search(QString::fromUtf8("身份证"));
        recorder.begin(QStringLiteral("a day's log, compiled"));
        log.compile(day);
        recorder.begin(QStringLiteral("a month's key figures (HallKpis)"));
        HallKpis(*branch).compute(month, month.addMonths(1).addDays(-1));
        reads = recorder.ops;
    }
    qsizetype statements = 0;
    for (const Op &op : writes) {
        statements += op.sql.size();
    }

    out() << "\nReplayed through the raw SQLite API (same statements and values as the app, WAL, "
             "synchronous NORMAL, secure_delete, default 2 MB page cache, warm OS cache):"
          << Qt::endl;
    try {
        Raw cipher(DataDir::databasePath(keyed), key);
        Raw plain(plainFile, {});
        const auto [wc, wp] = replay(cipher, plain, writes, 1);
        out() << QStringLiteral("  writes: %1 transactions (%2 statements): SQLCipher %3 ms, "
                                "plain %4 ms, ratio x%5")
                     .arg(writes.size())
                     .arg(statements)
                     .arg(wc.totalMs, 0, 'f', 0)
                     .arg(wp.totalMs, 0, 'f', 0)
                     .arg(wc.totalMs / wp.totalMs, 0, 'f', 2)
              << Qt::endl;
        for (const auto &[kind, ms] : wc.ms) {
            out() << QStringLiteral("    %1: p50 %2 ms vs %3 ms plain (x%4)")
                         .arg(kind)
                         .arg(p50(ms), 0, 'f', 2)
                         .arg(p50(wp.ms.at(kind)), 0, 'f', 2)
                         .arg(p50(ms) / p50(wp.ms.at(kind)), 0, 'f', 2)
                  << Qt::endl;
        }
        constexpr int Repeat = 10;
        const auto [rc, rp] = replay(cipher, plain, reads, Repeat);
        out() << QStringLiteral(
                     "  reads: the mix %1 times: SQLCipher %2 ms, plain %3 ms, ratio x%4")
                     .arg(Repeat)
                     .arg(rc.totalMs, 0, 'f', 0)
                     .arg(rp.totalMs, 0, 'f', 0)
                     .arg(rc.totalMs / rp.totalMs, 0, 'f', 2)
              << Qt::endl;
        for (const Op &op : reads) {
            const QList<double> &c = rc.ms.at(op.kind);
            const QList<double> &p = rp.ms.at(op.kind);
            out() << QStringLiteral("    %1 (%2 statements): p50 %3 ms vs %4 ms plain (x%5)")
                         .arg(op.kind)
                         .arg(op.sql.size())
                         .arg(p50(c), 0, 'f', 2)
                         .arg(p50(p), 0, 'f', 2)
                         .arg(p50(c) / p50(p), 0, 'f', 2)
                  << Qt::endl;
        }
        // The same writes leave the same rows in both files.
        for (const char *digest :
             {"SELECT count(*) FROM ticket", "SELECT sum(id) FROM ticket WHERE state = 'done'",
              "SELECT max(seq) FROM audit_log", "SELECT count(*) FROM outbox"}) {
            if (cipher.one(digest) != plain.one(digest)) {
                out() << "bench_sqlcipher: the two files differ after the replay: " << digest
                      << Qt::endl;
                return 1;
            }
        }
    } catch (const std::exception &e) {
        out() << "bench_sqlcipher: replay failed: " << e.what() << Qt::endl;
        return 1;
    }
    return 0;
}
