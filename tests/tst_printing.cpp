// Printed documents as a customer and an archive see them: the PDF's text layer holds the exact
// words (searchable, copyable), and the QR code on the rendered page decodes to the right URL.
#include "pdfcheck.h"
#include "printing/sampledocuments.h"
#include "testsupport.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace
{
QString run(const QString &program, const QStringList &args)
{
    return PdfCheck::run(program, args);
}

QString decodeQr(const QString &pdf, const QString &dir)
{
    return PdfCheck::decodeQr(pdf, dir).text;
}
} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documents_data();
    void documents();
    void englishDocument();
    void badKindRefused();
};

void TestPrinting::documents_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QStringList>("words");
    // Words chosen to include characters that Noto CJK would map to Kangxi radicals (一 人 日 文).
    QTest::newRow("notice A4") << "notice"
                               << "A4"
                               << QStringList{QString::fromUtf8("一次性告知书"),
                                              QString::fromUtf8("尚需补充的材料"),
                                              QString::fromUtf8(
                                                  "授权委托书（委托人签字）：原件 1 份（缺）"),
                                              QString::fromUtf8("代办人居民身份证"),
                                              QString::fromUtf8("编号：DEMO01-N-20261124-0003"),
                                              QString::fromUtf8("欧阳**"),
                                              QStringLiteral("1101**********002X"),
                                              QString::fromUtf8("申请人签字")};
    QTest::newRow("acceptance A4")
        << "acceptance"
        << "A4"
        << QStringList{
               QString::fromUtf8("受理回执"),      QString::fromUtf8("承诺办结日期："),
               QString::fromUtf8("2026年12月1日"), QString::fromUtf8("编号：DEMO01-20261124-0007"),
               QString::fromUtf8("已收材料"),      QString::fromUtf8("扫码查询办理进度")};
    QTest::newRow("acceptance A5")
        << "acceptance"
        << "A5" << QStringList{QString::fromUtf8("受理回执"), QString::fromUtf8("2026年12月1日")};
    QTest::newRow("refusal") << "refusal"
                             << "A4"
                             << QStringList{QString::fromUtf8("不予受理通知书"),
                                            QString::fromUtf8("理由"),
                                            QString::fromUtf8("书面申请复核"),
                                            QString::fromUtf8("如有异议")};
    QTest::newRow("referral") << "referral"
                              << "A4"
                              << QStringList{QString::fromUtf8("转办告知单"),
                                             QString::fromUtf8("联系人：赵强"),
                                             QStringLiteral("010-6512 3456")};
    // The form the customer signs shows her data in full; the collection notice masks it.
    QTest::newRow("application")
        << "application"
        << "A4"
        << QStringList{QString::fromUtf8("保险合同变更申请书"), QString::fromUtf8("欧阳娜娜"),
                       QStringLiteral("11010519491231002X"),    QStringLiteral("13812345678"),
                       QString::fromUtf8("护照 E12345678"),     QString::fromUtf8("随附材料"),
                       QString::fromUtf8("申请人签字"),         QString::fromUtf8("真实有效")};
    QTest::newRow("collection") << "collection"
                                << "A5"
                                << QStringList{QString::fromUtf8("领取通知书"),
                                               QString::fromUtf8("受理编号"),
                                               QStringLiteral("DEMO01-20261124-0007"),
                                               QString::fromUtf8("2026年11月30日"),
                                               QString::fromUtf8("欧阳**"),
                                               QString::fromUtf8("3号窗口领取")};
}

void TestPrinting::documents()
{
    QFETCH(QString, kind);
    QFETCH(QString, paper);
    QFETCH(QStringList, words);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("doc.pdf"));
    const auto r = TestSupport::cli({QStringLiteral("print-sample"), kind, QStringLiteral("--out"),
                                     pdf, QStringLiteral("--paper"), paper});
    QCOMPARE(r.exitCode, 0);
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const QString &w : words) {
        QVERIFY2(text.contains(w), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(w, text)));
    }
    // Nothing came out as a Kangxi radical (U+2F00..U+2FDF).
    for (const QChar c : text) {
        QVERIFY2(c.unicode() < 0x2F00 || c.unicode() > 0x2FDF,
                 "a Kangxi radical in the text layer");
    }
    QCOMPARE(decodeQr(pdf, dir.path()), SampleDocuments::sampleUrl(kind));
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(
        info.contains(paper == QLatin1String("A5") ? QLatin1String("(A5)") : QLatin1String("(A4)")),
        qPrintable(info));
}

void TestPrinting::englishDocument()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("en.pdf"));
    QCOMPARE(TestSupport::cli({QStringLiteral("print-sample"), QStringLiteral("notice"),
                               QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--out"), pdf})
                 .exitCode,
             0);
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.contains(QLatin1String("One-time notice")));
    QVERIFY(text.contains(QLatin1String("No. DEMO01-N-20261124-0003")));
}

void TestPrinting::badKindRefused()
{
    QTemporaryDir dir;
    const auto r =
        TestSupport::cli({QStringLiteral("print-sample"), QStringLiteral("poster"),
                          QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("Usage")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

QTEST_GUILESS_MAIN(TestPrinting)
#include "tst_printing.moc"
