#include "reportcommand.h"

#include "branch/branch.h"
#include "catalogue/catalogueupdate.h"
#include "printing/pdfoutput.h"
#include "reports/dailylog.h"

#include <QFile>
#include <QSaveFile>

ReportCommand::ReportCommand()
    : Command(QStringLiteral("report"),
              tr("'report daily --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv]': the daily "
                 "log (signed, or a draft)."))
{}

void ReportCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("daily"));
    parser.addOption({QStringLiteral("date"), tr("The business day."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("out"), tr("The PDF to write."), tr("FILE")});
    parser.addOption({QStringLiteral("csv"), tr("Also write the figures as CSV."), tr("FILE")});
}

int ReportCommand::execute(QCommandLineParser &parser)
{
    const QDate day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    const QString pdf = parser.value(QStringLiteral("out"));
    if (parser.positionalArguments() != QStringList{QStringLiteral("daily")} || !day.isValid()
        || pdf.isEmpty()) {
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
    if (!csvPath.isEmpty()) {
        QSaveFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(log.csv(day).toUtf8()) < 0
            || !file.commit()) {
            err() << tr("Cannot write %1: %2").arg(csvPath, file.errorString()) << Qt::endl;
            return Failure;
        }
    }
    out() << (log.isSigned(day) ? tr("signed") : tr("draft")) << Qt::endl;
    return Ok;
}
