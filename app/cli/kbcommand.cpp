#include "kbcommand.h"

#include "branch/branch.h"
#include "knowledge/knowledgebase.h"

KbCommand::KbCommand()
    : Command(QStringLiteral("kb"),
              tr("'kb search QUERY': search the knowledge base of standard answers. Prints one "
                 "entry a line: code, question and an excerpt of the answer, tab-separated."))
{}

void KbCommand::addOptions(QCommandLineParser &parser)
{
    addBranchOptions(parser);
    parser.addOption(
        {QStringLiteral("limit"),
         tr("Show at most N entries (1 to %1, default 20).").arg(KnowledgeBase::MaxLimit), tr("N"),
         QStringLiteral("20")});
    parser.addPositionalArgument(QStringLiteral("search"), tr("Search the knowledge base."));
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 tr("What the customer asks, in a few characters or words."));
}

int KbCommand::execute(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2 || args.first() != QLatin1String("search")) {
        err() << tr("Usage: counterdesk-cli kb search --data-dir DIR QUERY [--limit N]")
              << Qt::endl;
        return Failure;
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > KnowledgeBase::MaxLimit) {
        err() << tr("--limit takes a number from 1 to %1.").arg(KnowledgeBase::MaxLimit)
              << Qt::endl;
        return Failure;
    }
    int code = Ok;
    auto branch = openBranch(parser, code);
    if (!branch) {
        return code;
    }
    const QList<KnowledgeHit> hits =
        KnowledgeBase(branch->database()).search(args.mid(1).join(QLatin1Char(' ')), limit);
    if (hits.isEmpty()) {
        err() << tr("no matches") << Qt::endl;
        return Ok;
    }
    const QString open = QStringLiteral("【");
    const QString close = QStringLiteral("】");
    for (const KnowledgeHit &hit : hits) {
        out() << hit.entry.code << '\t'
              << KnowledgeHit::marked(hit.entry.question, hit.questionSpans, open, close) << '\t'
              << KnowledgeHit::marked(hit.snippet, hit.snippetSpans, open, close) << '\n';
    }
    out() << Qt::flush;
    return Ok;
}
