// Every translatable string is translated in zh_CN, zh_TW and en, keeps its placeholders, and the
// binary carries the compiled translations.
#include <QDomDocument>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void compiledIntoBinary();
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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
