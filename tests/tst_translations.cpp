// Every translatable string is translated in zh_CN, zh_TW and en, keeps its placeholders, and the
// binary carries the compiled translations.
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void compiledIntoBinary();
    void noStringLeftOut();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("lang");
    for (const char *lang : {"zh_CN", "zh_TW", "en"}) {
        QTest::newRow(lang) << QString::fromLatin1(lang);
    }
}

void TestTranslations::complete()
{
    QFETCH(QString, lang);
    QFile f(QStringLiteral(COUNTERDESK_SOURCE_DIR "/i18n/counterdesk_") + lang
            + QStringLiteral(".ts"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QDomDocument doc;
    QVERIFY(doc.setContent(&f));
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    QVERIFY(messages.size() > 100);
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    auto placeholders = [](const QString &s) {
        QStringList found;
        for (auto it = placeholder.globalMatch(s); it.hasNext();) {
            found << it.next().captured(0);
        }
        found.sort();
        return found;
    };
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement m = messages.at(i).toElement();
        const QString source = m.firstChildElement(QStringLiteral("source")).text();
        const QDomElement tr = m.firstChildElement(QStringLiteral("translation"));
        QVERIFY2(tr.attribute(QStringLiteral("type")).isEmpty(), qPrintable(source));
        QStringList texts;
        if (m.attribute(QStringLiteral("numerus")) == QLatin1String("yes")) {
            for (QDomElement n = tr.firstChildElement(); !n.isNull(); n = n.nextSiblingElement()) {
                texts << n.text();
            }
        } else {
            texts << tr.text();
        }
        for (const QString &text : texts) {
            QVERIFY2(!text.isEmpty(), qPrintable(source));
            QCOMPARE(placeholders(text), placeholders(source));
        }
    }
}

void TestTranslations::compiledIntoBinary()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/counterdesk_zh_CN")));
    QCOMPARE(zh.translate("FirstRunDialog", "Set up this branch"), QString::fromUtf8("设置本网点"));
    QTranslator tw;
    QVERIFY(tw.load(QStringLiteral(":/i18n/counterdesk_zh_TW")));
    QCOMPARE(tw.translate("MainWindow", "&Help"), QString::fromUtf8("幫助(&H)"));
}

void TestTranslations::noStringLeftOut()
{
    // Run lupdate over every source on a copy of the committed zh_CN catalogue: a tr() string
    // that was never put into i18n/ shows up as "new".
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("check.ts"));
    QVERIFY(QFile::copy(QStringLiteral(COUNTERDESK_SOURCE_DIR "/i18n/counterdesk_zh_CN.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(COUNTERDESK_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("@" COUNTERDESK_I18N_SOURCES),
                   QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    const QString report =
        QString::fromUtf8(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
    static const QRegularExpression found(
        QStringLiteral("\\((\\d+) new and (\\d+) already existing\\)"));
    const QRegularExpressionMatch m = found.match(report);
    QVERIFY2(m.hasMatch(), qPrintable(report));
    QVERIFY2(
        m.captured(1) == QLatin1String("0"),
        qPrintable(QStringLiteral("%1 string(s) are not in i18n/*.ts: run the update_translations "
                                  "target and translate them.\n%2")
                       .arg(m.captured(1), report)));
    QVERIFY(m.captured(2).toInt() > 100);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
