#include "caseworkflow.h"

#include "auditstore.h"
#include "branch/branch.h"
#include "branchstore.h"
#include "calendar/calendarupdate.h"
#include "calendar/cutoffsetting.h"
#include "calendar/workingcalendar.h"
#include "core/clock.h"
#include "database.h"
#include "printing/documentlanguage.h"
#include "staff/staffdirectory.h"
#include "validation/iddocumentvalidator.h"
#include "validation/masking.h"
#include "validation/mobilenumbervalidator.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>

namespace
{
const char *const kSmsReady = QT_TRANSLATE_NOOP(
    "Documents", "[%1] Your matter %2 (%3) is ready. Please collect it with your identity card.");
const char *const kSmsExtended =
    QT_TRANSLATE_NOOP("Documents", "[%1] Your matter %2 needs more time: %3. New date: %4.");

// 128 random bits, URL-safe: the key to a case's status page, guessable by nobody.
QString newToken()
{
    QByteArray bytes(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString conditionText(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(','));
}

QString formKey(ChecklistItem::Form form)
{
    switch (form) {
    case ChecklistItem::Form::Copy:
        return QStringLiteral("copy");
    case ChecklistItem::Form::OriginalAndCopy:
        return QStringLiteral("original+copy");
    case ChecklistItem::Form::Original:
        break;
    }
    return QStringLiteral("original");
}
} // namespace

CaseWorkflow::CaseWorkflow(Branch &branch, const Catalogue &catalogue)
    : m_branch(branch)
    , m_catalogue(catalogue)
{}

QString CaseWorkflow::checkPerson(const Person &person, bool idRequired)
{
    if (person.name.trimmed().isEmpty()) {
        return tr("The name is missing.");
    }
    if (idRequired || !person.idNumber.isEmpty()) {
        const ValidationResult id = IdDocumentValidator::validate(person.idType, person.idNumber);
        if (!id.valid) {
            return tr("Identity number: %1").arg(id.reason);
        }
    }
    if (!person.phone.trimmed().isEmpty()) {
        const ValidationResult phone = MobileNumberValidator::validate(person.phone);
        if (!phone.valid) {
            return tr("Phone: %1").arg(phone.reason);
        }
    }
    return {};
}

QString CaseWorkflow::setting(const char *key, const QString &fallback)
{
    const auto value = BranchStore(m_branch.database()).setting(QLatin1String(key));
    return value && !value->isEmpty() ? *value : fallback;
}

QString CaseWorkflow::documentLanguage()
{
    return documentLanguage(m_branch);
}

QString CaseWorkflow::documentLanguage(Branch &branch)
{
    return BranchStore(branch.database())
        .setting(QString::fromLatin1(DocumentLanguageSetting))
        .value_or(QStringLiteral("zh_CN"));
}

QString CaseWorkflow::caseUrl(const CaseRow &row)
{
    return setting(PublicUrlSetting, QStringLiteral("https://hall.local:8443"))
           + QStringLiteral("/c/") + row.token;
}

const Service &CaseWorkflow::serviceOf(const CaseRow &row) const
{
    const Service *s = m_catalogue.service(row.serviceCode);
    if (!s) {
        throw CaseError(tr("Service %1 is no longer in the catalogue.").arg(row.serviceCode));
    }
    return *s;
}

QList<CaseItemRow> CaseWorkflow::checklist(const Service &service,
                                           const QSet<QString> &conditions) const
{
    QList<CaseItemRow> items;
    for (const ChecklistItem &i : m_catalogue.checklistFor(service, conditions)) {
        CaseItemRow row;
        row.position = static_cast<int>(items.size()) + 1;
        row.document = i.document;
        row.name = m_catalogue.documents().value(i.document).zhCN;
        row.form = formKey(i.form);
        row.count = i.count;
        row.condition = i.condition;
        items << row;
    }
    // The service's own form, signed by the customer, is checked like any document.
    for (const QString &form : service.forms) {
        CaseItemRow row;
        row.position = static_cast<int>(items.size()) + 1;
        row.document = QStringLiteral("form:") + form;
        row.name = m_catalogue.forms().value(form).zhCN;
        row.form = QStringLiteral("original");
        items << row;
    }
    return items;
}

CaseRow CaseWorkflow::load(qint64 caseId)
{
    const auto row = CaseStore(m_branch.database()).byId(caseId);
    if (!row) {
        throw CaseError(tr("There is no case %1.").arg(caseId));
    }
    return *row;
}

std::optional<CaseRow> CaseWorkflow::find(qint64 caseId)
{
    return CaseStore(m_branch.database()).byId(caseId);
}

QString CaseWorkflow::nextNumber(const QString &kind)
{
    const QDate day = m_branch.businessDay(Clock::nowUtc());
    const int n = CaseStore(m_branch.database()).nextNumber(day.toString(Qt::ISODate), kind);
    const QString prefix =
        kind == QLatin1String("case") ? QString() : kind.left(1).toUpper() + QLatin1Char('-');
    return QStringLiteral("%1-%2%3-%4")
        .arg(m_branch.info().code, prefix, day.toString(QStringLiteral("yyyyMMdd")))
        .arg(n, 4, 10, QLatin1Char('0'));
}

qint64 CaseWorkflow::open(const Session &session, const QString &serviceCode,
                          const Person &customer, const QSet<QString> &conditions,
                          const std::optional<Person> &agent, const QString &ticketNumber)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    const Service *service = m_catalogue.service(serviceCode);
    if (!service) {
        throw CaseError(tr("Unknown service %1.").arg(serviceCode));
    }
    for (const QString &c : conditions) {
        if (!m_catalogue.conditions().contains(c)) {
            throw CaseError(tr("Unknown condition %1.").arg(c));
        }
    }
    QString problem = checkPerson(customer, false);
    if (problem.isEmpty() && conditions.contains(QStringLiteral("agent"))) {
        problem = agent ? checkPerson(*agent, true) : tr("The agent's details are missing.");
        if (!problem.isEmpty()) {
            problem = tr("Agent: %1").arg(problem);
        }
    }
    if (!problem.isEmpty()) {
        throw CaseError(problem);
    }
    CaseRow row;
    row.serviceCode = serviceCode;
    row.conditions = conditionText(conditions);
    row.state = QStringLiteral("open");
    row.owner = session.login;
    row.window = session.window;
    row.ticketNumber = ticketNumber;
    row.openedUtc = Clock::isoUtc(Clock::nowUtc());
    row.token = newToken();
    row.items = checklist(*service, conditions);
    if (agent && conditions.contains(QStringLiteral("agent"))) {
        row.agentName = agent->name.trimmed();
        row.agentIdType = agent->idType;
        row.agentIdNumber =
            IdDocumentValidator::validate(agent->idType, agent->idNumber).normalised;
        row.agentPhone = MobileNumberValidator::validate(agent->phone).normalised;
    }
    const QString idNumber =
        customer.idNumber.isEmpty()
            ? QString()
            : IdDocumentValidator::validate(customer.idType, customer.idNumber).normalised;
    const QString phone = customer.phone.trimmed().isEmpty()
                              ? QString()
                              : MobileNumberValidator::validate(customer.phone).normalised;
    qint64 id = 0;
    m_branch.record({session.login,
                     QStringLiteral("case.open"),
                     {},
                     QJsonObject{{QStringLiteral("service"), serviceCode},
                                 {QStringLiteral("customer"), Masking::name(customer.name)},
                                 {QStringLiteral("conditions"), row.conditions},
                                 {QStringLiteral("ticket"), ticketNumber},
                                 {QStringLiteral("window"), session.window}}},
                    [&](AuditEvent &event) {
                        row.customerId =
                            BranchStore(m_branch.database())
                                .insertCustomer({0, customer.name.trimmed(), customer.idType,
                                                 idNumber, phone, row.openedUtc});
                        id = CaseStore(m_branch.database()).insert(row);
                        event.subject = QStringLiteral("case:%1").arg(id);
                    });
    return id;
}

void CaseWorkflow::setConditions(const Session &session, qint64 caseId,
                                 const QSet<QString> &conditions)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    CaseRow row = load(caseId);
    if (row.state != QLatin1String("open")) {
        throw CaseError(tr("The checklist can only change while the case is open."));
    }
    QList<CaseItemRow> items = checklist(serviceOf(row), conditions);
    for (CaseItemRow &item : items) {
        for (const CaseItemRow &old : row.items) {
            if (old.document == item.document && old.condition == item.condition) {
                item.status = old.status;
                item.reason = old.reason;
            }
        }
    }
    row.conditions = conditionText(conditions);
    m_branch.record({session.login, QStringLiteral("case.conditions"),
                     QStringLiteral("case:%1").arg(caseId),
                     QJsonObject{{QStringLiteral("conditions"), row.conditions}}},
                    [&](AuditEvent &) {
                        CaseStore store(m_branch.database());
                        store.update(row);
                        store.replaceItems(caseId, items);
                    });
}

void CaseWorkflow::markItem(const Session &session, qint64 caseId, int position,
                            const QString &status, const QString &reason)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    CaseRow row = load(caseId);
    if (row.state != QLatin1String("open")) {
        throw CaseError(tr("Documents can only be checked while the case is open."));
    }
    if (status != QLatin1String("received") && status != QLatin1String("missing")
        && status != QLatin1String("invalid")) {
        throw CaseError(tr("A document is received, missing or invalid, not '%1'.").arg(status));
    }
    if (status == QLatin1String("invalid") && reason.trimmed().isEmpty()) {
        throw CaseError(
            tr("Say why the document is not valid: the customer reads it on the notice."));
    }
    bool found = false;
    for (CaseItemRow &item : row.items) {
        if (item.position == position) {
            item.status = status;
            item.reason = status == QLatin1String("invalid") ? reason.trimmed() : QString();
            found = true;
        }
    }
    if (!found) {
        throw CaseError(tr("The checklist has no item %1.").arg(position));
    }
    m_branch.record(
        {session.login, QStringLiteral("case.item"), QStringLiteral("case:%1").arg(caseId),
         QJsonObject{{QStringLiteral("item"), position}, {QStringLiteral("status"), status}}},
        [&](AuditEvent &) {
            CaseStore(m_branch.database()).replaceItems(caseId, row.items);
        });
}

CaseDocumentInput CaseWorkflow::documentInput(const CaseRow &row, const Session &session,
                                              const QString &lang)
{
    const Service &service = serviceOf(row);
    CaseDocumentInput in;
    in.lang = lang;
    in.branchName = m_branch.info().name;
    const auto customer = BranchStore(m_branch.database()).customer(row.customerId);
    if (customer) {
        in.customerName = customer->name;
        in.idNumber = customer->idNumber;
    }
    in.matter = service.name.text(lang);
    for (const CaseItemRow &i : row.items) {
        in.items.append({itemName(i, lang), i.form, i.count, i.status, i.reason});
    }
    in.issuedLocal = Clock::nowUtc().toTimeZone(m_branch.timeZone());
    in.clerk = session.displayName;
    in.window = session.window;
    in.qrUrl = caseUrl(row);
    in.hotline = setting(HotlineSetting, QStringLiteral("12345"));
    return in;
}

CaseWorkflow::Outcome CaseWorkflow::giveNotice(const Session &session, qint64 caseId,
                                               const QString &lang)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    CaseRow row = load(caseId);
    if (row.state != QLatin1String("open")) {
        throw CaseError(
            tr("A notice is given for an open case, not one that is %1.").arg(row.state));
    }
    int missing = 0;
    for (const CaseItemRow &i : row.items) {
        if (i.status == QLatin1String("pending")) {
            throw CaseError(
                tr("Check every document first: \"%1\" is not marked yet.").arg(i.name));
        }
        missing += i.status != QLatin1String("received") ? 1 : 0;
    }
    if (missing == 0) {
        throw CaseError(tr("Nothing is missing: accept the application instead."));
    }
    const QDateTime now = Clock::nowUtc();
    const int days = setting(BringByDaysSetting, QStringLiteral("30")).toInt();
    const QDate bringBy = m_branch.businessDay(now).addDays(days > 0 ? days : 30);
    Outcome out;
    m_branch.record({session.login, QStringLiteral("case.notice"),
                     QStringLiteral("case:%1").arg(caseId),
                     QJsonObject{{QStringLiteral("missing"), missing}}},
                    [&](AuditEvent &event) {
                        row.noticeNumber = nextNumber(QStringLiteral("notice"));
                        row.noticeUtc = Clock::isoUtc(now);
                        row.bringBy = bringBy.toString(Qt::ISODate);
                        row.state = QStringLiteral("awaiting_documents");
                        CaseStore(m_branch.database()).update(row);
                        event.payload.insert(QStringLiteral("number"), row.noticeNumber);
                    });
    CaseDocumentInput in = documentInput(row, session, lang);
    in.number = row.noticeNumber;
    in.bringBy = bringBy;
    out.caseId = caseId;
    out.number = row.noticeNumber;
    out.document = CaseDocuments::notice(in);
    return out;
}

qint64 CaseWorkflow::resume(const Session &session, const QString &noticeNumberOrToken)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    CaseStore store(m_branch.database());
    auto row = store.byNoticeNumber(noticeNumberOrToken.trimmed());
    if (!row) {
        row = store.byToken(noticeNumberOrToken.trimmed());
    }
    if (!row) {
        throw CaseError(tr("No case has the notice number %1.").arg(noticeNumberOrToken));
    }
    if (row->state != QLatin1String("awaiting_documents")) {
        throw CaseError(tr("Case %1 is not waiting for documents (it is %2).")
                            .arg(row->noticeNumber, row->state));
    }
    row->state = QStringLiteral("open");
    row->window = session.window;
    m_branch.record({session.login, QStringLiteral("case.resume"),
                     QStringLiteral("case:%1").arg(row->id),
                     QJsonObject{{QStringLiteral("notice"), row->noticeNumber},
                                 {QStringLiteral("owner"), row->owner}}},
                    [&](AuditEvent &) {
                        CaseStore(m_branch.database()).update(*row);
                    });
    return row->id;
}

CaseWorkflow::Outcome CaseWorkflow::accept(const Session &session, qint64 caseId,
                                           const QString &lang)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    CaseRow row = load(caseId);
    if (row.state != QLatin1String("open")) {
        throw CaseError(tr("Only an open case can be accepted; this one is %1.").arg(row.state));
    }
    for (const CaseItemRow &i : row.items) {
        if (i.status != QLatin1String("received")) {
            throw CaseError(tr("\"%1\" is not received: give a one-time notice of what is missing "
                               "instead.")
                                .arg(i.name));
        }
    }
    const Service &service = serviceOf(row);
    const QDateTime now = Clock::nowUtc();
    const QDateTime local = now.toTimeZone(m_branch.timeZone());
    const QTime cutOff = CutOffSetting::read(m_branch);
    const TimeLimit limit = service.process.isSet() ? service.process : service.accept;
    const CalendarDate due = CalendarUpdate::inForce(m_branch).dueFromReceipt(
        local, cutOff, limit.days,
        limit.kind == TimeLimit::Kind::Working ? WorkingCalendar::LimitKind::Working
                                               : WorkingCalendar::LimitKind::Natural);
    const CalendarDate start = CalendarUpdate::inForce(m_branch).effectiveStart(local, cutOff);
    Outcome out;
    m_branch.record(
        {session.login, QStringLiteral("case.accept"), QStringLiteral("case:%1").arg(caseId), {}},
        [&](AuditEvent &event) {
            row.caseNumber = nextNumber(QStringLiteral("case"));
            row.acceptedUtc = Clock::isoUtc(now);
            row.countedFrom = start.date.toString(Qt::ISODate);
            row.dueDate = due.date.toString(Qt::ISODate);
            row.dueProvisional = due.provisional;
            row.state = QStringLiteral("accepted");
            CaseStore(m_branch.database()).update(row);
            event.payload = {{QStringLiteral("number"), row.caseNumber},
                             {QStringLiteral("due"), row.dueDate},
                             {QStringLiteral("provisional"), due.provisional}};
        });
    out.caseId = caseId;
    out.number = row.caseNumber;
    out.document = CaseDocuments::receipt(receiptInput(row, session, lang));
    out.due = due.date;
    out.provisional = due.provisional;
    return out;
}

CaseDocumentInput CaseWorkflow::receiptInput(const CaseRow &row, const Session &session,
                                             const QString &lang)
{
    CaseDocumentInput in = documentInput(row, session, lang);
    in.number = row.caseNumber;
    in.receivedLocal =
        QDateTime::fromString(row.acceptedUtc, Qt::ISODateWithMs).toTimeZone(m_branch.timeZone());
    in.due = QDate::fromString(row.dueDate, Qt::ISODate);
    in.provisional = row.dueProvisional;
    for (int y = in.receivedLocal.date().year(); row.dueProvisional && y <= in.due.year(); ++y) {
        if (!CalendarUpdate::inForce(m_branch).isPublished(y)) {
            in.unpublishedYears << y;
        }
    }
    in.fee = m_catalogue.feeLines(serviceOf(row), lang).join(QStringLiteral("; "));
    return in;
}

QString CaseWorkflow::itemName(const CaseItemRow &item, const QString &lang) const
{
    const LocalizedText name = item.document.startsWith(QLatin1String("form:"))
                                   ? m_catalogue.forms().value(item.document.mid(5))
                                   : m_catalogue.documents().value(item.document);
    return name.isEmpty() ? item.name : name.text(lang);
}

PrintedDocument CaseWorkflow::applicationForm(const Session &session, qint64 caseId,
                                              const QString &lang)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    const CaseRow row = load(caseId);
    const Service &service = serviceOf(row);
    CaseDocumentInput in = documentInput(row, session, lang);
    in.number = QString::number(caseId);
    if (!service.forms.isEmpty()) {
        in.formTitle = m_catalogue.forms().value(service.forms.first()).text(lang);
    }
    const auto customer = BranchStore(m_branch.database()).customer(row.customerId);
    if (customer) {
        in.idTypeName =
            DocumentLanguage(lang).text(IdDocumentValidator::sourceName(customer->idType));
        in.customerPhone = customer->phone;
    }
    in.agentName = row.agentName;
    in.agentIdTypeName =
        DocumentLanguage(lang).text(IdDocumentValidator::sourceName(row.agentIdType));
    in.agentIdNumber = row.agentIdNumber;
    // The form lists what is handed in with it; its own line is the form itself.
    in.items.clear();
    for (const CaseItemRow &i : row.items) {
        if (!i.document.startsWith(QLatin1String("form:"))) {
            in.items.append({itemName(i, lang), i.form, i.count, {}, {}});
        }
    }
    m_branch.record({session.login, QStringLiteral("case.application-form"),
                     QStringLiteral("case:%1").arg(caseId),
                     QJsonObject{{QStringLiteral("form"), service.forms.value(0)}}});
    return CaseDocuments::applicationForm(in);
}

CaseWorkflow::Outcome CaseWorkflow::collectionNotice(const Session &session, qint64 caseId,
                                                     const QString &lang)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    const CaseRow row = load(caseId);
    if (row.state != QLatin1String("ready")) {
        throw CaseError(
            tr("Only a ready case has a collection notice; this one is %1.").arg(row.state));
    }
    CaseDocumentInput in = documentInput(row, session, lang);
    in.number = row.caseNumber;
    in.readySince = in.issuedLocal.date();
    const auto ready =
        AuditStore(m_branch.database())
            .lastFor(QStringLiteral("case:%1").arg(caseId), QStringLiteral("case.ready"));
    if (ready) {
        in.readySince =
            QDateTime::fromString(*ready, Qt::ISODateWithMs).toTimeZone(m_branch.timeZone()).date();
    }
    m_branch.record({session.login,
                     QStringLiteral("case.collection-notice"),
                     QStringLiteral("case:%1").arg(caseId),
                     {}});
    Outcome out;
    out.caseId = caseId;
    out.number = row.caseNumber + QStringLiteral("-L");
    out.document = CaseDocuments::collectionNotice(in);
    return out;
}

CaseWorkflow::Outcome CaseWorkflow::reprintReceipt(const Session &session, qint64 caseId,
                                                   const QString &reason,
                                                   const QString &managerLogin,
                                                   const QString &managerPassword,
                                                   const QString &lang)
{
    const CaseRow row = load(caseId);
    if (row.caseNumber.isEmpty()) {
        throw CaseError(tr("Case %1 was never accepted: it has no receipt.").arg(caseId));
    }
    if (reason.trimmed().isEmpty()) {
        throw CaseError(tr("Say why the receipt is printed again."));
    }
    const QString manager = StaffDirectory(m_branch).authorise(
        session, Permissions::Act::ReprintReceipt, managerLogin, managerPassword);
    int reprint = 0;
    m_branch.record({session.login, QStringLiteral("case.reprint-receipt"),
                     QStringLiteral("case:%1").arg(caseId),
                     QJsonObject{{QStringLiteral("authorisedBy"), manager},
                                 {QStringLiteral("reason"), reason.trimmed()}}},
                    [&](AuditEvent &event) {
                        reprint = AuditStore(m_branch.database())
                                      .countFor(QStringLiteral("case:%1").arg(caseId),
                                                QStringLiteral("case.reprint-receipt"))
                                  + 1;
                        event.payload.insert(QStringLiteral("reprint"), reprint);
                    });
    CaseDocumentInput in = receiptInput(row, session, lang);
    in.reprint = reprint;
    Outcome out;
    out.caseId = caseId;
    out.number = QStringLiteral("%1-R%2").arg(row.caseNumber).arg(reprint);
    out.document = CaseDocuments::receipt(in);
    out.due = in.due;
    out.provisional = in.provisional;
    return out;
}

void CaseWorkflow::setNotes(const Session &session, qint64 caseId, const QString &notes)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    CaseRow row = load(caseId);
    if (row.notes == notes) {
        return;
    }
    row.notes = notes;
    m_branch.record(
        {session.login, QStringLiteral("case.notes"), QStringLiteral("case:%1").arg(caseId),
         QJsonObject{
             {QStringLiteral("length"), notes.size()},
             {QStringLiteral("sha256"),
              QString::fromLatin1(
                  QCryptographicHash::hash(notes.toUtf8(), QCryptographicHash::Sha256).toHex())}}},
        [&](AuditEvent &) {
            CaseStore(m_branch.database()).update(row);
        });
}

CaseWorkflow::Outcome CaseWorkflow::refuse(const Session &session, qint64 caseId,
                                           const QStringList &reasons, const QString &appeal,
                                           const QString &lang)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    CaseRow row = load(caseId);
    if (row.state != QLatin1String("open")) {
        throw CaseError(tr("Only an open case can be refused; this one is %1.").arg(row.state));
    }
    if (reasons.isEmpty() || appeal.trimmed().isEmpty()) {
        throw CaseError(tr("A refusal needs its reasons and the way to appeal."));
    }
    m_branch.record(
        {session.login, QStringLiteral("case.refuse"), QStringLiteral("case:%1").arg(caseId), {}},
        [&](AuditEvent &event) {
            row.outcomeNumber = nextNumber(QStringLiteral("refusal"));
            row.outcomeNote = reasons.join(QLatin1Char('\n'));
            row.state = QStringLiteral("refused");
            row.closedUtc = Clock::isoUtc(Clock::nowUtc());
            CaseStore(m_branch.database()).update(row);
            event.payload = {{QStringLiteral("number"), row.outcomeNumber}};
        });
    CaseDocumentInput in = documentInput(row, session, lang);
    in.number = row.outcomeNumber;
    in.reasons = reasons;
    in.appeal = appeal;
    return {caseId, row.outcomeNumber, CaseDocuments::refusal(in), {}, false};
}

CaseWorkflow::Outcome CaseWorkflow::refer(const Session &session, qint64 caseId,
                                          const QString &department, const QString &contact,
                                          const QString &phone, const QString &address,
                                          const QString &lang)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    CaseRow row = load(caseId);
    if (department.trimmed().isEmpty() || contact.trimmed().isEmpty()
        || phone.trimmed().isEmpty()) {
        throw CaseError(tr("A referral names the department, a contact person and their phone "
                           "(首问负责制)."));
    }
    m_branch.record(
        {session.login, QStringLiteral("case.refer"), QStringLiteral("case:%1").arg(caseId),
         QJsonObject{{QStringLiteral("department"), department}}},
        [&](AuditEvent &event) {
            row.outcomeNumber = nextNumber(QStringLiteral("transfer"));
            row.outcomeNote = department + QLatin1Char('/') + contact + QLatin1Char('/') + phone;
            row.state = QStringLiteral("referred");
            row.closedUtc = Clock::isoUtc(Clock::nowUtc());
            CaseStore(m_branch.database()).update(row);
            event.payload.insert(QStringLiteral("number"), row.outcomeNumber);
        });
    CaseDocumentInput in = documentInput(row, session, lang);
    in.number = row.outcomeNumber;
    in.department = department;
    in.contact = contact;
    in.phone = phone;
    in.address = address;
    return {caseId, row.outcomeNumber, CaseDocuments::referral(in), {}, false};
}

void CaseWorkflow::cancel(const Session &session, qint64 caseId, const QString &reason,
                          const QString &managerLogin, const QString &managerPassword)
{
    CaseRow row = load(caseId);
    if (row.state == QLatin1String("cancelled") || row.state == QLatin1String("closed")) {
        throw CaseError(tr("The case is already %1.").arg(row.state));
    }
    if (reason.trimmed().isEmpty()) {
        throw CaseError(tr("Say why the case is cancelled."));
    }
    const QString manager = StaffDirectory(m_branch).authorise(
        session, Permissions::Act::CancelAcceptedCase, managerLogin, managerPassword);
    m_branch.record({session.login, QStringLiteral("case.cancel"),
                     QStringLiteral("case:%1").arg(caseId),
                     QJsonObject{{QStringLiteral("authorisedBy"), manager},
                                 {QStringLiteral("reason"), reason.trimmed()}}},
                    [&](AuditEvent &) {
                        row.state = QStringLiteral("cancelled");
                        row.outcomeNote = reason.trimmed();
                        row.closedUtc = Clock::isoUtc(Clock::nowUtc());
                        CaseStore(m_branch.database()).update(row);
                    });
}

QStringList CaseWorkflow::nextStates(const QString &state)
{
    static const QMap<QString, QStringList> allowed{
        {QStringLiteral("accepted"),
         {QStringLiteral("processing"), QStringLiteral("ready"), QStringLiteral("suspended")}},
        {QStringLiteral("processing"), {QStringLiteral("ready"), QStringLiteral("suspended")}},
        {QStringLiteral("extended"),
         {QStringLiteral("processing"), QStringLiteral("ready"), QStringLiteral("suspended")}},
        {QStringLiteral("suspended"), {QStringLiteral("processing")}},
        {QStringLiteral("ready"), {QStringLiteral("collected")}},
        {QStringLiteral("collected"), {QStringLiteral("closed")}},
    };
    return allowed.value(state);
}

void CaseWorkflow::advance(const Session &session, qint64 caseId, const QString &state,
                           const QString &note)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    CaseRow row = load(caseId);
    if (!nextStates(row.state).contains(state)) {
        throw CaseError(tr("A case that is %1 cannot become %2.").arg(row.state, state));
    }
    AuditEvent event{
        session.login, QStringLiteral("case.") + state, QStringLiteral("case:%1").arg(caseId),
        QJsonObject{{QStringLiteral("from"), row.state}, {QStringLiteral("note"), note}}};
    if (state == QLatin1String("ready")) {
        // Head office sends the SMS: the outbox carries the number, the audit only its mask.
        const auto customer = BranchStore(m_branch.database()).customer(row.customerId);
        if (customer && !customer->phone.isEmpty()) {
            const DocumentLanguage l(documentLanguage());
            const QString text = l.text(kSmsReady).arg(m_branch.info().name, row.caseNumber,
                                                       serviceOf(row).name.text(l.code()));
            event.sendSms(customer->phone, text);
        }
    }
    row.state = state;
    if (state == QLatin1String("closed")) {
        row.closedUtc = Clock::isoUtc(Clock::nowUtc());
    }
    m_branch.record(event, [&](AuditEvent &) {
        CaseStore(m_branch.database()).update(row);
    });
}

void CaseWorkflow::extend(const Session &session, qint64 caseId, const QDate &newDue,
                          const QString &reason)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    CaseRow row = load(caseId);
    if (row.state != QLatin1String("accepted") && row.state != QLatin1String("processing")
        && row.state != QLatin1String("extended")) {
        throw CaseError(tr("Only a case in progress can be extended."));
    }
    if (reason.trimmed().isEmpty() || !newDue.isValid()
        || newDue <= QDate::fromString(row.dueDate, Qt::ISODate)) {
        throw CaseError(
            tr("An extension needs its reason and a new date later than %1.").arg(row.dueDate));
    }
    const QString old = row.dueDate;
    row.dueDate = newDue.toString(Qt::ISODate);
    row.state = QStringLiteral("extended");
    row.outcomeNote = reason.trimmed();
    const auto customer = BranchStore(m_branch.database()).customer(row.customerId);
    AuditEvent event{session.login, QStringLiteral("case.extend"),
                     QStringLiteral("case:%1").arg(caseId),
                     QJsonObject{{QStringLiteral("from"), old},
                                 {QStringLiteral("to"), row.dueDate},
                                 {QStringLiteral("reason"), row.outcomeNote}}};
    if (customer && !customer->phone.isEmpty()) {
        event.sendSms(customer->phone,
                      DocumentLanguage(documentLanguage())
                          .text(kSmsExtended)
                          .arg(m_branch.info().name, row.caseNumber, row.outcomeNote, row.dueDate));
    }
    m_branch.record(event, [&](AuditEvent &) {
        CaseStore(m_branch.database()).update(row);
    });
}

void CaseWorkflow::transfer(const Session &session, qint64 caseId, const QString &toLogin,
                            const QString &note)
{
    StaffDirectory::require(session, Permissions::Act::ServeCustomers);
    CaseRow row = load(caseId);
    const auto colleague = BranchStore(m_branch.database()).staffByLogin(toLogin);
    if (!colleague || !colleague->active) {
        throw CaseError(tr("There is no active colleague called %1.").arg(toLogin));
    }
    if (note.trimmed().isEmpty()) {
        throw CaseError(tr("Say in a note what the colleague needs to know."));
    }
    const QString from = row.owner;
    row.owner = colleague->login;
    m_branch.record({session.login, QStringLiteral("case.transfer"),
                     QStringLiteral("case:%1").arg(caseId),
                     QJsonObject{{QStringLiteral("from"), from},
                                 {QStringLiteral("to"), colleague->login},
                                 {QStringLiteral("note"), note.trimmed()}}},
                    [&](AuditEvent &) {
                        CaseStore(m_branch.database()).update(row);
                    });
}

void CaseWorkflow::setProxy(const Session &session, const QString &proxyLogin,
                            const QDateTime &untilUtc, const QString &reason)
{
    BranchStore store(m_branch.database());
    const auto proxy = store.staffByLogin(proxyLogin);
    if (!proxy || !proxy->active || proxy->login == session.login) {
        throw CaseError(tr("Name an active colleague other than yourself as proxy."));
    }
    if (reason.trimmed().isEmpty() || !untilUtc.isValid() || untilUtc <= Clock::nowUtc()) {
        throw CaseError(tr("A proxy needs a reason and an end in the future."));
    }
    m_branch.record({session.login, QStringLiteral("staff.proxy"),
                     QStringLiteral("staff:") + session.login,
                     QJsonObject{{QStringLiteral("proxy"), proxy->login},
                                 {QStringLiteral("until"), Clock::isoUtc(untilUtc)},
                                 {QStringLiteral("reason"), reason.trimmed()}}},
                    [&](AuditEvent &) {
                        BranchStore(m_branch.database())
                            .setProxy(session.staffId, proxy->id, Clock::isoUtc(Clock::nowUtc()),
                                      Clock::isoUtc(untilUtc), reason.trimmed());
                    });
}

QList<CaseRow> CaseWorkflow::list(const Session &session, Scope scope, bool openOnly)
{
    CaseStore store(m_branch.database());
    if (scope == Scope::Branch) {
        return store.list({}, openOnly);
    }
    QList<CaseRow> rows = store.list(session.login, openOnly);
    for (const QString &away : BranchStore(m_branch.database())
                                   .proxiedBy(session.login, Clock::isoUtc(Clock::nowUtc()))) {
        rows << store.list(away, openOnly);
    }
    std::sort(rows.begin(), rows.end(), [](const CaseRow &a, const CaseRow &b) {
        return std::make_pair(a.dueDate.isEmpty() ? QStringLiteral("9999") : a.dueDate, a.id)
               < std::make_pair(b.dueDate.isEmpty() ? QStringLiteral("9999") : b.dueDate, b.id);
    });
    return rows;
}

CaseWorkflow::Urgency CaseWorkflow::urgency(const CaseRow &row) const
{
    static const QStringList running = {QStringLiteral("accepted"), QStringLiteral("processing"),
                                        QStringLiteral("extended")};
    const QDate due = QDate::fromString(row.dueDate, Qt::ISODate);
    if (!due.isValid() || !running.contains(row.state)) {
        return Urgency::None;
    }
    const QDate today = m_branch.businessDay(Clock::nowUtc());
    if (due < today) {
        return Urgency::Overdue;
    }
    // Due today or on the next working day.
    return due <= CalendarUpdate::inForce(m_branch).addWorkingDays(today, 1).date ? Urgency::DueSoon
                                                                                  : Urgency::None;
}
