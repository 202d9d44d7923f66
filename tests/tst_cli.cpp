// counterdesk-cli as a script or an administrator uses it: its words and its exit codes.
#include "branch/branch.h"
#include "core/datadir.h"
#include "migrations.h"
#include "staff/staffdirectory.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::cli;
using TestSupport::fingerprint;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp();
    void linksNoWidgets();
    void initWithoutPassphraseRefuses();
    void initDemoThenVerify();
    void passphraseFile();
    void wrongPassphraseExitsTwoAndChangesNothing();
    void tamperedChainExitsThree();
    void newerSchemaExitsTwo();
    void missingDatabaseExitsTwo();
    void badInputExitsOne();
    void kbSearch();
    void staffAccounts();
};

void TestCli::versionAndHelp()
{
    const auto v = cli({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith(QLatin1String("counterdesk-cli 0.")));
    const auto help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"init", "info", "audit", "sql", "catalogue", "kb"}) {
        QVERIFY2(help.out.contains(QLatin1String("  ") + QLatin1String(command)), command);
        const auto sub = cli({QLatin1String(command), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY2(sub.out.contains(QLatin1String("--data-dir")), command);
    }
    QVERIFY(help.out.contains(QLatin1String("Exit codes")));
}

void TestCli::linksNoWidgets()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(COUNTERDESK_CLI_PATH)});
    QVERIFY(ldd.waitForFinished());
    const QByteArray libs = ldd.readAllStandardOutput();
    QVERIFY(libs.contains("libQt6Core"));
    QVERIFY(!libs.contains("libQt6Widgets"));
}

void TestCli::initWithoutPassphraseRefuses()
{
    QTemporaryDir dir;
    const auto r = cli({QStringLiteral("init"), QStringLiteral("--data-dir"), dir.path(),
                        QStringLiteral("--demo")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("No passphrase")));
    QVERIFY(fingerprint(dir.path()).isEmpty());
}

void TestCli::initDemoThenVerify()
{
    QTemporaryDir dir;
    const auto init = cli({QStringLiteral("init"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--demo")},
                          TestSupport::passphrase());
    QCOMPARE(init.exitCode, 0);
    QVERIFY(init.out.contains(QLatin1String("DEMO01")));
    const auto info = cli({QStringLiteral("info"), QStringLiteral("--data-dir"), dir.path()},
                          TestSupport::passphrase());
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains(QLatin1String("Staff:         5")));
    QVERIFY(info.out.contains(QLatin1String("Customers:     5")));
    QVERIFY(info.out.contains(QLatin1String("Knowledge:     69 standard answers")));
    const auto verify = cli({QStringLiteral("audit"), QStringLiteral("verify"),
                             QStringLiteral("--data-dir"), dir.path()},
                            TestSupport::passphrase());
    QCOMPARE(verify.exitCode, 0);
    // branch.create, hq.pinKey, catalogue.apply, window.plan, 3 appointment.rules,
    // setting.change, 5 staff.create, 5 customer.create, knowledge.replace.
    QCOMPARE(verify.out, QStringLiteral("ok 19 entries\n"));
    // Second init refuses and keeps the branch.
    const auto again = cli({QStringLiteral("init"), QStringLiteral("--data-dir"), dir.path(),
                            QStringLiteral("--demo")},
                           TestSupport::passphrase());
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QLatin1String("already exists")));
}

void TestCli::passphraseFile()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("pass.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(TestSupport::passphrase() + "\n");
    f.close();
    const QString data = dir.filePath(QStringLiteral("data"));
    QCOMPARE(
        cli({QStringLiteral("init"), QStringLiteral("--data-dir"), data, QStringLiteral("--code"),
             QStringLiteral("BJ0101"), QStringLiteral("--name"), QString::fromUtf8("朝阳路营业厅"),
             QStringLiteral("--passphrase-file"), f.fileName()})
            .exitCode,
        0);
    // The file and the environment open the same database: the newline was not part of the key.
    const auto r = cli({QStringLiteral("info"), QStringLiteral("--data-dir"), data},
                       TestSupport::passphrase());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QString::fromUtf8("朝阳路营业厅")));
    const auto missing =
        cli({QStringLiteral("info"), QStringLiteral("--data-dir"), data,
             QStringLiteral("--passphrase-file"), dir.filePath(QStringLiteral("nope"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QLatin1String("Cannot read the passphrase file")));
}

void TestCli::wrongPassphraseExitsTwoAndChangesNothing()
{
    QTemporaryDir dir;
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--data-dir"), dir.path(),
                  QStringLiteral("--demo")},
                 TestSupport::passphrase())
                 .exitCode,
             0);
    const auto before = fingerprint(dir.path());
    const auto r = cli({QStringLiteral("audit"), QStringLiteral("verify"),
                        QStringLiteral("--data-dir"), dir.path()},
                       "not the passphrase");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("wrong passphrase, or not a CounterDesk database"),
                           Qt::CaseInsensitive));
    QVERIFY(!r.err.contains(QLatin1String("hmac"))); // SQLCipher's own log is silenced
    QCOMPARE(fingerprint(dir.path()), before);
}

void TestCli::tamperedChainExitsThree()
{
    QTemporaryDir dir;
    const QStringList at = {QStringLiteral("--data-dir"), dir.path()};
    QCOMPARE(cli(QStringList{QStringLiteral("init"), QStringLiteral("--demo")} + at,
                 TestSupport::passphrase())
                 .exitCode,
             0);
    // The recovery shell is read-only unless told otherwise.
    const auto ro = cli(
        QStringList{QStringLiteral("sql"), QStringLiteral("DELETE FROM audit_log WHERE seq = 4")}
            + at,
        TestSupport::passphrase());
    QVERIFY(ro.exitCode != 0);
    // The outbox's foreign key refuses a plain delete...
    const auto refused = cli(QStringList{QStringLiteral("sql"), QStringLiteral("--write"),
                                         QStringLiteral("DELETE FROM audit_log WHERE seq = 4")}
                                 + at,
                             TestSupport::passphrase());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QLatin1String("FOREIGN KEY")));
    // ...so an insider switches it off first.
    const auto del = cli(QStringList{QStringLiteral("sql"), QStringLiteral("--write"),
                                     QStringLiteral("PRAGMA foreign_keys = OFF; "
                                                    "DELETE FROM audit_log WHERE seq = 4")}
                             + at,
                         TestSupport::passphrase());
    QCOMPARE(del.exitCode, 0);
    const auto r = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + at,
                       TestSupport::passphrase());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.startsWith(QLatin1String("broken at entry 4:")), qPrintable(r.out));
}

void TestCli::newerSchemaExitsTwo()
{
    QTemporaryDir dir;
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--data-dir"), dir.path(),
                  QStringLiteral("--demo")},
                 TestSupport::passphrase())
                 .exitCode,
             0);
    TestSupport::rawSql(
        DataDir::databasePath(dir.path()), TestSupport::passphrase(),
        QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
    const auto before = fingerprint(dir.path());
    const auto r = cli({QStringLiteral("info"), QStringLiteral("--data-dir"), dir.path()},
                       TestSupport::passphrase());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("newer CounterDesk")));
    QCOMPARE(fingerprint(dir.path()), before);
}

void TestCli::missingDatabaseExitsTwo()
{
    QTemporaryDir dir;
    const auto r = cli({QStringLiteral("audit"), QStringLiteral("verify"),
                        QStringLiteral("--data-dir"), dir.path()},
                       TestSupport::passphrase());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("There is no branch database")));
    QVERIFY(fingerprint(dir.path()).isEmpty());
}

void TestCli::badInputExitsOne()
{
    QTemporaryDir dir;
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--bogus")}).exitCode, 1);
    const auto code = cli({QStringLiteral("init"), QStringLiteral("--data-dir"), dir.path(),
                           QStringLiteral("--code"), QStringLiteral("bad code"),
                           QStringLiteral("--name"), QStringLiteral("X")},
                          TestSupport::passphrase());
    QCOMPARE(code.exitCode, 1);
    QVERIFY(code.err.contains(QLatin1String("capital letters or digits")));
}

void TestCli::kbSearch()
{
    QTemporaryDir dir;
    const QStringList at = {QStringLiteral("--data-dir"), dir.path()};
    QCOMPARE(cli(QStringList{QStringLiteral("init"), QStringLiteral("--demo")} + at,
                 TestSupport::passphrase())
                 .exitCode,
             0);
    const QStringList search = {QStringLiteral("kb"), QStringLiteral("search")};

    // One hit a line: code, question, excerpt; the matches marked.
    const auto r =
        cli(search + at + QStringList{QString::fromUtf8("理赔")}, TestSupport::passphrase());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 5);
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 3);
        QVERIFY2(fields.at(0).startsWith(QLatin1String("KB-")), qPrintable(line));
        QVERIFY(!fields.at(1).isEmpty() && !fields.at(2).isEmpty());
    }
    QVERIFY(r.out.contains(QString::fromUtf8("KB-INS-002\t【理赔】多久能有结果？\t")));

    // A query of several words, and --limit.
    const auto one = cli(search + at
                             + QStringList{QStringLiteral("--limit"), QStringLiteral("1"),
                                           QString::fromUtf8("最多跑一次")},
                         TestSupport::passphrase());
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.startsWith(QLatin1String("KB-GOV-001\t")));
    QCOMPARE(one.out.count(QLatin1Char('\n')), 1);
    const auto words =
        cli(search + at + QStringList{QString::fromUtf8("投诉"), QString::fromUtf8("10个工作日")},
            TestSupport::passphrase());
    QCOMPARE(words.exitCode, 0);
    QVERIFY(words.out.startsWith(QLatin1String("KB-GEN-004\t")));

    // Nothing found is not an error; FTS5 syntax is only text.
    for (const char *query : {"量子纠缠", "\"", "NEAR(", "question:", "*", ""}) {
        const auto none =
            cli(search + at + QStringList{QString::fromUtf8(query)}, TestSupport::passphrase());
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.isEmpty());
        QVERIFY2(none.err.contains(QLatin1String("no matches")), query);
    }

    // Bad input.
    QCOMPARE(
        cli(search + at
                + QStringList{QStringLiteral("--limit"), QStringLiteral("x"), QStringLiteral("费")},
            TestSupport::passphrase())
            .exitCode,
        1);
    QCOMPARE(cli(search + at, TestSupport::passphrase()).exitCode, 1);
    QCOMPARE(
        cli(QStringList{QStringLiteral("kb"), QStringLiteral("find"), QStringLiteral("x")} + at,
            TestSupport::passphrase())
            .exitCode,
        1);
    QCOMPARE(cli(search + at + QStringList{QStringLiteral("x")}, "wrong passphrase").exitCode, 2);
}

void TestCli::staffAccounts()
{
    QTemporaryDir dir;
    const QByteArray pass = TestSupport::passphrase();
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--data-dir"), dir.path(),
                  QStringLiteral("--code"), QStringLiteral("BJ0101"), QStringLiteral("--name"),
                  QStringLiteral("Test")},
                 pass)
                 .exitCode,
             0);
    auto add = [&](const QStringList &extra) {
        return cli(QStringList{QStringLiteral("staff"), QStringLiteral("add"),
                               QStringLiteral("--data-dir"), dir.path()}
                       + extra,
                   pass);
    };
    const QStringList zhao{QStringLiteral("--login"),   QStringLiteral("zhao"),
                           QStringLiteral("--name"),    QStringLiteral("Zhao Yi"),
                           QStringLiteral("--role"),    QStringLiteral("clerk"),
                           QStringLiteral("--windows"), QStringLiteral("1,2")};
    qputenv("COUNTERDESK_STAFF_PASSWORD", "short");
    QCOMPARE(add(zhao).exitCode, 1); // too short
    qputenv("COUNTERDESK_STAFF_PASSWORD", "long enough 1");
    QCOMPARE(add({QStringLiteral("--login"), QStringLiteral("Bad Login"), QStringLiteral("--name"),
                  QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("clerk")})
                 .exitCode,
             1);
    QCOMPARE(add({QStringLiteral("--login"), QStringLiteral("qian"), QStringLiteral("--name"),
                  QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("boss")})
                 .exitCode,
             1);
    const auto added = add(zhao);
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(add(zhao).exitCode, 1); // already there
    qunsetenv("COUNTERDESK_STAFF_PASSWORD");
    const auto list = cli(
        {QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path()},
        pass);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(list.out.startsWith(QStringLiteral("zhao\tZhao Yi\tclerk\t1,2\t")),
             qPrintable(list.out));
    // The new clerk can sign in at window 2, not at window 3.
    auto branch = Branch::open(dir.path(), pass);
    QVERIFY(StaffDirectory(*branch)
                .signIn(QStringLiteral("zhao"), QStringLiteral("long enough 1"), 2)
                .session);
    QVERIFY(!StaffDirectory(*branch)
                 .signIn(QStringLiteral("zhao"), QStringLiteral("long enough 1"), 3)
                 .session);
    branch.reset();

    // Disabled, enabled, a new password.
    const auto change = [&](const char *action, const char *login) {
        return cli({QStringLiteral("staff"), QString::fromLatin1(action), QStringLiteral("--login"),
                    QString::fromLatin1(login), QStringLiteral("--data-dir"), dir.path()},
                   pass);
    };
    const auto disabled = change("disable", "zhao");
    QCOMPARE(disabled.exitCode, 0);
    QVERIFY2(disabled.out.contains(QLatin1String("zhao is disabled")), qPrintable(disabled.out));
    QCOMPARE(change("disable", "zhao").exitCode, 1); // already
    QCOMPARE(change("disable", "nobody").exitCode, 1);
    QVERIFY(cli({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--data-dir"),
                 dir.path()},
                pass)
                .out.contains(QLatin1String("\tinactive")));
    branch = Branch::open(dir.path(), pass);
    QVERIFY(!StaffDirectory(*branch)
                 .signIn(QStringLiteral("zhao"), QStringLiteral("long enough 1"), 2)
                 .session);
    branch.reset();
    QCOMPARE(change("enable", "zhao").exitCode, 0);
    qputenv("COUNTERDESK_STAFF_PASSWORD", "short");
    QCOMPARE(change("password", "zhao").exitCode, 1);
    qputenv("COUNTERDESK_STAFF_PASSWORD", "another long 2");
    QCOMPARE(change("password", "zhao").exitCode, 0);
    qunsetenv("COUNTERDESK_STAFF_PASSWORD");
    branch = Branch::open(dir.path(), pass);
    QVERIFY(!StaffDirectory(*branch)
                 .signIn(QStringLiteral("zhao"), QStringLiteral("long enough 1"), 2)
                 .session);
    QVERIFY(StaffDirectory(*branch)
                .signIn(QStringLiteral("zhao"), QStringLiteral("another long 2"), 2)
                .session);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
