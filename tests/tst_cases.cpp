// A customer's case through the counter: checklist from the answers, a one-time notice of every
// missing item, the second visit resuming where it was, acceptance with a promised date on the
// real calendar (make-up Saturday, cut-off, provisional years), refusal and referral, and a
// cancellation that a clerk cannot do alone.
#include "branch/branch.h"
#include "branch/demodata.h"
#include "branchstore.h"
#include "cases/caseworkflow.h"
#include "cases/inquirybook.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "database.h"
#include "inquirystore.h"
#include "printing/pdfoutput.h"
#include "staff/staffdirectory.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace
{
QDateTime beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toUTC();
}
} // namespace

class TestCases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void invalidIdentityNumberIsRefusedWithTheReason();
    void checklistFollowsTheAnswers();
    void noticeThenSecondVisitThenAcceptance();
    void dueDates_data();
    void dueDates();
    void refusalAndReferral();
    void clerkCannotCancelAlone();
    void receptionCannotServe();
    void afterTheCounter();
    void proxyAndTransfer();
    void applicationFormIsPrefilledInFull();
    void receiptReprintNeedsAManager();
    void collectionNoticeOnlyWhenReady();
    void notesAreSavedButNotAudited();
    void otherIdentityDocuments();
    void questionsGetAnOwnerAndAReplyDate();

private:
    Session signIn(const char *login, int window);
    CaseWorkflow::Person customer() const;
    QTemporaryDir m_template;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Branch> m_branch;
    std::optional<Catalogue> m_catalogue;
};

void TestCases::initTestCase()
{
    auto branch =
        Branch::create(m_template.path(), TestSupport::passphrase(),
                       {QStringLiteral("DEMO01"), QStringLiteral("Demo")}, QStringLiteral("test"));
    DemoData::populate(*branch, QStringLiteral("test"));
    branch->database().checkpoint();
}

void TestCases::init()
{
    Clock::setTestNow(beijing(2026, 11, 24, 10, 12));
    m_dir = new QTemporaryDir;
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("branch.db")),
                        m_dir->filePath(QStringLiteral("branch.db"))));
    m_branch = Branch::open(m_dir->path(), TestSupport::passphrase());
    m_catalogue = CatalogueUpdate::current(*m_branch);
    QVERIFY(m_catalogue);
}

void TestCases::cleanup()
{
    m_branch.reset();
    delete m_dir;
    Clock::setTestNow({});
}

Session TestCases::signIn(const char *login, int window)
{
    return *StaffDirectory(*m_branch)
                .signIn(QString::fromLatin1(login), DemoData::staffPassword(), window)
                .session;
}

CaseWorkflow::Person TestCases::customer() const
{
    return {QString::fromUtf8("欧阳娜娜"), QStringLiteral("resident"),
            QStringLiteral("11010519491231002X"), QStringLiteral("138 1234 5678")};
}

void TestCases::invalidIdentityNumberIsRefusedWithTheReason()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session clerk = signIn("limin", 3);
    CaseWorkflow::Person p = customer();
    p.idNumber = QStringLiteral("110105194912310023"); // check character should be X
    try {
        cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), p, {});
        QFAIL("opened a case with a wrong identity number");
    } catch (const CaseError &e) {
        QVERIFY2(e.message().contains(QLatin1String("should be X, not 3")),
                 qPrintable(e.message()));
    }
    // An agent acting for the customer needs valid details too.
    try {
        cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), customer(), {QStringLiteral("agent")},
                   CaseWorkflow::Person{QString::fromUtf8("张三"),
                                        QStringLiteral("resident"),
                                        QStringLiteral("12345"),
                                        {}});
        QFAIL("opened a case with an invalid agent");
    } catch (const CaseError &e) {
        QVERIFY(e.message().startsWith(QLatin1String("Agent:")));
    }
}

void TestCases::checklistFollowsTheAnswers()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session clerk = signIn("limin", 3);
    const qint64 id = cases.open(clerk, QStringLiteral("INS-BQ-BENEFICIARY"), customer(), {});
    auto documents = [&] {
        QStringList d;
        const CaseRow row = *cases.find(id);
        for (const CaseItemRow &i : row.items) {
            d << i.document;
        }
        return d;
    };
    QVERIFY(!documents().contains(QStringLiteral("power_of_attorney")));
    cases.markItem(clerk, id, 1, QStringLiteral("received"));
    cases.setConditions(clerk, id, {QStringLiteral("agent")});
    QVERIFY(documents().contains(QStringLiteral("power_of_attorney")));
    QVERIFY(documents().contains(QStringLiteral("agent_id")));
    QCOMPARE(cases.find(id)->items.at(0).status, QStringLiteral("received")); // kept its mark
}

void TestCases::noticeThenSecondVisitThenAcceptance()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session clerk = signIn("limin", 3);
    const qint64 id = cases.open(clerk, QStringLiteral("INS-BQ-BENEFICIARY"), customer(),
                                 {QStringLiteral("agent")},
                                 CaseWorkflow::Person{QString::fromUtf8("赵建国"),
                                                      QStringLiteral("resident"),
                                                      QStringLiteral("310115198003124412"),
                                                      {}},
                                 QStringLiteral("A007"));
    const CaseRow opened = *cases.find(id);
    int attorney = 0, beneficiary = 0;
    for (const CaseItemRow &i : opened.items) {
        attorney = i.document == QLatin1String("power_of_attorney") ? i.position : attorney;
        beneficiary = i.document == QLatin1String("beneficiary_id") ? i.position : beneficiary;
    }
    QVERIFY(attorney && beneficiary);
    // Not every item checked yet: no notice.
    QVERIFY_THROWS_EXCEPTION(CaseError, cases.giveNotice(clerk, id, QStringLiteral("zh_CN")));
    for (const CaseItemRow &i : opened.items) {
        if (i.position == attorney) {
            cases.markItem(clerk, id, i.position, QStringLiteral("missing"));
        } else if (i.position == beneficiary) {
            QVERIFY_THROWS_EXCEPTION(
                CaseError, cases.markItem(clerk, id, i.position, QStringLiteral("invalid")));
            cases.markItem(clerk, id, i.position, QStringLiteral("invalid"),
                           QString::fromUtf8("复印件不清晰"));
        } else {
            cases.markItem(clerk, id, i.position, QStringLiteral("received"));
        }
    }
    QVERIFY_THROWS_EXCEPTION(CaseError, cases.accept(clerk, id, QStringLiteral("zh_CN")));

    const CaseWorkflow::Outcome notice = cases.giveNotice(clerk, id, QStringLiteral("zh_CN"));
    QCOMPARE(notice.number, QStringLiteral("DEMO01-N-20261124-0001"));
    QCOMPARE(notice.document.title, QString::fromUtf8("一次性告知书"));
    QCOMPARE(notice.document.sections.at(0).items,
             (QStringList{QString::fromUtf8("授权委托书（委托人签字）：原件 1 份（缺）"),
                          QString::fromUtf8("新受益人身份证明：复印件 1 份（复印件不清晰）")}));
    QVERIFY(notice.document.paragraphs.at(0).contains(QString::fromUtf8("2026年12月24日")));
    QVERIFY(notice.document.qrText.endsWith(cases.find(id)->token));
    // The printed notice says it in its text layer, with the customer masked.
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("notice.pdf"));
    QCOMPARE(PdfOutput::write(notice.document, pdf), QString());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished());
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(text.contains(QString::fromUtf8("授权委托书（委托人签字）：原件 1 份（缺）")));
    QVERIFY(text.contains(QString::fromUtf8("欧阳**")));
    QVERIFY(!text.contains(QString::fromUtf8("欧阳娜娜")));
    QVERIFY(!text.contains(QStringLiteral("11010519491231002X")));

    // Second visit, another day, another window: the case resumes where it was.
    Clock::setTestNow(beijing(2026, 11, 26, 9, 30));
    const Session other = signIn("zhangwei", 5);
    QCOMPARE(cases.resume(other, notice.number), id);
    const CaseRow back = *cases.find(id);
    QCOMPARE(back.owner, QStringLiteral("limin")); // the first person who took it still owns it
    QCOMPARE(back.items.size(), opened.items.size());
    cases.markItem(other, id, attorney, QStringLiteral("received"));
    cases.markItem(other, id, beneficiary, QStringLiteral("received"));
    const CaseWorkflow::Outcome receipt = cases.accept(other, id, QStringLiteral("zh_CN"));
    QCOMPARE(receipt.number, QStringLiteral("DEMO01-20261126-0001"));
    // Thursday 26 November + 5 working days = Thursday 3 December 2026.
    QCOMPARE(receipt.due, QDate(2026, 12, 3));
    QVERIFY(!receipt.provisional);
    QCOMPARE(receipt.document.title, QString::fromUtf8("受理回执"));
    QVERIFY(receipt.document.fields.contains(PrintedDocument::Field{
        QString::fromUtf8("承诺办结日期："), QString::fromUtf8("2026年12月3日")}));
    // Once given, the notice cannot resume the case again.
    QVERIFY_THROWS_EXCEPTION(CaseError, cases.resume(other, notice.number));
    QVERIFY(m_branch->verifyAudit().ok);
}

void TestCases::dueDates_data()
{
    QTest::addColumn<QDateTime>("accepted");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("provisional");
    // 5 working days (保全). National Day 2026: 1-7 October off, Saturday 10 October worked.
    QTest::newRow("before National Day")
        << beijing(2026, 9, 29, 10, 0) << QDate(2026, 10, 12) << false;
    QTest::newRow("after the 16:30 cut-off")
        << beijing(2026, 9, 29, 16, 45) << QDate(2026, 10, 13) << false;
    QTest::newRow("on a Sunday") << beijing(2026, 11, 22, 10, 0) << QDate(2026, 11, 30) << false;
    // 2027 has no published calendar yet: weekends only, and the receipt says so.
    QTest::newRow("unpublished 2027") << beijing(2027, 3, 1, 10, 0) << QDate(2027, 3, 8) << true;
}

void TestCases::dueDates()
{
    QFETCH(QDateTime, accepted);
    QFETCH(QDate, due);
    QFETCH(bool, provisional);
    Clock::setTestNow(accepted);
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session clerk = signIn("limin", 3);
    const qint64 id = cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), customer(), {});
    const CaseRow fresh = *cases.find(id);
    for (const CaseItemRow &i : fresh.items) {
        cases.markItem(clerk, id, i.position, QStringLiteral("received"));
    }
    const CaseWorkflow::Outcome r = cases.accept(clerk, id, QStringLiteral("zh_CN"));
    QCOMPARE(r.due, due);
    QCOMPARE(r.provisional, provisional);
    QCOMPARE(r.document.warning.contains(QStringLiteral("2027")), provisional);
    QCOMPARE(cases.find(id)->dueDate, due.toString(Qt::ISODate));
}

void TestCases::refusalAndReferral()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session clerk = signIn("limin", 3);
    const qint64 a = cases.open(clerk, QStringLiteral("INS-BQ-BENEFICIARY"), customer(), {});
    QVERIFY_THROWS_EXCEPTION(CaseError, cases.refuse(clerk, a, {}, {}, QStringLiteral("zh_CN")));
    const auto refusal =
        cases.refuse(clerk, a, {QString::fromUtf8("申请人并非投保人。")},
                     QString::fromUtf8("60日内书面申请复核。"), QStringLiteral("zh_CN"));
    QCOMPARE(refusal.number, QStringLiteral("DEMO01-R-20261124-0001"));
    QCOMPARE(refusal.document.title, QString::fromUtf8("不予受理通知书"));
    QCOMPARE(cases.find(a)->state, QStringLiteral("refused"));

    const qint64 b = cases.open(clerk, QStringLiteral("GEN-CONSULT"), customer(), {});
    QVERIFY_THROWS_EXCEPTION(CaseError, cases.refer(clerk, b, QString::fromUtf8("理赔中心"), {}, {},
                                                    {}, QStringLiteral("zh_CN")));
    const auto referral = cases.refer(clerk, b, QString::fromUtf8("财产险理赔中心"),
                                      QString::fromUtf8("赵强"), QStringLiteral("010-6512 3456"),
                                      QString::fromUtf8("朝阳路12号"), QStringLiteral("zh_CN"));
    QCOMPARE(referral.document.title, QString::fromUtf8("转办告知单"));
    QVERIFY(referral.document.paragraphs.join(QLatin1Char(' '))
                .contains(QString::fromUtf8("联系人：赵强")));
}

void TestCases::clerkCannotCancelAlone()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session clerk = signIn("limin", 3);
    const qint64 id = cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), customer(), {});
    const CaseRow fresh = *cases.find(id);
    for (const CaseItemRow &i : fresh.items) {
        cases.markItem(clerk, id, i.position, QStringLiteral("received"));
    }
    cases.accept(clerk, id, QStringLiteral("zh_CN"));
    // With her own password, or a fellow clerk's: refused, and the case stays accepted.
    QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                             cases.cancel(clerk, id, QStringLiteral("duplicate"),
                                          QStringLiteral("limin"), DemoData::staffPassword()));
    QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                             cases.cancel(clerk, id, QStringLiteral("duplicate"),
                                          QStringLiteral("zhangwei"), DemoData::staffPassword()));
    QCOMPARE(cases.find(id)->state, QStringLiteral("accepted"));
    cases.cancel(clerk, id, QStringLiteral("duplicate"), QStringLiteral("wangli"),
                 DemoData::staffPassword());
    QCOMPARE(cases.find(id)->state, QStringLiteral("cancelled"));
    Statement s = m_branch->database().prepare(
        "SELECT actor, payload FROM audit_log WHERE action = 'case.cancel'");
    QVERIFY(s.step());
    QCOMPARE(s.text(0), QStringLiteral("limin"));
    QVERIFY(s.text(1).contains(QLatin1String("\"authorisedBy\":\"wangli\"")));
}

void TestCases::receptionCannotServe()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session reception = signIn("chenjing", 0);
    QVERIFY_THROWS_EXCEPTION(
        PermissionDenied, cases.open(reception, QStringLiteral("INS-BQ-CONTACT"), customer(), {}));
}

void TestCases::afterTheCounter()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session clerk = signIn("limin", 3);
    const qint64 id = cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), customer(), {});
    const CaseRow fresh = *cases.find(id);
    for (const CaseItemRow &i : fresh.items) {
        cases.markItem(clerk, id, i.position, QStringLiteral("received"));
    }
    const auto receipt = cases.accept(clerk, id, QStringLiteral("zh_CN")); // due 2026-12-01
    QCOMPARE(cases.urgency(*cases.find(id)), CaseWorkflow::Urgency::None);
    QVERIFY_THROWS_EXCEPTION(CaseError, cases.advance(clerk, id, QStringLiteral("collected")));
    cases.advance(clerk, id, QStringLiteral("processing"));
    // The limit cannot be met: reason and a later date are required, and recorded.
    QVERIFY_THROWS_EXCEPTION(CaseError, cases.extend(clerk, id, QDate(2026, 12, 8), {}));
    QVERIFY_THROWS_EXCEPTION(CaseError,
                             cases.extend(clerk, id, QDate(2026, 11, 30), QStringLiteral("x")));
    cases.extend(clerk, id, QDate(2026, 12, 8), QString::fromUtf8("需总公司复核"));
    QCOMPARE(cases.find(id)->dueDate, QStringLiteral("2026-12-08"));
    // Two days before the new date it is not urgent; on 7 December it is due soon; on 9th overdue.
    Clock::setTestNow(beijing(2026, 12, 7, 9, 0));
    QCOMPARE(cases.urgency(*cases.find(id)), CaseWorkflow::Urgency::DueSoon);
    Clock::setTestNow(beijing(2026, 12, 9, 9, 0));
    QCOMPARE(cases.urgency(*cases.find(id)), CaseWorkflow::Urgency::Overdue);
    cases.advance(clerk, id, QStringLiteral("ready"));
    // "Ready" queues an SMS for head office: the outbox has the number, the audit only its mask.
    Statement out = m_branch->database().prepare(
        "SELECT payload FROM outbox WHERE kind = 'case.ready' ORDER BY seq DESC LIMIT 1");
    QVERIFY(out.step());
    QVERIFY(out.text(0).contains(QLatin1String("\"to\":\"13812345678\"")));
    QVERIFY(out.text(0).contains(receipt.number));
    Statement audit =
        m_branch->database().prepare("SELECT payload FROM audit_log WHERE action = 'case.ready'");
    QVERIFY(audit.step());
    QVERIFY(!audit.text(0).contains(QLatin1String("13812345678")));
    QVERIFY(audit.text(0).contains(QLatin1String("138****5678")));
    cases.advance(clerk, id, QStringLiteral("collected"));
    cases.advance(clerk, id, QStringLiteral("closed"));
    QCOMPARE(cases.find(id)->state, QStringLiteral("closed"));
    QCOMPARE(cases.urgency(*cases.find(id)), CaseWorkflow::Urgency::None);
}

void TestCases::proxyAndTransfer()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session limin = signIn("limin", 3);
    const Session zhang = signIn("zhangwei", 5);
    const qint64 id = cases.open(limin, QStringLiteral("GEN-CONSULT"), customer(), {});
    QVERIFY(cases.list(zhang, CaseWorkflow::Scope::Mine).isEmpty());
    // Li Min is away for the afternoon: Zhang Wei holds her pending items until 18:00.
    QVERIFY_THROWS_EXCEPTION(CaseError,
                             cases.setProxy(limin, QStringLiteral("limin"),
                                            beijing(2026, 11, 24, 18, 0), QStringLiteral("x")));
    cases.setProxy(limin, QStringLiteral("zhangwei"), beijing(2026, 11, 24, 18, 0),
                   QString::fromUtf8("下午外出培训"));
    QCOMPARE(cases.list(zhang, CaseWorkflow::Scope::Mine).size(), 1);
    Clock::setTestNow(beijing(2026, 11, 24, 18, 1));
    QVERIFY(cases.list(zhang, CaseWorkflow::Scope::Mine).isEmpty()); // the proxy has ended
    // A transfer names the colleague and says why.
    QVERIFY_THROWS_EXCEPTION(CaseError, cases.transfer(limin, id, QStringLiteral("zhangwei"), {}));
    cases.transfer(limin, id, QStringLiteral("zhangwei"),
                   QString::fromUtf8("客户明天来电，请跟进"));
    QCOMPARE(cases.find(id)->owner, QStringLiteral("zhangwei"));
    QCOMPARE(cases.list(zhang, CaseWorkflow::Scope::Mine).size(), 1);
    QVERIFY(cases.list(limin, CaseWorkflow::Scope::Branch).size() >= 1);
}

void TestCases::applicationFormIsPrefilledInFull()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session clerk = signIn("limin", 3);
    const qint64 id =
        cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), customer(), {QStringLiteral("agent")},
                   CaseWorkflow::Person{QString::fromUtf8("赵建国"),
                                        QStringLiteral("passport"),
                                        QStringLiteral("e12345678"),
                                        {}});
    // The service's form is a checklist item: the signed paper is marked received like the rest.
    const CaseRow row = *cases.find(id);
    QCOMPARE(row.items.last().document, QStringLiteral("form:FORM-BQ"));
    QCOMPARE(cases.itemName(row.items.last(), QStringLiteral("zh_CN")),
             QString::fromUtf8("保险合同变更申请书"));
    QCOMPARE(row.agentIdType, QStringLiteral("passport"));
    QCOMPARE(row.agentIdNumber, QStringLiteral("E12345678"));

    const PrintedDocument form = cases.applicationForm(clerk, id, QStringLiteral("zh_CN"));
    QCOMPARE(form.kind, PrintedDocument::Kind::ApplicationForm);
    QCOMPARE(form.title, QString::fromUtf8("保险合同变更申请书"));
    // The customer checks what she signs: her data in full, unlike every other document.
    QVERIFY(form.fields.contains(
        PrintedDocument::Field{QString::fromUtf8("申请人："), QString::fromUtf8("欧阳娜娜")}));
    QVERIFY(form.fields.contains(PrintedDocument::Field{QString::fromUtf8("证件号码："),
                                                        QStringLiteral("11010519491231002X")}));
    QVERIFY(form.fields.contains(
        PrintedDocument::Field{QString::fromUtf8("证件类型："), QString::fromUtf8("居民身份证")}));
    QVERIFY(form.fields.contains(
        PrintedDocument::Field{QString::fromUtf8("联系电话："), QStringLiteral("13812345678")}));
    QVERIFY(form.fields.contains(PrintedDocument::Field{QString::fromUtf8("代理人证件："),
                                                        QString::fromUtf8("护照 E12345678")}));
    QVERIFY(form.paragraphs.join(QString()).contains(QString::fromUtf8("真实")));
    QVERIFY(form.signatures.contains(QString::fromUtf8("申请人签字：")));
    // Its own line is not among the documents it lists.
    QVERIFY(!form.sections.first().items.join(QString()).contains(
        QString::fromUtf8("保险合同变更申请书")));
    QCOMPARE(form.qrText, cases.caseUrl(row));
    // Printing it is audited, without the personal data.
    Statement s = m_branch->database().prepare(
        "SELECT payload FROM audit_log WHERE action = 'case.application-form'");
    QVERIFY(s.step());
    QVERIFY(!s.text(0).contains(QLatin1String("002X")));
}

void TestCases::receiptReprintNeedsAManager()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session clerk = signIn("limin", 3);
    const qint64 id = cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), customer(), {});
    QVERIFY_THROWS_EXCEPTION(CaseError, cases.reprintReceipt(clerk, id, QStringLiteral("lost"),
                                                             QStringLiteral("wangli"),
                                                             DemoData::staffPassword(), {}));
    const CaseRow fresh = *cases.find(id);
    for (const CaseItemRow &i : fresh.items) {
        cases.markItem(clerk, id, i.position, QStringLiteral("received"));
    }
    const auto accepted = cases.accept(clerk, id, QStringLiteral("zh_CN"));
    QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                             cases.reprintReceipt(clerk, id, QStringLiteral("lost"),
                                                  QStringLiteral("limin"),
                                                  DemoData::staffPassword(), {}));
    QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                             cases.reprintReceipt(clerk, id, QStringLiteral("lost"),
                                                  QStringLiteral("wangli"),
                                                  QStringLiteral("wrong-password"), {}));
    QVERIFY_THROWS_EXCEPTION(CaseError, cases.reprintReceipt(clerk, id, QStringLiteral(" "),
                                                             QStringLiteral("wangli"),
                                                             DemoData::staffPassword(), {}));
    Clock::setTestNow(beijing(2026, 11, 25, 15, 0));
    const auto first =
        cases.reprintReceipt(clerk, id, QString::fromUtf8("客户遗失回执"), QStringLiteral("wangli"),
                             DemoData::staffPassword(), QStringLiteral("zh_CN"));
    const auto second =
        cases.reprintReceipt(clerk, id, QString::fromUtf8("打印卡纸"), QStringLiteral("wangli"),
                             DemoData::staffPassword(), QStringLiteral("zh_CN"));
    QCOMPARE(first.number, accepted.number + QStringLiteral("-R1"));
    QCOMPARE(second.number, accepted.number + QStringLiteral("-R2"));
    // The same receipt (number, dates) as the original, marked as a numbered reprint.
    QCOMPARE(second.due, accepted.due);
    QCOMPARE(second.document.number, accepted.document.number);
    QCOMPARE(second.document.fields, accepted.document.fields);
    QVERIFY2(second.document.warning.contains(QString::fromUtf8("补打第 2 次")),
             qPrintable(second.document.warning));
    Statement s = m_branch->database().prepare(
        "SELECT actor, payload FROM audit_log WHERE action = 'case.reprint-receipt' ORDER BY seq");
    QVERIFY(s.step());
    QCOMPARE(s.text(0), QStringLiteral("limin"));
    QVERIFY(s.text(1).contains(QLatin1String("\"authorisedBy\":\"wangli\"")));
    QVERIFY(s.text(1).contains(QString::fromUtf8("客户遗失回执")));
    QVERIFY(s.step());
    QVERIFY(!s.step());
}

void TestCases::collectionNoticeOnlyWhenReady()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session clerk = signIn("limin", 3);
    const qint64 id = cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), customer(), {});
    const CaseRow fresh = *cases.find(id);
    for (const CaseItemRow &i : fresh.items) {
        cases.markItem(clerk, id, i.position, QStringLiteral("received"));
    }
    const auto accepted = cases.accept(clerk, id, QStringLiteral("zh_CN"));
    QVERIFY_THROWS_EXCEPTION(CaseError, cases.collectionNotice(clerk, id, QStringLiteral("zh_CN")));
    QCOMPARE(CaseWorkflow::nextStates(QStringLiteral("accepted")),
             (QStringList{QStringLiteral("processing"), QStringLiteral("ready"),
                          QStringLiteral("suspended")}));
    Clock::setTestNow(beijing(2026, 11, 27, 11, 0));
    cases.advance(clerk, id, QStringLiteral("ready"));
    Clock::setTestNow(beijing(2026, 11, 30, 9, 0));
    const auto notice = cases.collectionNotice(clerk, id, QStringLiteral("zh_CN"));
    QCOMPARE(notice.document.kind, PrintedDocument::Kind::CollectionNotice);
    QCOMPARE(notice.document.title, QString::fromUtf8("领取通知书"));
    QVERIFY(notice.document.fields.contains(
        PrintedDocument::Field{QString::fromUtf8("受理编号："), accepted.number}));
    // Ready since the day it became ready, not the day the notice was printed.
    QVERIFY(notice.document.fields.contains(PrintedDocument::Field{
        QString::fromUtf8("办结日期："), QString::fromUtf8("2026年11月27日")}));
    // Masked, like every document but the application form.
    QVERIFY(notice.document.fields.contains(
        PrintedDocument::Field{QString::fromUtf8("申请人："), QString::fromUtf8("欧阳**")}));
    QVERIFY2(notice.document.paragraphs.join(QString()).contains(QString::fromUtf8("3号窗口")),
             qPrintable(notice.document.paragraphs.join(QString())));
}

void TestCases::notesAreSavedButNotAudited()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session clerk = signIn("limin", 3);
    const qint64 id = cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), customer(), {});
    const QString note = QString::fromUtf8("客户称新手机号下周启用");
    cases.setNotes(clerk, id, note);
    cases.setNotes(clerk, id, note); // unchanged: nothing recorded
    QCOMPARE(cases.find(id)->notes, note);
    Statement s =
        m_branch->database().prepare("SELECT payload FROM audit_log WHERE action = 'case.notes'");
    QVERIFY(s.step());
    QVERIFY(!s.text(0).contains(note));
    QVERIFY(s.text(0).contains(QLatin1String("sha256")));
    QVERIFY(!s.step());
}

void TestCases::otherIdentityDocuments()
{
    CaseWorkflow cases(*m_branch, *m_catalogue);
    const Session clerk = signIn("limin", 3);
    CaseWorkflow::Person p = customer();
    p.idType = QStringLiteral("hk_macau");
    p.idNumber = QStringLiteral("H1234567"); // one digit short
    QVERIFY_THROWS_EXCEPTION(CaseError, cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), p, {}));
    p.idNumber = QStringLiteral("h 1234 5678");
    const qint64 id = cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"), p, {});
    const auto customerRow = BranchStore(m_branch->database()).customer(cases.find(id)->customerId);
    QCOMPARE(customerRow->idType, QStringLiteral("hk_macau"));
    QCOMPARE(customerRow->idNumber, QStringLiteral("H12345678"));
}

void TestCases::questionsGetAnOwnerAndAReplyDate()
{
    // Asked on the last working day before National Day: one working day is 8 October.
    Clock::setTestNow(beijing(2026, 9, 30, 15, 0));
    InquiryBook book(*m_branch);
    const Session limin = signIn("limin", 3);
    QVERIFY_THROWS_EXCEPTION(CaseError, book.record(limin, QStringLiteral(" "), {}, {}));
    QVERIFY_THROWS_EXCEPTION(CaseError,
                             book.record(limin, QStringLiteral("?"), {}, QStringLiteral("123")));
    const InquiryRow q = book.record(limin, QString::fromUtf8("理赔款能否转入他人账户？"),
                                     QString::fromUtf8("欧阳娜娜"), QStringLiteral("13812345678"));
    QCOMPARE(q.replyBy, QStringLiteral("2026-10-08"));
    QCOMPARE(q.owner, QStringLiteral("limin"));
    QCOMPARE(book.list(limin, false).size(), 1);
    QVERIFY(!book.overdue(q));
    Clock::setTestNow(beijing(2026, 10, 9, 9, 0));
    QVERIFY(book.overdue(*InquiryStore(m_branch->database()).byId(q.id)));
    // Handed to a colleague with a note: it leaves my list and joins hers.
    QVERIFY_THROWS_EXCEPTION(CaseError, book.transfer(limin, q.id, QStringLiteral("zhangwei"), {}));
    book.transfer(limin, q.id, QStringLiteral("zhangwei"), QString::fromUtf8("需查理赔规则"));
    QVERIFY(book.list(limin, false).isEmpty());
    const Session zhangwei = signIn("zhangwei", 4);
    QCOMPARE(book.list(zhangwei, false).size(), 1);
    book.answer(zhangwei, q.id, QString::fromUtf8("不能，须转入被保险人本人账户。"));
    QVERIFY_THROWS_EXCEPTION(CaseError, book.answer(zhangwei, q.id, QStringLiteral("again")));
    QVERIFY(book.list(zhangwei, false).isEmpty());
    QCOMPARE(book.list(zhangwei, true, false).size(), 1);
    // The answer goes to the customer by SMS (outbox); the audit has only the mask.
    Statement out = m_branch->database().prepare(
        "SELECT payload FROM outbox WHERE kind = 'inquiry.answer' ORDER BY seq DESC LIMIT 1");
    QVERIFY(out.step());
    QVERIFY(out.text(0).contains(QLatin1String("\"to\":\"13812345678\"")));
    QVERIFY(out.text(0).contains(QString::fromUtf8("须转入被保险人本人账户")));
    Statement audit =
        m_branch->database().prepare("SELECT payload FROM audit_log WHERE action LIKE 'inquiry.%'");
    while (audit.step()) {
        QVERIFY(!audit.text(0).contains(QLatin1String("13812345678")));
    }
    QVERIFY(m_branch->verifyAudit().ok);
}

QTEST_MAIN(TestCases) // a QGuiApplication: the PDF needs fonts
#include "tst_cases.moc"
