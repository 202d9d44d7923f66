#include "stationsettings.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "staff/permissions.h"

#include <QDir>
#include <QJsonObject>
#include <QSysInfo>

namespace
{
struct PaperKey
{
    StationSettings::Paper paper;
    const char *key;
};
constexpr PaperKey kPapers[] = {
    {StationSettings::Paper::Roll58, "58mm"},
    {StationSettings::Paper::Roll80, "80mm"},
    {StationSettings::Paper::A4, "A4"},
    {StationSettings::Paper::A5, "A5"},
};

std::optional<StationSettings::Paper> paperFromKey(const QString &key)
{
    for (const PaperKey &p : kPapers) {
        if (key == QLatin1String(p.key)) {
            return p.paper;
        }
    }
    return std::nullopt;
}
} // namespace

QString StationSettings::stationId(const QString &role)
{
    QString host = QSysInfo::machineHostName().trimmed();
    if (host.isEmpty()) {
        host = QStringLiteral("localhost");
    }
    return role + QLatin1Char('@') + host;
}

QString StationSettings::roleOf(const QString &station)
{
    return station.section(QLatin1Char('@'), 0, 0);
}

QList<StationSettings::Paper> StationSettings::papersFor(const QString &role)
{
    if (role == QLatin1String("kiosk")) {
        return {Paper::Roll80, Paper::Roll58};
    }
    return {Paper::A4, Paper::A5};
}

StationSettings StationSettings::defaults(const QString &role)
{
    StationSettings s;
    s.paper = papersFor(role).constFirst();
    return s;
}

QString StationSettings::key(const QString &station, const char *name)
{
    return QStringLiteral("station.") + station + QLatin1Char('.') + QLatin1String(name);
}

QString StationSettings::paperKey(Paper paper)
{
    for (const PaperKey &p : kPapers) {
        if (p.paper == paper) {
            return QLatin1String(p.key);
        }
    }
    return {};
}

QString StationSettings::paperName(Paper paper)
{
    switch (paper) {
    case Paper::Roll58:
        return tr("58 mm ticket roll");
    case Paper::Roll80:
        return tr("80 mm ticket roll");
    case Paper::A4:
        return tr("A4 sheets");
    case Paper::A5:
        return tr("A5 sheets");
    }
    return {};
}

QString StationSettings::pdfFolderIn(const QString &dataDir, const QString &role) const
{
    if (!pdfFolder.trimmed().isEmpty()) {
        return pdfFolder.trimmed();
    }
    return QDir(dataDir).filePath(role == QLatin1String("kiosk") ? QStringLiteral("tickets")
                                                                 : QStringLiteral("printouts"));
}

TicketDocument::Paper StationSettings::ticketPaper() const
{
    return paper == Paper::Roll58 ? TicketDocument::Paper::Roll58 : TicketDocument::Paper::Roll80;
}

StationSettings StationSettings::read(Branch &branch, const QString &station)
{
    const QString role = roleOf(station);
    StationSettings s = defaults(role);
    BranchStore store(branch.database());
    const QString output = store.setting(key(station, "output")).value_or(QString());
    if (output == QLatin1String("printer")) {
        s.output = Output::Printer;
        s.printerName = store.setting(key(station, "printer")).value_or(QString());
    }
    s.pdfFolder = store.setting(key(station, "pdfFolder")).value_or(QString());
    if (const auto paper = paperFromKey(store.setting(key(station, "paper")).value_or(QString()));
        paper && papersFor(role).contains(*paper)) {
        s.paper = *paper;
    }
    if (!s.check(station).isEmpty()) {
        return defaults(role); // e.g. a printer with no name: PDF, never nothing
    }
    return s;
}

QString StationSettings::check(const QString &station) const
{
    if (station.trimmed().isEmpty() || station.contains(QLatin1Char(' '))) {
        return tr("The station has no name.");
    }
    if (output == Output::Printer && printerName.trimmed().isEmpty()) {
        return tr("Choose a printer, or print to PDF files in a folder.");
    }
    const QString role = roleOf(station);
    if (!papersFor(role).contains(paper)) {
        return role == QLatin1String("kiosk")
                   ? tr("The kiosk prints tickets: choose 58 mm or 80 mm paper.")
                   : tr("A counter prints forms: choose A4 or A5 paper.");
    }
    return {};
}

QString StationSettings::save(Branch &branch, const QString &station,
                              const StationSettings &settings, const Session &by)
{
    if (!by.isValid() || !Permissions::allows(by.role, Permissions::Act::ManageBranch)) {
        return tr("Only an administrator may %1.")
            .arg(Permissions::describe(Permissions::Act::ManageBranch));
    }
    const QString problem = settings.check(station);
    if (!problem.isEmpty()) {
        return problem;
    }
    const QString output =
        settings.output == Output::Printer ? QStringLiteral("printer") : QStringLiteral("pdf");
    const QList<std::pair<QString, QString>> values{
        {key(station, "output"), output},
        {key(station, "printer"), settings.printerName.trimmed()},
        {key(station, "paper"), paperKey(settings.paper)},
        {key(station, "pdfFolder"), settings.pdfFolder.trimmed()},
    };
    QJsonObject payload{{QStringLiteral("station"), station}};
    for (const auto &[k, v] : values) {
        payload.insert(k, v);
    }
    branch.record(
        {by.login, QStringLiteral("setting.change"), QStringLiteral("station:") + station, payload},
        [&](AuditEvent &) {
            BranchStore store(branch.database());
            for (const auto &[k, v] : values) {
                store.setSetting(k, v);
            }
        });
    return {};
}
