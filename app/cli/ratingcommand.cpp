#include "ratingcommand.h"

#include "branch/branch.h"
#include "core/clock.h"
#include "feedback/ratingbook.h"

RatingCommand::RatingCommand()
    : Command(QStringLiteral("rating"),
              tr("'rating list|summary [--from DATE] [--to DATE]': customers' ratings, one line "
                 "each, or each clerk's and service's figures."))
{}

void RatingCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), tr("list | summary"));
    parser.addOption({QStringLiteral("from"),
                      tr("The first business day (YYYY-MM-DD; default: today)."), tr("DATE")});
    parser.addOption({QStringLiteral("to"),
                      tr("The last business day (YYYY-MM-DD; default: the first)."), tr("DATE")});
}

int RatingCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 1
        || (action != QLatin1String("list") && action != QLatin1String("summary"))) {
        err() << tr("Usage: counterdesk-cli rating list|summary [--from YYYY-MM-DD] [--to "
                    "YYYY-MM-DD]  --data-dir DIR")
              << Qt::endl;
        return Failure;
    }
    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    QDate from = branch->businessDay(Clock::nowUtc());
    if (parser.isSet(QStringLiteral("from"))) {
        from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    }
    QDate to = from;
    if (parser.isSet(QStringLiteral("to"))) {
        to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    }
    if (!from.isValid() || !to.isValid() || to < from) {
        err() << tr("Give the period as --from YYYY-MM-DD --to YYYY-MM-DD (to not before from).")
              << Qt::endl;
        return Failure;
    }
    RatingBook book(*branch);
    if (action == QLatin1String("list")) {
        for (const RatingRow &r : book.list(from, to)) {
            out() << QStringList{QString::number(r.id),
                                 r.businessDay,
                                 QString::number(r.level),
                                 RatingBook::levelName(r.level),
                                 r.serviceCode,
                                 tr("window %1").arg(r.window),
                                 r.clerk.isEmpty() ? QStringLiteral("-") : r.clerk,
                                 r.channel,
                                 r.comment.simplified()}
                         .join(QLatin1Char('\t'))
                  << '\n';
        }
        out() << Qt::flush;
        return Ok;
    }
    const RatingBook::Summary s = book.summary(from, to);
    const auto print = [](const QString &kind, const RatingFigures &f) {
        out() << kind << '\t' << (f.key.isEmpty() ? QStringLiteral("-") : f.key) << '\t' << f.count
              << '\t' << QString::number(100.0 * f.satisfactionRate(), 'f', 1) << "%\t" << f.bad
              << '\n';
    };
    print(QStringLiteral("total"), s.total);
    for (const RatingFigures &f : s.byClerk) {
        print(QStringLiteral("clerk"), f);
    }
    for (const RatingFigures &f : s.byService) {
        print(QStringLiteral("service"), f);
    }
    out() << Qt::flush;
    return Ok;
}
