#include "workingcalendar.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace
{
bool isWeekday(QDate date)
{
    return date.dayOfWeek() <= 5;
}
} // namespace

// The format, as head office publishes it:
//   - one entry a line: date (YYYY-MM-DD), TAB, kind (`off` or `work`), TAB, the holiday's name;
//   - `#` starts a comment line; blank lines are ignored; CR before LF is tolerated;
//   - a comment line `# YYYY: ...` opens the section for that year's State Council notice. The
//     entries after it belong to that notice and may be dated in that year or in the December
//     before it (the New Year holiday of 2019 began on 2018-12-30). A year is published when its
//     section holds at least one entry; "# 2027: not yet published" with nothing under it is not.
// Anything else is refused, with the line number, because this file decides people's deadlines:
// a wrong column count, a date that is not YYYY-MM-DD or not real, an unknown kind, an empty
// name, a date listed twice, an entry outside any year's section or outside its section's years,
// a year's header given twice, or a file with no entries at all.
std::optional<WorkingCalendar> WorkingCalendar::parse(const QString &tsv, QString *error)
{
    static const QRegularExpression header(QStringLiteral("^#\\s*(\\d{4})\\s*:"));
    static const QRegularExpression dateForm(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));

    const auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };

    WorkingCalendar calendar;
    QHash<QDate, int> dateLine;
    QHash<int, int> headerLine;
    int section = 0; // the year whose notice the current lines belong to; 0 before any header
    const QStringList lines = tsv.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        if (line.startsWith(QLatin1Char('#'))) {
            const QRegularExpressionMatch m = header.match(line);
            if (m.hasMatch()) {
                section = m.captured(1).toInt();
                if (headerLine.contains(section)) {
                    return fail(tr("Line %1: a second header for %2 (the first is on line %3).")
                                    .arg(lineNo)
                                    .arg(section)
                                    .arg(headerLine.value(section)));
                }
                headerLine.insert(section, lineNo);
            }
            continue;
        }
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() != 3) {
            return fail(tr("Line %1: 3 tab-separated columns expected (date, kind, name), got %2.")
                            .arg(lineNo)
                            .arg(columns.size()));
        }
        const QString &dateText = columns.at(0);
        if (!dateForm.match(dateText).hasMatch()) {
            return fail(tr("Line %1: '%2' is not a date of the form YYYY-MM-DD.")
                            .arg(lineNo)
                            .arg(dateText));
        }
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid()) {
            return fail(tr("Line %1: %2 is not a real date.").arg(lineNo).arg(dateText));
        }
        DayKind kind;
        if (columns.at(1) == QLatin1String("off")) {
            kind = DayKind::Off;
        } else if (columns.at(1) == QLatin1String("work")) {
            kind = DayKind::Work;
        } else {
            return fail(tr("Line %1: unknown kind '%2' (expected off or work).")
                            .arg(lineNo)
                            .arg(columns.at(1)));
        }
        if (columns.at(2).trimmed().isEmpty()) {
            return fail(tr("Line %1: the name (third column) is empty.").arg(lineNo));
        }
        if (dateLine.contains(date)) {
            return fail(tr("Line %1: %2 is listed twice (first on line %3).")
                            .arg(lineNo)
                            .arg(dateText)
                            .arg(dateLine.value(date)));
        }
        if (section == 0) {
            return fail(tr("Line %1: the entry for %2 comes before any '# YYYY:' year header.")
                            .arg(lineNo)
                            .arg(dateText));
        }
        if (date.year() != section && !(date.year() == section - 1 && date.month() == 12)) {
            return fail(tr("Line %1: %2 does not belong in the section for %3 (only dates in %3 "
                           "or in December %4 do).")
                            .arg(lineNo)
                            .arg(dateText)
                            .arg(section)
                            .arg(section - 1));
        }
        dateLine.insert(date, lineNo);
        calendar.m_days.insert(date, kind);
        calendar.m_published.insert(section);
    }
    if (calendar.m_days.isEmpty()) {
        return fail(tr("The calendar has no entries."));
    }
    return calendar;
}

const WorkingCalendar &WorkingCalendar::builtIn()
{
    static const WorkingCalendar calendar = [] {
        QFile file(QStringLiteral(":/calendar/cn-mainland.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("The built-in holiday calendar is missing from the program's resources.");
        }
        QString error;
        auto parsed = parse(QString::fromUtf8(file.readAll()), &error);
        if (!parsed) {
            // A build defect (tst_calendar checks the file), never a user's mistake.
            qFatal("The built-in holiday calendar is malformed: %s", qUtf8Printable(error));
        }
        return std::move(*parsed);
    }();
    return calendar;
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd()) {
        return *it == DayKind::Work;
    }
    return isWeekday(date);
}

bool WorkingCalendar::isStatutoryDayOff(QDate date) const
{
    return m_days.value(date, DayKind::Work) == DayKind::Off;
}

bool WorkingCalendar::isPublished(int year) const
{
    return m_published.contains(year);
}

QList<int> WorkingCalendar::publishedYears() const
{
    QList<int> years(m_published.cbegin(), m_published.cend());
    std::sort(years.begin(), years.end());
    return years;
}

void WorkingCalendar::touch(QDate date, QSet<int> &unpublished) const
{
    if (!m_published.contains(date.year())) {
        unpublished.insert(date.year());
    }
}

CalendarDate WorkingCalendar::result(QDate date, const QSet<int> &unpublished)
{
    CalendarDate r;
    r.date = date;
    r.unpublishedYears = QList<int>(unpublished.cbegin(), unpublished.cend());
    std::sort(r.unpublishedYears.begin(), r.unpublishedYears.end());
    r.provisional = !r.unpublishedYears.isEmpty();
    return r;
}

// Only the days start+1 .. due are looked at, so only their years can make the date provisional.
CalendarDate WorkingCalendar::addWorkingDays(QDate start, int n) const
{
    if (!start.isValid() || n < 0) {
        return {};
    }
    QSet<int> unpublished;
    QDate day = start;
    for (int counted = 0; counted < n;) {
        day = day.addDays(1);
        touch(day, unpublished);
        if (isWorkingDay(day)) {
            ++counted;
        }
    }
    return result(day, unpublished);
}

// The seed's rule (003): "以上自然日遇除周末外的法定节假日可相应顺延". Exactly:
//   - the period is the days start+1 .. end, first with end = start + n;
//   - every day of the period that is listed `off` and falls Monday to Friday moves end one day
//     later; the days so added join the period, and a weekday day off among them extends it
//     again, until a pass adds nothing;
//   - days off on a Saturday or Sunday never extend it, make-up working days never shorten it,
//     and the end is not moved off a weekend (the seed extends only by weekday holidays).
CalendarDate WorkingCalendar::addNaturalDays(QDate start, int n) const
{
    if (!start.isValid() || n < 0) {
        return {};
    }
    QSet<int> unpublished;
    QDate from = start.addDays(1);
    QDate end = start.addDays(n);
    while (from <= end) {
        int extension = 0;
        for (QDate day = from; day <= end; day = day.addDays(1)) {
            touch(day, unpublished);
            if (isWeekday(day) && isStatutoryDayOff(day)) {
                ++extension;
            }
        }
        from = end.addDays(1);
        end = end.addDays(extension);
    }
    return result(end, unpublished);
}

CalendarDate WorkingCalendar::due(QDate start, int n, LimitKind kind) const
{
    return kind == LimitKind::Working ? addWorkingDays(start, n) : addNaturalDays(start, n);
}

// The rule: received on a working day strictly before the cut-off (e.g. 16:29:59 with a 16:30
// cut-off) counts from that day; at the cut-off exactly (16:30:00) or later, or on a day that is
// not a working day, it counts from the next working day. So a cut-off of 16:30 means the day's
// intake closes at 16:30:00; seconds count, the time zone is the caller's (the branch's).
CalendarDate WorkingCalendar::effectiveStart(const QDateTime &received, QTime cutOff) const
{
    if (!received.isValid() || !cutOff.isValid()) {
        return {};
    }
    QSet<int> unpublished;
    QDate day = received.date();
    touch(day, unpublished);
    if (isWorkingDay(day) && received.time() < cutOff) {
        return result(day, unpublished);
    }
    do {
        day = day.addDays(1);
        touch(day, unpublished);
    } while (!isWorkingDay(day));
    return result(day, unpublished);
}

CalendarDate WorkingCalendar::dueFromReceipt(const QDateTime &received, QTime cutOff, int n,
                                             LimitKind kind) const
{
    const CalendarDate start = effectiveStart(received, cutOff);
    if (!start.date.isValid()) {
        return {};
    }
    const CalendarDate end = due(start.date, n, kind);
    QSet<int> unpublished(start.unpublishedYears.cbegin(), start.unpublishedYears.cend());
    for (int year : end.unpublishedYears) {
        unpublished.insert(year);
    }
    return result(end.date, unpublished);
}
