#include "hqcommandline.h"

#include "branchregistry.h"
#include "core/servicerunner.h"
#include "crypto/ed25519.h"
#include "hqapi.h"
#include "hqcertificatefiles.h"
#include "hqdatabase.h"
#include "hqkeyfile.h"
#include "hqmigrations.h"
#include "hqserver.h"
#include "monthlyreport.h"
#include "publisher.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

QTextStream &HqCommandLine::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &HqCommandLine::err()
{
    static QTextStream s(stderr);
    return s;
}

int HqCommandLine::usage(int code)
{
    QTextStream &o = code == Ok ? out() : err();
    o << tr("Usage:") << '\n'
      << "  counterdesk-hq [serve] --pg CONNINFO --listen ADDR:PORT --key FILE [--state-dir DIR]\n"
      << "  counterdesk-hq branch add CODE --public-key BASE64 [--name NAME] --pg CONNINFO\n"
      << "  counterdesk-hq branch list --pg CONNINFO\n"
      << "  counterdesk-hq branch revoke CODE --pg CONNINFO\n"
      << "  counterdesk-hq publish catalogue FILE.json --key FILE --pg CONNINFO\n"
      << "  counterdesk-hq publish calendar FILE.tsv --version N --key FILE --pg CONNINFO\n"
      << "  counterdesk-hq report monthly --month YYYY-MM [--csv FILE] [--time-zone TZ] "
         "--pg CONNINFO\n"
      << "  counterdesk-hq key --key FILE [--create]\n\n"
      << tr("Head office of a CounterDesk network: takes the branches' nightly batches of "
            "events and hands out the signed catalogue and calendar (docs/sync.md).")
      << '\n'
      << tr("'counterdesk-hq COMMAND --help' describes a command. CONNINFO is a libpq "
            "connection string (e.g. \"host=/run/postgresql dbname=counterdesk\"); an empty "
            "one uses libpq's PG* environment variables.")
      << '\n'
      << tr("Exit codes: 0 ok; 1 refused or bad input; 2 PostgreSQL unreachable or its schema "
            "newer than this program.")
      << Qt::endl;
    return code;
}

int HqCommandLine::run(const QStringList &args)
{
    if (args.size() < 2) {
        return usage(Failure);
    }
    const QString first = args.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        return usage(Ok);
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "counterdesk-hq " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (first.startsWith(QLatin1Char('-'))) {
        return serve(QStringList{QStringLiteral("serve")} + args.mid(1));
    }
    const QStringList rest = args.mid(1);
    if (first == QLatin1String("serve")) {
        return serve(rest);
    }
    if (first == QLatin1String("branch")) {
        return branch(rest);
    }
    if (first == QLatin1String("publish")) {
        return publish(rest);
    }
    if (first == QLatin1String("report")) {
        return report(rest);
    }
    if (first == QLatin1String("key")) {
        return key(rest);
    }
    err() << tr("Unknown command: %1").arg(first) << Qt::endl;
    return usage(Failure);
}

bool HqCommandLine::parse(QCommandLineParser &parser, const QStringList &args, const QString &name,
                          int positional, int &code)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl
              << tr("Try 'counterdesk-hq %1 --help'.").arg(name) << Qt::endl;
        code = Failure;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                           QStringLiteral("counterdesk-hq ") + name)
              << Qt::flush;
        code = Ok;
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        err() << tr("'counterdesk-hq %1' takes %n argument(s).", nullptr, positional).arg(name)
              << Qt::endl
              << tr("Try 'counterdesk-hq %1 --help'.").arg(name) << Qt::endl;
        code = Failure;
        return false;
    }
    return true;
}

void HqCommandLine::addPgOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("pg"),
                      tr("The PostgreSQL connection string (libpq's; empty: the PG* environment "
                         "variables)."),
                      tr("CONNINFO")});
}

void HqCommandLine::addKeyOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("key"),
                      tr("Head office's signing key: a file with the 32-byte Ed25519 seed in "
                         "base64, mode 0600 ('counterdesk-hq key --create' makes one)."),
                      tr("FILE")});
}

std::unique_ptr<HqDatabase> HqCommandLine::connect(const QCommandLineParser &parser, int &code)
{
    auto db = std::make_unique<HqDatabase>(parser.value(QStringLiteral("pg")));
    QString error;
    if (!db->open(&error)) {
        err() << error << Qt::endl;
        code = CannotConnect;
        return nullptr;
    }
    try {
        HqMigrations::migrate(*db);
    } catch (const HqDbError &e) {
        err() << tr("Cannot bring the head office schema up to date: %1").arg(e.message())
              << Qt::endl;
        code = CannotConnect;
        return nullptr;
    }
    return db;
}

int HqCommandLine::serve(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serves the sync API (docs/sync.md) over HTTPS until stopped (Ctrl+C or SIGTERM)."));
    addPgOption(parser);
    addKeyOption(parser);
    parser.addOption({QStringLiteral("listen"),
                      tr("The address and port to listen on (default 0.0.0.0:8443; port 0 picks "
                         "a free one)."),
                      tr("ADDR:PORT"), QStringLiteral("0.0.0.0:8443")});
    parser.addOption({QStringLiteral("state-dir"),
                      tr("Where the TLS certificate and its key are kept (default: the key "
                         "file's folder)."),
                      tr("DIR")});
    int code = Ok;
    if (!parse(parser, args, QStringLiteral("serve"), 0, code)) {
        return code;
    }
    HqServer::Options options;
    if (!ServiceRunner::parseListen(parser.value(QStringLiteral("listen")), options.address,
                                    options.port)) {
        err() << tr("--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::]:8443.") << Qt::endl;
        return Failure;
    }
    if (!parser.isSet(QStringLiteral("key"))) {
        err() << tr("Give head office's key with --key FILE.") << Qt::endl;
        return Failure;
    }
    const QString keyPath = parser.value(QStringLiteral("key"));
    QString error;
    const auto keys = HqKeyFile::read(keyPath, &error);
    if (!keys) {
        err() << error << Qt::endl;
        return Failure;
    }
    const QString stateDir = parser.isSet(QStringLiteral("state-dir"))
                                 ? parser.value(QStringLiteral("state-dir"))
                                 : QFileInfo(keyPath).absolutePath();
    const HostCertificate certificate = HqCertificateFiles::ensure(stateDir, &error);
    if (certificate.isNull()) {
        err() << error << Qt::endl;
        return Failure;
    }
    auto db = connect(parser, code);
    if (!db) {
        return code;
    }
    ServiceRunner runner;
    if (!runner.install(&error)) {
        err() << error << Qt::endl;
        return Failure;
    }

    HqApi api(*db);
    HqServer server(api, certificate, options);
    QObject::connect(&runner, &ServiceRunner::stopRequested, &runner, [&server] {
        server.stop();
        QTimer::singleShot(100, QCoreApplication::instance(), &QCoreApplication::quit);
    });
    if (!server.start(&error)) {
        err() << error << Qt::endl;
        return Failure;
    }
    // Line 1: the URL, line 2: the fingerprint branches pin, for scripts and the journal.
    out() << QStringLiteral("https://%1:%2")
                 .arg(ServiceRunner::shownAddress(options.address))
                 .arg(server.port())
          << '\n'
          << certificate.fingerprint << '\n'
          << tr("Head office is running. Branches pin the certificate above (--hq-pin) and head "
                "office's public key %1 (key id %2). Stop with Ctrl+C or SIGTERM.")
                 .arg(QString::fromLatin1(keys->publicKey.toBase64()),
                      Ed25519::keyId(keys->publicKey))
          << Qt::endl;
    QCoreApplication::exec();
    err() << tr("Head office stopped (signal %1).").arg(runner.stoppedBy()) << Qt::endl;
    return Ok;
}

int HqCommandLine::branch(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args.at(1) : QString();
    QCommandLineParser parser;
    addPgOption(parser);
    int code = Ok;
    if (sub == QLatin1String("add")) {
        parser.setApplicationDescription(
            tr("Registers a branch and the public key its requests are signed with."));
        parser.addPositionalArgument(QStringLiteral("CODE"), tr("The branch's code."));
        parser.addOption({QStringLiteral("public-key"),
                          tr("The branch's Ed25519 public key in base64 ('counterdesk-cli sync "
                             "key' prints it)."),
                          tr("BASE64")});
        parser.addOption({QStringLiteral("name"), tr("The branch's name."), tr("NAME")});
        if (!parse(parser, args.mid(1), QStringLiteral("branch add"), 1, code)) {
            return code;
        }
        auto db = connect(parser, code);
        if (!db) {
            return code;
        }
        const QString branchCode = parser.positionalArguments().first();
        const QString refusal =
            BranchRegistry(*db).add(branchCode, parser.value(QStringLiteral("public-key")),
                                    parser.value(QStringLiteral("name")));
        if (!refusal.isEmpty()) {
            err() << refusal << Qt::endl;
            return Failure;
        }
        out() << tr("Branch %1 registered (key id %2).")
                     .arg(branchCode, Ed25519::keyId(QByteArray::fromBase64(
                                          parser.value(QStringLiteral("public-key")).toLatin1())))
              << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("list")) {
        parser.setApplicationDescription(tr("Lists the registered branches."));
        if (!parse(parser, args.mid(1), QStringLiteral("branch list"), 0, code)) {
            return code;
        }
        auto db = connect(parser, code);
        if (!db) {
            return code;
        }
        const auto entries = BranchRegistry(*db).list();
        out() << tr("code\tname\tkey id\tacknowledged\tadded\trevoked") << '\n';
        for (const auto &e : entries) {
            out() << e.code << '\t' << e.name << '\t' << Ed25519::keyId(e.publicKey) << '\t'
                  << e.ackedSeq << '\t' << e.addedUtc << '\t'
                  << (e.revoked() ? e.revokedUtc : QStringLiteral("-")) << '\n';
        }
        out() << tr("%n branch(es).", nullptr, static_cast<int>(entries.size())) << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("revoke")) {
        parser.setApplicationDescription(
            tr("Revokes a branch: its requests are refused (401) from now on; what it sent "
               "stays."));
        parser.addPositionalArgument(QStringLiteral("CODE"), tr("The branch's code."));
        if (!parse(parser, args.mid(1), QStringLiteral("branch revoke"), 1, code)) {
            return code;
        }
        auto db = connect(parser, code);
        if (!db) {
            return code;
        }
        const QString branchCode = parser.positionalArguments().first();
        const QString refusal = BranchRegistry(*db).revoke(branchCode);
        if (!refusal.isEmpty()) {
            err() << refusal << Qt::endl;
            return Failure;
        }
        out() << tr("Branch %1 revoked.").arg(branchCode) << Qt::endl;
        return Ok;
    }
    err() << tr("'counterdesk-hq branch' takes add, list or revoke.") << Qt::endl;
    return Failure;
}

int HqCommandLine::publish(const QStringList &args)
{
    const QString what = args.size() > 1 ? args.at(1) : QString();
    if (what != QLatin1String("catalogue") && what != QLatin1String("calendar")) {
        err() << tr("'counterdesk-hq publish' takes catalogue or calendar.") << Qt::endl;
        return Failure;
    }
    const bool catalogue = what == QLatin1String("catalogue");
    QCommandLineParser parser;
    addPgOption(parser);
    addKeyOption(parser);
    parser.setApplicationDescription(
        catalogue ? tr("Signs the service catalogue (fees inside) with head office's key and "
                       "publishes it as the next version.")
                  : tr("Signs the working-day calendar with head office's key and publishes it "
                       "as the given version."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 catalogue ? tr("The catalogue, JSON.")
                                           : tr("The calendar, TSV (as cn-mainland.tsv)."));
    if (!catalogue) {
        parser.addOption({QStringLiteral("version"),
                          tr("The calendar's version (newer than every one published)."), tr("N")});
    }
    int code = Ok;
    if (!parse(parser, args.mid(1), QStringLiteral("publish ") + what, 1, code)) {
        return code;
    }
    if (!parser.isSet(QStringLiteral("key"))) {
        err() << tr("Give head office's key with --key FILE.") << Qt::endl;
        return Failure;
    }
    int version = 0;
    if (!catalogue) {
        bool ok = false;
        version = parser.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 1) {
            err() << tr("Give the calendar's version with --version N (a positive number).")
                  << Qt::endl;
            return Failure;
        }
    }
    QString error;
    const auto keys = HqKeyFile::read(parser.value(QStringLiteral("key")), &error);
    if (!keys) {
        err() << error << Qt::endl;
        return Failure;
    }
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        err() << tr("Cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())
              << Qt::endl;
        return Failure;
    }
    const QByteArray content = file.readAll();
    auto db = connect(parser, code);
    if (!db) {
        return code;
    }
    Publisher publisher(*db);
    const Publisher::Result r =
        catalogue
            ? publisher.publishCatalogue(content, keys->privateSeed)
            : publisher.publishCalendar(QString::fromUtf8(content), version, keys->privateSeed,
                                        QDateTime::currentDateTimeUtc().date());
    (r.ok ? out() : err()) << r.message << Qt::endl;
    return r.ok ? Ok : Failure;
}

int HqCommandLine::report(const QStringList &args)
{
    if (args.size() < 2 || args.at(1) != QLatin1String("monthly")) {
        err() << tr("'counterdesk-hq report' takes monthly.") << Qt::endl;
        return Failure;
    }
    QCommandLineParser parser;
    addPgOption(parser);
    parser.setApplicationDescription(
        tr("The network's month across branches, from the events they sent."));
    parser.addOption({QStringLiteral("month"), tr("The month."), tr("YYYY-MM")});
    parser.addOption(
        {QStringLiteral("csv"), tr("Also write the figures to FILE as CSV."), tr("FILE")});
    parser.addOption({QStringLiteral("time-zone"),
                      tr("The time zone whose calendar month is counted (default UTC)."), tr("TZ"),
                      QStringLiteral("UTC")});
    int code = Ok;
    if (!parse(parser, args.mid(1), QStringLiteral("report monthly"), 0, code)) {
        return code;
    }
    const QDate month = QDate::fromString(
        parser.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid()) {
        err() << tr("Give the month with --month YYYY-MM.") << Qt::endl;
        return Failure;
    }
    auto db = connect(parser, code);
    if (!db) {
        return code;
    }
    MonthlyReport report;
    try {
        report = MonthlyReport::run(*db, month, parser.value(QStringLiteral("time-zone")));
    } catch (const HqDbError &e) {
        err() << e.message() << Qt::endl;
        return Failure;
    }
    out() << report.text() << Qt::flush;
    if (parser.isSet(QStringLiteral("csv"))) {
        QFile csv(parser.value(QStringLiteral("csv")));
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate) || csv.write(report.csv()) < 0) {
            err() << tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(csv.fileName()), csv.errorString())
                  << Qt::endl;
            return Failure;
        }
    }
    return Ok;
}

int HqCommandLine::key(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows head office's public key (branches pin it), or makes a new key."));
    addKeyOption(parser);
    parser.addOption(
        {QStringLiteral("create"), tr("Make a new key in FILE (never overwrites one).")});
    int code = Ok;
    if (!parse(parser, args, QStringLiteral("key"), 0, code)) {
        return code;
    }
    if (!parser.isSet(QStringLiteral("key"))) {
        err() << tr("Give the key file with --key FILE.") << Qt::endl;
        return Failure;
    }
    QString error;
    const auto keys = parser.isSet(QStringLiteral("create"))
                          ? HqKeyFile::create(parser.value(QStringLiteral("key")), &error)
                          : HqKeyFile::read(parser.value(QStringLiteral("key")), &error);
    if (!keys) {
        err() << error << Qt::endl;
        return Failure;
    }
    out() << keys->publicKey.toBase64() << '\n'
          << tr("Head office's public key (key id %1).").arg(Ed25519::keyId(keys->publicKey))
          << Qt::endl;
    return Ok;
}
