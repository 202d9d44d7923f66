// The knowledge side panel on the demo branch: a two-character Chinese query typed key by key
// lists the standard answers (after the debounce, not per keystroke), choosing one shows its
// answer in large type, a query with no match says so, and Escape clears.
#include "appearance.h"
#include "branch/branch.h"
#include "guitestsupport.h"
#include "knowledge/knowledgehitmodel.h"
#include "knowledgepanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace GuiTestSupport;

namespace
{
int rowOf(const QAbstractItemModel *model, const QString &code)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(KnowledgeHitModel::CodeRole).toString() == code) {
            return row;
        }
    }
    return -1;
}
} // namespace

class TestKnowledgePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingTwoCharactersListsTheEntry();
    void selectingShowsTheAnswer();
    void noMatchSaysSo();
    void escapeClears();
    void chinesePanelFits();

private:
    void showPanel();
    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Branch> m_branch;
    std::unique_ptr<KnowledgePanel> m_panel;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QTextBrowser *m_answer = nullptr;
    QLabel *m_status = nullptr;
};

void TestKnowledgePanel::initTestCase()
{
    Appearance::apply(*qApp);
    createDemoBranch(m_template.path());
}

void TestKnowledgePanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_branch = openCopy(m_template.path(), m_dir->path());
}

void TestKnowledgePanel::cleanup()
{
    m_panel.reset();
    m_branch.reset();
    m_dir.reset();
}

void TestKnowledgePanel::showPanel()
{
    m_panel = std::make_unique<KnowledgePanel>(*m_branch);
    m_panel->resize(440, 720);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_search = child<QLineEdit>(m_panel.get(), "searchEdit");
    m_list = child<QListView>(m_panel.get(), "resultView");
    m_answer = child<QTextBrowser>(m_panel.get(), "answerView");
    m_status = child<QLabel>(m_panel.get(), "statusLabel");
    m_search->setFocus();
}

void TestKnowledgePanel::typingTwoCharactersListsTheEntry()
{
    showPanel();
    QAbstractItemModelTester tester(m_list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(m_panel.get(), &KnowledgePanel::answerShown);
    QElapsedTimer typed;
    typed.start();
    typeText(m_search, QString::fromUtf8("投诉"));
    // Debounced: nothing has been searched yet, one keystroke after the other.
    QCOMPARE(m_list->model()->rowCount(), 0);
    QTRY_VERIFY(m_list->model()->rowCount() > 0);
    QVERIFY(typed.elapsed() >= KnowledgePanel::DebounceMs);

    const int row = rowOf(m_list->model(), QStringLiteral("KB-GEN-004"));
    QVERIFY2(row >= 0, "对服务不满意，怎么投诉？ is not listed");
    QVERIFY(m_list->model()
                ->index(row, 0)
                .data(KnowledgeHitModel::QuestionHtmlRole)
                .toString()
                .contains(QString::fromUtf8("<b>投诉</b>")));
    QVERIFY(m_status->text().contains(QString::fromUtf8("“投诉”")));
    // The best answer is shown at once, without a click.
    QCOMPARE(m_list->currentIndex().row(), 0);
    QVERIFY(!m_answer->toPlainText().isEmpty());
    QCOMPARE(shown.count(), 1);
    saveScreenshot(m_panel.get(), QStringLiteral("knowledge-complaint"));
}

void TestKnowledgePanel::selectingShowsTheAnswer()
{
    showPanel();
    typeText(m_search, QString::fromUtf8("投诉"));
    QTRY_VERIFY(rowOf(m_list->model(), QStringLiteral("KB-GEN-005")) >= 0);
    QSignalSpy shown(m_panel.get(), &KnowledgePanel::answerShown);
    const int row = rowOf(m_list->model(), QStringLiteral("KB-GEN-005"));
    const QRect rect = m_list->visualRect(m_list->model()->index(row, 0));
    QVERIFY(m_list->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_panel->currentCode(), QStringLiteral("KB-GEN-005"));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("KB-GEN-005"));
    const QString answer = m_answer->toPlainText();
    QVERIFY(answer.contains(QString::fromUtf8("投诉以后是怎么处理的？")));
    QVERIFY(answer.contains(
        QString::fromUtf8("您好，投诉处理分几步：先认真听取并详细记录您反映的事项")));
    // Read aloud to the customer: larger than the panel's own type.
    QVERIFY(m_answer->font().pointSizeF() >= m_panel->font().pointSizeF() * 1.3);

    // Arrow keys in the search field walk the list.
    m_search->setFocus();
    const int before = m_list->currentIndex().row();
    QTest::keyClick(m_search, before == 0 ? Qt::Key_Down : Qt::Key_Up);
    QVERIFY(m_list->currentIndex().row() != before);
    QVERIFY(m_panel->currentCode() != QStringLiteral("KB-GEN-005"));
}

void TestKnowledgePanel::noMatchSaysSo()
{
    showPanel();
    typeText(m_search, QString::fromUtf8("投诉"));
    QTRY_VERIFY(m_list->model()->rowCount() > 0);
    m_search->clear();
    typeText(m_search, QString::fromUtf8("龘龘龘"));
    QTRY_VERIFY(m_status->text().startsWith(QLatin1String("No standard answer found")));
    QVERIFY(m_status->text().contains(QString::fromUtf8("“龘龘龘”")));
    QCOMPARE(m_list->model()->rowCount(), 0);
    QVERIFY(m_answer->toPlainText().isEmpty());
    QVERIFY(m_panel->currentCode().isEmpty());
}

void TestKnowledgePanel::escapeClears()
{
    showPanel();
    typeText(m_search, QString::fromUtf8("理赔"));
    QTRY_VERIFY(m_list->model()->rowCount() > 0);
    QVERIFY(!m_answer->toPlainText().isEmpty());
    m_list->setFocus();
    QTest::keyClick(m_list, Qt::Key_Escape);
    QVERIFY(m_search->text().isEmpty());
    QCOMPARE(m_list->model()->rowCount(), 0);
    QVERIFY(m_answer->toPlainText().isEmpty());
    QCOMPARE(QApplication::focusWidget(), m_search);
    QCOMPARE(m_status->text(), QStringLiteral("Type a few words of the customer's question."));
}

void TestKnowledgePanel::chinesePanelFits()
{
    ChineseUi zh;
    showPanel();
    QCOMPARE(m_search->placeholderText(), QString::fromUtf8("输入客户所问的问题"));
    typeText(m_search, QString::fromUtf8("挂失"));
    QTRY_VERIFY(m_list->model()->rowCount() > 0);
    QVERIFY(m_status->text().contains(QString::fromUtf8("条标准答复")));
    // Each result row is as tall as its wrapped text, and no wider than the list.
    for (int row = 0; row < m_list->model()->rowCount(); ++row) {
        const QRect r = m_list->visualRect(m_list->model()->index(row, 0));
        QVERIFY(r.height() > m_list->fontMetrics().height());
        QVERIFY(r.width() <= m_list->viewport()->width());
    }
    QCOMPARE(firstCutText(m_panel.get()), QString());
    saveScreenshot(m_panel.get(), QStringLiteral("knowledge-zh_CN"));
}

QTEST_MAIN(TestKnowledgePanel)
#include "tst_knowledgepanel.moc"
