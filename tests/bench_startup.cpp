// Benchmark: cold start of the real counterdesk executable (QT_QPA_PLATFORM=offscreen) on a
// branch holding 1,000,000 cases. The branch is generated once (bulk inserts through the real
// schema, cached in the build folder's bench-data) and started N times: process start -> the
// sign-in dialog shown and idle (branch opened and keyed, main window built), and, with --user,
// sign-in -> the main window usable (serve page, queue and standard answers shown and idle),
// read from the app's COUNTERDESK_STARTUP_PROBE file. Then what start-up reads is timed
// in-process, query by query, and the case list a clerk opens next. Prints; never fails on
// timing.
#include "auditstore.h"
#include "benchsupport.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "branchstore.h"
#include "caselistwindow.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "core/datadir.h"
#include "database.h"
#include "guitestsupport.h"
#include "hall/hallapi.h"
#include "halltestsupport.h"
#include "mainwindow.h"
#include "managerconsole.h"
#include "outboxstore.h"
#include "queue/ticket.h"
#include "queue/ticketqueue.h"
#include "staff/staffdirectory.h"
#include "testsupport.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <sqlite3.h>

#include <chrono>
#include <map>

using BenchSupport::out;

namespace
{
constexpr int CasesPerDay = 250;
const QTimeZone Beijing("Asia/Shanghai");

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A time as Clock::isoUtc writes it: the day (UTC) and the seconds after its midnight. Working
// hours in Beijing (UTC+8) fall on the same UTC date. Cheaper than zoned QDateTime arithmetic,
// which made most of the generation's time.
QString iso(const QString &dayIso, int secs)
{
    return dayIso
           + QString::asprintf("T%02d:%02d:%02d.000Z", secs / 3600, secs / 60 % 60, secs % 60);
}

// The audit chain as AuditChain::append writes it (same hashes and anchors), in bulk.
class BulkAudit
{
public:
    explicit BulkAudit(Database &db)
        : m_db(db)
        , m_insert(db.prepare("INSERT INTO audit_log (seq, at_utc, business_day, actor, action, "
                              "subject, payload, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)"))
        , m_anchor(db.prepare("INSERT INTO audit_anchor (business_day, first_seq, prev_hash, "
                              "anchor_hash) VALUES (?,?,?,?)"))
        , m_outbox(db.prepare("INSERT INTO outbox (created_utc, kind, payload, audit_seq, "
                              "acked_utc) VALUES (?,?,?,?,?)"))
    {
        const auto last = AuditStore(db).last();
        m_seq = last ? last->seq : 0;
        m_day = last ? last->businessDay : QString();
        m_hash = last ? last->hash : AuditChain::genesisHash();
    }
    // An entry and its outbox event, already acknowledged by head office that night.
    void append(const QString &day, int secs, const QString &actor, const QString &action,
                const QString &subject, const QJsonObject &payload)
    {
        AuditRow row;
        row.seq = ++m_seq;
        row.atUtc = iso(day, secs);
        row.businessDay = day;
        row.actor = actor;
        row.action = action;
        row.subject = subject;
        row.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        if (row.businessDay != m_day) {
            const QString anchor = AuditChain::anchorHash(row.businessDay, m_hash);
            m_anchor.bind(1, row.businessDay).bind(2, row.seq).bind(3, m_hash).bind(4, anchor);
            m_anchor.run();
            m_anchor.reset();
            row.prevHash = anchor;
            m_day = row.businessDay;
        } else {
            row.prevHash = m_hash;
        }
        row.hash = AuditChain::entryHash(row);
        m_hash = row.hash;
        m_insert.bind(1, row.seq)
            .bind(2, row.atUtc)
            .bind(3, row.businessDay)
            .bind(4, row.actor)
            .bind(5, row.action)
            .bind(6, row.subject)
            .bind(7, row.payload)
            .bind(8, row.prevHash)
            .bind(9, row.hash);
        m_insert.run();
        m_insert.reset();
        const QJsonObject envelope{{QStringLiteral("auditSeq"), row.seq},
                                   {QStringLiteral("at"), row.atUtc},
                                   {QStringLiteral("actor"), actor},
                                   {QStringLiteral("subject"), subject},
                                   {QStringLiteral("payload"), payload}};
        m_outbox.bind(1, row.atUtc)
            .bind(2, action)
            .bind(3, QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact)))
            .bind(4, row.seq)
            .bind(5, iso(day, 14 * 3600)); // the nightly sync, 22:00 in Beijing
        m_outbox.run();
        m_outbox.reset();
    }
    qint64 entries() const { return m_seq; }

private:
    Database &m_db;
    Statement m_insert;
    Statement m_anchor;
    Statement m_outbox;
    qint64 m_seq = 0;
    QString m_day;
    QString m_hash;
};

// The demo branch, born on the first day, then `cases` cases over the working days (Monday to
// Friday) before `end`, CasesPerDay a day: each with its ticket (done), its customer, its
// checklist (all received), two audit entries (opened; accepted, noticed or refused…) and their
// outbox events. Cases of the last 25 working days are still running; of the older ones ~1%
// wait for documents that never came, the rest are closed, refused, referred or cancelled.
void generate(const QString &dir, int cases, const QDate &end)
{
    QList<QDate> days;
    for (QDate d = end.addDays(-1); days.size() * CasesPerDay < cases; d = d.addDays(-1)) {
        if (d.dayOfWeek() <= 5) {
            days.prepend(d);
        }
    }
    Clock::setTestNow(QDateTime(days.first(), QTime(7, 30), Beijing));
    auto branch =
        Branch::create(dir, TestSupport::passphrase(),
                       {DemoData::branchCode(), DemoData::branchName()}, QStringLiteral("setup"));
    DemoData::populate(*branch, QStringLiteral("setup"));
    Clock::setTestNow({});
    const std::optional<Catalogue> catalogue = CatalogueUpdate::current(*branch);
    QList<const Service *> services;
    for (const Service &s : catalogue->services()) {
        if (!s.checklist.isEmpty()) {
            services << &s;
        }
    }
    Database &db = branch->database();
    // This connection only, while generating: 1 GB of cache and no journal (each page written
    // once, not to the WAL and again at the checkpoint). A failed generation is thrown away.
    db.checkpoint();
    db.exec("PRAGMA cache_size = -1000000");
    db.exec("PRAGMA journal_mode = OFF");
    db.exec("PRAGMA synchronous = OFF");

    Statement ticket = db.prepare(
        "INSERT INTO ticket (business_day, prefix, seq, number, service_code, token, state, "
        "issued_utc, fair_since_utc, window_number, call_count, first_called_utc, "
        "last_called_utc, serving_utc, finished_utc, service_seconds) "
        "VALUES (?,?,?,?,?,?,'done',?,?,?,1,?,?,?,?,?)");
    Statement customer = db.prepare("INSERT INTO customer (name, id_type, id_number, phone, "
                                    "created_utc) VALUES (?,'resident',?,?,?)");
    Statement serviceCase = db.prepare(
        "INSERT INTO service_case (id, service_code, customer_id, state, owner, window_number, "
        "ticket_number, opened_utc, notice_number, notice_utc, bring_by, case_number, "
        "accepted_utc, counted_from, due_date, closed_utc, outcome_number, outcome_note, token) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement item = db.prepare("INSERT INTO case_item (case_id, position, document, name, form, "
                                "count, condition, status) VALUES (?,?,?,?,?,?,'','received')");
    BulkAudit audit(db);
    QRandomGenerator random(20260311);
    BenchSupport::People people(random);
    const QStringList owners{QStringLiteral("limin"), QStringLiteral("zhangwei"),
                             QStringLiteral("wangli")};
    const QString code = branch->info().code;
    qint64 caseId = db.queryInt("SELECT coalesce(max(id), 0) FROM service_case");
    QElapsedTimer timer;
    timer.start();
    const int batch = 100; // days per transaction
    for (int first = 0; first < days.size(); first += batch) {
        db.transaction([&] {
            for (int di = first; di < std::min<int>(first + batch, days.size()); ++di) {
                const QDate day = days.at(di);
                const int age = static_cast<int>(days.size()) - di; // working days ago
                const QString dayIso = day.toString(Qt::ISODate);
                const QString ymd = day.toString(QStringLiteral("yyyyMMdd"));
                std::map<QChar, int> seqs;
                int caseNo = 0;
                int noticeNo = 0;
                int refusalNo = 0;
                int transferNo = 0;
                const int today = std::min<int>(CasesPerDay, cases - di * CasesPerDay);
                for (int i = 0; i < today; ++i) {
                    const Service &s = *services.at(random.bounded(int(services.size())));
                    const int window = 1 + random.bounded(6);
                    const QString owner = owners.at(random.bounded(int(owners.size())));
                    // Seconds after midnight UTC: 08:30 in Beijing is 00:30 UTC.
                    const int issued = 1800 + i * 120 + random.bounded(60);
                    const int called = issued + 60 + random.bounded(1500);
                    const int serviceSeconds = 240 + random.bounded(900);
                    const int finished = called + 20 + serviceSeconds;
                    const QString prefix = s.queuePrefix;
                    const int seq = ++seqs[s.queuePrefix];
                    const QString number = Ticket::formatNumber(prefix, seq);
                    ticket.bind(1, dayIso)
                        .bind(2, prefix)
                        .bind(3, seq)
                        .bind(4, number)
                        .bind(5, s.code)
                        .bind(6, people.token())
                        .bind(7, iso(dayIso, issued))
                        .bind(8, iso(dayIso, issued))
                        .bind(9, window)
                        .bind(10, iso(dayIso, called))
                        .bind(11, iso(dayIso, called))
                        .bind(12, iso(dayIso, called + 20))
                        .bind(13, iso(dayIso, finished))
                        .bind(14, serviceSeconds);
                    ticket.run();
                    ticket.reset();

                    const int opened = called + 30;
                    customer.bind(1, people.name())
                        .bind(2, people.residentId())
                        .bind(3, people.phone())
                        .bind(4, iso(dayIso, opened));
                    customer.run();
                    customer.reset();
                    const qint64 customerId = sqlite3_last_insert_rowid(db.handle());

                    // The outcome at the counter, then what became of it since.
                    const int decided = finished - 30;
                    const int roll = random.bounded(100);
                    QString state;
                    QString notice;
                    QString caseNumber;
                    QString outcome;
                    QString action;
                    QDate due = day.addDays(7 + random.bounded(14));
                    if (roll < 6 || (roll < 7 && age > 25)) {
                        notice = QStringLiteral("%1-N-%2-%3")
                                     .arg(code, ymd)
                                     .arg(++noticeNo, 4, 10, QLatin1Char('0'));
                    }
                    if (roll == 6 && age > 25) {
                        state = QStringLiteral("awaiting_documents"); // never came back
                        action = QStringLiteral("case.notice");
                    } else if (roll >= 92 && roll < 95) {
                        state = QStringLiteral("refused");
                        outcome = QStringLiteral("%1-R-%2-%3")
                                      .arg(code, ymd)
                                      .arg(++refusalNo, 4, 10, QLatin1Char('0'));
                        action = QStringLiteral("case.refuse");
                    } else if (roll >= 95 && roll < 98) {
                        state = QStringLiteral("referred");
                        outcome = QStringLiteral("%1-T-%2-%3")
                                      .arg(code, ymd)
                                      .arg(++transferNo, 4, 10, QLatin1Char('0'));
                        action = QStringLiteral("case.refer");
                    } else {
                        caseNumber = QStringLiteral("%1-%2-%3")
                                         .arg(code, ymd)
                                         .arg(++caseNo, 4, 10, QLatin1Char('0'));
                        action = QStringLiteral("case.accept");
                        state = roll >= 98 ? QStringLiteral("cancelled")
                                : age > 25 ? QStringLiteral("closed")
                                : age > 15 ? QStringLiteral("collected")
                                : age > 8  ? QStringLiteral("ready")
                                : age > 3  ? QStringLiteral("processing")
                                           : QStringLiteral("accepted");
                    }
                    const bool closed = state == QLatin1String("closed")
                                        || state == QLatin1String("refused")
                                        || state == QLatin1String("referred")
                                        || state == QLatin1String("cancelled");
                    ++caseId;
                    serviceCase.bind(1, caseId)
                        .bind(2, s.code)
                        .bind(3, customerId)
                        .bind(4, state)
                        .bind(5, owner)
                        .bind(6, window)
                        .bind(7, number)
                        .bind(8, iso(dayIso, opened));
                    auto optional = [&](int index, const QString &value) {
                        value.isEmpty() ? serviceCase.bindNull(index)
                                        : serviceCase.bind(index, value);
                    };
                    optional(9, notice);
                    optional(10, notice.isEmpty() ? QString() : iso(dayIso, decided));
                    optional(11,
                             notice.isEmpty() ? QString() : day.addDays(30).toString(Qt::ISODate));
                    optional(12, caseNumber);
                    optional(13, caseNumber.isEmpty() ? QString() : iso(dayIso, decided));
                    optional(14, caseNumber.isEmpty() ? QString() : dayIso);
                    optional(15, caseNumber.isEmpty() ? QString() : due.toString(Qt::ISODate));
                    optional(16, !closed ? QString()
                                 : caseNumber.isEmpty()
                                     ? iso(dayIso, decided)
                                     : iso(due.toString(Qt::ISODate), 7 * 3600)); // 15:00
                    optional(17, outcome);
                    serviceCase.bind(18, QString()).bind(19, people.token());
                    serviceCase.run();
                    serviceCase.reset();
                    int position = 0;
                    for (const ChecklistItem &c : s.checklist) {
                        const QString name = catalogue->documents().value(c.document).zhCN;
                        item.bind(1, caseId)
                            .bind(2, ++position)
                            .bind(3, c.document)
                            .bind(4, name.isEmpty() ? c.document : name)
                            .bind(5, QStringLiteral("original"))
                            .bind(6, c.count);
                        item.run();
                        item.reset();
                    }
                    const QString subject = QStringLiteral("case:%1").arg(caseId);
                    audit.append(dayIso, opened, owner, QStringLiteral("case.open"), subject,
                                 {{QStringLiteral("service"), s.code},
                                  {QStringLiteral("customer"), QStringLiteral("**")},
                                  {QStringLiteral("ticket"), number},
                                  {QStringLiteral("window"), window}});
                    audit.append(
                        dayIso, decided, owner, action, subject,
                        caseNumber.isEmpty()
                            ? QJsonObject{{QStringLiteral("number"),
                                           notice.isEmpty() ? outcome : notice}}
                            : QJsonObject{{QStringLiteral("number"), caseNumber},
                                          {QStringLiteral("due"), due.toString(Qt::ISODate)},
                                          {QStringLiteral("provisional"), false}});
                }
            }
        });
        if ((first / batch) % 8 == 7) {
            out() << "  " << std::min<qint64>(caseId, cases) << " cases, " << timer.elapsed() / 1000
                  << " s" << Qt::endl;
        }
    }
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
}

// The counterdesk this build made, or BENCH_STARTUP_GUI (another build of it, for a before and
// after comparison on the same branch).
QString gui()
{
    const QString other = qEnvironmentVariable("BENCH_STARTUP_GUI");
    return other.isEmpty() ? QStringLiteral(COUNTERDESK_GUI_PATH) : other;
}

struct Marks
{
    std::map<QString, double> ms; // event -> milliseconds after the process was started
    qint64 rssKiB = 0;            // when the last event was seen
    qint64 hwmKiB = 0;
    QString error;
};

// Starts the real counterdesk on the branch and waits for the probe's `until` event.
Marks startApp(const QString &dir, bool signIn)
{
    Marks marks;
    QTemporaryDir tmp;
    const QString probe = tmp.filePath(QStringLiteral("probe.txt"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("COUNTERDESK_PASSPHRASE"),
               QString::fromUtf8(TestSupport::passphrase()));
    env.insert(QStringLiteral("COUNTERDESK_STAFF_PASSWORD"), DemoData::staffPassword());
    env.insert(QStringLiteral("COUNTERDESK_STARTUP_PROBE"), probe);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.setStandardOutputFile(tmp.filePath(QStringLiteral("out.txt")));
    p.setStandardErrorFile(tmp.filePath(QStringLiteral("err.txt")));
    QStringList args{QStringLiteral("--data-dir"), dir, QStringLiteral("--lang"),
                     QStringLiteral("zh_CN")};
    if (signIn) {
        args << QStringLiteral("--user") << QStringLiteral("limin") << QStringLiteral("--window")
             << QStringLiteral("2");
    }
    const QString until = signIn ? QStringLiteral("usable") : QStringLiteral("login-shown");
    const qint64 t0 = monotonicNs();
    p.start(gui(), args);
    QElapsedTimer waited;
    waited.start();
    while (!marks.ms.count(until)) {
        if (p.waitForFinished(2) || waited.elapsed() > 120000) {
            QFile err(tmp.filePath(QStringLiteral("err.txt")));
            err.open(QIODevice::ReadOnly);
            marks.error = QStringLiteral("counterdesk %1 before '%2': %3")
                              .arg(p.state() == QProcess::NotRunning ? QStringLiteral("ended")
                                                                     : QStringLiteral("timed out"),
                                   until, QString::fromUtf8(err.readAll()));
            break;
        }
        QFile file(probe);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QList<QByteArray> f = line.split(' ');
                if (f.size() == 2) {
                    marks.ms[QString::fromLatin1(f.at(0))] =
                        static_cast<double>(f.at(1).toLongLong() - t0) / 1e6;
                }
            }
        }
    }
    marks.rssKiB = BenchSupport::procStatusKiB(p.processId(), "VmRSS");
    marks.hwmKiB = BenchSupport::procStatusKiB(p.processId(), "VmHWM");
    p.terminate();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
    }
    return marks;
}

QString median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? QStringLiteral("-")
                       : QStringLiteral("%1 ms (%2-%3)")
                             .arg(v.at(v.size() / 2), 0, 'f', 0)
                             .arg(v.first(), 0, 'f', 0)
                             .arg(v.last(), 0, 'f', 0);
}

// Every statement a connection runs, with its time (SQLITE_TRACE_PROFILE).
class SqlTrace
{
public:
    explicit SqlTrace(Database &db)
        : m_db(db.handle())
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_PROFILE, &SqlTrace::callback, this);
    }
    ~SqlTrace() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    // The statements that took at least minMs in all, slowest first, and the total.
    void print(const QString &what, double wallMs, double minMs = 2.0) const
    {
        double total = 0;
        std::map<QString, std::pair<double, int>> bySql;
        for (const auto &[sql, ms] : m_runs) {
            total += ms;
            bySql[sql].first += ms;
            bySql[sql].second += 1;
        }
        std::vector<std::pair<double, QString>> slow;
        for (const auto &[sql, t] : bySql) {
            if (t.first >= minMs) {
                slow.emplace_back(t.first, QStringLiteral("%1 ms  x%2  %3")
                                               .arg(t.first, 7, 'f', 1)
                                               .arg(t.second)
                                               .arg(sql.simplified().left(150)));
            }
        }
        std::sort(slow.rbegin(), slow.rend());
        out() << QStringLiteral("%1: %2 ms wall, %3 statements, %4 ms in SQL")
                     .arg(what)
                     .arg(wallMs, 0, 'f', 0)
                     .arg(m_runs.size())
                     .arg(total, 0, 'f', 0)
              << Qt::endl;
        for (const auto &line : slow) {
            out() << "    " << line.second << Qt::endl;
        }
    }

private:
    static int callback(unsigned type, void *context, void *stmt, void *ns)
    {
        if (type == SQLITE_TRACE_PROFILE) {
            auto *self = static_cast<SqlTrace *>(context);
            self->m_runs.emplace_back(
                QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(stmt))),
                static_cast<double>(*static_cast<qint64 *>(ns)) / 1e6);
        }
        return 0;
    }
    sqlite3 *m_db;
    std::vector<std::pair<QString, double>> m_runs;
};

double sinceMs(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const GuiTestSupport::ChineseUi chinese; // the app's zh_CN screens and CJK font
    const int cases = qEnvironmentVariableIntValue("BENCH_STARTUP_CASES") > 0
                          ? qEnvironmentVariableIntValue("BENCH_STARTUP_CASES")
                          : 1000000;
    const int runs = qEnvironmentVariableIntValue("BENCH_STARTUP_RUNS") > 0
                         ? qEnvironmentVariableIntValue("BENCH_STARTUP_RUNS")
                         : 7;
    const QString dir = BenchSupport::cacheDir(QStringLiteral("startup-%1").arg(cases));
    const QString file = DataDir::databasePath(dir);
    if (!QFile::exists(file)) {
        const QString making = dir + QStringLiteral(".creating");
        QDir(making).removeRecursively();
        out() << "Generating a branch with " << cases << " cases into "
              << QDir::toNativeSeparators(dir) << " (once; later runs reuse it)..." << Qt::endl;
        QElapsedTimer t;
        t.start();
        try {
            generate(making, cases, QDate::currentDate());
        } catch (const DbException &e) {
            out() << "bench_startup: generating failed: " << e.error().message << Qt::endl;
            return 1;
        }
        if (!QDir().rename(making, dir)) {
            out() << "bench_startup: cannot rename " << making << Qt::endl;
            return 1;
        }
        out() << "  generated in " << t.elapsed() / 1000 << " s" << Qt::endl;
    }
    if (QCoreApplication::arguments().contains(QStringLiteral("--prepare"))) {
        return 0; // scripts/bench makes the data sets side by side before the benchmarks run
    }
    const Session clerk = [&] {
        auto branch = Branch::open(dir, TestSupport::passphrase());
        Database &db = branch->database();
        out() << "Branch: " << db.queryInt("SELECT max(id) FROM service_case") << " cases, "
              << db.queryInt("SELECT max(id) FROM ticket") << " tickets, "
              << db.queryInt("SELECT max(id) FROM customer") << " customers, "
              << db.queryInt("SELECT max(seq) FROM audit_log") << " audit entries; "
              << QFileInfo(file).size() / (1024 * 1024) << " MiB encrypted (SQLCipher "
              << db.cipherVersion() << ")" << Qt::endl;
        // Morning: twenty customers already wait (issued once a day, through the queue).
        TicketQueue queue(*branch);
        if (queue.waiting().isEmpty()) {
            const QStringList services{QStringLiteral("INS-CL-MEDICAL"),
                                       QStringLiteral("INS-BQ-CONTACT"),
                                       QStringLiteral("BANK-CARD-LOSS")};
            for (int i = 0; i < 20; ++i) {
                TicketQueue::IssueRequest request;
                request.serviceCode = services.at(i % services.size());
                queue.issue(request, QStringLiteral("kiosk"));
            }
        }
        return *StaffDirectory(*branch)
                    .signIn(QStringLiteral("limin"), DemoData::staffPassword(), 2)
                    .session;
    }();

    out() << "\nCold start of counterdesk (offscreen, process start to the event, warm OS "
             "cache), "
          << runs << " runs each, median (min-max):" << Qt::endl;
    std::map<QString, QList<double>> a;
    QList<double> signInToUsable;
    QList<double> startToUsable;
    QList<double> loginRss;
    QList<double> usableRss;
    QList<double> usableHwm;
    for (int i = 0; i < runs; ++i) {
        const Marks login = startApp(dir, false);
        const Marks user = startApp(dir, true);
        for (const Marks &m : {login, user}) {
            if (!m.error.isEmpty()) {
                out() << "bench_startup: " << m.error << Qt::endl;
                return 1;
            }
        }
        for (const auto &[event, ms] : login.ms) {
            a[event] << ms;
        }
        signInToUsable << user.ms.at(QStringLiteral("usable"))
                              - user.ms.at(QStringLiteral("sign-in"));
        startToUsable << user.ms.at(QStringLiteral("usable"));
        loginRss << static_cast<double>(login.rssKiB) / 1024.0;
        usableRss << static_cast<double>(user.rssKiB) / 1024.0;
        usableHwm << static_cast<double>(user.hwmKiB) / 1024.0;
    }
    out() << "  QApplication constructed:               " << median(a[QStringLiteral("app")])
          << "\n  branch open (key derived, schema read): "
          << median(a[QStringLiteral("branch-open")])
          << "\n  main window built and shown:            "
          << median(a[QStringLiteral("main-window")])
          << "\n  sign-in dialog shown, event loop idle:  "
          << median(a[QStringLiteral("login-shown")])
          << "\n  sign-in (--user) -> main window usable: " << median(signInToUsable)
          << "\n    (password check, serve page, queue and standard answers shown, idle)"
          << "\n  process start -> usable, with --user:   " << median(startToUsable)
          << QStringLiteral("\n  resident memory: %1 MiB at the sign-in dialog, %2 MiB usable "
                            "(peak %3 MiB: the sign-in's Argon2id)")
                 .arg(HallTest::percentile(loginRss, 50), 0, 'f', 0)
                 .arg(HallTest::percentile(usableRss, 50), 0, 'f', 0)
                 .arg(HallTest::percentile(usableHwm, 50), 0, 'f', 0)
          << Qt::endl;

    // The same start-up in this process, statement by statement: does any of it read all cases?
    out() << "\nWhat start-up reads (in-process, a fresh connection, every statement timed):"
          << Qt::endl;
    {
        auto branch = Branch::open(dir, TestSupport::passphrase());
        Database &db = branch->database();
        auto trace = std::make_unique<SqlTrace>(db);
        QElapsedTimer t;
        t.start();
        MainWindow window(std::move(branch));
        window.resize(1366, 768);
        window.show();
        QCoreApplication::processEvents();
        trace->print(QStringLiteral("  main window (branch overview)"), sinceMs(t));
        trace.reset(); // before the next one: each detaches itself when destroyed
        trace = std::make_unique<SqlTrace>(window.branch().database());
        t.start();
        window.startSession(clerk);
        QCoreApplication::processEvents();
        trace->print(QStringLiteral("  sign-in -> serve page and queue"), sinceMs(t));

        // What a clerk and a manager open next.
        const std::optional<Catalogue> catalogue = CatalogueUpdate::current(window.branch());
        trace.reset(); // before the next one: each detaches itself when destroyed
        trace = std::make_unique<SqlTrace>(window.branch().database());
        t.start();
        {
            CaseListWindow list(window.branch(), *catalogue, clerk, &window);
            trace->print(QStringLiteral("  Cases > case list (my open cases)"), sinceMs(t));
        }
        const Session manager = *StaffDirectory(window.branch())
                                     .signIn(QStringLiteral("wangli"), DemoData::staffPassword(), 0)
                                     .session;
        trace.reset();
        trace = std::make_unique<SqlTrace>(window.branch().database());
        t.start();
        {
            ManagerConsole console(window.branch(), &*catalogue, manager, &window);
            trace->print(QStringLiteral("  Reports > manager's console (it refreshes every 3 s)"),
                         sinceMs(t));
        }
    }
    return 0;
}
