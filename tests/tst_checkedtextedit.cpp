// A clerk's note checked against the branch catalogue's forbidden phrases as it is typed:
// both phrases underlined in red, each with its own standard alternative in the tooltip and the
// hint, and the alternative put in place from the context menu or with Alt+Enter.
#include "appearance.h"
#include "branch/branch.h"
#include "catalogue/catalogueupdate.h"
#include "checkedtextedit.h"
#include "guitestsupport.h"
#include "phrasehighlighter.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QVBoxLayout>

using namespace GuiTestSupport;

namespace
{
QString u(const char *text)
{
    return QString::fromUtf8(text);
}

const char *const Sentence = "您好，我不知道。这不是我管的事，请您去三楼问问。";
const char *const DontKnowAlt = "请您稍等，我马上为您查询清楚，再给您准确答复。";
const char *const NotMineAlt = "这项业务由相关部门办理，我为您联系，并把经办人和电话告诉您。";

// The ranges the highlighter underlined with a wavy line in a paragraph.
QStringList wavyRanges(const QTextBlock &block)
{
    QStringList out;
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
            out << block.text().mid(r.start, r.length);
        }
    }
    return out;
}
} // namespace

class TestCheckedTextEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void bothPhrasesFlaggedWithTheirAlternatives();
    void tooltipAtThePhrase();
    void contextMenuReplacesThePhrase();
    void altEnterReplacesAtTheCursor();
    void chineseHintFits();

private:
    void typeSentence();
    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Branch> m_branch;
    std::unique_ptr<QWidget> m_host;
    CheckedTextEdit *m_edit = nullptr;
    QLabel *m_hint = nullptr;
};

void TestCheckedTextEdit::initTestCase()
{
    Appearance::apply(*qApp);
    createDemoBranch(m_template.path());
}

void TestCheckedTextEdit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_branch = openCopy(m_template.path(), m_dir->path());
    const auto catalogue = CatalogueUpdate::current(*m_branch);
    QVERIFY(catalogue);
    const Service *service = catalogue->service(QStringLiteral("GEN-CONSULT"));
    QVERIFY(service);

    // As the lead will put it in the window: the field, and the hint under it.
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_edit = new CheckedTextEdit(m_host.get());
    m_hint = new QLabel(m_host.get());
    m_hint->setWordWrap(true);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    QObject::connect(m_edit, &CheckedTextEdit::hintChanged, m_hint, &QLabel::setText);
    m_edit->setPhrases(catalogue->forbiddenFor(*service));
    m_host->resize(640, 360);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    m_edit->setFocus();
}

void TestCheckedTextEdit::cleanup()
{
    m_host.reset();
    m_branch.reset();
    m_dir.reset();
}

void TestCheckedTextEdit::typeSentence()
{
    typeText(m_edit, u(Sentence));
    QCOMPARE(m_edit->toPlainText(), u(Sentence));
}

void TestCheckedTextEdit::bothPhrasesFlaggedWithTheirAlternatives()
{
    QSignalSpy hints(m_edit, &CheckedTextEdit::hintChanged);
    typeSentence();
    const auto matches = m_edit->matches();
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches[0].phrase, u("我不知道"));
    QCOMPARE(matches[0].position, 3);
    QCOMPARE(m_edit->alternativeText(matches[0]), u(DontKnowAlt));
    QCOMPARE(matches[1].phrase, u("这不是我管的事"));
    QCOMPARE(matches[1].position, 8);
    QCOMPARE(m_edit->alternativeText(matches[1]), u(NotMineAlt));

    // What the clerk sees: both underlined with a red wavy line, nothing else.
    const QTextBlock block = m_edit->document()->firstBlock();
    QCOMPARE(wavyRanges(block), QStringList({u("我不知道"), u("这不是我管的事")}));
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        QCOMPARE(r.format.underlineColor(), PhraseHighlighter::flaggedFormat().underlineColor());
    }

    // The hint names each phrase with its alternative, and reached the panel's label.
    QCOMPARE(
        m_edit->hint(),
        QStringLiteral("Avoid saying “%1”; say instead: %2\nAvoid saying “%3”; say instead: %4")
            .arg(u("我不知道"), u(DontKnowAlt), u("这不是我管的事"), u(NotMineAlt)));
    QCOMPARE(m_hint->text(), m_edit->hint());
    QVERIFY(hints.count() >= 2); // flagged as typed: once per phrase completed

    // In English the alternative follows the language asked for.
    m_edit->setLanguage(QStringLiteral("en"));
    QVERIFY(m_hint->text().contains(
        QLatin1String("Please wait a moment; I will find out and give you an exact answer.")));
    QApplication::processEvents();
    QVERIFY(m_hint->height() >= m_hint->heightForWidth(m_hint->width()));
    saveScreenshot(m_host.get(), QStringLiteral("checked-text-en"));
}

void TestCheckedTextEdit::tooltipAtThePhrase()
{
    typeSentence();
    QTextCursor at(m_edit->document());
    at.setPosition(10); // inside 这不是我管的事
    const QPoint pos = m_edit->cursorRect(at).center();
    QHelpEvent help(QEvent::ToolTip, pos, m_edit->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(m_edit->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u(NotMineAlt)));
    QVERIFY(QToolTip::text().contains(u("这不是我管的事")));
    QVERIFY(!QToolTip::text().contains(u(DontKnowAlt)));
    QToolTip::hideText();

    // Away from the phrases, no tooltip.
    at.setPosition(20);
    const QPoint away = m_edit->cursorRect(at).center();
    QHelpEvent plain(QEvent::ToolTip, away, m_edit->viewport()->mapToGlobal(away));
    QApplication::sendEvent(m_edit->viewport(), &plain);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestCheckedTextEdit::contextMenuReplacesThePhrase()
{
    typeSentence();
    QTextCursor at(m_edit->document());
    at.setPosition(4); // inside 我不知道
    std::unique_ptr<QMenu> menu(m_edit->createContextMenuAt(m_edit->cursorRect(at).center()));
    auto *replace = menu->findChild<QAction *>(QStringLiteral("replaceAction"));
    QVERIFY(replace);
    QCOMPARE(menu->actions().value(1), replace); // at the top, under what to avoid
    QVERIFY(replace->text().startsWith(QLatin1String("Say instead: ") + u("请您稍等")));
    replace->trigger();
    const QString expected = u("您好，") + u(DontKnowAlt) + u("。这不是我管的事，请您去三楼问问。");
    QCOMPARE(m_edit->toPlainText(), expected);
    QCOMPARE(m_edit->matches().size(), 1);
    QCOMPARE(wavyRanges(m_edit->document()->firstBlock()), QStringList({u("这不是我管的事")}));
    QVERIFY(!m_hint->text().contains(u("我不知道”")));
    // One undo step brings the typed words back.
    m_edit->undo();
    QCOMPARE(m_edit->toPlainText(), u(Sentence));

    // Elsewhere the menu is the standard one.
    at.setPosition(20);
    std::unique_ptr<QMenu> plain(m_edit->createContextMenuAt(m_edit->cursorRect(at).center()));
    QVERIFY(!plain->findChild<QAction *>(QStringLiteral("replaceAction")));
}

void TestCheckedTextEdit::altEnterReplacesAtTheCursor()
{
    typeSentence();
    QTextCursor c = m_edit->textCursor();
    c.setPosition(15); // just after 这不是我管的事, where typing it left the cursor
    m_edit->setTextCursor(c);
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::AltModifier);
    QCOMPARE(m_edit->toPlainText(),
             u("您好，我不知道。") + u(NotMineAlt) + u("，请您去三楼问问。"));
    QCOMPARE(m_edit->matches().size(), 1);
    QCOMPARE(m_edit->matches()[0].phrase, u("我不知道"));
    // Not at a phrase: Alt+Enter changes nothing.
    c.setPosition(1);
    m_edit->setTextCursor(c);
    const QString before = m_edit->toPlainText();
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::AltModifier);
    QCOMPARE(m_edit->toPlainText(), before);
    QVERIFY(!m_edit->applyAlternativeAtCursor());
}

void TestCheckedTextEdit::chineseHintFits()
{
    ChineseUi zh;
    typeText(m_edit, u("我不知道这件事。\n这不是我管的事，快下班了。"));
    QCOMPARE(m_edit->matches().size(), 3);
    QCOMPARE(wavyRanges(m_edit->document()->lastBlock()),
             QStringList({u("这不是我管的事"), u("快下班了")}));
    QVERIFY2(m_hint->text().startsWith(u("避免说“我不知道”，可以说：") + u(DontKnowAlt)),
             qPrintable(m_hint->text()));
    QApplication::processEvents();
    QVERIFY(m_hint->height() >= m_hint->heightForWidth(m_hint->width()));
    saveScreenshot(m_host.get(), QStringLiteral("checked-text-zh_CN"));
}

QTEST_MAIN(TestCheckedTextEdit)
#include "tst_checkedtextedit.moc"
