#include "sampledocuments.h"

#include "cases/casedocuments.h"
#include "ticketprintout.h"

namespace
{
// Demo data in the document's language (as the catalogue would give it).
QString pick(const QString &lang, const char *zh, const char *en)
{
    return lang == QLatin1String("en") ? QString::fromUtf8(en) : QString::fromUtf8(zh);
}
} // namespace

QStringList SampleDocuments::kinds()
{
    return {QStringLiteral("notice"),      QStringLiteral("acceptance"),
            QStringLiteral("refusal"),     QStringLiteral("referral"),
            QStringLiteral("application"), QStringLiteral("collection")};
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
    CaseDocumentInput in;
    in.lang = lang;
    in.branchName = pick(lang, "示范营业厅（演示）", "Demo service hall");
    in.customerName = QString::fromUtf8("欧阳娜娜");
    in.idNumber = QStringLiteral("11010519491231002X");
    in.matter = pick(lang, "受益人变更", "Change of beneficiary");
    in.clerk = pick(lang, "李敏", "Li Min");
    in.window = 3;
    in.issuedLocal = QDateTime(QDate(2026, 11, 24), QTime(10, 12));
    in.qrUrl = sampleUrl(kind);
    in.hotline = QStringLiteral("95500");
    const QString policy = pick(lang, "保险合同（保单）", "Insurance policy");
    const QString idCard = pick(lang, "居民身份证", "Resident identity card");
    const QString beneficiary =
        pick(lang, "新受益人身份证明", "New beneficiary's identity document");

    if (kind == QLatin1String("notice")) {
        in.number = QStringLiteral("DEMO01-N-20261124-0003");
        in.items = {
            {policy, QStringLiteral("original"), 1, QStringLiteral("received"), {}},
            {pick(lang, "授权委托书（委托人签字）", "Power of attorney signed by the customer"),
             QStringLiteral("original"),
             1,
             QStringLiteral("missing"),
             {}},
            {pick(lang, "代办人居民身份证", "Agent's identity card"),
             QStringLiteral("original+copy"),
             1,
             QStringLiteral("missing"),
             {}},
            {beneficiary, QStringLiteral("copy"), 1, QStringLiteral("invalid"),
             pick(lang, "复印件不清晰，请重新复印",
                  "the copy is illegible, please copy it again")}};
        in.bringBy = QDate(2026, 12, 24);
        return CaseDocuments::notice(in);
    }
    if (kind == QLatin1String("acceptance")) {
        in.number = QStringLiteral("DEMO01-20261124-0007");
        in.items = {{policy, QStringLiteral("original"), 1, QStringLiteral("received"), {}},
                    {idCard, QStringLiteral("original+copy"), 1, QStringLiteral("received"), {}},
                    {beneficiary, QStringLiteral("copy"), 1, QStringLiteral("received"), {}}};
        in.receivedLocal = in.issuedLocal;
        in.due = QDate(2026, 12, 1); // 5 working days after 24 November 2026
        in.fee = pick(lang, "免费", "Free of charge");
        return CaseDocuments::receipt(in);
    }
    if (kind == QLatin1String("refusal")) {
        in.number = QStringLiteral("DEMO01-R-20261124-0001");
        in.reasons = {
            pick(lang, "申请人并非该保险合同的投保人，无权变更受益人。",
                 "The applicant is not the policyholder and may not change the beneficiary.")};
        in.appeal = pick(
            lang, "可自收到本通知之日起60日内向本公司客户服务部书面申请复核，或拨打95500投诉。",
            "ask our customer service department in writing for a review within 60 days "
            "of receiving this notice, or complain on 95500.");
        return CaseDocuments::refusal(in);
    }
    if (kind == QLatin1String("referral")) {
        in.number = QStringLiteral("DEMO01-T-20261124-0002");
        in.matter = pick(lang, "车险理赔咨询", "Motor claim enquiry");
        in.department = pick(lang, "财产险理赔中心", "the property claims centre");
        in.contact = pick(lang, "赵强", "Zhao Qiang");
        in.phone = QStringLiteral("010-6512 3456");
        in.address = pick(lang, "朝阳路12号2楼", "12 Chaoyang Road, 2nd floor");
        return CaseDocuments::referral(in);
    }
    if (kind == QLatin1String("application")) {
        in.number = QStringLiteral("1024");
        in.formTitle = pick(lang, "保险合同变更申请书", "Policy change application");
        in.idTypeName = idCard;
        in.customerPhone = QStringLiteral("13812345678");
        in.agentName = pick(lang, "赵建国", "Zhao Jianguo");
        in.agentIdTypeName = pick(lang, "护照", "Passport");
        in.agentIdNumber = QStringLiteral("E12345678");
        in.items = {{policy, QStringLiteral("original"), 1, {}, {}},
                    {idCard, QStringLiteral("original+copy"), 1, {}, {}},
                    {beneficiary, QStringLiteral("copy"), 1, {}, {}}};
        return CaseDocuments::applicationForm(in);
    }
    if (kind == QLatin1String("collection")) {
        in.number = QStringLiteral("DEMO01-20261124-0007");
        in.readySince = QDate(2026, 11, 30);
        return CaseDocuments::collectionNotice(in);
    }
    return {};
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
