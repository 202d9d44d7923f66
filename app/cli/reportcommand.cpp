#include "reportcommand.h"

#include "branch/branch.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "printing/pdfoutput.h"
#include "reports/dailylog.h"
#include "reports/kpitargets.h"
#include "reports/monthlybulletin.h"

#include <QFile>
#include <QSaveFile>

ReportCommand::ReportCommand()
    : Command(QStringLiteral("report"),
              tr("'report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv]': the daily "
                 "log (signed, or a draft); 'report monthly --month YYYY-MM --out FILE.pdf "
                 "[--csv FILE.csv]': the monthly service bulletin; 'report targets [--set "
                 "KEY=VALUE]': the KPI targets."))
{}

void ReportCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 QStringLiteral("daily | monthly | targets"));
    parser.addOption({QStringLiteral("date"), tr("daily: the business day."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("month"), tr("monthly: the month."), tr("YYYY-MM")});
    parser.addOption({QStringLiteral("out"), tr("The PDF to write."), tr("FILE")});
    parser.addOption({QStringLiteral("csv"), tr("Also write the figures as CSV."), tr("FILE")});
    parser.addOption({QStringLiteral("set"),
                      tr("targets: change a target (repeatable): %1.")
                          .arg(KpiTargets::keys().join(QStringLiteral(", "))),
                      tr("KEY=VALUE")});
}

int ReportCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString kind = args.size() == 1 ? args.first() : QString();
    if (kind == QLatin1String("daily")) {
        return daily(parser);
    }
    if (kind == QLatin1String("monthly")) {
        return monthly(parser);
    }
    if (kind == QLatin1String("targets")) {
        return targets(parser);
    }
    err() << tr("Usage: counterdesk-cli report daily --date YYYY-MM-DD --out FILE.pdf "
                "[--csv FILE.csv] --data-dir DIR")
          << '\n'
          << tr("       counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf "
                "[--csv FILE.csv] --data-dir DIR")
          << '\n'
          << tr("       counterdesk-cli report targets [--set KEY=VALUE] --data-dir DIR")
          << Qt::endl;
    return Failure;
}

bool ReportCommand::writeCsv(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        err() << tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

int ReportCommand::daily(const QCommandLineParser &parser)
{
    const QDate day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    const QString pdf = parser.value(QStringLiteral("out"));
    if (!day.isValid() || pdf.isEmpty()) {
        err() << tr("Usage: counterdesk-cli report daily --date YYYY-MM-DD --out FILE.pdf "
                    "[--csv FILE.csv] --data-dir DIR")
              << Qt::endl;
        return Failure;
    }
    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    const auto catalogue = CatalogueUpdate::current(*branch);
    DailyLog log(*branch, catalogue ? &*catalogue : nullptr);
    const QString error = PdfOutput::write(log.document(day), pdf);
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return Failure;
    }
    const QString csvPath = parser.value(QStringLiteral("csv"));
    if (!csvPath.isEmpty() && !writeCsv(csvPath, log.csv(day))) {
        return Failure;
    }
    out() << (log.isSigned(day) ? tr("signed") : tr("draft")) << Qt::endl;
    return Ok;
}

int ReportCommand::monthly(const QCommandLineParser &parser)
{
    const QString text = parser.value(QStringLiteral("month"));
    const QDate month = MonthlyBulletin::parseMonth(text);
    const QString pdf = parser.value(QStringLiteral("out"));
    if (!month.isValid() || pdf.isEmpty()) {
        if (parser.isSet(QStringLiteral("month")) && !month.isValid()) {
            err() << tr("Not a month: '%1'. Give it as YYYY-MM, e.g. 2026-11.").arg(text) << '\n';
        }
        err() << tr("Usage: counterdesk-cli report monthly --month YYYY-MM --out FILE.pdf "
                    "[--csv FILE.csv] --data-dir DIR")
              << Qt::endl;
        return Failure;
    }
    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    if (month > branch->businessDay(Clock::nowUtc())) {
        err() << tr("%1 has not begun yet.").arg(month.toString(QStringLiteral("yyyy-MM")))
              << Qt::endl;
        return Failure;
    }
    const auto catalogue = CatalogueUpdate::current(*branch);
    MonthlyBulletin bulletin(*branch, catalogue ? &*catalogue : nullptr);
    const KpiReport report = bulletin.compile(month);
    const QString error = PdfOutput::write(bulletin.document(report), pdf);
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return Failure;
    }
    const QString csvPath = parser.value(QStringLiteral("csv"));
    if (!csvPath.isEmpty() && !writeCsv(csvPath, bulletin.csv(report))) {
        return Failure;
    }
    out() << tr("%1 to %2: %3 tickets, %4 complaints")
                 .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate),
                      QString::number(report.total.issued),
                      QString::number(report.total.complaints))
          << Qt::endl;
    return Ok;
}

int ReportCommand::targets(const QCommandLineParser &parser)
{
    QMap<QString, QString> changes;
    for (const QString &pair : parser.values(QStringLiteral("set"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err() << tr("--set takes KEY=VALUE, e.g. %1=95")
                         .arg(QLatin1String(KpiTargets::SatisfactionPercentKey))
                  << Qt::endl;
            return Failure;
        }
        changes.insert(pair.left(eq).trimmed(), pair.mid(eq + 1));
    }
    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    const QString problem = KpiTargets::change(*branch, changes, QStringLiteral("cli"));
    if (!problem.isEmpty()) {
        err() << problem << Qt::endl;
        return Failure;
    }
    const KpiTargets t = KpiTargets::read(*branch);
    for (const QString &key : KpiTargets::keys()) {
        out() << key << '=' << t.value(key) << '\n';
    }
    out() << Qt::flush;
    return Ok;
}
