#include "kpitestdata.h"

#include "branch/branch.h"
#include "branch/demodata.h"
#include "cases/caseworkflow.h"
#include "cases/inquirybook.h"
#include "catalogue/catalogue.h"
#include "core/clock.h"
#include "feedback/complaintbook.h"
#include "feedback/ratingbook.h"
#include "queue/ticketqueue.h"
#include "staff/staffdirectory.h"

#include <QTimeZone>

#include <stdexcept>

namespace
{
void require(bool ok, const QString &what)
{
    if (!ok) {
        throw std::runtime_error(what.toStdString());
    }
}

void at(int day, int h, int min)
{
    Clock::setTestNow(KpiTestData::beijing(2026, 6, day, h, min));
}

Session signIn(Branch &branch, const char *login, int window)
{
    const auto result = StaffDirectory(branch).signIn(QString::fromLatin1(login),
                                                      DemoData::staffPassword(), window);
    require(result.session.has_value(), QStringLiteral("sign-in ") + QLatin1String(login));
    return *result.session;
}

QString issue(TicketQueue &queue, const char *service, Ticket::Kind kind = Ticket::Kind::WalkIn,
              const QDateTime &due = {})
{
    TicketQueue::IssueRequest r;
    r.serviceCode = QString::fromLatin1(service);
    r.kind = kind;
    r.dueUtc = due;
    const TicketQueue::Result issued = queue.issue(r, QStringLiteral("kiosk"));
    require(issued.ok(), issued.message);
    return issued.ticket.number;
}

void step(const TicketQueue::Result &r, const QString &expectedNumber = {})
{
    require(r.ok(), r.message);
    require(expectedNumber.isEmpty() || r.ticket.number == expectedNumber,
            QStringLiteral("expected %1, got %2").arg(expectedNumber, r.ticket.number));
}

void rate(Branch &branch, int window, int level)
{
    RatingBook::Input in;
    in.level = level;
    const RatingBook::Result r = RatingBook(branch).rateAtWindow(window, in);
    require(r.ok(), r.message);
}

qint64 acceptedCase(CaseWorkflow &cases, const Session &clerk, const QString &ticket)
{
    const qint64 id =
        cases.open(clerk, QStringLiteral("INS-BQ-CONTACT"),
                   {QString::fromUtf8("欧阳娜娜"), QStringLiteral("resident"),
                    QStringLiteral("11010519491231002X"), QStringLiteral("13812345678")},
                   {}, std::nullopt, ticket);
    const QList<CaseItemRow> items = cases.find(id)->items;
    for (const CaseItemRow &i : items) {
        cases.markItem(clerk, id, i.position, QStringLiteral("received"));
    }
    cases.accept(clerk, id, QStringLiteral("zh_CN"));
    return id;
}
} // namespace

QDateTime KpiTestData::beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toUTC();
}

KpiTestData::Played KpiTestData::playJune(Branch &branch, const Catalogue &catalogue)
{
    Played played;
    TicketQueue queue(branch);
    CaseWorkflow cases(branch, catalogue);
    InquiryBook questions(branch);
    ComplaintBook complaints(branch);

    // 1 June.
    at(1, 9, 0);
    const Session limin = signIn(branch, "limin", 1);
    const Session zhangwei = signIn(branch, "zhangwei", 6);
    const Session wangli = signIn(branch, "wangli", 0);
    issue(queue, "INS-BQ-CONTACT");
    issue(queue, "INS-BQ-CONTACT");
    issue(queue, "GEN-CONSULT");
    at(1, 9, 10);
    step(queue.callNext(1, QStringLiteral("limin")), QStringLiteral("A001"));
    at(1, 9, 12);
    played.onTimeCase = acceptedCase(cases, limin, QStringLiteral("A001"));
    at(1, 9, 13);
    const qint64 noticed = cases.open(limin, QStringLiteral("INS-BQ-CONTACT"),
                                      {QString::fromUtf8("赵建国"),
                                       QStringLiteral("resident"),
                                       QStringLiteral("310115198003124412"),
                                       {}},
                                      {});
    const QList<CaseItemRow> items = cases.find(noticed)->items;
    for (const CaseItemRow &i : items) {
        cases.markItem(limin, noticed, i.position, QStringLiteral("missing"));
    }
    cases.giveNotice(limin, noticed, QStringLiteral("zh_CN"));
    at(1, 9, 14);
    const InquiryRow question =
        questions.record(limin, QString::fromUtf8("保单能否异地变更联系方式？"), {}, {});
    at(1, 9, 15);
    step(queue.finish(1, QStringLiteral("limin")));
    at(1, 9, 16);
    rate(branch, 1, 5);
    at(1, 9, 20);
    step(queue.callNext(6, QStringLiteral("zhangwei")), QStringLiteral("K001"));
    at(1, 9, 28);
    step(queue.finish(6, QStringLiteral("zhangwei")));
    at(1, 9, 29);
    rate(branch, 6, 3);
    at(1, 9, 30);
    step(queue.callNext(1, QStringLiteral("limin")), QStringLiteral("A002"));
    for (int i = 0; i < queue.settings().maxRecalls; ++i) {
        step(queue.recall(1, QStringLiteral("limin")));
    }
    at(1, 9, 33);
    step(queue.noShow(1, QStringLiteral("limin")));
    at(1, 9, 40);
    issue(queue, "BANK-OPEN-CORPORATE");
    at(1, 9, 45);
    step(queue.logReprint(QStringLiteral("A002"), QString::fromUtf8("卡纸"),
                          QStringLiteral("chenjing")));

    // 2 June.
    at(2, 10, 0);
    issue(queue, "INS-BQ-CONTACT");
    issue(queue, "GEN-CONSULT");
    issue(queue, "GEN-COMPLAINT");
    at(2, 10, 1);
    cases.advance(limin, played.onTimeCase, QStringLiteral("ready"));
    at(2, 10, 2);
    questions.answer(limin, question.id, QString::fromUtf8("可以，在任一网点办理。"));
    at(2, 10, 5);
    step(queue.callNext(1, QStringLiteral("limin")), QStringLiteral("A001"));
    at(2, 10, 17);
    step(queue.finish(1, QStringLiteral("limin")));
    at(2, 10, 18);
    rate(branch, 1, 2);
    at(2, 10, 25);
    step(queue.callNext(6, QStringLiteral("zhangwei")), QStringLiteral("K001"));
    at(2, 10, 29);
    step(queue.finish(6, QStringLiteral("zhangwei")));
    at(2, 10, 30);
    played.answeredComplaint =
        complaints
            .record(zhangwei, {QStringLiteral("counter"), QString::fromUtf8("张先生"),
                               QStringLiteral("13900001111"), QString::fromUtf8("等候时间太长"),
                               QStringLiteral("limin"), QStringLiteral("INS-BQ-CONTACT")})
            .id;
    at(2, 10, 31);
    played.openComplaint = complaints
                               .record(zhangwei, {QStringLiteral("phone"),
                                                  QString::fromUtf8("李女士"),
                                                  {},
                                                  QString::fromUtf8("电话无人接听"),
                                                  {},
                                                  {}})
                               .id;
    at(2, 10, 32);
    played.lateCase = acceptedCase(cases, zhangwei, QStringLiteral("K001"));
    played.lateCasePromised = QDate::fromString(cases.find(played.lateCase)->dueDate, Qt::ISODate);
    at(2, 10, 40);
    issue(queue, "BANK-CASH-BOOKING", Ticket::Kind::Booked, beijing(2026, 6, 2, 11, 0));
    at(2, 10, 45);
    step(queue.callNext(6, QStringLiteral("zhangwei")), QStringLiteral("K002"));
    at(2, 10, 55);
    step(queue.finish(6, QStringLiteral("zhangwei")));
    at(2, 10, 56);
    rate(branch, 6, 4);
    at(2, 11, 5);
    step(queue.callNext(3, QStringLiteral("limin")), QStringLiteral("C001"));
    at(2, 11, 10);
    step(queue.finish(3, QStringLiteral("limin")));

    // 5 June: the first complaint answered, the second case extended.
    at(5, 14, 0);
    complaints.close(wangli, played.answeredComplaint, QString::fromUtf8("已致歉，并增开窗口。"),
                     QStringLiteral("phone"));
    at(5, 14, 10);
    cases.extend(zhangwei, played.lateCase, QDate(2026, 6, 30), QString::fromUtf8("需总公司复核"));

    // 30 June: the second case ready, late against its receipt.
    at(30, 15, 0);
    cases.advance(zhangwei, played.lateCase, QStringLiteral("ready"));

    Clock::setTestNow(beijing(2026, 7, 20, 10, 0));
    return played;
}
