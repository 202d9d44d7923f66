#include "casedocuments.h"

#include "printing/documentlanguage.h"
#include "validation/masking.h"

namespace
{
// Every fixed word of the documents, in the "Documents" translation context.
const char *const kNoticeTitle = QT_TRANSLATE_NOOP("Documents", "One-time notice");
const char *const kReceiptTitle = QT_TRANSLATE_NOOP("Documents", "Acceptance receipt");
const char *const kRefusalTitle = QT_TRANSLATE_NOOP("Documents", "Notice of refusal");
const char *const kReferralTitle = QT_TRANSLATE_NOOP("Documents", "Referral slip");
const char *const kNumber = QT_TRANSLATE_NOOP("Documents", "No. %1");
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
const char *const kScan = QT_TRANSLATE_NOOP("Documents", "Scan to follow your case");
const char *const kSignApplicant = QT_TRANSLATE_NOOP("Documents", "Applicant's signature:");
const char *const kSignStaff = QT_TRANSLATE_NOOP("Documents", "Clerk:");
const char *const kHotline = QT_TRANSLATE_NOOP(
    "Documents", "Progress enquiries: scan the code or call the service hotline %1.");
const char *const kOriginal = QT_TRANSLATE_NOOP("Documents", "original, %1");
const char *const kCopy = QT_TRANSLATE_NOOP("Documents", "copy, %1");
const char *const kOriginalAndCopy = QT_TRANSLATE_NOOP("Documents", "original and copy, %1 each");
const char *const kItemMissing = QT_TRANSLATE_NOOP("Documents", "%1: %2 (missing)");
const char *const kItemInvalid = QT_TRANSLATE_NOOP("Documents", "%1: %2 (%3)");
const char *const kItem = QT_TRANSLATE_NOOP("Documents", "%1: %2");
const char *const kNoticeText = QT_TRANSLATE_NOOP(
    "Documents", "These are all the documents still needed for this matter. Please bring them "
                 "to window %1 of this hall by %2; you need not queue again.");
const char *const kProvisional = QT_TRANSLATE_NOOP(
    "Documents", "Provisional: the holiday calendar for %1 is not yet published, so only "
                 "weekends were counted; the date may change.");
const char *const kAppeal = QT_TRANSLATE_NOOP("Documents", "If you disagree: %1");
const char *const kReferralText = QT_TRANSLATE_NOOP(
    "Documents", "Your matter is handled by %1. We have told them about it; please contact:");
const char *const kApplicationTitle = QT_TRANSLATE_NOOP("Documents", "Application form");
const char *const kCollectionTitle = QT_TRANSLATE_NOOP("Documents", "Collection notice");
const char *const kIdType = QT_TRANSLATE_NOOP("Documents", "Identity document:");
const char *const kPhone = QT_TRANSLATE_NOOP("Documents", "Phone:");
const char *const kAgent = QT_TRANSLATE_NOOP("Documents", "Agent:");
const char *const kAgentId = QT_TRANSLATE_NOOP("Documents", "Agent's identity document:");
const char *const kDate = QT_TRANSLATE_NOOP("Documents", "Date:");
const char *const kDocsSubmitted = QT_TRANSLATE_NOOP("Documents", "Documents submitted");
const char *const kDeclaration = QT_TRANSLATE_NOOP(
    "Documents", "I declare that the information above is true and complete and that the "
                 "documents I submit are genuine. I know that false information may lead to "
                 "refusal and to liability under the law.");
const char *const kCheckFirst = QT_TRANSLATE_NOOP(
    "Documents", "Please check every line before you sign, and tell the clerk if anything is "
                 "wrong.");
const char *const kSignDate = QT_TRANSLATE_NOOP("Documents", "Date signed:");
const char *const kScanCase = QT_TRANSLATE_NOOP("Documents", "Case reference");
const char *const kCaseNumber = QT_TRANSLATE_NOOP("Documents", "Case number:");
const char *const kReadySince = QT_TRANSLATE_NOOP("Documents", "Ready since:");
const char *const kCollectText = QT_TRANSLATE_NOOP(
    "Documents", "Your matter is ready. Please collect it at window %1 of %2 during opening "
                 "hours, with this notice and the identity document you applied with.");
const char *const kCollectAgent = QT_TRANSLATE_NOOP(
    "Documents", "Someone collecting for you brings a power of attorney signed by you and "
                 "their own identity card.");
const char *const kReprint =
    QT_TRANSLATE_NOOP("Documents", "Reprint no. %1, %2: the original receipt is no longer valid.");
const char *const kReferralContact =
    QT_TRANSLATE_NOOP("Documents", "%1 — contact: %2 — phone: %3 — %4");

PrintedDocument common(const CaseDocumentInput &in, const DocumentLanguage &l, const char *title)
{
    PrintedDocument d;
    d.title = l.text(title);
    d.branchName = in.branchName;
    d.number = l.text(kNumber).arg(in.number);
    d.fields = {{l.text(kApplicant), Masking::name(in.customerName)}};
    if (!in.idNumber.isEmpty()) {
        d.fields.append({l.text(kIdNumber), Masking::idNumber(in.idNumber)});
    }
    d.fields.append({l.text(kMatter), in.matter});
    d.qrText = in.qrUrl;
    d.qrCaption = l.text(kScan);
    d.contact = l.text(kHotline).arg(in.hotline);
    d.staffLine = l.text(kHandledBy).arg(in.clerk).arg(in.window).arg(l.dateTime(in.issuedLocal));
    d.signatures = {l.text(kSignStaff)};
    return d;
}
} // namespace

QString CaseDocuments::itemLine(const CaseDocumentInput::Item &item, const QString &lang)
{
    const DocumentLanguage l(lang);
    const char *form = item.form == QLatin1String("copy")            ? kCopy
                       : item.form == QLatin1String("original+copy") ? kOriginalAndCopy
                                                                     : kOriginal;
    const QString amount = l.text(form).arg(item.count);
    if (item.status == QLatin1String("missing")) {
        return l.text(kItemMissing).arg(item.name, amount);
    }
    if (item.status == QLatin1String("invalid")) {
        return l.text(kItemInvalid).arg(item.name, amount, item.reason);
    }
    return l.text(kItem).arg(item.name, amount);
}

PrintedDocument CaseDocuments::notice(const CaseDocumentInput &in)
{
    const DocumentLanguage l(in.lang);
    PrintedDocument d = common(in, l, kNoticeTitle);
    d.kind = PrintedDocument::Kind::OneTimeNotice;
    QStringList lines;
    for (const CaseDocumentInput::Item &i : in.items) {
        if (i.status == QLatin1String("missing") || i.status == QLatin1String("invalid")) {
            lines << itemLine(i, in.lang);
        }
    }
    d.sections = {{l.text(kMissing), lines}};
    d.paragraphs = {l.text(kNoticeText).arg(in.window).arg(l.date(in.bringBy))};
    d.signatures = {l.text(kSignApplicant), l.text(kSignStaff)};
    return d;
}

PrintedDocument CaseDocuments::receipt(const CaseDocumentInput &in)
{
    const DocumentLanguage l(in.lang);
    PrintedDocument d = common(in, l, kReceiptTitle);
    d.kind = PrintedDocument::Kind::AcceptanceReceipt;
    d.fields.append({l.text(kReceived), l.dateTime(in.receivedLocal)});
    d.fields.append({l.text(kPromised), l.date(in.due)});
    if (!in.fee.isEmpty()) {
        d.fields.append({l.text(kFee), in.fee});
    }
    QStringList lines;
    for (const CaseDocumentInput::Item &i : in.items) {
        lines << itemLine(i, in.lang);
    }
    d.sections = {{l.text(kDocsReceived), lines}};
    QStringList warnings;
    if (in.reprint > 0) {
        warnings << l.text(kReprint).arg(in.reprint).arg(l.dateTime(in.issuedLocal));
    }
    if (in.provisional) {
        QStringList years;
        for (int y : in.unpublishedYears) {
            years << QString::number(y);
        }
        warnings << l.text(kProvisional).arg(years.join(QStringLiteral(", ")));
    }
    d.warning = warnings.join(QLatin1Char(' '));
    return d;
}

PrintedDocument CaseDocuments::refusal(const CaseDocumentInput &in)
{
    const DocumentLanguage l(in.lang);
    PrintedDocument d = common(in, l, kRefusalTitle);
    d.kind = PrintedDocument::Kind::RefusalNotice;
    d.sections = {{l.text(kReasons), in.reasons}};
    d.paragraphs = {l.text(kAppeal).arg(in.appeal)};
    return d;
}

PrintedDocument CaseDocuments::applicationForm(const CaseDocumentInput &in)
{
    const DocumentLanguage l(in.lang);
    PrintedDocument d = common(in, l, kApplicationTitle);
    d.kind = PrintedDocument::Kind::ApplicationForm;
    if (!in.formTitle.isEmpty()) {
        d.title = in.formTitle;
    }
    d.fields = {{l.text(kApplicant), in.customerName}};
    if (!in.idNumber.isEmpty()) {
        d.fields.append({l.text(kIdType), in.idTypeName});
        d.fields.append({l.text(kIdNumber), in.idNumber});
    }
    if (!in.customerPhone.isEmpty()) {
        d.fields.append({l.text(kPhone), in.customerPhone});
    }
    if (!in.agentName.isEmpty()) {
        d.fields.append({l.text(kAgent), in.agentName});
        d.fields.append(
            {l.text(kAgentId), QStringLiteral("%1 %2").arg(in.agentIdTypeName, in.agentIdNumber)});
    }
    d.fields.append({l.text(kMatter), in.matter});
    d.fields.append({l.text(kDate), l.date(in.issuedLocal.date())});
    QStringList lines;
    for (const CaseDocumentInput::Item &i : in.items) {
        lines << itemLine({i.name, i.form, i.count, {}, {}}, in.lang);
    }
    d.sections = {{l.text(kDocsSubmitted), lines}};
    d.paragraphs = {l.text(kDeclaration), l.text(kCheckFirst)};
    d.qrCaption = l.text(kScanCase);
    d.signatures = {l.text(kSignApplicant), l.text(kSignDate)};
    return d;
}

PrintedDocument CaseDocuments::collectionNotice(const CaseDocumentInput &in)
{
    const DocumentLanguage l(in.lang);
    PrintedDocument d = common(in, l, kCollectionTitle);
    d.kind = PrintedDocument::Kind::CollectionNotice;
    d.fields.append({l.text(kCaseNumber), in.number});
    d.fields.append({l.text(kReadySince), l.date(in.readySince)});
    d.paragraphs = {l.text(kCollectText).arg(QString::number(in.window), in.branchName),
                    l.text(kCollectAgent)};
    return d;
}

PrintedDocument CaseDocuments::referral(const CaseDocumentInput &in)
{
    const DocumentLanguage l(in.lang);
    PrintedDocument d = common(in, l, kReferralTitle);
    d.kind = PrintedDocument::Kind::ReferralSlip;
    d.paragraphs = {l.text(kReferralText).arg(in.department),
                    l.text(kReferralContact).arg(in.department, in.contact, in.phone, in.address)};
    if (!in.note.isEmpty()) {
        d.paragraphs << in.note;
    }
    return d;
}
