// The GUI at this stage, driven as a person would: first run, unlock, main window, About.
#include "aboutdialog.h"
#include "branch/branch.h"
#include "branchstore.h"
#include "database.h"
#include "firstrundialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "startup.h"
#include "sync/syncclient.h"
#include "testsupport.h"
#include "unlockdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace
{
// QTest::keyClicks aborts on non-Latin-1 text: type such characters one key event at a time.
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(w, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstRunCreatesBranch();
    void unlockDialogRefusesWrongPassphrase();
    void mainWindowShowsBranchAndVerifiesAudit();
    void demoStartupCreatesDemoBranch();
    void aboutNamesVersions();
    void chineseDialogsFit();
};

void TestGui::firstRunCreatesBranch()
{
    QTemporaryDir dir;
    FirstRunDialog dialog(dir.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    auto *problem = child<QLabel>(&dialog, "problemLabel");
    QVERIFY(!ok->isEnabled());

    typeText(child<QLineEdit>(&dialog, "nameEdit"), QString::fromUtf8("朝阳路营业厅"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "codeEdit"), QStringLiteral("bj0101"));
    QCOMPARE(child<QLineEdit>(&dialog, "codeEdit")->text(), QStringLiteral("BJ0101"));

    auto *pass = child<QLineEdit>(&dialog, "passEdit");
    QTest::keyClicks(pass, QStringLiteral("abc123"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->text().contains(QLatin1String("too weak")));
    QCOMPARE(child<QLabel>(&dialog, "strengthLabel")->text(), QStringLiteral("Very weak"));

    pass->clear();
    QTest::keyClicks(pass, QStringLiteral("blue tiger river lamp"));
    QVERIFY(child<QProgressBar>(&dialog, "strengthBar")->value() >= 3);
    QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), QStringLiteral("blue tiger river"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->text().contains(QLatin1String("Repeat")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), QStringLiteral(" lamp"));
    QVERIFY(ok->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("first-run"));

    // Headless, the keychain refuses: the user is told, and the branch is created all the same.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("keychain")));
    auto branch = dialog.takeBranch();
    QVERIFY(branch);
    QCOMPARE(branch->info().name, QString::fromUtf8("朝阳路营业厅"));
    QCOMPARE(branch->info().code, QStringLiteral("BJ0101"));
    branch.reset();
    QVERIFY(Branch::open(dir.path(), "blue tiger river lamp"));
}

void TestGui::unlockDialogRefusesWrongPassphrase()
{
    QTemporaryDir dir;
    Branch::create(dir.path(), TestSupport::passphrase(),
                   {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    UnlockDialog dialog(dir.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *pass = child<QLineEdit>(&dialog, "passEdit");
    auto *open = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Open);
    QTest::keyClicks(pass, QStringLiteral("not it"));
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(&dialog, "problemLabel")
                ->text()
                .contains(QLatin1String("Wrong passphrase, or not a CounterDesk database")));
    saveScreenshot(&dialog, QStringLiteral("unlock-wrong"));
    pass->clear();
    QTest::keyClicks(pass, QString::fromUtf8(TestSupport::passphrase()));
    QTest::keyClick(pass, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.takeBranch());
}

void TestGui::mainWindowShowsBranchAndVerifiesAudit()
{
    QTemporaryDir dir;
    auto branch = Branch::create(dir.path(), TestSupport::passphrase(),
                                 {QStringLiteral("BJ0101"), QString::fromUtf8("朝阳路营业厅")},
                                 QStringLiteral("test"));
    // Last night's sync failed: the window says so, and that nothing is lost.
    BranchStore store(branch->database());
    store.setSetting(QLatin1String(SyncClient::LastRunSetting),
                     QStringLiteral("2026-03-01T13:00:00.000Z"));
    store.setSetting(QLatin1String(SyncClient::LastErrorSetting),
                     QStringLiteral("Connection refused"));
    MainWindow window(std::move(branch));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(child<QLabel>(&window, "branchNameLabel")->text(), QString::fromUtf8("朝阳路营业厅"));
    const QString outbox = child<QLabel>(&window, "outboxLabel")->text();
    QVERIFY2(outbox.contains(QLatin1String("could not be reached"))
                 && outbox.contains(QLatin1String("Connection refused"))
                 && outbox.contains(QLatin1String("Nothing is lost")),
             qPrintable(outbox));
    QVERIFY(child<QLabel>(&window, "auditLabel")->text().contains(QLatin1String("1 entries")));
    // Planned features are visible in the menus but cannot be clicked into.
    QVERIFY(!child<QAction>(&window, "actionCallNext")->isEnabled());
    QVERIFY(child<QAction>(&window, "actionVerifyAudit")->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QAction>(&window, "actionVerifyAudit")->trigger();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("intact")));
    saveScreenshot(&window, QStringLiteral("main-window"));

    // Tamper behind its back: the next check says so.
    window.branch().database().exec("UPDATE audit_log SET actor = 'x' WHERE seq = 1");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QAction>(&window, "actionVerifyAudit")->trigger();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("broken at entry 1")));
    QVERIFY(child<QLabel>(&window, "auditLabel")->text().contains(QLatin1String("BROKEN")));
}

void TestGui::demoStartupCreatesDemoBranch()
{
    QTemporaryDir dir;
    Startup::Options options;
    options.dataDir = dir.path();
    options.demo = true;
    auto branch = Startup::openBranch(options);
    QVERIFY(branch);
    QCOMPARE(branch->info().code, QStringLiteral("DEMO01"));
    QCOMPARE(BranchStore(branch->database()).staff().size(), size_t(5));
    branch.reset();
    // Second start opens the same branch.
    auto again = Startup::openBranch(options);
    QVERIFY(again);
    QCOMPARE(BranchStore(again->database()).customerCount(), 5);
}

void TestGui::aboutNamesVersions()
{
    AboutDialog dialog(QStringLiteral("4.14.0 community"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(
        child<QLabel>(&dialog, "versionsLabel")->text().contains(QLatin1String("SQLCipher 4.14")));
}

void TestGui::chineseDialogsFit()
{
    // zh_CN is the first language: its labels must fit without being cut.
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/counterdesk_zh_CN")));
    QCoreApplication::installTranslator(&zh);
    QTemporaryDir dir;
    FirstRunDialog dialog(dir.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QString::fromUtf8("设置本网点"));
    typeText(child<QLineEdit>(&dialog, "nameEdit"), QString::fromUtf8("朝阳路营业厅"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passEdit"), QStringLiteral("abc"));
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->wordWrap() && !label->text().isEmpty()) {
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
    }
    for (QAbstractButton *b : dialog.findChildren<QAbstractButton *>()) {
        QVERIFY2(b->width() >= b->sizeHint().width() || b->text().isEmpty(), qPrintable(b->text()));
    }
    saveScreenshot(&dialog, QStringLiteral("first-run-zh_CN"));
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
