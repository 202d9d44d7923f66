// Forbidden phrases (服务忌语) found in what a clerk types: the demo catalogue's phrases with their
// alternatives, repeated and overlapping phrases, and the ways a clerk may type one.
#include "catalogue/catalogue.h"
#include "scripts/phrasechecker.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

namespace
{
ForbiddenPhrase phrase(const char *text, const char *alternative, const char *stage = "general")
{
    return {QString::fromLatin1(stage), QString::fromUtf8(text),
            LocalizedText{QString::fromUtf8(alternative), {}, {}}, QStringLiteral("test")};
}

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

// "position:length:phrase" per match, for readable comparisons.
QStringList describe(const QList<PhraseChecker::Match> &matches)
{
    QStringList out;
    for (const PhraseChecker::Match &m : matches) {
        out << QStringLiteral("%1:%2:%3").arg(m.position).arg(m.length).arg(m.phrase);
    }
    return out;
}
} // namespace

class TestPhraseChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoCatalogueFlagsWithAlternatives();
    void serviceStagesChooseThePhrases();
    void repeatedPhrase();
    void overlappingPhrases();
    void phraseListedTwiceCountsOnce();
    void typingVariants_data();
    void typingVariants();
    void nothingToFind();
    void randomTextKeepsTheInvariants();

private:
    std::optional<Catalogue> m_catalogue;
};

void TestPhraseChecker::initTestCase()
{
    QFile file(QStringLiteral(":/demo/catalogue.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    m_catalogue = Catalogue::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
    QVERIFY2(m_catalogue, qPrintable(error));
}

void TestPhraseChecker::demoCatalogueFlagsWithAlternatives()
{
    const PhraseChecker checker(m_catalogue->forbiddenPhrases());
    const QString text = u("您好，我不知道。这不是我管的事，您去三楼问问。");
    const auto matches = checker.find(text);
    QCOMPARE(describe(matches), QStringList({u("3:4:我不知道"), u("8:7:这不是我管的事")}));
    QCOMPARE(matches[0].alternative.zhCN, u("请您稍等，我马上为您查询清楚，再给您准确答复。"));
    QCOMPARE(matches[0].alternative.text(QStringLiteral("en")),
             QStringLiteral("Please wait a moment; I will find out and give you an exact answer."));
    QCOMPARE(matches[1].alternative.zhCN,
             u("这项业务由相关部门办理，我为您联系，并把经办人和电话告诉您。"));
    QCOMPARE(matches[1].stage, QStringLiteral("general"));
    QCOMPARE(text.mid(matches[1].position, matches[1].length), u("这不是我管的事"));
}

void TestPhraseChecker::serviceStagesChooseThePhrases()
{
    const QString text = u("你去投诉好了，我不知道。");
    const Service *complaint = m_catalogue->service(QStringLiteral("GEN-COMPLAINT"));
    const Service *consult = m_catalogue->service(QStringLiteral("GEN-CONSULT"));
    QVERIFY(complaint && consult);
    QCOMPARE(describe(PhraseChecker(m_catalogue->forbiddenFor(*complaint)).find(text)),
             QStringList({u("0:6:你去投诉好了"), u("7:4:我不知道")}));
    // The complaint stage's phrase is not on a consultation's list; the general ones are.
    QCOMPARE(describe(PhraseChecker(m_catalogue->forbiddenFor(*consult)).find(text)),
             QStringList({u("7:4:我不知道")}));
}

void TestPhraseChecker::repeatedPhrase()
{
    const PhraseChecker checker({phrase("我不知道", "我来查"), phrase("哈哈", "您好")});
    QCOMPARE(describe(checker.find(u("我不知道，我真的我不知道"))),
             QStringList({u("0:4:我不知道"), u("8:4:我不知道")}));
    // A phrase that overlaps itself counts where it does not overlap an earlier occurrence.
    QCOMPARE(describe(checker.find(u("哈哈哈"))), QStringList({u("0:2:哈哈")}));
    QCOMPARE(describe(checker.find(u("哈哈哈哈"))), QStringList({u("0:2:哈哈"), u("2:2:哈哈")}));
}

void TestPhraseChecker::overlappingPhrases()
{
    const PhraseChecker checker({phrase("不知道", "short"), phrase("我不知道", "long"),
                                 phrase("快下班", "a"), phrase("下班了", "b")});
    // One inside another: the longer one, whichever the catalogue lists first.
    auto m = checker.find(u("我不知道"));
    QCOMPARE(describe(m), QStringList({u("0:4:我不知道")}));
    QCOMPARE(m[0].alternative.zhCN, QStringLiteral("long"));
    QCOMPARE(describe(checker.find(u("他不知道"))), QStringList({u("1:3:不知道")}));
    // Two that share characters: the earlier one, so each match can be replaced on its own.
    QCOMPARE(describe(checker.find(u("快下班了"))), QStringList({u("0:3:快下班")}));
    QCOMPARE(describe(checker.find(u("下班了快下班"))),
             QStringList({u("0:3:下班了"), u("3:3:快下班")}));
}

void TestPhraseChecker::phraseListedTwiceCountsOnce()
{
    const PhraseChecker checker(
        {phrase("我不知道", "first", "general"), phrase("我不知道", "second", "complaint")});
    QCOMPARE(checker.phrases().size(), 1);
    const auto m = checker.find(u("我不知道"));
    QCOMPARE(m.size(), 1);
    QCOMPARE(m[0].alternative.zhCN, QStringLiteral("first"));
}

void TestPhraseChecker::typingVariants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("half-width comma")
        << u("墙上贴着,自己看吧") << QStringList{u("0:8:墙上贴着，自己看")};
    QTest::newRow("comma and a space")
        << u("墙上贴着, 自己看") << QStringList{u("0:9:墙上贴着，自己看")};
    QTest::newRow("space inside") << u("唉我 不知道啊") << QStringList{u("1:5:我不知道")};
    QTest::newRow("ideographic space") << u("我\u3000不知道") << QStringList{u("0:5:我不知道")};
    QTest::newRow("trailing space not included")
        << u("我不知道 ") << QStringList{u("0:4:我不知道")};
    QTest::newRow("line break ends a phrase") << u("我不\n知道") << QStringList{};
    QTest::newRow("full-width latin, any case")
        << u("ＮＯＴ my JOB!") << QStringList{u("0:10:not my job")};
    QTest::newRow("another phrase nearby")
        << u("急什么急什么") << QStringList{u("0:3:急什么"), u("3:3:急什么")};
}

void TestPhraseChecker::typingVariants()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QList<ForbiddenPhrase> phrases = m_catalogue->forbiddenPhrases();
    phrases << phrase("not my job", "let me help");
    QCOMPARE(describe(PhraseChecker(phrases).find(text)), expected);
}

void TestPhraseChecker::nothingToFind()
{
    QVERIFY(PhraseChecker().find(u("我不知道")).isEmpty());
    QVERIFY(PhraseChecker().isEmpty());
    const PhraseChecker checker({phrase("", "x"), phrase("  ", "y"), phrase("我不知道", "z")});
    QCOMPARE(checker.phrases().size(), 1); // empty phrases would match everywhere
    QVERIFY(checker.find({}).isEmpty());
    QVERIFY(checker.find(u("请您稍等，我马上为您查询清楚。")).isEmpty());
}

void TestPhraseChecker::randomTextKeepsTheInvariants()
{
    const PhraseChecker checker({phrase("我不知道", "a"), phrase("不知道", "b"),
                                 phrase("知道了", "c"), phrase("道道", "d")});
    const QString alphabet = u("我不知道了 \n，");
    QRandomGenerator rng(20261124);
    int found = 0;
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int size = rng.bounded(0, 24);
        for (int i = 0; i < size; ++i) {
            text += alphabet.at(rng.bounded(static_cast<int>(alphabet.size())));
        }
        qsizetype end = 0;
        for (const PhraseChecker::Match &m : checker.find(text)) {
            ++found;
            QVERIFY2(m.position >= end, qPrintable(text)); // in order, never overlapping
            QVERIFY(m.length > 0 && m.position + m.length <= text.size());
            QString typed = text.mid(m.position, m.length);
            QVERIFY2(!typed.contains(QLatin1Char('\n')), qPrintable(text));
            QCOMPARE(typed.remove(QLatin1Char(' ')), m.phrase);
            end = m.position + m.length;
        }
        // Whatever is left unflagged holds no phrase that starts there.
        QString rest = text;
        for (const PhraseChecker::Match &m : checker.find(text)) {
            rest.replace(m.position, m.length, QString(m.length, QLatin1Char('#')));
        }
        rest.remove(QLatin1Char(' '));
        QVERIFY2(!rest.contains(u("不知道")) && !rest.contains(u("道道"))
                     && !rest.contains(u("知道了")),
                 qPrintable(text));
    }
    QVERIFY(found > 100);
}

QTEST_GUILESS_MAIN(TestPhraseChecker)
#include "tst_phrasechecker.moc"
