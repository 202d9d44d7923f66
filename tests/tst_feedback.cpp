// Ratings and complaints (issue 8): one rating per served ticket with the clerk who served it, a
// bad rating's rectification due on the real calendar across National Day, each clerk's and
// service's figures, complaints with their due date, reminders, escalation to head office (once),
// closing only with an answer and only by a manager, phones masked in the audit and the CLI.
#include "auditstore.h"
#include "branch/branch.h"
#include "branch/demodata.h"
#include "branchstore.h"
#include "core/clock.h"
#include "database.h"
#include "feedback/complaintbook.h"
#include "feedback/feedbackerror.h"
#include "feedback/ratingbook.h"
#include "queue/ticketqueue.h"
#include "staff/permissions.h"
#include "staff/staffdirectory.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace
{
QDateTime beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toUTC();
}

const QString Contact = QStringLiteral("INS-BQ-CONTACT");  // window 1
const QString Consult = QStringLiteral("GEN-CONSULT");     // window 1 (and 6)
const QString CardLoss = QStringLiteral("BANK-CARD-LOSS"); // window 3
const QString Phone = QStringLiteral("13812345678");
const QString Masked = QStringLiteral("138****5678");

RatingBook::Input level(int l)
{
    RatingBook::Input in;
    in.level = l;
    return in;
}
} // namespace

class TestFeedback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void levelsAndOneRatingPerServedTicket();
    void ratingPadRatesTheWindowsLastTicket();
    void badRatingOpensARectificationAcrossNationalDay();
    void summaryPerClerkAndService();
    void complaintDueDateAndReminders();
    void escalationIsIdempotent();
    void closingNeedsAnAnswerAndAManager();
    void phonesAreMaskedInTheAuditAndTheCli();

private:
    Session signIn(const char *login, int window);
    // Issues a ticket for service and has clerk serve and finish it at window.
    Ticket serve(const QString &service, int window, const QString &clerk);
    QString outbox(const QString &kind);
    QTemporaryDir m_template;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Branch> m_branch;
};

void TestFeedback::initTestCase()
{
    auto branch =
        Branch::create(m_template.path(), TestSupport::passphrase(),
                       {QStringLiteral("DEMO01"), QStringLiteral("Demo")}, QStringLiteral("test"));
    DemoData::populate(*branch, QStringLiteral("test"));
    branch->database().checkpoint();
}

void TestFeedback::init()
{
    Clock::setTestNow(beijing(2026, 11, 24, 10, 12));
    m_dir = new QTemporaryDir;
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("branch.db")),
                        m_dir->filePath(QStringLiteral("branch.db"))));
    m_branch = Branch::open(m_dir->path(), TestSupport::passphrase());
}

void TestFeedback::cleanup()
{
    if (m_branch) {
        const AuditChain::Verification v = m_branch->verifyAudit();
        QVERIFY2(v.ok, qPrintable(v.reason));
    }
    m_branch.reset();
    delete m_dir;
    Clock::setTestNow({});
}

Session TestFeedback::signIn(const char *login, int window)
{
    return *StaffDirectory(*m_branch)
                .signIn(QString::fromLatin1(login), DemoData::staffPassword(), window)
                .session;
}

Ticket TestFeedback::serve(const QString &service, int window, const QString &clerk)
{
    TicketQueue queue(*m_branch);
    TicketQueue::IssueRequest request;
    request.serviceCode = service;
    const TicketQueue::Result issued = queue.issue(request, QStringLiteral("kiosk"));
    if (!issued.ok()) {
        qFatal("issue: %s", qPrintable(issued.message));
    }
    const TicketQueue::Result called = queue.callTicket(window, issued.ticket.number, clerk);
    if (!called.ok() || !queue.startServing(window, clerk).ok()) {
        qFatal("call: %s", qPrintable(called.message));
    }
    const TicketQueue::Result done = queue.finish(window, clerk);
    if (!done.ok()) {
        qFatal("finish: %s", qPrintable(done.message));
    }
    return done.ticket;
}

QString TestFeedback::outbox(const QString &kind)
{
    return TestSupport::rawSql(m_dir->filePath(QStringLiteral("branch.db")),
                               TestSupport::passphrase(),
                               QStringLiteral("SELECT coalesce(group_concat(payload, '\n'), '') "
                                              "FROM outbox WHERE kind = '%1'")
                                   .arg(kind));
}

void TestFeedback::levelsAndOneRatingPerServedTicket()
{
    QCOMPARE(RatingBook::levelName(5), QStringLiteral("Very satisfied"));
    QCOMPARE(RatingBook::levelName(1), QStringLiteral("Very dissatisfied"));
    QVERIFY(RatingBook::levelName(0).isEmpty());
    QVERIFY(RatingBook::isBad(2) && RatingBook::isBad(1) && !RatingBook::isBad(3));

    RatingBook book(*m_branch);
    const Ticket t = serve(Contact, 1, QStringLiteral("limin"));

    // Wrong input is refused with the reason, and nothing is written.
    QCOMPARE(book.rateByToken(t.token, level(0)).status, RatingBook::Status::Invalid);
    QCOMPARE(book.rateByToken(t.token, level(6)).status, RatingBook::Status::Invalid);
    RatingBook::Input tooLong = level(4);
    tooLong.comment = QString(RatingBook::MaxComment + 1, QLatin1Char('x'));
    QCOMPARE(book.rateByToken(t.token, tooLong).status, RatingBook::Status::Invalid);
    RatingBook::Input badCriterion = level(4);
    badCriterion.attitude = 7;
    QCOMPARE(book.rateByToken(t.token, badCriterion).status, RatingBook::Status::Invalid);
    QCOMPARE(book.rateByToken(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"), level(4)).status,
             RatingBook::Status::UnknownTicket);

    RatingBook::Input in = level(4);
    in.attitude = 5;
    in.efficiency = 3;
    in.comment = QString::fromUtf8("  办得很快  ");
    const RatingBook::Result r = book.rateByToken(t.token, in);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rating.clerk, QStringLiteral("limin")); // from the audit of ticket.finish
    QCOMPARE(r.rating.window, 1);
    QCOMPARE(r.rating.serviceCode, Contact);
    QCOMPARE(r.rating.channel, QStringLiteral("phone"));
    QCOMPARE(r.rectificationId, 0);
    const RatingRow stored = book.list(t.businessDay, t.businessDay).value(0);
    QCOMPARE(stored.id, r.rating.id);
    QCOMPARE(stored.attitude, 5);
    QCOMPARE(stored.efficiency, 3);
    QCOMPARE(stored.professionalism, 0);
    QCOMPARE(stored.comment, QString::fromUtf8("办得很快"));

    // Once only, said kindly; and not before the service is finished.
    const RatingBook::Result again = book.rateByToken(t.token, level(1));
    QCOMPARE(again.status, RatingBook::Status::AlreadyRated);
    QVERIFY(again.message.contains(t.number));
    QCOMPARE(book.list(t.businessDay, t.businessDay).size(), 1);
    QVERIFY(book.rectifications(true).isEmpty());

    TicketQueue::IssueRequest request;
    request.serviceCode = Contact;
    const Ticket waiting = TicketQueue(*m_branch).issue(request, QStringLiteral("kiosk")).ticket;
    QCOMPARE(book.rateByToken(waiting.token, level(5)).status, RatingBook::Status::NotServed);

    // Yesterday's token has expired.
    Clock::setTestNow(beijing(2026, 11, 25, 9, 0));
    QCOMPARE(book.rateByToken(t.token, level(5)).status, RatingBook::Status::UnknownTicket);
}

void TestFeedback::ratingPadRatesTheWindowsLastTicket()
{
    RatingBook book(*m_branch);
    QVERIFY(!book.awaitingRating(3));
    QCOMPARE(book.rateAtWindow(3, level(5)).status, RatingBook::Status::UnknownTicket);
    serve(CardLoss, 3, QStringLiteral("zhangwei"));
    Clock::setTestNow(Clock::nowUtc().addSecs(60));
    const Ticket second = serve(CardLoss, 3, QStringLiteral("zhangwei"));
    const auto awaiting = book.awaitingRating(3);
    QVERIFY(awaiting);
    QCOMPARE(awaiting->number, second.number); // the one just finished
    const RatingBook::Result r = book.rateAtWindow(3, level(5));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rating.ticketId, second.id);
    QCOMPARE(r.rating.channel, QStringLiteral("pad"));
    QCOMPARE(r.rating.clerk, QStringLiteral("zhangwei"));
    QVERIFY(!book.awaitingRating(3));
    QCOMPARE(book.rateAtWindow(3, level(4)).status, RatingBook::Status::AlreadyRated);
}

void TestFeedback::badRatingOpensARectificationAcrossNationalDay()
{
    // Rated on the last working day before National Day (1-7 October off, 10 October a make-up
    // working day): five working days are 8, 9, 10, 12 and 13 October.
    Clock::setTestNow(beijing(2026, 9, 30, 15, 0));
    RatingBook book(*m_branch);
    QCOMPARE(book.rectificationDueBy(), QDate(2026, 10, 13));
    const Ticket t = serve(Contact, 1, QStringLiteral("limin"));
    const RatingBook::Result r = book.rateByToken(t.token, level(2));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.rectificationId > 0);
    const QList<RectificationRow> open = book.rectifications(true);
    QCOMPARE(open.size(), 1);
    const RectificationRow task = open.first();
    QCOMPARE(task.id, r.rectificationId);
    QCOMPARE(task.dueBy, QStringLiteral("2026-10-13"));
    QCOMPARE(task.owner, QStringLiteral("wangli")); // the branch's (first active) manager
    QCOMPARE(book.ratingOf(task)->level, 2);

    // The limit is a setting: three working days end on the make-up Saturday.
    BranchStore(m_branch->database())
        .setSetting(QString::fromLatin1(RatingBook::RectificationDaysSetting), QStringLiteral("3"));
    QCOMPARE(book.rectificationDueBy(), QDate(2026, 10, 10));
    // A "basically satisfied" rating opens nothing; "very dissatisfied" does.
    QCOMPARE(book.rateByToken(serve(Contact, 1, QStringLiteral("limin")).token, level(3))
                 .rectificationId,
             0);
    const RatingBook::Result worst =
        book.rateByToken(serve(Consult, 1, QStringLiteral("limin")).token, level(1));
    QVERIFY(worst.rectificationId > 0);
    QCOMPARE(book.rectifications(true).size(), 2);
    QCOMPARE(book.rectifications(true).at(0).dueBy, QStringLiteral("2026-10-10"));

    // The manager's task: a clerk may not touch it; it closes only with an outcome.
    const Session clerk = signIn("limin", 1);
    const Session manager = signIn("wangli", 0);
    QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                             book.closeRectification(clerk, task.id, QStringLiteral("x")));
    QVERIFY_THROWS_EXCEPTION(FeedbackError, book.closeRectification(manager, task.id, {}));
    book.recordContact(manager, task.id, QString::fromUtf8("10月8日致电客户，致歉并说明改进"));
    QVERIFY(!book.overdue(task));
    Clock::setTestNow(beijing(2026, 10, 14, 9, 0));
    QVERIFY(book.overdue(task));
    book.closeRectification(manager, task.id, QString::fromUtf8("窗口人员已培训，客户表示理解"));
    QVERIFY_THROWS_EXCEPTION(FeedbackError,
                             book.closeRectification(manager, task.id, QStringLiteral("again")));
    RectificationRow closed;
    for (const RectificationRow &row : book.rectifications(false)) {
        if (row.id == task.id) {
            closed = row;
        }
    }
    QCOMPARE(closed.state, QStringLiteral("closed"));
    QVERIFY(closed.contact.startsWith(QString::fromUtf8("10月8日")));
    QCOMPARE(closed.closedBy, QStringLiteral("wangli"));
    QCOMPARE(book.rectifications(true).size(), 1);
}

void TestFeedback::summaryPerClerkAndService()
{
    // clerk, window, service, level
    struct Row
    {
        const char *clerk;
        int window;
        QString service;
        int level;
    };
    const QList<Row> table{
        {"limin", 1, Contact, 5}, {"limin", 1, Contact, 4},     {"limin", 1, Contact, 1},
        {"limin", 1, Consult, 3}, {"zhangwei", 3, CardLoss, 2}, {"zhangwei", 3, CardLoss, 5},
    };
    RatingBook book(*m_branch);
    for (const Row &row : table) {
        const Ticket t = serve(row.service, row.window, QString::fromLatin1(row.clerk));
        QVERIFY(book.rateByToken(t.token, level(row.level)).ok());
        Clock::setTestNow(Clock::nowUtc().addSecs(120));
    }
    // A rating of the next day is outside the first day's figures.
    Clock::setTestNow(beijing(2026, 11, 25, 9, 30));
    QVERIFY(book.rateByToken(serve(CardLoss, 3, QStringLiteral("zhangwei")).token, level(1)).ok());

    const QDate day(2026, 11, 24);
    const RatingBook::Summary s = book.summary(day, day);
    QCOMPARE(s.total.count, 6);
    QCOMPARE(s.total.satisfied, 4);
    QCOMPARE(s.total.bad, 2);
    QCOMPARE(s.byClerk.size(), 2);
    QCOMPARE(s.byClerk.at(0).key, QStringLiteral("limin"));
    QCOMPARE(s.byClerk.at(0).count, 4);
    QCOMPARE(s.byClerk.at(0).bad, 1);
    QCOMPARE(s.byClerk.at(0).satisfactionRate(), 0.75);
    QCOMPARE(s.byClerk.at(1).key, QStringLiteral("zhangwei"));
    QCOMPARE(s.byClerk.at(1).count, 2);
    QCOMPARE(s.byClerk.at(1).satisfactionRate(), 0.5);
    QCOMPARE(s.byService.size(), 3);
    QCOMPARE(s.byService.at(0).key, CardLoss);
    QCOMPARE(s.byService.at(0).count, 2);
    QCOMPARE(s.byService.at(1).key, Consult);
    QCOMPARE(s.byService.at(1).satisfactionRate(), 1.0);
    QCOMPARE(s.byService.at(2).key, Contact);
    QCOMPARE(s.byService.at(2).count, 3);
    QCOMPARE(s.byService.at(2).satisfied, 2);
    QCOMPARE(s.byService.at(2).bad, 1);

    const RatingBook::Summary both = book.summary(day, day.addDays(1));
    QCOMPARE(both.total.count, 7);
    QCOMPARE(both.byClerk.at(1).count, 3);
    QCOMPARE(both.byClerk.at(1).bad, 2);
    QCOMPARE(book.summary(day.addDays(2), day.addDays(3)).total.count, 0);
}

void TestFeedback::complaintDueDateAndReminders()
{
    Clock::setTestNow(beijing(2026, 9, 30, 15, 0));
    ComplaintBook book(*m_branch);
    const Session limin = signIn("limin", 1);
    ComplaintBook::Input in;
    in.channel = QStringLiteral("counter");
    in.complainant = QString::fromUtf8("欧阳娜娜");
    in.phone = QStringLiteral("138 1234 5678");
    in.matter = QString::fromUtf8("等候一小时无人叫号");
    in.staffConcerned = QStringLiteral("zhangwei");
    in.serviceCode = CardLoss;

    // Refused with the reason: a bad phone, no matter, an unknown channel or colleague.
    for (const auto &change :
         QList<std::function<void(ComplaintBook::Input &)>>{[](ComplaintBook::Input &i) {
                                                                i.phone = QStringLiteral("123");
                                                            },
                                                            [](ComplaintBook::Input &i) {
                                                                i.matter = QStringLiteral("  ");
                                                            },
                                                            [](ComplaintBook::Input &i) {
                                                                i.complainant.clear();
                                                            },
                                                            [](ComplaintBook::Input &i) {
                                                                i.channel = QStringLiteral("fax");
                                                            },
                                                            [](ComplaintBook::Input &i) {
                                                                i.staffConcerned =
                                                                    QStringLiteral("nobody");
                                                            }}) {
        ComplaintBook::Input bad = in;
        change(bad);
        QVERIFY_THROWS_EXCEPTION(FeedbackError, book.record(limin, bad));
    }
    QVERIFY(book.list(false).isEmpty());

    // Ten working days across National Day: 8, 9, 10 (make-up), 12..16, 19, 20 October.
    const ComplaintRow first = book.record(limin, in);
    QCOMPARE(first.dueBy, QStringLiteral("2026-10-20"));
    QCOMPARE(first.owner, QStringLiteral("limin")); // 首问负责制: whoever took it
    QCOMPARE(first.phone, Phone);
    // Any staff member records one, reception too; the limit is a setting.
    BranchStore(m_branch->database())
        .setSetting(QString::fromLatin1(ComplaintBook::DaysSetting), QStringLiteral("5"));
    in.channel = QStringLiteral("phone");
    in.phone.clear();
    const ComplaintRow second = book.record(signIn("chenjing", 0), in);
    QCOMPARE(second.dueBy, QStringLiteral("2026-10-13"));
    QCOMPARE(second.owner, QStringLiteral("chenjing"));
    QVERIFY_THROWS_EXCEPTION(PermissionDenied, book.record(Session{}, in));

    // Reminders on Friday 16 October: within 0 working days, the overdue one; within 2, also the
    // one due on Tuesday 20th.
    Clock::setTestNow(beijing(2026, 10, 16, 9, 0));
    QCOMPARE(book.dueWithin(0).size(), 1);
    QCOMPARE(book.dueWithin(0).first().id, second.id);
    QVERIFY(book.overdue(book.dueWithin(0).first()));
    QCOMPARE(book.dueWithin(1).size(), 1); // Monday 19th
    QCOMPARE(book.dueWithin(2).size(), 2);
    QVERIFY(!book.overdue(*book.complaint(first.id)));

    // Progress notes, by anyone signed in; kept in order.
    book.note(limin, first.id, QString::fromUtf8("已联系网点主任核实"));
    book.note(signIn("wangli", 0), first.id, QString::fromUtf8("调取监控"));
    QVERIFY_THROWS_EXCEPTION(FeedbackError, book.note(limin, first.id, QStringLiteral(" ")));
    const QList<ComplaintNoteRow> notes = book.notes(first.id);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0).author, QStringLiteral("limin"));
    QCOMPARE(notes.at(1).note, QString::fromUtf8("调取监控"));
}

void TestFeedback::escalationIsIdempotent()
{
    Clock::setTestNow(beijing(2026, 9, 30, 15, 0));
    ComplaintBook book(*m_branch);
    const Session limin = signIn("limin", 1);
    ComplaintBook::Input in{QStringLiteral("letter"),
                            QString::fromUtf8("张三"),
                            Phone,
                            QString::fromUtf8("柜员态度差"),
                            {},
                            {}};
    const ComplaintRow late = book.record(limin, in);
    in.phone.clear();
    const ComplaintRow answered = book.record(limin, in);
    book.close(signIn("wangli", 0), answered.id, QString::fromUtf8("已当面致歉"),
               QStringLiteral("in_person"));
    Clock::setTestNow(beijing(2026, 10, 20, 17, 0)); // the due day itself: not yet overdue
    QCOMPARE(book.escalateOverdue(QStringLiteral("system")), 0);
    Clock::setTestNow(beijing(2026, 10, 21, 9, 0));
    const QString before = outbox(QStringLiteral("complaint.escalate"));
    QVERIFY(before.isEmpty());
    QCOMPARE(book.escalateOverdue(QStringLiteral("system")), 1);
    QCOMPARE(book.escalateOverdue(QStringLiteral("system")), 0);
    Clock::setTestNow(beijing(2026, 10, 22, 9, 0));
    QCOMPARE(book.escalateOverdue(QStringLiteral("system")), 0);
    QVERIFY(!book.complaint(late.id)->escalatedUtc.isEmpty());
    QVERIFY(book.complaint(answered.id)->escalatedUtc.isEmpty());

    // One notice for head office, with what it needs to follow the complaint up.
    const QString notices = outbox(QStringLiteral("complaint.escalate"));
    QCOMPARE(notices.count(QLatin1Char('\n')), 0);
    const QJsonObject envelope = QJsonDocument::fromJson(notices.toUtf8()).object();
    const QJsonObject c = envelope.value(QStringLiteral("forHeadOffice"))
                              .toObject()
                              .value(QStringLiteral("complaint"))
                              .toObject();
    QCOMPARE(c.value(QStringLiteral("id")).toInteger(), late.id);
    QCOMPARE(c.value(QStringLiteral("phone")).toString(), Phone);
    QCOMPARE(c.value(QStringLiteral("dueBy")).toString(), QStringLiteral("2026-10-20"));
    QCOMPARE(envelope.value(QStringLiteral("payload")).toObject().value(QStringLiteral("phone")),
             QJsonValue(Masked));
}

void TestFeedback::closingNeedsAnAnswerAndAManager()
{
    ComplaintBook book(*m_branch);
    const Session limin = signIn("limin", 1);
    const Session manager = signIn("wangli", 0);
    const ComplaintRow c = book.record(limin, {QStringLiteral("online"),
                                               QString::fromUtf8("李四"),
                                               Phone,
                                               QString::fromUtf8("收费不透明"),
                                               {},
                                               Contact});
    QVERIFY_THROWS_EXCEPTION(
        PermissionDenied, book.close(limin, c.id, QStringLiteral("ok"), QStringLiteral("phone")));
    QVERIFY_THROWS_EXCEPTION(
        FeedbackError, book.close(manager, c.id, QStringLiteral("  "), QStringLiteral("phone")));
    QVERIFY_THROWS_EXCEPTION(
        FeedbackError, book.close(manager, c.id, QStringLiteral("ok"), QStringLiteral("fax")));
    QCOMPARE(book.complaint(c.id)->state, QStringLiteral("open"));

    book.close(manager, c.id, QString::fromUtf8("已按公示价目表退还多收费用"),
               QStringLiteral("sms"));
    const ComplaintRow closed = *book.complaint(c.id);
    QCOMPARE(closed.state, QStringLiteral("closed"));
    QCOMPARE(closed.answeredVia, QStringLiteral("sms"));
    QCOMPARE(closed.closedBy, QStringLiteral("wangli"));
    QVERIFY_THROWS_EXCEPTION(
        FeedbackError, book.close(manager, c.id, QStringLiteral("x"), QStringLiteral("phone")));
    QVERIFY_THROWS_EXCEPTION(FeedbackError, book.note(limin, c.id, QStringLiteral("late note")));
    // The SMS goes out through head office with the full number and the answer.
    const QString sms = outbox(QStringLiteral("complaint.close"));
    QVERIFY(sms.contains(Phone));
    QVERIFY(sms.contains(QString::fromUtf8("已按公示价目表退还多收费用")));

    // No phone, no SMS.
    const ComplaintRow anonymous = book.record(
        limin,
        {QStringLiteral("phone"), QString::fromUtf8("王五"), {}, QStringLiteral("x"), {}, {}});
    QVERIFY_THROWS_EXCEPTION(FeedbackError, book.close(manager, anonymous.id, QStringLiteral("y"),
                                                       QStringLiteral("sms")));
}

void TestFeedback::phonesAreMaskedInTheAuditAndTheCli()
{
    ComplaintBook book(*m_branch);
    const Session limin = signIn("limin", 1);
    const ComplaintRow c =
        book.record(limin, {QStringLiteral("counter"), QString::fromUtf8("欧阳娜娜"), Phone,
                            QString::fromUtf8("排队太久"), QStringLiteral("zhangwei"), CardLoss});
    book.close(signIn("wangli", 0), c.id, QString::fromUtf8("已致歉"), QStringLiteral("sms"));
    RatingBook ratings(*m_branch);
    QVERIFY(ratings.rateByToken(serve(Contact, 1, QStringLiteral("limin")).token, level(2)).ok());

    bool sawRecord = false;
    AuditStore(m_branch->database()).forEach([&](const AuditRow &row) {
        if (row.subject.startsWith(QLatin1String("complaint:"))
            || row.action.startsWith(QLatin1String("rating"))) {
            if (row.payload.contains(Phone) || row.payload.contains(QString::fromUtf8("欧阳娜娜"))
                || row.payload.contains(QString::fromUtf8("排队太久"))) {
                qWarning("%s", qPrintable(row.payload));
                sawRecord = false;
                return false;
            }
            sawRecord = sawRecord
                        || (row.action == QLatin1String("complaint.record")
                            && row.payload.contains(Masked));
        }
        return true;
    });
    QVERIFY2(sawRecord, "the complaint's audit entry shows the masked phone");

    // The CLI prints one line per complaint, the phone masked.
    m_branch->database().checkpoint();
    const QString dir = m_dir->path();
    TestSupport::Run run =
        TestSupport::cli({QStringLiteral("complaint"), QStringLiteral("list"),
                          QStringLiteral("--all"), QStringLiteral("--data-dir"), dir},
                         TestSupport::passphrase());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    QVERIFY(run.out.contains(Masked));
    QVERIFY(!run.out.contains(Phone));
    QVERIFY(run.out.contains(QStringLiteral("closed")));

    // add, note, close from a script, as a named staff member.
    m_branch.reset(); // the CLI writes; nothing here holds the file open meanwhile
    run = TestSupport::cli(
        {QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--as"),
         QStringLiteral("chenjing"), QStringLiteral("--channel"), QStringLiteral("phone"),
         QStringLiteral("--name"), QString::fromUtf8("赵六"), QStringLiteral("--phone"),
         QStringLiteral("13912345678"), QStringLiteral("--matter"),
         QString::fromUtf8("电话无人接听"), QStringLiteral("--data-dir"), dir},
        TestSupport::passphrase());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("139****5678")));
    QVERIFY(!run.out.contains(QStringLiteral("13912345678")));
    const QString id = run.out.section(QLatin1Char('\t'), 0, 0).trimmed();
    QCOMPARE(id, QStringLiteral("2"));
    run = TestSupport::cli({QStringLiteral("complaint"), QStringLiteral("note"), id,
                            QStringLiteral("--as"), QStringLiteral("chenjing"),
                            QStringLiteral("--text"), QString::fromUtf8("已回电"),
                            QStringLiteral("--data-dir"), dir},
                           TestSupport::passphrase());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // A clerk may not close it, and nobody without an answer.
    run = TestSupport::cli(
        {QStringLiteral("complaint"), QStringLiteral("close"), id, QStringLiteral("--as"),
         QStringLiteral("limin"), QStringLiteral("--answer"), QStringLiteral("ok"),
         QStringLiteral("--via"), QStringLiteral("phone"), QStringLiteral("--data-dir"), dir},
        TestSupport::passphrase());
    QCOMPARE(run.exitCode, 1);
    run =
        TestSupport::cli({QStringLiteral("complaint"), QStringLiteral("close"), id,
                          QStringLiteral("--as"), QStringLiteral("wangli"), QStringLiteral("--via"),
                          QStringLiteral("phone"), QStringLiteral("--data-dir"), dir},
                         TestSupport::passphrase());
    QCOMPARE(run.exitCode, 1);
    run = TestSupport::cli(
        {QStringLiteral("complaint"), QStringLiteral("close"), id, QStringLiteral("--as"),
         QStringLiteral("wangli"), QStringLiteral("--answer"), QString::fromUtf8("已电话答复"),
         QStringLiteral("--via"), QStringLiteral("phone"), QStringLiteral("--data-dir"), dir},
        TestSupport::passphrase());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = TestSupport::cli(
        {QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir},
        TestSupport::passphrase());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.trimmed().isEmpty(), qPrintable(run.out)); // nothing open

    // rating list: one line per rating, with the clerk and the level.
    run = TestSupport::cli({QStringLiteral("rating"), QStringLiteral("list"),
                            QStringLiteral("--from"), QStringLiteral("2026-11-24"),
                            QStringLiteral("--data-dir"), dir},
                           TestSupport::passphrase());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    QVERIFY(run.out.contains(QStringLiteral("limin")));
    QVERIFY(run.out.contains(QStringLiteral("\t2\t")));
    m_branch = Branch::open(m_dir->path(), TestSupport::passphrase());
}

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
