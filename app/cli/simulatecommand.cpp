#include "simulatecommand.h"

#include "branch/branch.h"
#include "branch/demodata.h"
#include "core/clock.h"
#include "core/datadir.h"
#include "reports/hallsimulator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace
{
QString n(qint64 value)
{
    return QString::number(value);
}

// A whole number from an option, or nothing when it is not one.
std::optional<qint64> number(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}
} // namespace

SimulateCommand::SimulateCommand()
    : Command(QStringLiteral("simulate"),
              tr("'simulate --from YYYY-MM-DD --days N --windows K': realistic hall days "
                 "(tickets, cases, ratings, complaints) on days without records, for demos "
                 "and benchmarks."))
{}

void SimulateCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addOption({QStringLiteral("from"), tr("The first day."), tr("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("days"),
         tr("How many calendar days from the first (1 to %1); weekends and holidays are "
            "skipped.")
             .arg(HallSimulator::MaxDays),
         tr("N")});
    parser.addOption(
        {QStringLiteral("windows"),
         tr("How many counter windows are open (1 to %1): the branch's first ones, and new "
            "ones beside them when it has fewer. Each gets customers enough to keep it about "
            "two-thirds busy, with a queue at the mid-morning peak.")
             .arg(HallSimulator::MaxWindows),
         tr("K")});
    parser.addOption({QStringLiteral("seed"),
                      tr("The random seed: the same seed gives the same days (default 1)."),
                      tr("S"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("sign"), tr("The manager signs each simulated day's log in the evening.")});
    parser.addOption({QStringLiteral("init-demo"),
                      tr("First create the demo branch in the data folder, dated the morning of "
                         "the first day (the folder must not hold a branch yet).")});
}

int SimulateCommand::execute(QCommandLineParser &parser)
{
    const auto days = number(parser, QStringLiteral("days"));
    const auto windows = number(parser, QStringLiteral("windows"));
    const auto seed = number(parser, QStringLiteral("seed"));
    HallSimulator::Options options;
    options.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    if (!parser.positionalArguments().isEmpty() || !options.from.isValid() || !days || !windows
        || !seed || *seed < 0) {
        err() << tr("Usage: counterdesk-cli simulate --from YYYY-MM-DD --days N --windows K "
                    "[--seed S] [--sign] [--init-demo] --data-dir DIR")
              << Qt::endl;
        return Failure;
    }
    options.days = static_cast<int>(std::clamp<qint64>(*days, -1, HallSimulator::MaxDays + 1));
    options.windows =
        static_cast<int>(std::clamp<qint64>(*windows, -1, HallSimulator::MaxWindows + 1));
    options.seed = static_cast<quint64>(*seed);
    options.sign = parser.isSet(QStringLiteral("sign"));

    std::unique_ptr<Branch> branch;
    if (parser.isSet(QStringLiteral("init-demo"))) {
        const BranchInfo info{DemoData::branchCode(), DemoData::branchName()};
        const QTimeZone zone(info.timeZone.toUtf8());
        const QString problem = HallSimulator::checkOptions(
            options, QDateTime::currentDateTimeUtc().toTimeZone(zone).date());
        if (!problem.isEmpty()) {
            err() << problem << Qt::endl;
            return Failure;
        }
        const QString dir = dataDir(parser);
        if (QFile::exists(DataDir::databasePath(dir))) {
            err() << tr("--init-demo makes a new branch, but %1 already holds one.")
                         .arg(QDir::toNativeSeparators(DataDir::databasePath(dir)))
                  << Qt::endl;
            return Failure;
        }
        const QByteArray pass = passphrase(parser, true);
        if (pass.isEmpty()) {
            return CannotOpen;
        }
        // The branch is born before its first simulated day: its audit chain starts there.
        Clock::setTestNow(QDateTime(options.from, QTime(8, 0), zone));
        branch = Branch::create(dir, pass, info, QStringLiteral("cli"));
        DemoData::populate(*branch, QStringLiteral("cli"));
        Clock::setTestNow({});
        out() << tr("Created the demo branch %1 in %2")
                     .arg(info.code, QDir::toNativeSeparators(DataDir::databasePath(dir)))
              << Qt::endl;
    } else {
        int code = Ok;
        branch = openBranch(parser, code);
        if (!branch) {
            return code;
        }
    }

    HallSimulator simulator(*branch);
    QElapsedTimer timer;
    timer.start();
    const HallSimulator::Result r = simulator.run(options, [](const HallSimulator::Figures &f) {
        out() << tr("%1: tickets %2, served %3, no-shows %4, cases accepted %5, notices %6, "
                    "ratings %7, complaints %8, questions %9")
                     .arg(f.day.toString(Qt::ISODate), n(f.tickets), n(f.served), n(f.noShows),
                          n(f.accepted), n(f.notices), n(f.ratings), n(f.complaints),
                          n(f.questions))
              << Qt::endl;
    });
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (!r.ok && r.days.isEmpty()) {
        err() << r.message << Qt::endl;
        return Failure;
    }
    const HallSimulator::Figures &t = r.total;
    out() << tr("Total, %n working day(s): tickets %1, served %2, no-shows %3, cases accepted %4, "
                "notices %5, ratings %6 (%7 bad), complaints %8, questions %9",
                nullptr, static_cast<int>(r.days.size()))
                 .arg(n(t.tickets), n(t.served), n(t.noShows), n(t.accepted), n(t.notices),
                      n(t.ratings), n(t.badRatings), n(t.complaints), n(t.questions))
          << Qt::endl;
    const int signedDays = static_cast<int>(
        std::count_if(r.days.cbegin(), r.days.cend(), [](const HallSimulator::Figures &f) {
            return f.signedLog;
        }));
    if (r.staff > 0 && r.staff < options.windows) {
        out() << tr("Note: %1 windows but only %2 staff who may serve, so some of them served at "
                    "several windows at once.")
                     .arg(options.windows)
                     .arg(r.staff)
              << Qt::endl;
    }
    if (options.sign) {
        out() << tr("%n daily log(s) signed.", nullptr, signedDays) << Qt::endl;
    }
    out() << tr("%1 s for %2 audited events (%3 ms each); %4 weekend or holiday days skipped.")
                 .arg(QString::number(seconds, 'f', 1), n(r.events),
                      QString::number(r.events > 0 ? seconds * 1000.0 / r.events : 0.0, 'f', 2),
                      n(r.skippedDays))
          << Qt::endl;
    if (!r.ok) {
        err() << r.message << Qt::endl;
        return Failure;
    }
    return Ok;
}
