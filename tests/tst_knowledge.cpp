// The knowledge base of standard answers, over the real demo content in an encrypted branch:
// short and long Chinese queries find the right entries, question matches rank first, input
// never reaches FTS5 as syntax, a replacement leaves nothing stale, and nothing is on disk in
// plain text (the FTS5 shadow tables included).
#include "auditstore.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "core/datadir.h"
#include "database.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/knowledgequery.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace
{
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items) {
        result << QString::fromUtf8(item);
    }
    return result;
}
} // namespace

class TestKnowledge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void demoContentIsDrawnFromTheSeeds();
    void demoBranchHasItAsOneAuditedEvent();
    void findsExpectedEntries_data();
    void findsExpectedEntries();
    void findsExactlyTheEntriesHoldingTheTerm_data();
    void findsExactlyTheEntriesHoldingTheTerm();
    void questionMatchesRankAboveAnswerMatches_data();
    void questionMatchesRankAboveAnswerMatches();
    void picksTheIndexByTermLength_data();
    void picksTheIndexByTermLength();
    void spacedTextSeparatesChineseCharacters();
    void severalWords();
    void emptyQueriesFindNothing_data();
    void emptyQueriesFindNothing();
    void hostileInputIsOnlyEverText_data();
    void hostileInputIsOnlyEverText();
    void randomInputNeverFails();
    void snippetsMarkTheMatches();
    void limitIsRespected();

    void fromJsonRefusesMalformedEntries_data();
    void fromJsonRefusesMalformedEntries();
    void jsonRoundTrip();
    void replaceAllOnlyInsideRecord();
    void replaceAllLeavesNothingStale();
    void failedReplacementKeepsTheOldContent();
    void questionTierBeatsAStrongerAnswerScore();
    void noPlaintextOnDisk();

private:
    static QStringList codes(const QList<KnowledgeHit> &hits);
    static bool holds(const KnowledgeEntry &e, const QString &term);
    static void expectOnlyQuotedTerms(const QString &expression);

    QTemporaryDir m_dir;
    std::unique_ptr<Branch> m_branch;
    QList<KnowledgeEntry> m_demo;
};

QStringList TestKnowledge::codes(const QList<KnowledgeHit> &hits)
{
    QStringList result;
    for (const KnowledgeHit &h : hits) {
        result << h.entry.code;
    }
    return result;
}

bool TestKnowledge::holds(const KnowledgeEntry &e, const QString &term)
{
    return e.question.contains(term, Qt::CaseInsensitive)
           || e.answer.contains(term, Qt::CaseInsensitive)
           || e.keywords.join(QLatin1Char(' ')).contains(term, Qt::CaseInsensitive);
}

void TestKnowledge::expectOnlyQuotedTerms(const QString &expression)
{
    // "term" or "t e r m" *, joined by AND/OR; inside the quotes only letters, digits, marks and
    // single spaces. Anything else would be FTS5 syntax that came from the user.
    static const QRegularExpression shape(
        QStringLiteral("^(question : \\()?\"[^\"]+\"( \\*)?( (AND|OR) \"[^\"]+\"( \\*)?)*\\)?$"));
    QVERIFY2(shape.match(expression).hasMatch(), qPrintable(expression));
    static const QRegularExpression quotedPart(QStringLiteral("\"([^\"]*)\""));
    for (auto it = quotedPart.globalMatch(expression); it.hasNext();) {
        const QString inside = it.next().captured(1);
        for (const char32_t c : inside.toUcs4()) {
            QVERIFY2(QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U' ',
                     qPrintable(expression));
        }
        QVERIFY(!inside.startsWith(QLatin1Char(' ')) && !inside.contains(QLatin1String("  ")));
    }
}

void TestKnowledge::initTestCase()
{
    m_branch =
        Branch::create(m_dir.path(), TestSupport::passphrase(),
                       {DemoData::branchCode(), DemoData::branchName()}, QStringLiteral("test"));
    DemoData::populate(*m_branch, QStringLiteral("test"));
    QString error;
    m_demo = KnowledgeBase::fromJsonFile(DemoData::knowledgeFile(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestKnowledge::cleanupTestCase()
{
    m_branch.reset();
}

void TestKnowledge::demoContentIsDrawnFromTheSeeds()
{
    QVERIFY(m_demo.size() >= 50);
    static const QRegularExpression seedFile(QStringLiteral("^00[0-4]_[0-9a-f]{16}\\.txt$"));
    QMap<QString, int> perSector;
    QSet<QString> seeds;
    for (const KnowledgeEntry &e : m_demo) {
        QVERIFY2(seedFile.match(e.source).hasMatch(), qPrintable(e.code));
        seeds.insert(e.source.left(3));
        ++perSector[e.sector];
        QVERIFY2(e.question.size() >= 4 && e.answer.size() >= 15, qPrintable(e.code));
        QVERIFY2(!e.keywords.isEmpty(), qPrintable(e.code));
        QVERIFY(e.updated.isValid());
    }
    QCOMPARE(QStringList(perSector.keys()),
             strings({"bank", "general", "government", "insurance", "power", "water"}));
    for (auto it = perSector.cbegin(); it != perSector.cend(); ++it) {
        QVERIFY2(it.value() >= 4, qPrintable(it.key()));
    }
    QVERIFY(seeds.contains(QStringLiteral("001")));
    QVERIFY(seeds.contains(QStringLiteral("004")));
}

void TestKnowledge::demoBranchHasItAsOneAuditedEvent()
{
    KnowledgeBase kb(m_branch->database());
    QCOMPARE(kb.count(), m_demo.size());
    QCOMPARE(kb.entries(), m_demo);
    QStringList payloads;
    AuditStore(m_branch->database()).forEach([&](const AuditRow &row) {
        if (row.action == QLatin1String("knowledge.replace")) {
            payloads << row.payload;
        }
        return true;
    });
    QCOMPARE(payloads.size(), 1);
    QVERIFY(payloads.first().contains(KnowledgeBase::digest(m_demo)));
    QVERIFY(m_branch->verifyAudit().ok);
}

void TestKnowledge::findsExpectedEntries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // each must be among the hits
    QTest::addColumn<QString>("first");        // the best hit, when it is clear-cut

    QTest::newRow("1 char 费") << "费" << strings({"KB-BANK-003", "KB-PWR-003", "KB-WAT-002"})
                               << "";
    QTest::newRow("2 chars 投诉") << "投诉"
                                  << strings(
                                         {"KB-GEN-004", "KB-GEN-005", "KB-BANK-007", "KB-PWR-006"})
                                  << "";
    QTest::newRow("2 chars 理赔") << "理赔" << strings({"KB-INS-001", "KB-INS-002", "KB-INS-003"})
                                  << "";
    QTest::newRow("2 chars 挂失") << "挂失" << strings({"KB-BANK-002", "KB-BANK-001"})
                                  << "KB-BANK-002";
    QTest::newRow("5 chars 一次性告知")
        << "一次性告知" << strings({"KB-GEN-001", "KB-GEN-002", "KB-INS-005"}) << "";
    QTest::newRow("3 chars 身份证")
        << "身份证" << strings({"KB-GEN-001", "KB-BANK-002", "KB-WAT-004"}) << "";
    QTest::newRow("phrase 最多跑一次") << "最多跑一次" << strings({"KB-GOV-001"}) << "KB-GOV-001";
    QTest::newRow("digits 95598") << "95598" << strings({"KB-PWR-001", "KB-PWR-002"})
                                  << "KB-PWR-001";
    QTest::newRow("digits as typed 95") << "95" << strings({"KB-PWR-001", "KB-BANK-001"}) << "";
    QTest::newRow("digits 1000") << "1000" << strings({"KB-INS-011"}) << "KB-INS-011";
    QTest::newRow("latin ETC") << "ETC" << strings({"KB-GOV-006"}) << "KB-GOV-006";
    QTest::newRow("latin lower case") << "etc" << strings({"KB-GOV-006"}) << "KB-GOV-006";
    QTest::newRow("full-width latin") << "ＥＴＣ" << strings({"KB-GOV-006"}) << "KB-GOV-006";
    QTest::newRow("digits with Chinese")
        << "10个工作日" << strings({"KB-GEN-004", "KB-INS-012"}) << "";
    QTest::newRow("short mixed 10日") << "10日" << strings({"KB-INS-004"}) << "";
    QTest::newRow("number glued to word") << "95598报修" << strings({"KB-PWR-002"}) << "";
    QTest::newRow("surrounding punctuation") << "“投诉”？" << strings({"KB-GEN-004"}) << "";
}

void TestKnowledge::findsExpectedEntries()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(QString, first);
    const QList<KnowledgeHit> hits = KnowledgeBase(m_branch->database()).search(query, 100);
    const QStringList found = codes(hits);
    for (const QString &code : expected) {
        QVERIFY2(found.contains(code),
                 qPrintable(code + QLatin1String(" not in ") + found.join(QLatin1Char(' '))));
    }
    if (!first.isEmpty()) {
        QCOMPARE(found.first(), first);
    }
}

void TestKnowledge::findsExactlyTheEntriesHoldingTheTerm_data()
{
    QTest::addColumn<QString>("term");
    for (const char *term : {"费", "电", "保", "投诉", "理赔", "挂失", "身份证", "一次性告知",
                             "工作日", "95598", "95533", "ETC", "1000", "24小时"}) {
        QTest::newRow(term) << QString::fromUtf8(term);
    }
}

void TestKnowledge::findsExactlyTheEntriesHoldingTheTerm()
{
    // Both indexes against a plain substring scan of every entry: same set, nothing missed,
    // nothing extra.
    QFETCH(QString, term);
    QSet<QString> expected;
    for (const KnowledgeEntry &e : m_demo) {
        if (holds(e, term)) {
            expected.insert(e.code);
        }
    }
    QVERIFY(!expected.isEmpty());
    const QStringList found =
        codes(KnowledgeBase(m_branch->database()).search(term, KnowledgeBase::MaxLimit));
    QCOMPARE(QSet<QString>(found.cbegin(), found.cend()), expected);
    QCOMPARE(found.size(), expected.size()); // no entry twice
}

void TestKnowledge::questionMatchesRankAboveAnswerMatches_data()
{
    QTest::addColumn<QString>("query");
    for (const char *q : {"费", "投诉", "理赔", "95598", "挂失", "材料", "电话", "保单", "办理"}) {
        QTest::newRow(q) << QString::fromUtf8(q);
    }
}

void TestKnowledge::questionMatchesRankAboveAnswerMatches()
{
    QFETCH(QString, query);
    const QList<KnowledgeHit> hits =
        KnowledgeBase(m_branch->database()).search(query, KnowledgeBase::MaxLimit);
    int inQuestion = 0;
    bool answerOnlySeen = false;
    for (const KnowledgeHit &h : hits) {
        QCOMPARE(h.inQuestion, h.entry.question.contains(query));
        if (h.inQuestion) {
            QVERIFY2(!answerOnlySeen, qPrintable(h.entry.code + QLatin1String(" ranked late")));
            ++inQuestion;
        } else {
            answerOnlySeen = true;
        }
    }
    // Both kinds are there, so the order above was really tested.
    QVERIFY(inQuestion > 0);
    QVERIFY(answerOnlySeen);
}

void TestKnowledge::picksTheIndexByTermLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<int>("index");
    const int trigram = int(KnowledgeQuery::Index::Trigram);
    const int spaced = int(KnowledgeQuery::Index::Spaced);
    const int none = int(KnowledgeQuery::Index::None);
    QTest::newRow("1 char") << "费" << strings({"费"}) << spaced;
    QTest::newRow("2 chars") << "理赔" << strings({"理赔"}) << spaced;
    QTest::newRow("3 chars") << "身份证" << strings({"身份证"}) << trigram;
    QTest::newRow("two long words")
        << "身份证 一次性告知" << strings({"身份证", "一次性告知"}) << trigram;
    QTest::newRow("a short word among long") << "身份证，费" << strings({"身份证", "费"}) << spaced;
    QTest::newRow("mixed stays one term") << "10个工作日" << strings({"10个工作日"}) << trigram;
    QTest::newRow("full-width") << "ＡＴＭ　９５" << strings({"ATM", "95"}) << spaced;
    QTest::newRow("duplicates once") << "投诉 投诉 ETC etc" << strings({"投诉", "ETC"}) << spaced;
    QTest::newRow("punctuation only") << "，。！？、*\"()" << QStringList{} << none;
    QTest::newRow("surrogate pair counts as one") << "𠀀𠀁" << strings({"𠀀𠀁"}) << spaced;
}

void TestKnowledge::picksTheIndexByTermLength()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(int, index);
    const KnowledgeQuery q(text);
    QCOMPARE(q.terms(), terms);
    QCOMPARE(int(q.index()), index);
    if (!q.isEmpty()) {
        expectOnlyQuotedTerms(q.match(KnowledgeQuery::Operator::And));
        expectOnlyQuotedTerms(q.questionMatch(KnowledgeQuery::Operator::Or));
    }
}

void TestKnowledge::spacedTextSeparatesChineseCharacters()
{
    // NFKC turns the full-width comma into ','; unicode61 drops it either way.
    QCOMPARE(KnowledgeQuery::spacedText(QStringLiteral("拨打95598报修，ＡＴＭ取款")),
             QStringLiteral("拨 打 95598 报 修 ,ATM 取 款"));
    QCOMPARE(KnowledgeQuery::spacedText(QStringLiteral("𠀀a")), QStringLiteral("𠀀 a"));
}

void TestKnowledge::severalWords()
{
    KnowledgeBase kb(m_branch->database());
    // All words must match...
    QStringList found = codes(kb.search(QStringLiteral("投诉 10个工作日")));
    QCOMPARE(found, strings({"KB-GEN-004"}));
    found = codes(kb.search(QStringLiteral("理赔 拒绝")));
    QVERIFY(found.contains(QStringLiteral("KB-INS-003")));
    for (const KnowledgeHit &h : kb.search(QStringLiteral("理赔 拒绝"))) {
        QVERIFY(holds(h.entry, QStringLiteral("理赔")) && holds(h.entry, QStringLiteral("拒绝")));
    }
    // ...and when no entry holds them all, any word does.
    found = codes(kb.search(QStringLiteral("信用卡 挂失")));
    QVERIFY(found.contains(QStringLiteral("KB-BANK-002")));
    QVERIFY(kb.search(QStringLiteral("量子纠缠")).isEmpty());
    QVERIFY(kb.search(QStringLiteral("量子 纠缠")).isEmpty());
}

void TestKnowledge::emptyQueriesFindNothing_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << " ";
    QTest::newRow("whitespace") << "\t\n \r";
    QTest::newRow("full-width space") << "　　";
    QTest::newRow("Chinese punctuation") << "，。！？、；：“”（）【】";
    QTest::newRow("symbols") << "*^-+:(){}[]\"'";
}

void TestKnowledge::emptyQueriesFindNothing()
{
    QFETCH(QString, query);
    QVERIFY(KnowledgeQuery(query).isEmpty());
    QVERIFY(KnowledgeBase(m_branch->database()).search(query).isEmpty());
}

void TestKnowledge::hostileInputIsOnlyEverText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("findsComplaints"); // it holds 投诉, so complaint entries must show

    const QStringList plain = strings({"\"",
                                       "\"\"",
                                       "\"\"\"",
                                       "*",
                                       "**",
                                       "AND",
                                       "OR",
                                       "NOT",
                                       "NEAR",
                                       "NEAR(",
                                       "NEAR(a b, 2)",
                                       "question:",
                                       "answer : x",
                                       "{question keywords}: x",
                                       "^",
                                       "-",
                                       "+",
                                       "a*",
                                       "\"a\" *",
                                       "'; DROP TABLE knowledge_entry; --",
                                       "%",
                                       "_",
                                       "\\",
                                       "x' OR '1'='1",
                                       "rowid = 1",
                                       "knowledge_spaced",
                                       "MATCH",
                                       "()",
                                       ")(",
                                       "\"unbalanced",
                                       "a AND",
                                       "AND a",
                                       "OR OR OR"});
    for (const QString &q : plain) {
        QTest::newRow(qPrintable(q)) << q << false;
    }
    const QStringList withTerm =
        strings({"\"投诉", "投诉\"", "(投诉", "投诉)", "question:投诉", "question : 投诉",
                 "{question}: 投诉", "NEAR(投诉 理赔, 2)", "投诉*", "\"投诉\" AND", "投诉 OR 理赔",
                 "投诉 NOT 理赔", "-投诉", "^投诉", "投诉'; DROP TABLE knowledge_entry; --"});
    for (const QString &q : withTerm) {
        QTest::newRow(qPrintable(q)) << q << true;
    }
    QTest::newRow("NUL") << QStringLiteral("投\0诉") << false;
    QTest::newRow("lone surrogate") << (QString(QChar(0xD800)) + QStringLiteral("投诉")) << true;
    QTest::newRow("very long") << QString(100000, QChar(u'投')) << false;
    QTest::newRow("very many words")
        << QStringLiteral("投诉 a b c d e f g h i j k l m n o p q r s t u v w x y z").repeated(40)
        << true;
    QTest::newRow("very long quotes") << QString(5000, QLatin1Char('"')) << false;
}

void TestKnowledge::hostileInputIsOnlyEverText()
{
    QFETCH(QString, query);
    QFETCH(bool, findsComplaints);
    const KnowledgeQuery q(query);
    QVERIFY(q.terms().size() <= KnowledgeQuery::MaxTerms);
    if (!q.isEmpty()) {
        expectOnlyQuotedTerms(q.match(KnowledgeQuery::Operator::And));
        expectOnlyQuotedTerms(q.match(KnowledgeQuery::Operator::Or));
        expectOnlyQuotedTerms(q.questionMatch(KnowledgeQuery::Operator::And));
    }
    KnowledgeBase kb(m_branch->database());
    QList<KnowledgeHit> hits;
    QVERIFY_THROWS_NO_EXCEPTION(hits = kb.search(query));
    if (findsComplaints) {
        QVERIFY2(codes(hits).contains(QStringLiteral("KB-GEN-004")),
                 qPrintable(codes(hits).join(QLatin1Char(' '))));
    }
    QCOMPARE(kb.count(), m_demo.size()); // nothing was dropped or changed
}

void TestKnowledge::randomInputNeverFails()
{
    // What a clerk might paste, and worse: FTS5 syntax, CJK, full-width forms, combining marks,
    // emoji, broken surrogates and control characters, in random order.
    const QString pool =
        QStringLiteral("\"*()^:-+{}[]'%_\\ \t\n,.;!?AaNnDdOoRrTtEeq19")
        + QStringLiteral("投诉理赔费办理身份证一次性告知，。、“”（）　ＡＮＤ９")
        + QStringLiteral("e\u0301\u0E01\u0E34\U0001F600\u2460\u00B2\u216B\uFF21\uFF02\uFF0A")
        + QChar(0) + QChar(0xDC00) + QChar(0xD83D) + QChar(0x7F);
    QRandomGenerator random(20260301);
    KnowledgeBase kb(m_branch->database());
    for (int i = 0; i < 1500; ++i) {
        QString query;
        const int length = random.bounded(90);
        for (int j = 0; j < length; ++j) {
            query += pool.at(random.bounded(int(pool.size())));
        }
        const KnowledgeQuery q(query);
        if (!q.isEmpty()) {
            expectOnlyQuotedTerms(q.match(KnowledgeQuery::Operator::And));
            expectOnlyQuotedTerms(q.questionMatch(KnowledgeQuery::Operator::Or));
        }
        try {
            kb.search(query, 5);
        } catch (const DbException &e) {
            QFAIL(qPrintable(QLatin1String("search failed for ") + query + QLatin1String(": ")
                             + e.error().message));
        }
    }
}

void TestKnowledge::snippetsMarkTheMatches()
{
    KnowledgeBase kb(m_branch->database());
    const QList<KnowledgeHit> hits = kb.search(QStringLiteral("一次性告知"));
    QVERIFY(!hits.isEmpty());
    for (const KnowledgeHit &h : hits) {
        QVERIFY(h.snippet.size() <= 62);
        for (const KnowledgeHit::Span &s : h.snippetSpans) {
            QCOMPARE(h.snippet.mid(s.start, s.length), QStringLiteral("一次性告知"));
        }
        for (const KnowledgeHit::Span &s : h.questionSpans) {
            QCOMPARE(h.entry.question.mid(s.start, s.length), QStringLiteral("一次性告知"));
        }
        // Where the answer holds the phrase, the excerpt shows it.
        QCOMPARE(h.snippetSpans.isEmpty(), !h.entry.answer.contains(QStringLiteral("一次性告知")));
        const QString withoutEllipses = QString(h.snippet).remove(QStringLiteral("…"));
        QVERIFY(h.entry.answer.contains(withoutEllipses));
    }
    const KnowledgeHit top =
        kb.search(QStringLiteral("95598")).first(); // a copy: the list is a temporary
    QCOMPARE(KnowledgeHit::marked(top.entry.question, top.questionSpans, QStringLiteral("["),
                                  QStringLiteral("]")),
             QStringLiteral("[95598]能办哪些事？"));
    QCOMPARE(KnowledgeHit::html(QStringLiteral("a<b & 95598"), {{6, 5}}),
             QStringLiteral("a&lt;b &amp; <b>95598</b>"));
    // Case-insensitive and merged.
    QCOMPARE(KnowledgeHit::find(QStringLiteral("ETC etc"),
                                {QStringLiteral("etc"), QStringLiteral("TC")}),
             (QList<KnowledgeHit::Span>{{0, 3}, {4, 3}}));
}

void TestKnowledge::limitIsRespected()
{
    KnowledgeBase kb(m_branch->database());
    QCOMPARE(kb.search(QStringLiteral("的"), 3).size(), 3);
    QVERIFY(kb.search(QStringLiteral("的"), 0).isEmpty());
    QVERIFY(kb.search(QStringLiteral("的"), -5).isEmpty());
    QVERIFY(kb.search(QStringLiteral("的"), 100000).size() <= KnowledgeBase::MaxLimit);
}

void TestKnowledge::fromJsonRefusesMalformedEntries_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions"); // the message must name the entry

    const QByteArray ok = R"({"code":"A-1","sector":"bank","question":"问","answer":"答",)"
                          R"("keywords":["词"],"source":"001"})";
    auto doc = [&](const QByteArray &second) -> QByteArray {
        return "{\"entries\":[" + ok + "," + second + "]}";
    };
    QTest::newRow("not an object")
        << QByteArray(R"({"entries":[)" + ok + R"(,"text"]})") << "entry 2";
    QTest::newRow("no code") << doc(R"({"sector":"bank","question":"q","answer":"a","source":"s"})")
                             << "entry 2";
    QTest::newRow("bad code") << doc(R"({"code":"a b","sector":"bank","question":"q",)"
                                     R"("answer":"a","source":"s"})")
                              << "entry 2";
    QTest::newRow("code twice") << doc(ok) << "entry 2 (A-1)";
    QTest::newRow("unknown sector") << doc(R"({"code":"B-2","sector":"gas","question":"q",)"
                                           R"("answer":"a","source":"s"})")
                                    << "B-2";
    QTest::newRow("empty question") << doc(R"({"code":"B-2","sector":"bank","question":"  ",)"
                                           R"("answer":"a","source":"s"})")
                                    << "B-2";
    QTest::newRow("question a number") << doc(R"({"code":"B-2","sector":"bank","question":5,)"
                                              R"("answer":"a","source":"s"})")
                                       << "B-2";
    QTest::newRow("no answer") << doc(R"({"code":"B-2","sector":"bank","question":"q",)"
                                      R"("source":"s"})")
                               << "B-2";
    QTest::newRow("keywords a string") << doc(R"({"code":"B-2","sector":"bank","question":"q",)"
                                              R"("answer":"a","keywords":"x y","source":"s"})")
                                       << "B-2";
    QTest::newRow("keyword with space") << doc(R"({"code":"B-2","sector":"bank","question":"q",)"
                                               R"("answer":"a","keywords":["x y"],"source":"s"})")
                                        << "B-2";
    QTest::newRow("no source") << doc(R"({"code":"B-2","sector":"bank","question":"q",)"
                                      R"("answer":"a"})")
                               << "B-2";
    QTest::newRow("bad date") << doc(R"({"code":"B-2","sector":"bank","question":"q",)"
                                     R"("answer":"a","source":"s","updated":"yesterday"})")
                              << "B-2";
    QTest::newRow("misspelt field") << doc(R"({"code":"B-2","sector":"bank","question":"q",)"
                                           R"("answr":"a","answer":"a","source":"s"})")
                                    << "answr";
    QTest::newRow("no entries") << QByteArray(R"({"items":[]})") << "entries";
    QTest::newRow("a string") << QByteArray(R"("entries")") << "entries";
}

void TestKnowledge::fromJsonRefusesMalformedEntries()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    const QList<KnowledgeEntry> entries =
        KnowledgeBase::fromJson(QJsonDocument::fromJson(json), &error);
    QVERIFY(entries.isEmpty());
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestKnowledge::jsonRoundTrip()
{
    QString error;
    const QList<KnowledgeEntry> again =
        KnowledgeBase::fromJson(KnowledgeBase::toJson(m_demo), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(again, m_demo);
    QCOMPARE(KnowledgeBase::digest(again), KnowledgeBase::digest(m_demo));
    QList<KnowledgeEntry> changed = m_demo;
    changed[3].answer += QStringLiteral("。");
    QVERIFY(KnowledgeBase::digest(changed) != KnowledgeBase::digest(m_demo));
    // A bare array is accepted too, and an empty knowledge base is valid.
    QCOMPARE(KnowledgeBase::fromJson(QJsonDocument(QJsonArray()), &error).size(), 0);
    QVERIFY(error.isEmpty());
}

void TestKnowledge::replaceAllOnlyInsideRecord()
{
    QVERIFY_THROWS_EXCEPTION(DbException,
                             KnowledgeBase(m_branch->database()).replaceAll({m_demo.first()}));
    QCOMPARE(KnowledgeBase(m_branch->database()).count(), m_demo.size());
}

void TestKnowledge::replaceAllLeavesNothingStale()
{
    QTemporaryDir dir;
    auto branch =
        Branch::create(dir.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    KnowledgeBase kb(branch->database());
    auto replace = [&](const QList<KnowledgeEntry> &entries) {
        branch->record({QStringLiteral("test"),
                        QStringLiteral("knowledge.replace"),
                        QStringLiteral("knowledge"),
                        {}},
                       [&](AuditEvent &) {
                           kb.replaceAll(entries);
                       });
    };
    const KnowledgeEntry old{QStringLiteral("OLD-1"),
                             QStringLiteral("water"),
                             QStringLiteral("旧水表怎么换？"),
                             QStringLiteral("旧答案：请到营业厅。"),
                             {QStringLiteral("旧词")},
                             QStringLiteral("001"),
                             {}};
    const KnowledgeEntry fresh{QStringLiteral("NEW-1"),
                               QStringLiteral("power"),
                               QStringLiteral("新电表怎么装？"),
                               QStringLiteral("新答案：拨打95598。"),
                               {},
                               QStringLiteral("002"),
                               QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC)};
    replace({old});
    QCOMPARE(codes(kb.search(QStringLiteral("水表"))), strings({"OLD-1"}));
    QCOMPARE(codes(kb.search(QStringLiteral("旧"))), strings({"OLD-1"}));
    QCOMPARE(codes(kb.search(QStringLiteral("旧答案"))), strings({"OLD-1"}));
    QVERIFY(kb.entries().first().updated.isValid()); // stamped when it had no date

    replace({fresh});
    QCOMPARE(kb.count(), 1);
    QCOMPARE(kb.entries(), QList<KnowledgeEntry>{fresh});
    for (const char *stale : {"水表", "旧", "旧答案", "旧水表怎么换", "旧词", "OLD"}) {
        QVERIFY2(kb.search(QString::fromUtf8(stale)).isEmpty(), stale);
    }
    QCOMPARE(codes(kb.search(QStringLiteral("电表"))), strings({"NEW-1"}));
    QCOMPARE(codes(kb.search(QStringLiteral("95598"))), strings({"NEW-1"}));

    replace({});
    QCOMPARE(kb.count(), 0);
    QVERIFY(kb.search(QStringLiteral("电表")).isEmpty());
    QVERIFY(kb.search(QStringLiteral("新电表")).isEmpty());
    QVERIFY(branch->verifyAudit().ok);
}

void TestKnowledge::failedReplacementKeepsTheOldContent()
{
    QList<KnowledgeEntry> twice = {m_demo.first(), m_demo.first()}; // the same code twice
    const qint64 auditBefore = AuditStore(m_branch->database()).count();
    QVERIFY_THROWS_EXCEPTION(
        DbException, m_branch->record({QStringLiteral("test"),
                                       QStringLiteral("knowledge.replace"),
                                       QStringLiteral("knowledge"),
                                       {}},
                                      [&](AuditEvent &) {
                                          KnowledgeBase(m_branch->database()).replaceAll(twice);
                                      }));
    KnowledgeBase kb(m_branch->database());
    QCOMPARE(kb.count(), m_demo.size());
    QVERIFY(codes(kb.search(QStringLiteral("理赔"))).contains(QStringLiteral("KB-INS-002")));
    QVERIFY(codes(kb.search(QStringLiteral("费"))).contains(QStringLiteral("KB-PWR-003")));
    QCOMPARE(AuditStore(m_branch->database()).count(), auditBefore);
}

void TestKnowledge::questionTierBeatsAStrongerAnswerScore()
{
    // An entry whose keywords and answer are full of the term scores better in bm25 than one
    // whose long question holds it once; the question match must still come first.
    QTemporaryDir dir;
    auto branch =
        Branch::create(dir.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    auto entry = [](const QString &code, const QString &question, const QString &answer,
                    const QStringList &keywords) {
        return KnowledgeEntry{code,     QStringLiteral("general"), question, answer,
                              keywords, QStringLiteral("001"),     {}};
    };
    QList<KnowledgeEntry> entries;
    for (int i = 0; i < 6; ++i) {
        entries << entry(QStringLiteral("FILL-%1").arg(i), QStringLiteral("问一"),
                         QStringLiteral("答一"), {});
    }
    entries << entry(QStringLiteral("ANSWER"), QStringLiteral("别的问题"),
                     QStringLiteral("专项治理").repeated(30), {QStringLiteral("专项治理")});
    entries << entry(QStringLiteral("QUESTION"),
                     QStringLiteral("很长的问题").repeated(80) + QStringLiteral("专项治理"),
                     QStringLiteral("答案"), {});
    branch->record({QStringLiteral("test"),
                    QStringLiteral("knowledge.replace"),
                    QStringLiteral("knowledge"),
                    {}},
                   [&](AuditEvent &) {
                       KnowledgeBase(branch->database()).replaceAll(entries);
                   });
    KnowledgeBase kb(branch->database());
    for (const char *query : {"专项", "专项治理"}) {
        const QList<KnowledgeHit> hits = kb.search(QString::fromUtf8(query));
        QCOMPARE(codes(hits), strings({"QUESTION", "ANSWER"}));
        QVERIFY(hits.at(0).inQuestion && !hits.at(1).inQuestion);
        QVERIFY2(hits.at(1).score < hits.at(0).score, query); // bm25 alone would swap them
    }
}

void TestKnowledge::noPlaintextOnDisk()
{
    // The branch is open, so its WAL is there too; both must show nothing of the entries, in
    // any of the forms the indexes keep: whole text, CJK-spaced text, trigrams.
    const KnowledgeEntry &e = *std::find_if(m_demo.cbegin(), m_demo.cend(), [](const auto &x) {
        return x.code == QLatin1String("KB-BANK-002");
    });
    QVERIFY(codes(KnowledgeBase(m_branch->database()).search(QStringLiteral("挂失")))
                .contains(e.code)); // it is really in there
    const QList<QByteArray> needles = {
        e.question.toUtf8(),
        KnowledgeQuery::spacedText(e.question).toUtf8(),
        e.answer.left(20).toUtf8(),
        KnowledgeQuery::spacedText(e.answer.left(10)).toUtf8(),
        QStringLiteral("挂失").toUtf8(),
        QStringLiteral("银行卡").toUtf8(),
        QByteArray(reinterpret_cast<const char *>(e.question.utf16()), e.question.size() * 2),
        QByteArrayLiteral("knowledge_trigram"),
        QByteArrayLiteral("SQLite format 3"),
    };
    int files = 0;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        for (const QByteArray &needle : needles) {
            QVERIFY2(!bytes.contains(needle),
                     qPrintable(f.fileName() + QLatin1String(": ") + QString::fromUtf8(needle)));
        }
    }
    QVERIFY(QFile::exists(DataDir::databasePath(m_dir.path()) + QStringLiteral("-wal")));
    QVERIFY(files >= 2);
}

QTEST_GUILESS_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
