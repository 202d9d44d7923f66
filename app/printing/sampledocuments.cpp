#include "sampledocuments.h"

#include "documentlanguage.h"
#include "ticketprintout.h"
#include "validation/masking.h"

#include <QDate>

namespace
{
// Every fixed word of the documents, marked for translation in the "Documents" context.
const char *const kNoticeTitle = QT_TRANSLATE_NOOP("Documents", "One-time notice");
const char *const kReceiptTitle = QT_TRANSLATE_NOOP("Documents", "Acceptance receipt");
const char *const kRefusalTitle = QT_TRANSLATE_NOOP("Documents", "Notice of refusal");
const char *const kReferralTitle = QT_TRANSLATE_NOOP("Documents", "Referral slip");
const char *const kApplicant = QT_TRANSLATE_NOOP("Documents", "Applicant:");
const char *const kIdNumber = QT_TRANSLATE_NOOP("Documents", "ID number:");
const char *const kMatter = QT_TRANSLATE_NOOP("Documents", "Matter:");
const char *const kReceived = QT_TRANSLATE_NOOP("Documents", "Received:");
const char *const kPromised = QT_TRANSLATE_NOOP("Documents", "To be completed by:");
const char *const kFee = QT_TRANSLATE_NOOP("Documents", "Fee:");
const char *const kMissing = QT_TRANSLATE_NOOP("Documents", "Still needed");
const char *const kDocsReceived = QT_TRANSLATE_NOOP("Documents", "Documents received");
const char *const kReasons = QT_TRANSLATE_NOOP("Documents", "Reasons");
const char *const kHandledBy = QT_TRANSLATE_NOOP("Documents", "Handled by: %1, window %2, %3");
const char *const kNumber = QT_TRANSLATE_NOOP("Documents", "No. %1");
const char *const kScan = QT_TRANSLATE_NOOP("Documents", "Scan to follow your case");
const char *const kSignApplicant = QT_TRANSLATE_NOOP("Documents", "Applicant's signature:");
const char *const kSignStaff = QT_TRANSLATE_NOOP("Documents", "Clerk:");
const char *const kHotline = QT_TRANSLATE_NOOP(
    "Documents", "Progress enquiries: scan the code or call the service hotline 95500.");

QString s(const DocumentLanguage &l, const char *source)
{
    return l.text(source);
}
} // namespace

QStringList SampleDocuments::kinds()
{
    return {QStringLiteral("notice"), QStringLiteral("acceptance"), QStringLiteral("refusal"),
            QStringLiteral("referral")};
}

QString SampleDocuments::sampleUrl(const QString &kind)
{
    if (kind == QLatin1String("ticket")) {
        // As long as a real status URL: 22 characters of token.
        return QStringLiteral("https://hall.demo01.example/t/q8Vn0cTz4LhWbYp2KmR7sA");
    }
    return QStringLiteral("https://hall.demo01.example/c/SAMPLE-") + kind.toUpper();
}

PrintedDocument SampleDocuments::make(const QString &kind, const QString &lang)
{
    const DocumentLanguage l(lang);
    const bool zh = lang != QLatin1String("en");
    PrintedDocument d;
    d.branchName =
        zh ? QString::fromUtf8("示范营业厅（演示）") : QStringLiteral("Demo service hall");
    d.qrText = sampleUrl(kind);
    d.qrCaption = s(l, kScan);
    d.contact = s(l, kHotline);
    const QDate day(2026, 11, 24);
    d.staffLine = s(l, kHandledBy)
                      .arg(zh ? QString::fromUtf8("李敏") : QStringLiteral("Li Min"))
                      .arg(3)
                      .arg(l.dateTime(QDateTime(day, QTime(10, 12))));
    const QString customer = Masking::name(QString::fromUtf8("欧阳娜娜"));
    const QString id = Masking::idNumber(QStringLiteral("11010519491231002X"));
    const QString matter =
        zh ? QString::fromUtf8("受益人变更") : QStringLiteral("Change of beneficiary");
    d.fields = {{s(l, kApplicant), customer}, {s(l, kIdNumber), id}, {s(l, kMatter), matter}};

    if (kind == QLatin1String("notice")) {
        d.kind = PrintedDocument::Kind::OneTimeNotice;
        d.title = s(l, kNoticeTitle);
        d.number = s(l, kNumber).arg(QStringLiteral("DEMO01-N-20261124-0003"));
        d.sections = {
            {s(l, kMissing),
             zh ? QStringList{QString::fromUtf8("授权委托书（委托人签字）：原件 1 份（缺）"),
                              QString::fromUtf8("代办人居民身份证：原件及复印件各 1 份（缺）"),
                              QString::fromUtf8(
                                  "新受益人身份证明：复印件 1 份（不清晰，请重新复印）")}
                : QStringList{
                    QStringLiteral(
                        "Power of attorney signed by the customer: original, 1 (missing)"),
                    QStringLiteral("Agent's identity card: original and copy, 1 each (missing)"),
                    QStringLiteral("New beneficiary's identity document: copy, 1 (illegible, "
                                   "please copy again)")}}};
        d.paragraphs = {
            zh ? QString::fromUtf8("以上是办理本事项还需要的全部材料。请于2026年12月1日前带齐后到本"
                                   "厅3号窗口续办，无需重新排队取号。")
               : QStringLiteral(
                   "These are all the documents still needed. Please bring them to window 3 of "
                   "this hall by 1 December 2026; you need not queue again.")};
        d.signatures = {s(l, kSignApplicant)};
    } else if (kind == QLatin1String("acceptance")) {
        d.kind = PrintedDocument::Kind::AcceptanceReceipt;
        d.title = s(l, kReceiptTitle);
        d.number = s(l, kNumber).arg(QStringLiteral("DEMO01-20261124-0007"));
        d.fields << PrintedDocument::Field{s(l, kReceived),
                                           l.dateTime(QDateTime(day, QTime(10, 12)))}
                 << PrintedDocument::Field{s(l, kPromised), l.date(QDate(2026, 12, 1))}
                 << PrintedDocument::Field{s(l, kFee), zh ? QString::fromUtf8("免费")
                                                          : QStringLiteral("Free of charge")};
        d.sections = {
            {s(l, kDocsReceived),
             zh ? QStringList{QString::fromUtf8("保险合同（保单）：原件 1 份"),
                              QString::fromUtf8("居民身份证：原件及复印件各 1 份"),
                              QString::fromUtf8("新受益人身份证明：复印件 1 份")}
                : QStringList{QStringLiteral("Insurance policy: original, 1"),
                              QStringLiteral("Resident identity card: original and copy, 1 each"),
                              QStringLiteral("New beneficiary's identity document: copy, 1")}}};
        d.signatures = {s(l, kSignStaff)};
    } else if (kind == QLatin1String("refusal")) {
        d.kind = PrintedDocument::Kind::RefusalNotice;
        d.title = s(l, kRefusalTitle);
        d.number = s(l, kNumber).arg(QStringLiteral("DEMO01-R-20261124-0001"));
        d.sections = {{s(l, kReasons),
                       {zh ? QString::fromUtf8("申请人并非该保险合同的投保人，无权变更受益人。")
                           : QStringLiteral("The applicant is not the policyholder and may not "
                                            "change the beneficiary.")}}};
        d.paragraphs = {
            zh ? QString::fromUtf8("如对本决定有异议，可自收到本通知之日起60日内向本公司客户服务部"
                                   "书面申请复核，或拨打95500投诉。")
               : QStringLiteral(
                   "If you disagree, you may ask our customer service department in writing for a "
                   "review within 60 days of receiving this notice, or complain on 95500.")};
        d.signatures = {s(l, kSignStaff)};
    } else if (kind == QLatin1String("referral")) {
        d.kind = PrintedDocument::Kind::ReferralSlip;
        d.title = s(l, kReferralTitle);
        d.number = s(l, kNumber).arg(QStringLiteral("DEMO01-T-20261124-0002"));
        d.paragraphs = {
            zh ? QString::fromUtf8("您咨询的车险理赔事项由财产险理赔中心办理。我们已与该中心联系，"
                                   "请与以下经办人联系：")
               : QStringLiteral("Motor claims are handled by the property claims centre. We have "
                                "contacted them; please get in touch with:"),
            zh ? QString::fromUtf8(
                "财产险理赔中心　经办人：赵强　电话：010-6512 3456　地址：朝阳路12号2楼")
               : QStringLiteral("Property claims centre — contact: Zhao Qiang — phone: 010-6512 "
                                "3456 — 12 Chaoyang Road, 2nd floor")};
        d.signatures = {s(l, kSignStaff)};
    } else {
        return {};
    }
    return d;
}

TicketDocument SampleDocuments::ticket(const QString &lang, TicketDocument::Paper paper)
{
    TicketPrintout::Input in;
    in.branchName = lang == QLatin1String("en") ? QStringLiteral("Demo service hall")
                                                : QString::fromUtf8("示范营业厅（演示）");
    in.service = {QString::fromUtf8("受益人变更"), QString::fromUtf8("受益人變更"),
                  QStringLiteral("Change of beneficiary")};
    in.number = QStringLiteral("A017");
    in.peopleAhead = 4;
    in.issuedLocal = QDateTime(QDate(2026, 11, 24), QTime(10, 12));
    in.statusUrl = sampleUrl(QStringLiteral("ticket"));
    in.language = lang;
    in.secondLanguage = lang == QLatin1String("en") ? QString() : QStringLiteral("en");
    in.paper = paper;
    return TicketPrintout::make(in);
}
