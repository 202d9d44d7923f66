#include "duecommand.h"

#include "calendar/workingcalendar.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace
{
// Ten years: longer is surely a typing mistake, and the calendar is not published that far.
constexpr int MaxDays = 3660;
} // namespace

DueCommand::DueCommand()
    : Command(QStringLiteral("due"),
              tr("Print the due date of a time limit of N working or natural days (YYYY-MM-DD)."))
{}

void DueCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"),
                      tr("The start date; it is not counted itself (e.g. 2025-09-30)."),
                      tr("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("days"), tr("The time limit in days (0 to %1).").arg(MaxDays), tr("N")});
    parser.addOption({QStringLiteral("kind"),
                      tr("'working': skip weekends and statutory days off, count make-up working "
                         "days; 'natural': calendar days, extended by statutory days off that "
                         "fall on Monday to Friday."),
                      tr("working|natural")});
    parser.addOption({QStringLiteral("calendar"),
                      tr("Use the holiday calendar in FILE (date<TAB>off|work<TAB>name) instead "
                         "of the built-in one."),
                      tr("FILE")});
}

int DueCommand::execute(QCommandLineParser &parser)
{
    const QString usage = tr("Usage: counterdesk-cli due --from YYYY-MM-DD --days N --kind "
                             "working|natural [--calendar FILE]");
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst())
              << Qt::endl
              << usage << Qt::endl;
        return Failure;
    }
    for (const char *option : {"from", "days", "kind"}) {
        if (!parser.isSet(QLatin1String(option))) {
            err() << tr("Missing --%1.").arg(QLatin1String(option)) << Qt::endl
                  << usage << Qt::endl;
            return Failure;
        }
    }

    const QString fromText = parser.value(QStringLiteral("from"));
    static const QRegularExpression dateForm(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    if (!dateForm.match(fromText).hasMatch()) {
        err() << tr("--from: '%1' is not a date of the form YYYY-MM-DD.").arg(fromText) << Qt::endl;
        return Failure;
    }
    if (!from.isValid()) {
        err() << tr("--from: %1 is not a real date.").arg(fromText) << Qt::endl;
        return Failure;
    }

    const QString daysText = parser.value(QStringLiteral("days"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression negative(QStringLiteral("^-[0-9]+$"));
    if (negative.match(daysText).hasMatch()) {
        err() << tr("--days: %1 is negative; a time limit is 0 days or more.").arg(daysText)
              << Qt::endl;
        return Failure;
    }
    bool ok = false;
    const int days = daysText.toInt(&ok);
    if (!digits.match(daysText).hasMatch() || !ok) {
        err() << tr("--days: '%1' is not a whole number of days.").arg(daysText) << Qt::endl;
        return Failure;
    }
    if (days > MaxDays) {
        err() << tr("--days: %1 is more than %2 days.").arg(days).arg(MaxDays) << Qt::endl;
        return Failure;
    }

    const QString kindText = parser.value(QStringLiteral("kind"));
    WorkingCalendar::LimitKind kind;
    if (kindText == QLatin1String("working")) {
        kind = WorkingCalendar::LimitKind::Working;
    } else if (kindText == QLatin1String("natural")) {
        kind = WorkingCalendar::LimitKind::Natural;
    } else {
        err() << tr("--kind: unknown kind '%1'; use working or natural.").arg(kindText) << Qt::endl;
        return Failure;
    }

    std::optional<WorkingCalendar> custom;
    if (parser.isSet(QStringLiteral("calendar"))) {
        const QString path = parser.value(QStringLiteral("calendar"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << tr("Cannot read the calendar %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())
                  << Qt::endl;
            return Failure;
        }
        QString error;
        custom = WorkingCalendar::parse(QString::fromUtf8(file.readAll()), &error);
        if (!custom) {
            err()
                << tr("The calendar %1 is not valid: %2").arg(QDir::toNativeSeparators(path), error)
                << Qt::endl;
            return Failure;
        }
    }
    const WorkingCalendar &calendar = custom ? *custom : WorkingCalendar::builtIn();

    const CalendarDate due = calendar.due(from, days, kind);
    if (!due.date.isValid()) {
        err() << tr("The due date is out of range.") << Qt::endl;
        return Failure;
    }
    // Machine-readable, so never translated.
    out() << due.date.toString(Qt::ISODate) << Qt::endl;
    for (int year : due.unpublishedYears) {
        err() << tr("Warning: no published holiday calendar for %1, so only weekends were "
                    "skipped there; the date is provisional.")
                     .arg(year)
              << Qt::endl;
    }
    return Ok;
}
