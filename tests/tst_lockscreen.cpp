// The locked screen over a window that shows a customer's name: after locking, the window's
// pixels where the name was are the backdrop's (a transparent or missing overlay fails this),
// input and menu shortcuts do not reach the window, a wrong password keeps it locked, the
// clerk's own password unlocks, idling locks by itself, and other windows are covered too.
#include "appearance.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "guitestsupport.h"
#include "lockscreen.h"
#include "staff/staffdirectory.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace GuiTestSupport;

namespace
{
const char *const CustomerName = "客户：欧阳娜娜";

// The distinct colours in a part of a picture.
QSet<QRgb> coloursIn(const QImage &image, const QRect &rect)
{
    QSet<QRgb> colours;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            colours.insert(image.pixel(x, y));
        }
    }
    return colours;
}

// A window that shows a customer's data, as the main window will.
struct CustomerWindow
{
    QMainWindow window;
    QLabel *name = nullptr;
    QLineEdit *note = nullptr;
    QAction *callNext = nullptr;
    int calls = 0;

    CustomerWindow()
    {
        auto *central = new QWidget(&window);
        auto *layout = new QVBoxLayout(central);
        name = new QLabel(QString::fromUtf8(CustomerName), central);
        QFont big = name->font();
        big.setPointSize(28);
        name->setFont(big);
        note = new QLineEdit(central);
        layout->addWidget(name);
        layout->addWidget(note);
        layout->addStretch();
        window.setCentralWidget(central);
        callNext = window.menuBar()
                       ->addMenu(QStringLiteral("&Queue"))
                       ->addAction(QStringLiteral("Call next"));
        callNext->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        QObject::connect(callNext, &QAction::triggered, callNext, [this] {
            ++calls;
        });
        window.resize(1024, 640);
    }

    // The name label's place in a picture of the whole window.
    QRect nameRect() const { return QRect(name->mapTo(&window, QPoint(0, 0)), name->size()); }
};
} // namespace

class TestLockScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lockHidesTheCustomer();
    void wrongPasswordKeepsItLocked();
    void rightPasswordUnlocks();
    void idleLocksByItself();
    void otherWindowsAreCovered();
    void modalDialogGetsThePasswordField();
    void nobodySignedInNoLock();
    void chineseLockScreen();

private:
    void showWindow();
    void typePassword(const QString &password);
    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Branch> m_branch;
    std::unique_ptr<CustomerWindow> m_w;
    LockScreen *m_lock = nullptr;
    QLineEdit *m_password = nullptr; // found while at home: with a modal dialog open it visits it
    Session m_session;
};

void TestLockScreen::initTestCase()
{
    Appearance::apply(*qApp);
    createDemoBranch(m_template.path());
}

void TestLockScreen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_branch = openCopy(m_template.path(), m_dir->path());
    const auto signIn =
        StaffDirectory(*m_branch).signIn(QStringLiteral("limin"), DemoData::staffPassword(), 3);
    QVERIFY(signIn.session);
    m_session = *signIn.session;
}

void TestLockScreen::cleanup()
{
    m_w.reset();
    m_lock = nullptr;
    m_branch.reset();
    m_dir.reset();
}

void TestLockScreen::showWindow()
{
    m_w = std::make_unique<CustomerWindow>();
    m_lock = new LockScreen(*m_branch, m_session, &m_w->window);
    m_password = child<QLineEdit>(m_lock, "passwordEdit");
    m_w->window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_w->window));
    QVERIFY(!m_lock->isVisible());
}

void TestLockScreen::typePassword(const QString &password)
{
    QLineEdit *edit = m_password;
    // Typed where the keyboard is: that must be the password field.
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    QTest::keyClicks(QApplication::focusWidget(), password);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestLockScreen::lockHidesTheCustomer()
{
    showWindow();
    const QImage before = m_w->window.grab().toImage();
    const QRect name = m_w->nameRect();
    // The name is there to be seen: its text makes many colours.
    QVERIFY(coloursIn(before, name).size() > 4);
    m_w->note->setFocus();
    QTest::keyClick(&m_w->window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_w->calls, 1);

    QSignalSpy locked(m_lock, &LockScreen::locked);
    m_lock->lockNow();
    QVERIFY(m_lock->isLocked());
    QCOMPARE(locked.count(), 1);
    const QImage after = m_w->window.grab().toImage();
    saveScreenshot(&m_w->window, QStringLiteral("lock-screen"));
    // Where the name was, there is only the backdrop; the whole window is covered, menu bar too.
    QCOMPARE(coloursIn(after, name), QSet<QRgb>({LockScreen::backdropColor().rgb()}));
    QCOMPARE(after.pixel(2, 2), LockScreen::backdropColor().rgb());
    QCOMPARE(m_lock->geometry(), m_w->window.rect());
    // The password panel is what is left to see, and it has the keyboard.
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(m_lock, "passwordEdit"));
    QVERIFY(child<QLabel>(m_lock, "whoLabel")->text().contains(QString::fromUtf8("李敏")));

    // Nothing reaches the window under it: no typing, no menu shortcut, no Tab into it.
    QTest::keyClicks(m_w->note, QStringLiteral("abc"));
    QVERIFY(m_w->note->text().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_w->calls, 1);
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QApplication::processEvents();
        QVERIFY(m_lock->isAncestorOf(QApplication::focusWidget()));
    }
    // Resizing the window keeps it covered.
    m_w->window.resize(1200, 700);
    QTRY_COMPARE(m_lock->geometry(), m_w->window.rect());
    // Locking again changes nothing.
    m_lock->lockNow();
    QCOMPARE(locked.count(), 1);
}

void TestLockScreen::wrongPasswordKeepsItLocked()
{
    showWindow();
    m_lock->lockNow();
    QSignalSpy unlocked(m_lock, &LockScreen::unlocked);
    typePassword(QStringLiteral("not-it"));
    QVERIFY(m_lock->isLocked());
    QVERIFY(m_lock->isVisible());
    QCOMPARE(unlocked.count(), 0);
    QCOMPARE(child<QLabel>(m_lock, "errorLabel")->text(),
             QString::fromUtf8("Wrong password. Only 李敏 can unlock this window."));
    QVERIFY(child<QLineEdit>(m_lock, "passwordEdit")->text().isEmpty());
    // Another clerk's own password is still the wrong one.
    StaffDirectory(*m_branch).addStaff(QStringLiteral("admin"), QStringLiteral("zhaolei"),
                                       QString::fromUtf8("赵磊"), QStringLiteral("clerk"),
                                       QStringLiteral("zhao-lei-pass-9"), {});
    QVERIFY(StaffDirectory(*m_branch)
                .signIn(QStringLiteral("zhaolei"), QStringLiteral("zhao-lei-pass-9"), 4)
                .session);
    typePassword(QStringLiteral("zhao-lei-pass-9"));
    QVERIFY(m_lock->isLocked());
    QCOMPARE(unlocked.count(), 0);
    const QImage still = m_w->window.grab().toImage();
    QCOMPARE(coloursIn(still, m_w->nameRect()), QSet<QRgb>({LockScreen::backdropColor().rgb()}));
}

void TestLockScreen::rightPasswordUnlocks()
{
    showWindow();
    m_w->note->setFocus();
    m_lock->lockNow();
    QSignalSpy unlocked(m_lock, &LockScreen::unlocked);
    typePassword(DemoData::staffPassword());
    QVERIFY(!m_lock->isLocked());
    QVERIFY(!m_lock->isVisible());
    QCOMPARE(unlocked.count(), 1);
    QCOMPARE(QApplication::focusWidget(), m_w->note); // back where the clerk was
    const QImage after = m_w->window.grab().toImage();
    QVERIFY(coloursIn(after, m_w->nameRect()).size() > 4);
    QTest::keyClicks(m_w->note, QStringLiteral("ok"));
    QCOMPARE(m_w->note->text(), QStringLiteral("ok"));
}

void TestLockScreen::idleLocksByItself()
{
    showWindow();
    m_lock->setIdleTimeout(std::chrono::milliseconds(800));
    // While the clerk keeps typing, it stays open (margins for a busy machine: 8 x 150 ms).
    m_w->note->setFocus();
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(150);
        QTest::keyClick(m_w->note, Qt::Key_A);
    }
    QVERIFY(!m_lock->isLocked());
    QCOMPARE(m_w->note->text(), QStringLiteral("aaaaaaaa"));
    // Hands off: it locks on its own.
    QTRY_VERIFY_WITH_TIMEOUT(m_lock->isLocked(), 5000);
    QVERIFY(m_lock->isVisible());
    const QImage locked = m_w->window.grab().toImage();
    QCOMPARE(coloursIn(locked, m_w->nameRect()), QSet<QRgb>({LockScreen::backdropColor().rgb()}));
    // After unlocking, the idle time counts from then.
    typePassword(DemoData::staffPassword());
    QVERIFY(!m_lock->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(m_lock->isLocked(), 5000);
    typePassword(DemoData::staffPassword());
    m_lock->setIdleTimeout(std::chrono::milliseconds(0));
    QTest::qWait(1000);
    QVERIFY(!m_lock->isLocked());
}

void TestLockScreen::otherWindowsAreCovered()
{
    showWindow();
    QDialog details(&m_w->window);
    auto *layout = new QVBoxLayout(&details);
    auto *label = new QLabel(QString::fromUtf8(CustomerName), &details);
    layout->addWidget(label);
    details.resize(400, 200);
    details.show();
    QVERIFY(QTest::qWaitForWindowExposed(&details));
    const QRect rect(label->mapTo(&details, QPoint(0, 0)), label->size());
    QVERIFY(coloursIn(details.grab().toImage(), rect).size() > 4);

    m_lock->lockNow();
    QCOMPARE(coloursIn(details.grab().toImage(), rect),
             QSet<QRgb>({LockScreen::backdropColor().rgb()}));
    // A window opened while locked is covered as well.
    QDialog later(&m_w->window);
    auto *laterLabel = new QLabel(QString::fromUtf8(CustomerName), &later);
    (new QVBoxLayout(&later))->addWidget(laterLabel);
    later.resize(300, 150);
    later.show();
    QVERIFY(QTest::qWaitForWindowExposed(&later));
    QCOMPARE(coloursIn(later.grab().toImage(),
                       QRect(laterLabel->mapTo(&later, QPoint(0, 0)), laterLabel->size())),
             QSet<QRgb>({LockScreen::backdropColor().rgb()}));

    typePassword(DemoData::staffPassword());
    QVERIFY(!m_lock->isLocked());
    QVERIFY(coloursIn(details.grab().toImage(), rect).size() > 4);
    QVERIFY(!details.findChild<QWidget *>(QStringLiteral("lockCover")));
}

void TestLockScreen::modalDialogGetsThePasswordField()
{
    showWindow();
    QLineEdit *edit = m_password;
    {
        // A modal dialog blocks the main window: the password is asked in front of the dialog.
        QDialog preview(&m_w->window);
        preview.setWindowModality(Qt::ApplicationModal);
        (new QVBoxLayout(&preview))->addWidget(new QLabel(QString::fromUtf8(CustomerName)));
        preview.resize(500, 400);
        preview.show();
        QVERIFY(QTest::qWaitForWindowActive(&preview));
        m_lock->lockNow();
        QCOMPARE(edit->window(), &preview);
        QVERIFY(edit->isVisible());
        // In the application's colours, not the dark cover's: the text on it stays readable.
        const QPoint inPanel = edit->parentWidget()->mapTo(&preview, QPoint(4, 4));
        QCOMPARE(preview.grab().toImage().pixelColor(inPanel),
                 QApplication::palette().color(QPalette::Window));
        saveScreenshot(&preview, QStringLiteral("lock-screen-modal"));
        typePassword(DemoData::staffPassword());
        QVERIFY(!m_lock->isLocked());
        QCOMPARE(edit->window(), &m_w->window);

        // The dialog goes away while locked: the field comes home, unharmed.
        m_lock->lockNow();
        QCOMPARE(edit->window(), &preview);
    }
    QCOMPARE(edit->window(), &m_w->window);
    QTRY_VERIFY(edit->isVisible());
    typePassword(DemoData::staffPassword());
    QVERIFY(!m_lock->isLocked());
}

void TestLockScreen::nobodySignedInNoLock()
{
    m_w = std::make_unique<CustomerWindow>();
    m_lock = new LockScreen(*m_branch, Session{}, &m_w->window);
    m_w->window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_w->window));
    m_lock->lockNow(); // nobody could unlock it
    QVERIFY(!m_lock->isLocked());
}

void TestLockScreen::chineseLockScreen()
{
    ChineseUi zh;
    m_w = std::make_unique<CustomerWindow>();
    m_lock = new LockScreen(*m_branch, m_session, &m_w->window);
    m_password = child<QLineEdit>(m_lock, "passwordEdit");
    m_w->window.resize(1366, 768);
    m_w->window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_w->window));
    m_lock->lockNow();
    typePassword(QStringLiteral("wrong"));
    QCOMPARE(child<QLabel>(m_lock, "titleLabel")->text(), QString::fromUtf8("窗口已锁定"));
    QVERIFY(child<QLabel>(m_lock, "whoLabel")->text().contains(QString::fromUtf8("李敏（limin）")));
    QApplication::processEvents();
    QCOMPARE(firstCutText(m_lock), QString());
    saveScreenshot(&m_w->window, QStringLiteral("lock-screen-zh_CN"));
}

QTEST_MAIN(TestLockScreen)
#include "tst_lockscreen.moc"
