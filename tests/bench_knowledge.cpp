// Benchmark: the knowledge base with 10,000 entries of realistic length in an encrypted branch.
// Prints the build time and the median / p99 latency of searches as a clerk types (1, 2, 3 and
// 5 characters, and queries that find nothing), beside the same queries done with LIKE '%…%'.
// Prints only; never fails on timing.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "database.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/knowledgequery.h"
#include "knowledgestore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace
{
constexpr int Entries = 10000;
constexpr int Runs = 100;
constexpr int LikeRuns = 20;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Entries made of the demo answers' own clauses, recombined: the same characters, words and
// lengths a real knowledge base has (questions 15-45 characters, answers 100-300).
QList<KnowledgeEntry> generate(const QList<KnowledgeEntry> &demo)
{
    static const QRegularExpression clauseEnd(QStringLiteral("[，。；：！？、]"));
    QStringList clauses;
    QStringList questions;
    QStringList keywords;
    for (const KnowledgeEntry &e : demo) {
        clauses += e.answer.split(clauseEnd, Qt::SkipEmptyParts);
        questions += e.question.split(clauseEnd, Qt::SkipEmptyParts);
        keywords += e.keywords;
    }
    QRandomGenerator random(20260301);
    auto pick = [&](const QStringList &from) {
        return from.at(random.bounded(int(from.size())));
    };
    const QStringList sectors = KnowledgeBase::sectors();
    QList<KnowledgeEntry> entries;
    entries.reserve(Entries);
    for (int i = 0; i < Entries; ++i) {
        KnowledgeEntry e;
        e.code = QStringLiteral("GEN-%1").arg(i, 5, 10, QLatin1Char('0'));
        e.sector = pick(sectors);
        do {
            e.question += pick(questions) + QStringLiteral("，");
        } while (e.question.size() < 15 + random.bounded(30));
        e.question.chop(1);
        e.question += QStringLiteral("？");
        const int answerLength = 100 + random.bounded(200);
        while (e.answer.size() < answerLength) {
            e.answer += pick(clauses)
                        + (random.bounded(3) == 0 ? QStringLiteral("。") : QStringLiteral("，"));
        }
        for (int k = 0; k < 3; ++k) {
            e.keywords << pick(keywords);
        }
        e.source = QStringLiteral("001_e8762e728097ae83.txt");
        entries << e;
    }
    return entries;
}

struct Figures
{
    double median = 0;
    double p99 = 0;
};

Figures measure(int runs, const std::function<void()> &fn)
{
    for (int i = 0; i < 3; ++i) {
        fn(); // warm the page cache and the statement paths
    }
    std::vector<qint64> ns;
    ns.reserve(runs);
    QElapsedTimer t;
    for (int i = 0; i < runs; ++i) {
        t.start();
        fn();
        ns.push_back(t.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    const auto p99 = static_cast<size_t>(std::ceil(0.99 * runs)) - 1;
    return {ns[ns.size() / 2] / 1e6, ns[p99] / 1e6};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto branch =
        Branch::create(dir.path(), TestSupport::passphrase(),
                       {QStringLiteral("BENCH"), QStringLiteral("Bench")}, QStringLiteral("bench"));
    QString error;
    const QList<KnowledgeEntry> demo =
        KnowledgeBase::fromJsonFile(DemoData::knowledgeFile(), &error);
    const QList<KnowledgeEntry> entries = generate(demo);
    qint64 characters = 0;
    for (const KnowledgeEntry &e : entries) {
        characters += e.question.size() + e.answer.size();
    }

    KnowledgeBase kb(branch->database());
    QElapsedTimer build;
    build.start();
    branch->record({QStringLiteral("bench"),
                    QStringLiteral("knowledge.replace"),
                    QStringLiteral("knowledge"),
                    {}},
                   [&](AuditEvent &) {
                       kb.replaceAll(entries);
                   });
    const qint64 buildMs = build.elapsed();
    branch->database().checkpoint();

    out() << "bench_knowledge: " << kb.count() << " entries, " << characters / kb.count()
          << " characters each on average, encrypted (SQLCipher "
          << branch->database().cipherVersion() << ")\n"
          << "build (replaceAll in one recorded event, both FTS5 indexes): " << buildMs
          << " ms; database file " << QFileInfo(branch->database().path()).size() / (1024 * 1024)
          << " MiB\n\n";

    struct Query
    {
        const char *label;
        const char *text;
    };
    const Query queries[] = {
        {"1 char", "费"},
        {"1 char, very common", "的"},
        {"2 chars", "投诉"},
        {"3 chars", "身份证"},
        {"5 chars", "一次性告知"},
        {"2 words (3+2)", "身份证 挂失"},
        {"no hit, 2 chars", "龘龘"},
        {"no hit, 5 chars", "量子纠缠态"},
    };
    KnowledgeStore store(branch->database());
    out() << qSetFieldWidth(22) << Qt::left << "query" << qSetFieldWidth(9) << Qt::right
          << "matches"
          << "index"
          << "median"
          << "p99"
          << "LIKE med"
          << "LIKE p99" << qSetFieldWidth(0) << "   (ms; search = KnowledgeBase::search, limit 20, "
          << Runs << " runs; LIKE = '%q%' on the entries, limit 20, " << LikeRuns << " runs)\n";
    int wrong = 0;
    for (const Query &q : queries) {
        const QString text = QString::fromUtf8(q.text);
        const KnowledgeQuery parsed(text);
        // Counted without the database: entries that hold every term.
        qsizetype matches = 0;
        for (const KnowledgeEntry &e : entries) {
            const QString all = e.question + e.answer + e.keywords.join(QLatin1Char(' '));
            matches +=
                std::all_of(parsed.terms().cbegin(), parsed.terms().cend(), [&](const QString &t) {
                    return all.contains(t);
                });
        }
        // Figures for a wrong answer are worthless: the search must find exactly what is there.
        const qsizetype got = kb.search(text, 20).size();
        if (got != std::min<qsizetype>(20, matches)) {
            out() << "WRONG: " << text << " gave " << got << " hits, expected "
                  << std::min<qsizetype>(20, matches) << '\n';
            ++wrong;
        }
        const bool likeApplies = parsed.terms().size() == 1;
        const Figures fts = measure(Runs, [&] {
            kb.search(text, 20);
        });
        const Figures like = measure(LikeRuns, [&] {
            store.searchLike(text, 20);
        });
        out() << qSetFieldWidth(22) << Qt::left
              << (QString::fromUtf8(q.label) + QStringLiteral(" ") + text) << qSetFieldWidth(9)
              << Qt::right << matches
              << (parsed.index() == KnowledgeQuery::Index::Trigram ? "trigram" : "spaced")
              << QString::number(fts.median, 'f', 3) << QString::number(fts.p99, 'f', 3)
              << (likeApplies ? QString::number(like.median, 'f', 3) : QStringLiteral("-"))
              << (likeApplies ? QString::number(like.p99, 'f', 3) : QStringLiteral("-"))
              << qSetFieldWidth(0) << '\n';
    }
    out() << "\nLIKE stops at its 20th row, so it is quick for common terms and scans everything "
             "for rare ones; it neither ranks nor handles several words.\n"
          << Qt::flush;
    return wrong == 0 ? 0 : 1;
}
