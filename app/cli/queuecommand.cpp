#include "queuecommand.h"

#include "branch/branch.h"
#include "cataloguestore.h"
#include "queue/hallwindows.h"
#include "queue/queuesettings.h"
#include "queue/ticketqueue.h"

#include <QMap>

namespace
{
const QStringList kWindowActions{
    QStringLiteral("call"),  QStringLiteral("recall"), QStringLiteral("no-show"),
    QStringLiteral("park"),  QStringLiteral("resume"), QStringLiteral("transfer"),
    QStringLiteral("serve"), QStringLiteral("finish"), QStringLiteral("window")};

QString minutes(qint64 seconds)
{
    return seconds < 0 ? QStringLiteral("-") : QString::number((seconds + 59) / 60);
}
} // namespace

QueueCommand::QueueCommand()
    : Command(QStringLiteral("queue"),
              tr("'queue show', 'call --window N [--number A001]', 'recall', 'no-show', "
                 "'park', 'resume --number', 'transfer', 'serve', 'finish', 'windows', 'window', "
                 "'config': the hall's queue."))
{}

void QueueCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("show | windows | config | %1")
                                     .arg(kWindowActions.join(QStringLiteral(" | "))));
    parser.addOption({QStringLiteral("window"), tr("The counter window's number."), tr("N")});
    parser.addOption({QStringLiteral("number"),
                      tr("call, resume: the ticket's number (e.g. A001)."), tr("NUMBER")});
    parser.addOption({QStringLiteral("to-service"), tr("transfer: to this service."), tr("CODE")});
    parser.addOption({QStringLiteral("to-window"), tr("transfer: to this window only."), tr("N")});
    parser.addOption({QStringLiteral("services"),
                      tr("window: the services it calls, in order, separated by commas."),
                      tr("CODES")});
    parser.addOption({QStringLiteral("name"), tr("window: its name on screens."), tr("NAME")});
    parser.addOption({QStringLiteral("open"), tr("window: staffed (counts for wait estimates).")});
    parser.addOption({QStringLiteral("closed"), tr("window: not staffed.")});
    parser.addOption({QStringLiteral("remove"), tr("window: remove it.")});
    parser.addOption({QStringLiteral("set"),
                      tr("config: change a setting (repeatable): %1.")
                          .arg(QueueSettings::keys().join(QStringLiteral(", "))),
                      tr("KEY=VALUE")});
}

int QueueCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool needsWindow = kWindowActions.contains(action);
    bool windowOk = false;
    const int windowNumber = parser.value(QStringLiteral("window")).toInt(&windowOk);
    const bool known = needsWindow || action == QLatin1String("show")
                       || action == QLatin1String("windows") || action == QLatin1String("config");
    if (!known || args.size() != 1) {
        err() << tr("Usage: counterdesk-cli queue show | windows | config [--set KEY=VALUE] | "
                    "%1 --window N  --data-dir DIR")
                     .arg(kWindowActions.join(QLatin1Char('|')))
              << Qt::endl;
        return Failure;
    }
    if (needsWindow && (!windowOk || windowNumber < 1)) {
        err() << tr("Say which window: --window N.") << Qt::endl;
        return Failure;
    }
    if (action == QLatin1String("resume") && !parser.isSet(QStringLiteral("number"))) {
        err() << tr("Say which parked ticket: --number NUMBER.") << Qt::endl;
        return Failure;
    }

    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    if (action == QLatin1String("show")) {
        return show(*branch);
    }
    if (action == QLatin1String("windows")) {
        return windows(*branch);
    }
    if (action == QLatin1String("window")) {
        return window(*branch, parser, windowNumber);
    }
    if (action == QLatin1String("config")) {
        return config(*branch, parser);
    }

    TicketQueue queue(*branch);
    const QString actor = QStringLiteral("cli");
    const QString number = parser.value(QStringLiteral("number"));
    TicketQueue::Result r;
    if (action == QLatin1String("call")) {
        r = number.isEmpty() ? queue.callNext(windowNumber, actor)
                             : queue.callTicket(windowNumber, number, actor);
    } else if (action == QLatin1String("recall")) {
        r = queue.recall(windowNumber, actor);
    } else if (action == QLatin1String("no-show")) {
        r = queue.noShow(windowNumber, actor);
    } else if (action == QLatin1String("park")) {
        r = queue.park(windowNumber, actor);
    } else if (action == QLatin1String("resume")) {
        r = queue.resume(windowNumber, number, actor);
    } else if (action == QLatin1String("transfer")) {
        r = queue.transfer(windowNumber, parser.value(QStringLiteral("to-service")),
                           parser.value(QStringLiteral("to-window")).toInt(), actor);
    } else if (action == QLatin1String("serve")) {
        r = queue.startServing(windowNumber, actor);
    } else {
        r = queue.finish(windowNumber, actor);
    }
    if (!r.ok()) {
        err() << r.message << Qt::endl;
        return Failure;
    }
    // The ticket's number on line 1 for scripts, then what happened.
    out() << r.ticket.number << '\n' << r.message << Qt::endl;
    return Ok;
}

int QueueCommand::show(Branch &branch)
{
    TicketQueue queue(branch);
    QMap<QString, QString> names;
    for (const ServiceRow &s : CatalogueStore(branch.database()).services()) {
        names.insert(s.code, s.nameZhCn);
    }
    const QList<TicketQueue::Position> waiting = queue.waiting();
    QTextStream &o = out();
    o << tr("Business day %1: %n waiting.", nullptr, static_cast<int>(waiting.size()))
             .arg(queue.today().toString(Qt::ISODate))
      << '\n';
    // Fixed column keys, so that scripts can read the table whatever the language.
    o << "number\tservice\tgroup\twaited_min\tahead\testimate_min\tname\n";
    QMap<QString, int> perService;
    for (const TicketQueue::Position &p : waiting) {
        o << p.ticket.number << '\t' << p.ticket.serviceCode << '\t'
          << Ticket::groupKey(p.ticket.group) << '\t' << p.waitedSeconds / 60 << '\t'
          << p.peopleAhead << '\t' << minutes(p.estimatedWaitSeconds) << '\t'
          << names.value(p.ticket.serviceCode) << '\n';
        perService[p.ticket.serviceCode] += 1;
    }
    o << '\n' << "service\twaiting\tname\n";
    for (auto it = perService.cbegin(); it != perService.cend(); ++it) {
        o << it.key() << '\t' << it.value() << '\t' << names.value(it.key()) << '\n';
    }
    o << '\n' << "window\tticket\tstate\n";
    for (const WindowRow &w : HallWindows(branch).all()) {
        if (const auto t = queue.current(w.number)) {
            o << w.number << '\t' << t->number << '\t' << Ticket::stateKey(t->state) << '\n';
        }
    }
    o << Qt::flush;
    return Ok;
}

int QueueCommand::windows(Branch &branch)
{
    for (const WindowRow &w : HallWindows(branch).all()) {
        out() << w.number << '\t' << (w.open ? "open" : "closed") << '\t'
              << w.services.join(QLatin1Char(',')) << '\t' << w.name << '\n';
    }
    out() << Qt::flush;
    return Ok;
}

int QueueCommand::window(Branch &branch, const QCommandLineParser &parser, int number)
{
    HallWindows hall(branch);
    const QString actor = QStringLiteral("cli");
    QString problem;
    if (parser.isSet(QStringLiteral("remove"))) {
        problem = hall.remove(number, actor);
    } else if (parser.isSet(QStringLiteral("services"))) {
        WindowRow row = hall.window(number).value_or(WindowRow{number, {}, true, {}});
        row.number = number;
        row.services =
            parser.value(QStringLiteral("services")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &s : row.services) {
            s = s.trimmed();
        }
        if (parser.isSet(QStringLiteral("name"))) {
            row.name = parser.value(QStringLiteral("name"));
        }
        if (parser.isSet(QStringLiteral("open")) || parser.isSet(QStringLiteral("closed"))) {
            row.open = parser.isSet(QStringLiteral("open"));
        }
        problem = hall.set(row, actor);
    } else if (parser.isSet(QStringLiteral("open")) || parser.isSet(QStringLiteral("closed"))) {
        problem = hall.setOpen(number, parser.isSet(QStringLiteral("open")), actor);
    } else {
        err() << tr("Usage: counterdesk-cli queue window --window N --services CODE,CODE [--name "
                    "NAME] [--open|--closed] | --window N --open|--closed | --window N --remove")
              << Qt::endl;
        return Failure;
    }
    if (!problem.isEmpty()) {
        err() << problem << Qt::endl;
        return Failure;
    }
    return windows(branch);
}

int QueueCommand::config(Branch &branch, const QCommandLineParser &parser)
{
    QMap<QString, QString> changes;
    for (const QString &pair : parser.values(QStringLiteral("set"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err() << tr("--set takes KEY=VALUE, e.g. %1=20")
                         .arg(QLatin1String(QueueSettings::FairnessKey))
                  << Qt::endl;
            return Failure;
        }
        changes.insert(pair.left(eq).trimmed(), pair.mid(eq + 1));
    }
    const QString problem = QueueSettings::change(branch, changes, QStringLiteral("cli"));
    if (!problem.isEmpty()) {
        err() << problem << Qt::endl;
        return Failure;
    }
    const QueueSettings s = QueueSettings::read(branch);
    out() << QueueSettings::FairnessKey << '=' << s.fairnessMinutes << '\n'
          << QueueSettings::MaxRecallsKey << '=' << s.maxRecalls << '\n'
          << QueueSettings::SamplesKey << '=' << s.serviceTimeSamples << '\n'
          << QueueSettings::DefaultServiceKey << '=' << s.defaultServiceMinutes << '\n'
          << QueueSettings::PublicUrlKey << '=' << s.publicUrl << '\n'
          << QueueSettings::LanguageKey << '=' << s.language << '\n'
          << QueueSettings::SecondLanguageKey << '='
          << (s.secondLanguage.isEmpty() ? QStringLiteral("none") : s.secondLanguage) << '\n'
          << QueueSettings::NoticeKey << '=' << s.notice << Qt::endl;
    return Ok;
}
