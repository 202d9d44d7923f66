// The knowledge base of standard answers (app/knowledge): a document head office ships, read
// strictly and put in place of the demo branch's answers (rolled back), and what a clerk types
// into the search, against FTS5: no text may reach FTS5 as syntax, so search never throws.

#include "fuzzsupport.h"

#include "branch/branch.h"
#include "database.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/knowledgequery.h"

#include <QJsonDocument>

namespace
{
void search(KnowledgeBase &kb, const QString &text)
{
    try {
        for (const KnowledgeHit &hit : kb.search(text, 5)) {
            const auto inside = [](const QList<KnowledgeHit::Span> &spans, const QString &s) {
                for (const KnowledgeHit::Span &span : spans) {
                    if (span.start < 0 || span.length < 0 || span.start + span.length > s.size()) {
                        return false;
                    }
                }
                return true;
            };
            if (!inside(hit.snippetSpans, hit.snippet)
                || !inside(hit.questionSpans, hit.entry.question)) {
                FuzzSupport::violated("a highlight outside its text", text);
            }
            if (!hit.snippet.isValidUtf16()) {
                FuzzSupport::violated("a snippet cuts a character in two", text);
            }
        }
    } catch (const DbException &e) {
        FuzzSupport::violated("search threw", text + QStringLiteral(": ") + e.error().message);
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
    const QString text = QString::fromUtf8(input);
    KnowledgeBase kb(FuzzSupport::branch().database());

    const KnowledgeQuery query(text);
    for (const QString &term : query.terms()) {
        if (term.isEmpty() || term.contains(QLatin1Char('"'))) {
            FuzzSupport::violated("a search term that is empty or holds a quote", term);
        }
    }
    KnowledgeQuery(text, KnowledgeQuery::Split::Scripts).match(KnowledgeQuery::Operator::Or);
    search(kb, text);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(input, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return 0;
    }
    QString error;
    const QList<KnowledgeEntry> entries = KnowledgeBase::fromJson(doc, &error);
    if (entries.isEmpty()) {
        return 0;
    }
    FuzzSupport::rolledBack([&] {
        kb.replaceAll(entries);
        if (kb.count() != entries.size()) {
            FuzzSupport::violated("not every entry was stored");
        }
        for (const KnowledgeEntry &e : entries.first(std::min<qsizetype>(entries.size(), 3))) {
            search(kb, e.question.left(2));
            search(kb, e.question.left(8));
            for (const QString &k : e.keywords) {
                search(kb, k);
            }
        }
    });
    return 0;
}
