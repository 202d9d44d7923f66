// The working-day calendar head office publishes (app/calendar): the TSV parsed strictly, the
// limits counted on whatever it accepts, and the signed update applied and put in force (signed
// with the demo head office's key, so the input reaches past the signature).

#include "fuzzsupport.h"

#include "branch/branch.h"
#include "calendar/calendarupdate.h"
#include "calendar/workingcalendar.h"

#include <QJsonDocument>

namespace
{
void count(const WorkingCalendar &calendar, const QList<int> &years)
{
    QList<QDate> starts{QDate(2026, 6, 1), QDate(2026, 9, 30), QDate(2026, 12, 31)};
    for (int year : years) {
        starts << QDate(year, 1, 1) << QDate(year - 1, 12, 24) << QDate(year, 10, 1);
    }
    for (const QDate &start : starts) {
        for (int n : {0, 1, 5, 20, 60, 366}) {
            for (auto kind :
                 {WorkingCalendar::LimitKind::Working, WorkingCalendar::LimitKind::Natural}) {
                const CalendarDate due = calendar.due(start, n, kind);
                if (start.isValid() && (!due.date.isValid() || due.date < start)) {
                    FuzzSupport::violated("a time limit ends before it starts",
                                          start.toString(Qt::ISODate));
                }
                if (due.provisional != !due.unpublishedYears.isEmpty()) {
                    FuzzSupport::violated("provisional and the unpublished years disagree");
                }
            }
        }
        calendar.dueFromReceipt(QDateTime(start, QTime(16, 29, 59)), QTime(16, 30), 3,
                                WorkingCalendar::LimitKind::Working);
        calendar.effectiveStart(QDateTime(start, QTime(23, 59)), QTime(0, 0));
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::init(argc, argv);
    FuzzSupport::branch();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    Branch &branch = FuzzSupport::branch();

    // A JSON input is the signed document ({"version", "published", "tsv"}); anything else is
    // the TSV itself, published as version 1.
    QJsonObject document = QJsonDocument::fromJson(input).object();
    if (document.isEmpty()) {
        document = {{QStringLiteral("version"), 1},
                    {QStringLiteral("published"), QStringLiteral("2026-06-01")},
                    {QStringLiteral("tsv"), QString::fromUtf8(input)}};
    }
    const QString tsv = document.value(QStringLiteral("tsv")).toString();
    QString error;
    if (const auto calendar = WorkingCalendar::parse(tsv, &error)) {
        const QList<int> years = calendar->publishedYears();
        if (years.isEmpty()) {
            FuzzSupport::violated("a calendar was accepted with no published year");
        }
        count(*calendar, years);
    } else if (error.isEmpty()) {
        FuzzSupport::violated("a calendar was refused without a reason");
    }

    const QByteArray envelope =
        FuzzSupport::signedByHeadOffice(QLatin1String(CalendarUpdate::Format), document);
    FuzzSupport::rolledBack([&] {
        const CalendarUpdate::Result r =
            CalendarUpdate::apply(branch, envelope, QStringLiteral("fuzz"));
        if (r.message.isEmpty()) {
            FuzzSupport::violated("CalendarUpdate::apply said nothing");
        }
        if (r.ok && !r.alreadyInForce) {
            if (CalendarUpdate::version(branch) != r.version) {
                FuzzSupport::violated("the calendar in force is not the one applied");
            }
            const WorkingCalendar &inForce = CalendarUpdate::inForce(branch);
            if (&inForce == &WorkingCalendar::builtIn()) {
                FuzzSupport::violated("an applied calendar is not in force", r.message);
            }
            count(inForce, inForce.publishedYears());
        }
    });
    return 0;
}
