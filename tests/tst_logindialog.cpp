// Signing in at a window: a wrong password says how many attempts are left and keeps the dialog
// open, the right one gives the session; five wrong ones lock the account and say until when.
#include "appearance.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "core/clock.h"
#include "guitestsupport.h"
#include "logindialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GuiTestSupport;

class TestLoginDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wrongThenRightPassword();
    void emptyFieldsAreNamed();
    void lockedAccountSaysUntilWhen();
    void chineseLockedMessageFits();

private:
    void signIn(LoginDialog &dialog, const QString &password);
    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Branch> m_branch;
};

void TestLoginDialog::initTestCase()
{
    Appearance::apply(*qApp);
    createDemoBranch(m_template.path());
}

void TestLoginDialog::init()
{
    // 10:12 in Beijing: a 15-minute lock ends at 10:27 there.
    Clock::setTestNow(
        QDateTime(QDate(2026, 11, 24), QTime(10, 12), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
            .toUTC());
    m_dir = std::make_unique<QTemporaryDir>();
    m_branch = openCopy(m_template.path(), m_dir->path());
}

void TestLoginDialog::cleanup()
{
    m_branch.reset();
    m_dir.reset();
    Clock::setTestNow({});
}

void TestLoginDialog::signIn(LoginDialog &dialog, const QString &password)
{
    auto *edit = child<QLineEdit>(&dialog, "passwordEdit");
    edit->clear();
    QTest::keyClicks(edit, password);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestLoginDialog::wrongThenRightPassword()
{
    LoginDialog dialog(*m_branch);
    dialog.setLogin(QStringLiteral("limin"));
    dialog.setWindow(3);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QSpinBox>(&dialog, "windowSpin")->minimum(), 1);
    QCOMPARE(child<QSpinBox>(&dialog, "windowSpin")->maximum(), 99);
    // The name is pre-filled: the clerk starts typing the password.
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "passwordEdit"));

    signIn(dialog, QStringLiteral("not-it"));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.session().isValid());
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QCOMPARE(error->text(),
             QStringLiteral("Wrong name or password. 4 attempt(s) left before the account locks."));
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
    // The dialog grows to show the whole message.
    QApplication::processEvents();
    QVERIFY(error->height() >= error->heightForWidth(error->width()));
    saveScreenshot(&dialog, QStringLiteral("login-wrong"));

    signIn(dialog, DemoData::staffPassword());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    const Session s = dialog.session();
    QVERIFY(s.isValid());
    QCOMPARE(s.login, QStringLiteral("limin"));
    QCOMPARE(s.displayName, QString::fromUtf8("李敏"));
    QCOMPARE(s.role, QStringLiteral("clerk"));
    QCOMPARE(s.window, 3);
}

void TestLoginDialog::emptyFieldsAreNamed()
{
    LoginDialog dialog(*m_branch);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.error(), QStringLiteral("Enter your staff name."));
    QTest::keyClicks(child<QLineEdit>(&dialog, "loginEdit"), QStringLiteral("limin"));
    QVERIFY(dialog.error().isEmpty()); // typing again clears the old complaint
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.error(), QStringLiteral("Enter your password."));
    QVERIFY(dialog.isVisible());
    // An unknown name gets the same answer as a wrong password.
    child<QLineEdit>(&dialog, "loginEdit")->setText(QStringLiteral("nobody"));
    signIn(dialog, DemoData::staffPassword());
    QCOMPARE(dialog.error(), QStringLiteral("Wrong name or password."));
    QVERIFY(dialog.isVisible());
}

void TestLoginDialog::lockedAccountSaysUntilWhen()
{
    LoginDialog dialog(*m_branch);
    dialog.setLogin(QStringLiteral("zhangwei"));
    dialog.setWindow(5);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (int i = 0; i < 4; ++i) {
        signIn(dialog, QStringLiteral("guess%1").arg(i));
    }
    QCOMPARE(dialog.error(),
             QStringLiteral("Wrong name or password. 1 attempt(s) left before the account locks."));
    signIn(dialog, QStringLiteral("guess4"));
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QCOMPARE(dialog.error(),
             QStringLiteral("Wrong password. The account is now locked for 15 minute(s)."));
    // Even the right password is refused until the lock ends, and the dialog says when.
    signIn(dialog, DemoData::staffPassword());
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.session().isValid());
    QCOMPARE(dialog.error(), QStringLiteral("This account is locked after 5 wrong passwords until "
                                            "10:27. Ask a manager, or try again then."));
    QApplication::processEvents();
    QVERIFY(error->height() >= error->heightForWidth(error->width()));
    saveScreenshot(&dialog, QStringLiteral("login-locked"));

    Clock::setTestNow(Clock::nowUtc().addSecs(16 * 60));
    signIn(dialog, DemoData::staffPassword());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().login, QStringLiteral("zhangwei"));
}

void TestLoginDialog::chineseLockedMessageFits()
{
    ChineseUi zh;
    LoginDialog dialog(*m_branch);
    dialog.setLogin(QStringLiteral("zhangwei"));
    dialog.setWindow(12);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QString::fromUtf8("登录"));
    for (int i = 0; i < 5; ++i) {
        signIn(dialog, QStringLiteral("guess%1").arg(i));
    }
    signIn(dialog, DemoData::staffPassword());
    QVERIFY(dialog.error().contains(QString::fromUtf8("10:27")));
    QVERIFY2(dialog.error().contains(QString::fromUtf8("锁定")), qPrintable(dialog.error()));
    QApplication::processEvents();
    QCOMPARE(firstCutText(&dialog), QString());
    // The wrapped error label has the height its text needs.
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(error->height() >= error->heightForWidth(error->width()));
    QVERIFY(dialog.width() <= 1366 && dialog.height() <= 768);
    saveScreenshot(&dialog, QStringLiteral("login-locked-zh_CN"));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
