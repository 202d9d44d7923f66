// Staff sign-in and permissions as the people at the counter meet them: the right password gets
// in, five wrong ones lock the account for a while, roles limit what can be done, and privileged
// acts need a second person — a manager — whose name the audit records beside the clerk's.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "branchstore.h"
#include "core/clock.h"
#include "database.h"
#include "hall/stafftokens.h"
#include "staff/staffdirectory.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestStaff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signInWithTheRightPassword();
    void fiveWrongPasswordsLockTheAccount();
    void unknownNameIsRefusedLikeAWrongPassword();
    void windowsAStaffMemberMayServe();
    void rolesLimitWhatCanBeDone_data();
    void rolesLimitWhatCanBeDone();
    void privilegedActNeedsAManager();
    void confirmReopensOnlyForTheSamePerson();
    void disableEnableAndResetPassword();

private:
    qint64 auditCount(const char *action);
    QTemporaryDir m_template;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Branch> m_branch;
};

void TestStaff::initTestCase()
{
    auto branch =
        Branch::create(m_template.path(), TestSupport::passphrase(),
                       {QStringLiteral("T01"), QStringLiteral("Test")}, QStringLiteral("test"));
    DemoData::populate(*branch, QStringLiteral("test"));
    branch->database().checkpoint();
}

void TestStaff::init()
{
    Clock::setTestNow(QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC));
    m_dir = new QTemporaryDir;
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("branch.db")),
                        m_dir->filePath(QStringLiteral("branch.db"))));
    m_branch = Branch::open(m_dir->path(), TestSupport::passphrase());
}

void TestStaff::cleanup()
{
    m_branch.reset();
    delete m_dir;
    Clock::setTestNow({});
}

qint64 TestStaff::auditCount(const char *action)
{
    Statement s = m_branch->database().prepare("SELECT count(*) FROM audit_log WHERE action = ?");
    s.bind(1, QString::fromLatin1(action));
    return s.step() ? s.int64(0) : -1;
}

void TestStaff::signInWithTheRightPassword()
{
    StaffDirectory staff(*m_branch);
    const auto r = staff.signIn(QStringLiteral("limin"), DemoData::staffPassword(), 3);
    QVERIFY2(r.session, qPrintable(r.error));
    QCOMPARE(r.session->role, QStringLiteral("clerk"));
    QCOMPARE(r.session->window, 3);
    QCOMPARE(r.session->displayName, QString::fromUtf8("李敏"));
    QCOMPARE(auditCount("staff.login"), 1);
}

void TestStaff::fiveWrongPasswordsLockTheAccount()
{
    StaffDirectory staff(*m_branch);
    for (int i = 1; i < StaffDirectory::MaxFailedLogins; ++i) {
        const auto r = staff.signIn(QStringLiteral("limin"), QStringLiteral("guess%1").arg(i), 3);
        QVERIFY(!r.session);
        QVERIFY2(
            r.error.contains(QStringLiteral("%1 attempt").arg(StaffDirectory::MaxFailedLogins - i)),
            qPrintable(r.error));
    }
    const auto fifth = staff.signIn(QStringLiteral("limin"), QStringLiteral("guess5"), 3);
    QVERIFY(fifth.error.contains(QLatin1String("locked for 15 minute")));
    QCOMPARE(auditCount("staff.locked"), 1);
    // Now even the right password is refused, and says until when (09:15 in Beijing).
    const auto locked = staff.signIn(QStringLiteral("limin"), DemoData::staffPassword(), 3);
    QVERIFY(!locked.session);
    QVERIFY2(locked.error.contains(QLatin1String("until 09:15")), qPrintable(locked.error));
    // Sixteen minutes later the lock has expired.
    Clock::setTestNow(QDateTime(QDate(2026, 3, 2), QTime(1, 16), Qt::UTC));
    QVERIFY(staff.signIn(QStringLiteral("limin"), DemoData::staffPassword(), 3).session);
    // The lock time is a setting.
    BranchStore(m_branch->database())
        .setSetting(QLatin1String(StaffDirectory::LockMinutesSetting), QStringLiteral("60"));
    for (int i = 0; i < StaffDirectory::MaxFailedLogins - 1; ++i) {
        staff.signIn(QStringLiteral("limin"), QStringLiteral("x"), 3);
    }
    QVERIFY(staff.signIn(QStringLiteral("limin"), QStringLiteral("x"), 3)
                .error.contains(QLatin1String("60 minute")));
    QVERIFY(m_branch->verifyAudit().ok);
}

void TestStaff::unknownNameIsRefusedLikeAWrongPassword()
{
    StaffDirectory staff(*m_branch);
    const auto r = staff.signIn(QStringLiteral("nobody"), QStringLiteral("whatever"), 1);
    QVERIFY(!r.session);
    QCOMPARE(r.error, QStringLiteral("Wrong name or password."));
    QCOMPARE(auditCount("staff.loginFailed"), 1);
}

void TestStaff::windowsAStaffMemberMayServe()
{
    StaffDirectory staff(*m_branch);
    staff.addStaff(QStringLiteral("admin"), QStringLiteral("zhouqi"), QString::fromUtf8("周琪"),
                   QStringLiteral("clerk"), QStringLiteral("a long password"), {1, 2});
    QVERIFY(staff.signIn(QStringLiteral("zhouqi"), QStringLiteral("a long password"), 2).session);
    const auto r = staff.signIn(QStringLiteral("zhouqi"), QStringLiteral("a long password"), 5);
    QVERIFY(!r.session);
    QVERIFY(r.error.contains(QLatin1String("may not serve at window 5 (allowed: 1, 2)")));
}

void TestStaff::rolesLimitWhatCanBeDone_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("act");
    QTest::addColumn<bool>("allowed");
    using A = Permissions::Act;
    QTest::newRow("clerk serves") << "clerk" << int(A::ServeCustomers) << true;
    QTest::newRow("clerk cannot mark priority") << "clerk" << int(A::SetPriorityGroup) << false;
    QTest::newRow("reception marks priority") << "reception" << int(A::SetPriorityGroup) << true;
    QTest::newRow("reception does not serve") << "reception" << int(A::ServeCustomers) << false;
    QTest::newRow("clerk cannot sign the log") << "clerk" << int(A::SignDailyLog) << false;
    QTest::newRow("manager signs the log") << "manager" << int(A::SignDailyLog) << true;
    QTest::newRow("manager cannot manage staff") << "manager" << int(A::ManageStaff) << false;
    QTest::newRow("administrator manages staff") << "administrator" << int(A::ManageStaff) << true;
    QTest::newRow("administrator does not serve")
        << "administrator" << int(A::ServeCustomers) << false;
}

void TestStaff::rolesLimitWhatCanBeDone()
{
    QFETCH(QString, role);
    QFETCH(int, act);
    QFETCH(bool, allowed);
    const Session s{1, QStringLiteral("x"), QStringLiteral("X"), role, 1};
    bool threw = false;
    try {
        StaffDirectory::require(s, static_cast<Permissions::Act>(act));
    } catch (const PermissionDenied &) {
        threw = true;
    }
    QCOMPARE(!threw, allowed);
}

void TestStaff::privilegedActNeedsAManager()
{
    StaffDirectory staff(*m_branch);
    const Session clerk =
        *staff.signIn(QStringLiteral("limin"), DemoData::staffPassword(), 3).session;
    QVERIFY(Permissions::needsManager(Permissions::Act::CancelAcceptedCase));
    // A colleague who is not a manager cannot authorise.
    QVERIFY_THROWS_EXCEPTION(
        PermissionDenied, staff.authorise(clerk, Permissions::Act::CancelAcceptedCase,
                                          QStringLiteral("zhangwei"), DemoData::staffPassword()));
    // Nor a manager with the wrong password.
    QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                             staff.authorise(clerk, Permissions::Act::CancelAcceptedCase,
                                             QStringLiteral("wangli"), QStringLiteral("wrong")));
    // The manager with the right password does; the audit names both.
    QCOMPARE(staff.authorise(clerk, Permissions::Act::CancelAcceptedCase, QStringLiteral("wangli"),
                             DemoData::staffPassword()),
             QStringLiteral("wangli"));
    Statement s = m_branch->database().prepare(
        "SELECT actor, payload FROM audit_log WHERE action = 'staff.authorised'");
    QVERIFY(s.step());
    QCOMPARE(s.text(0), QStringLiteral("limin"));
    QVERIFY(s.text(1).contains(QLatin1String("\"manager\":\"wangli\"")));
    QCOMPARE(auditCount("staff.authorisationRefused"), 2);
    // A manager cannot authorise their own act.
    const Session manager =
        *staff.signIn(QStringLiteral("wangli"), DemoData::staffPassword(), 0).session;
    QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                             staff.authorise(manager, Permissions::Act::ReprintReceipt,
                                             QStringLiteral("wangli"), DemoData::staffPassword()));
}

void TestStaff::confirmReopensOnlyForTheSamePerson()
{
    StaffDirectory staff(*m_branch);
    const Session clerk =
        *staff.signIn(QStringLiteral("limin"), DemoData::staffPassword(), 3).session;
    QVERIFY(staff.confirm(clerk, DemoData::staffPassword()));
    QVERIFY(!staff.confirm(clerk, QStringLiteral("wrong")));
    QCOMPARE(auditCount("staff.unlockFailed"), 1);
}

void TestStaff::disableEnableAndResetPassword()
{
    StaffDirectory staff(*m_branch);
    StaffTokens tokens(*m_branch);
    const QString limin = QStringLiteral("limin");
    const Session clerk = *staff.signIn(limin, DemoData::staffPassword(), 3).session;
    const QByteArray token = tokens.issue(clerk, Clock::nowUtc());
    QVERIFY(tokens.verify(token, Clock::nowUtc()));

    // Disabled: no sign-in, and the paired counter's sign-in ends at once.
    Clock::setTestNow(Clock::nowUtc().addSecs(60));
    QCOMPARE(staff.setActive(QStringLiteral("admin"), limin, false), QString());
    QVERIFY(!staff.setActive(QStringLiteral("admin"), limin, false).isEmpty()); // already
    QVERIFY(!tokens.verify(token, Clock::nowUtc()));
    const StaffDirectory::SignIn refused = staff.signIn(limin, DemoData::staffPassword(), 3);
    QVERIFY(!refused.session);
    QVERIFY2(refused.error.contains(QLatin1String("disabled")), qPrintable(refused.error));
    QCOMPARE(auditCount("staff.disable"), 1);

    // Enabled again: a new sign-in works, the old token stays ended.
    Clock::setTestNow(Clock::nowUtc().addSecs(60));
    QCOMPARE(staff.setActive(QStringLiteral("admin"), limin, true), QString());
    const Session again = *staff.signIn(limin, DemoData::staffPassword(), 3).session;
    const QByteArray second = tokens.issue(again, Clock::nowUtc());
    QVERIFY(tokens.verify(second, Clock::nowUtc()));
    QVERIFY(!tokens.verify(token, Clock::nowUtc()));

    // A password reset: the old password and the sign-ins made with it end; a lock is cleared.
    for (int i = 0; i < StaffDirectory::MaxFailedLogins; ++i) {
        staff.signIn(limin, QStringLiteral("wrong password"), 3);
    }
    QVERIFY(!staff.signIn(limin, DemoData::staffPassword(), 3).session); // locked
    Clock::setTestNow(Clock::nowUtc().addSecs(60));
    QVERIFY(
        !staff.resetPassword(QStringLiteral("admin"), limin, QStringLiteral("short")).isEmpty());
    QCOMPARE(staff.resetPassword(QStringLiteral("admin"), limin, QStringLiteral("a new one 2")),
             QString());
    QVERIFY(!tokens.verify(second, Clock::nowUtc()));
    QVERIFY(!staff.signIn(limin, DemoData::staffPassword(), 3).session);
    QVERIFY(staff.signIn(limin, QStringLiteral("a new one 2"), 3).session);
    QCOMPARE(auditCount("staff.password"), 1);
    QVERIFY(!staff
                 .resetPassword(QStringLiteral("admin"), QStringLiteral("nobody"),
                                QStringLiteral("a new one 2"))
                 .isEmpty());

    // A token whose role no longer matches the account is refused.
    Session promoted = again;
    promoted.role = QStringLiteral("manager");
    Clock::setTestNow(Clock::nowUtc().addSecs(60));
    QVERIFY(!tokens.verify(tokens.issue(promoted, Clock::nowUtc()), Clock::nowUtc()));

    // The last active administrator stays.
    QVERIFY(!staff.setActive(QStringLiteral("admin"), QStringLiteral("admin"), false).isEmpty());
    QVERIFY(BranchStore(m_branch->database()).staffByLogin(QStringLiteral("admin"))->active);
}

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
