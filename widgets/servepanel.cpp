#include "servepanel.h"
#include "ui_servepanel.h"

#include "branch/branch.h"
#include "branchstore.h"
#include "cases/caseworkflow.h"
#include "cases/inquirybook.h"
#include "catalogue/catalogue.h"
#include "checkedtextedit.h"
#include "core/clock.h"
#include "database.h"
#include "fieldsdialog.h"
#include "messagebox.h"
#include "printing/documentpainter.h"
#include "printing/pdfoutput.h"
#include "staff/permissions.h"
#include "staff/staffdirectory.h"
#include "validation/iddocumentvalidator.h"
#include "validation/masking.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace
{
enum Column { DocumentColumn, FormColumn, StatusColumn, ReasonColumn };
const char *const kStatuses[] = {"pending", "received", "missing", "invalid"};
} // namespace

ServePanel::ServePanel(Branch &branch, const Catalogue &catalogue, const Session &session,
                       QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServePanel>())
    , m_branch(branch)
    , m_catalogue(catalogue)
    , m_session(session)
    , m_cases(std::make_unique<CaseWorkflow>(branch, catalogue))
{
    m_ui->setupUi(this);
    // The phrase may wrap: keep room for two lines so it is never cut.
    m_ui->scriptLabel->setMinimumHeight(m_ui->scriptLabel->fontMetrics().lineSpacing() * 2 + 6);
    m_ui->outcomeLabel->setMinimumHeight(m_ui->outcomeLabel->fontMetrics().lineSpacing() * 3 + 6);
    const QString lang = uiLanguage();
    for (const Service &s : catalogue.services()) {
        m_ui->serviceCombo->addItem(
            QStringLiteral("%1 · %2").arg(s.category.text(lang), s.name.text(lang)), s.code);
    }
    for (auto it = catalogue.conditions().begin(); it != catalogue.conditions().end(); ++it) {
        auto *box = new QCheckBox(it.value().text(lang), m_ui->conditionsBox);
        box->setProperty("condition", it.key());
        m_ui->conditionsLayout->addWidget(box);
        m_conditions << box;
        connect(box, &QCheckBox::toggled, this, &ServePanel::validate);
    }
    m_ui->checklistTable->setHorizontalHeaderLabels(
        {tr("Document"), tr("Form"), tr("Checked"), tr("Why not valid")});
    m_ui->checklistTable->horizontalHeader()->setSectionResizeMode(DocumentColumn,
                                                                   QHeaderView::Stretch);
    m_ui->checklistTable->horizontalHeader()->setSectionResizeMode(ReasonColumn,
                                                                   QHeaderView::Stretch);
    m_ui->checklistTable->verticalHeader()->setVisible(false);

    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->idEdit, m_ui->phoneEdit, m_ui->agentNameEdit, m_ui->agentIdEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ServePanel::validate);
    }
    // The identity document's type, on a row of its own above its number.
    m_idTypeCombo = new QComboBox(this);
    m_idTypeCombo->setObjectName(QStringLiteral("idTypeCombo"));
    m_agentIdTypeCombo = new QComboBox(this);
    m_agentIdTypeCombo->setObjectName(QStringLiteral("agentIdTypeCombo"));
    m_ui->customerLayout->insertRow(3, tr("ID &type:"), m_idTypeCombo);
    int agentRow = 0;
    m_ui->customerLayout->getWidgetPosition(m_ui->agentIdEdit, &agentRow, nullptr);
    m_ui->customerLayout->insertRow(agentRow, tr("Agent's ID type:"), m_agentIdTypeCombo);
    for (QComboBox *combo : {m_idTypeCombo, m_agentIdTypeCombo}) {
        for (const QString &type : IdDocumentValidator::types()) {
            combo->addItem(IdDocumentValidator::name(type), type);
        }
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        connect(combo, &QComboBox::currentIndexChanged, this, &ServePanel::validate);
    }
    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateFees();
        showScript(Moment::Greeting);
        if (const Service *s = service()) {
            m_ui->notesEdit->setPhrases(m_catalogue.forbiddenFor(*s));
        }
    });
    m_ui->notesEdit->setLanguage(lang);
    if (!catalogue.services().isEmpty()) {
        m_ui->notesEdit->setPhrases(catalogue.forbiddenFor(catalogue.services().first()));
    }
    connect(m_ui->notesEdit, &CheckedTextEdit::hintChanged, m_ui->hintLabel, &QLabel::setText);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ServePanel::openCase);
    connect(m_ui->resumeCaseButton, &QPushButton::clicked, this, &ServePanel::resumeCase);
    connect(m_ui->noticeEdit, &QLineEdit::returnPressed, this, &ServePanel::resumeCase);
    connect(m_ui->noticeButton, &QPushButton::clicked, this, &ServePanel::giveNotice);
    connect(m_ui->applicationButton, &QPushButton::clicked, this, &ServePanel::printApplication);
    connect(m_ui->questionButton, &QPushButton::clicked, this, &ServePanel::recordQuestion);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &ServePanel::accept);
    connect(m_ui->refuseButton, &QPushButton::clicked, this, &ServePanel::refuse);
    connect(m_ui->referButton, &QPushButton::clicked, this, &ServePanel::refer);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ServePanel::preview);
    connect(m_ui->greetButton, &QPushButton::clicked, this, [this] {
        showScript(Moment::Greeting);
    });
    connect(m_ui->waitButton, &QPushButton::clicked, this, [this] {
        showScript(Moment::Waiting);
    });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        showScript(Moment::Resuming);
    });
    connect(m_ui->farewellButton, &QPushButton::clicked, this, [this] {
        showScript(Moment::Farewell);
    });
    reset();
}

ServePanel::~ServePanel() = default;

QString ServePanel::uiLanguage() const
{
    return LocalizedText::screenLanguage();
}

QString ServePanel::documentLanguage() const
{
    return m_cases->documentLanguage();
}

const Service *ServePanel::service() const
{
    return m_catalogue.service(m_ui->serviceCombo->currentData().toString());
}

void ServePanel::selectService(const QString &code)
{
    m_ui->serviceCombo->setCurrentIndex(m_ui->serviceCombo->findData(code));
}

void ServePanel::setTicket(const QString &number, int waitedMinutes)
{
    m_ticket = number;
    m_waited = waitedMinutes;
    showScript(Moment::Greeting);
}

void ServePanel::showScript(ServePanel::Moment moment)
{
    const Service *s = service();
    const ScriptSet *scripts = s ? m_catalogue.scriptsFor(*s) : nullptr;
    if (!scripts) {
        m_ui->scriptLabel->clear();
        return;
    }
    const QString lang = uiLanguage();
    const QMap<QString, QString> values{
        {QStringLiteral("ticket"), m_ticket.isEmpty() ? QStringLiteral("—") : m_ticket},
        {QStringLiteral("window"), QString::number(m_session.window)},
        {QStringLiteral("branch"), m_branch.info().name},
        {QStringLiteral("clerk"), m_session.displayName}};
    QString text;
    switch (moment) {
    case Moment::Greeting: {
        const auto minutes =
            BranchStore(m_branch.database()).setting(QStringLiteral("script.apologyAfterMinutes"));
        const int limit = minutes ? minutes->toInt() : 15;
        // The greeting names the ticket; a walk-in without one is simply asked.
        text = m_ticket.isEmpty() ? scripts->asking.text(lang)
                                  : Catalogue::render(scripts->greeting.text(lang), values)
                                        + QLatin1Char(' ') + scripts->asking.text(lang);
        if (!m_ticket.isEmpty() && m_waited > (limit > 0 ? limit : 15)) {
            text = scripts->apology.text(lang) + QLatin1Char(' ') + text;
        }
        break;
    }
    case Moment::Waiting:
        text = scripts->waiting.text(lang);
        break;
    case Moment::Resuming:
        text = scripts->resuming.text(lang);
        break;
    case Moment::Farewell:
        text = scripts->farewell.text(lang);
        break;
    }
    m_ui->scriptLabel->setText(text);
}

void ServePanel::updateFees()
{
    const Service *s = service();
    m_ui->feesLabel->setText(s ? m_catalogue.feeLines(*s, uiLanguage()).join(QLatin1Char('\n'))
                               : QString());
}

void ServePanel::validate()
{
    bool agent = false;
    for (QCheckBox *box : m_conditions) {
        agent |=
            box->isChecked() && box->property("condition").toString() == QLatin1String("agent");
    }
    m_ui->agentNameEdit->setEnabled(agent && m_caseId == 0);
    m_ui->agentIdEdit->setEnabled(agent && m_caseId == 0);
    m_agentIdTypeCombo->setEnabled(agent && m_caseId == 0);
    if (m_caseId != 0) {
        return;
    }
    // Say exactly what is wrong, but only about what has been typed.
    QString problem;
    if (!m_ui->idEdit->text().isEmpty() || !m_ui->phoneEdit->text().isEmpty()) {
        problem = CaseWorkflow::checkPerson(
            {m_ui->nameEdit->text().isEmpty() ? QStringLiteral("?") : m_ui->nameEdit->text(),
             m_idTypeCombo->currentData().toString(), m_ui->idEdit->text(),
             m_ui->phoneEdit->text()},
            false);
    }
    if (problem.isEmpty() && agent && !m_ui->agentIdEdit->text().isEmpty()) {
        problem = CaseWorkflow::checkPerson({QStringLiteral("?"),
                                             m_agentIdTypeCombo->currentData().toString(),
                                             m_ui->agentIdEdit->text(),
                                             {}},
                                            true);
        problem = problem.isEmpty() ? problem : tr("Agent: %1").arg(problem);
    }
    m_ui->problemLabel->setText(problem);
}

void ServePanel::reset()
{
    m_caseId = 0;
    m_loading = true;
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->idEdit, m_ui->phoneEdit, m_ui->agentNameEdit,
                            m_ui->agentIdEdit, m_ui->noticeEdit}) {
        edit->clear();
        edit->setEnabled(true);
    }
    for (QCheckBox *box : m_conditions) {
        box->setChecked(false);
        box->setEnabled(true);
    }
    for (QComboBox *combo : {m_idTypeCombo, m_agentIdTypeCombo}) {
        combo->setCurrentIndex(0);
        combo->setEnabled(true);
    }
    m_ui->notesEdit->clear();
    m_ui->serviceCombo->setEnabled(true);
    m_ui->checklistTable->setRowCount(0);
    m_ui->caseLabel->setText(tr("No case open."));
    m_ui->outcomeLabel->clear();
    m_loading = false;
    for (QPushButton *b : {m_ui->noticeButton, m_ui->acceptButton, m_ui->refuseButton,
                           m_ui->referButton, m_ui->applicationButton}) {
        b->setEnabled(false);
    }
    m_ui->previewButton->setEnabled(!m_lastPath.isEmpty());
    m_ui->openButton->setEnabled(true);
    validate();
    updateFees();
    showScript(Moment::Greeting);
}

void ServePanel::openCase()
{
    const Service *s = service();
    if (!s) {
        return;
    }
    QSet<QString> holds;
    for (QCheckBox *box : m_conditions) {
        if (box->isChecked()) {
            holds.insert(box->property("condition").toString());
        }
    }
    std::optional<CaseWorkflow::Person> agent;
    if (holds.contains(QStringLiteral("agent"))) {
        agent = CaseWorkflow::Person{m_ui->agentNameEdit->text(),
                                     m_agentIdTypeCombo->currentData().toString(),
                                     m_ui->agentIdEdit->text(),
                                     {}};
    }
    try {
        const qint64 id =
            m_cases->open(m_session, s->code,
                          {m_ui->nameEdit->text(), m_idTypeCombo->currentData().toString(),
                           m_ui->idEdit->text(), m_ui->phoneEdit->text()},
                          holds, agent, m_ticket);
        loadCase(id);
    } catch (const DaySigned &e) {
        retryAuthorised(e.message(), [this] {
            openCase();
        });
    } catch (const CaseError &e) {
        m_ui->problemLabel->setText(e.message());
    } catch (const PermissionDenied &e) {
        m_ui->problemLabel->setText(e.message());
    } catch (const DbException &e) {
        MessageBox::critical(this, tr("Not saved"), e.error().message);
    }
}

void ServePanel::resumeCase()
{
    try {
        const qint64 id = m_cases->resume(m_session, m_ui->noticeEdit->text());
        loadCase(id);
        showScript(Moment::Greeting);
    } catch (const DaySigned &e) {
        retryAuthorised(e.message(), [this] {
            resumeCase();
        });
    } catch (const CaseError &e) {
        m_ui->problemLabel->setText(e.message());
    } catch (const PermissionDenied &e) {
        m_ui->problemLabel->setText(e.message());
    }
}

void ServePanel::loadCase(qint64 caseId)
{
    const auto row = m_cases->find(caseId);
    if (!row) {
        return;
    }
    m_caseId = caseId;
    m_loading = true;
    selectService(row->serviceCode);
    const auto customer = BranchStore(m_branch.database()).customer(row->customerId);
    // Once the case is open, personal data is shown masked: the entry field was the only place.
    m_ui->nameEdit->setText(customer ? Masking::name(customer->name) : QString());
    m_ui->idEdit->setText(customer ? Masking::idNumber(customer->idNumber) : QString());
    m_ui->phoneEdit->setText(customer ? Masking::phone(customer->phone) : QString());
    m_ui->agentNameEdit->setText(Masking::name(row->agentName));
    m_ui->agentIdEdit->setText(Masking::idNumber(row->agentIdNumber));
    m_idTypeCombo->setCurrentIndex(
        m_idTypeCombo->findData(customer ? customer->idType : QStringLiteral("resident")));
    m_agentIdTypeCombo->setCurrentIndex(m_agentIdTypeCombo->findData(row->agentIdType));
    m_ui->notesEdit->setPlainText(row->notes);
    const QStringList holds = row->conditions.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QCheckBox *box : m_conditions) {
        box->setChecked(holds.contains(box->property("condition").toString()));
        box->setEnabled(false);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->serviceCombo, m_ui->nameEdit, m_ui->idEdit, m_ui->phoneEdit, m_ui->agentNameEdit,
             m_ui->agentIdEdit, m_ui->openButton, m_idTypeCombo, m_agentIdTypeCombo}) {
        w->setEnabled(false);
    }
    m_ui->problemLabel->clear();
    m_ui->caseLabel->setText(row->noticeNumber.isEmpty()
                                 ? tr("Case %1, opened by %2").arg(caseId).arg(row->owner)
                                 : tr("Case %1 (notice %2), owned by %3")
                                       .arg(caseId)
                                       .arg(row->noticeNumber, row->owner));
    const QString lang = uiLanguage();
    QTableWidget *table = m_ui->checklistTable;
    table->setRowCount(static_cast<int>(row->items.size()));
    for (int r = 0; r < row->items.size(); ++r) {
        const CaseItemRow &item = row->items.at(r);
        auto *doc = new QTableWidgetItem(m_cases->itemName(item, lang));
        doc->setData(Qt::UserRole, item.position);
        doc->setFlags(Qt::ItemIsEnabled);
        table->setItem(r, DocumentColumn, doc);
        const QString form = item.form == QLatin1String("copy") ? tr("copy ×%1")
                             : item.form == QLatin1String("original+copy")
                                 ? tr("original and copy ×%1")
                                 : tr("original ×%1");
        auto *formItem = new QTableWidgetItem(form.arg(item.count));
        formItem->setFlags(Qt::ItemIsEnabled);
        table->setItem(r, FormColumn, formItem);
        auto *status = new QComboBox(table);
        status->addItems({tr("Not checked"), tr("Received"), tr("Missing"), tr("Not valid")});
        for (int i = 0; i < 4; ++i) {
            if (item.status == QLatin1String(kStatuses[i])) {
                status->setCurrentIndex(i);
            }
        }
        status->setObjectName(QStringLiteral("status%1").arg(r));
        table->setCellWidget(r, StatusColumn, status);
        auto *reason = new QLineEdit(item.reason, table);
        reason->setObjectName(QStringLiteral("reason%1").arg(r));
        reason->setPlaceholderText(tr("e.g. the copy is illegible"));
        table->setCellWidget(r, ReasonColumn, reason);
        connect(status, &QComboBox::currentIndexChanged, this, [this, r] {
            setItem(r);
        });
        connect(reason, &QLineEdit::editingFinished, this, [this, r] {
            setItem(r);
        });
    }
    table->resizeColumnToContents(FormColumn);
    table->resizeColumnToContents(StatusColumn);
    const bool open = row->state == QLatin1String("open");
    for (QPushButton *b : {m_ui->noticeButton, m_ui->acceptButton, m_ui->refuseButton,
                           m_ui->referButton, m_ui->applicationButton}) {
        b->setEnabled(open);
    }
    m_loading = false;
}

void ServePanel::setItem(int row)
{
    if (m_loading || m_caseId == 0) {
        return;
    }
    auto *status = qobject_cast<QComboBox *>(m_ui->checklistTable->cellWidget(row, StatusColumn));
    auto *reason = qobject_cast<QLineEdit *>(m_ui->checklistTable->cellWidget(row, ReasonColumn));
    const int index = status->currentIndex();
    if (index <= 0) {
        return;
    }
    if (index == 3 && reason->text().trimmed().isEmpty()) {
        m_ui->outcomeLabel->setText(tr("Type why the document is not valid: the customer will "
                                       "read it on the notice."));
        reason->setFocus();
        return;
    }
    try {
        m_cases->markItem(
            m_session, m_caseId,
            m_ui->checklistTable->item(row, DocumentColumn)->data(Qt::UserRole).toInt(),
            QLatin1String(kStatuses[index]), reason->text());
        m_ui->outcomeLabel->clear();
    } catch (const DaySigned &e) {
        retryAuthorised(e.message(), [this, row] {
            setItem(row);
        });
    } catch (const CaseError &e) {
        m_ui->outcomeLabel->setText(e.message());
    }
}

QString ServePanel::archive(const PrintedDocument &document, const QString &name)
{
    m_lastDocument = document;
    m_lastPath = m_branch.archivePath(name);
    return PdfOutput::write(document, m_lastPath);
}

void ServePanel::retryAuthorised(const QString &why, const std::function<void()> &act)
{
    const QStringList v =
        FieldsDialog::ask(tr("The day is signed — a manager must authorise"),
                          {why, tr("Manager's login:"), tr("Manager's password:")}, this, {2});
    if (v.size() != 3) {
        m_ui->outcomeLabel->setText(why);
        return;
    }
    try {
        const QString manager = StaffDirectory(m_branch).authorise(
            m_session, Permissions::Act::ChangeSignedDay, v.at(1), v.at(2));
        Branch::Authorised scope(m_branch, manager);
        act();
    } catch (const PermissionDenied &e) {
        m_ui->outcomeLabel->setText(e.message());
    }
}

bool ServePanel::saveNotes()
{
    if (m_caseId == 0) {
        return true;
    }
    try {
        m_cases->setNotes(m_session, m_caseId, m_ui->notesEdit->toPlainText());
        return true;
    } catch (const DaySigned &e) {
        bool saved = false;
        retryAuthorised(e.message(), [this, &saved] {
            saved = saveNotes();
        });
        return saved;
    } catch (const CaseError &e) {
        m_ui->outcomeLabel->setText(e.message());
    } catch (const DbException &e) {
        MessageBox::critical(this, tr("Not saved"), e.error().message);
    }
    return false;
}

void ServePanel::printApplication()
{
    if (m_caseId == 0 || !saveNotes()) {
        return;
    }
    try {
        const PrintedDocument form =
            m_cases->applicationForm(m_session, m_caseId, documentLanguage());
        const QString error = archive(form, QStringLiteral("case-%1-application").arg(m_caseId));
        if (!error.isEmpty()) {
            m_lastPath.clear();
            MessageBox::warning(this, tr("Not printed"),
                                tr("The application form could not be written: %1").arg(error));
            return;
        }
        m_ui->previewButton->setEnabled(true);
        m_ui->outcomeLabel->setText(
            tr("Application form ready: let the customer check and sign it, then mark it "
               "received in the checklist. %1")
                .arg(QDir::toNativeSeparators(m_lastPath)));
    } catch (const DaySigned &e) {
        retryAuthorised(e.message(), [this] {
            printApplication();
        });
    } catch (const CaseError &e) {
        m_ui->outcomeLabel->setText(e.message());
    }
}

void ServePanel::recordQuestion()
{
    const QStringList v = FieldsDialog::ask(
        tr("A question to answer later"),
        {tr("Question:"), tr("Customer's name:"), tr("Mobile phone (the answer goes by SMS):")},
        this);
    if (v.size() != 3) {
        return;
    }
    try {
        const InquiryRow row =
            InquiryBook(m_branch).record(m_session, v.at(0), v.at(1), v.at(2), m_caseId);
        m_ui->outcomeLabel->setText(
            tr("Question %1 recorded. You own it: tell the customer the answer comes by %2.")
                .arg(row.id)
                .arg(QLocale().toString(QDate::fromString(row.replyBy, Qt::ISODate),
                                        QLocale::LongFormat)));
        Q_EMIT statusMessage(m_ui->outcomeLabel->text());
    } catch (const DaySigned &e) {
        retryAuthorised(e.message(), [this] {
            recordQuestion();
        });
    } catch (const CaseError &e) {
        m_ui->outcomeLabel->setText(e.message());
    } catch (const PermissionDenied &e) {
        m_ui->outcomeLabel->setText(e.message());
    }
}

void ServePanel::finish(const PrintedDocument &document, const QString &number, const QString &what,
                        const QString &detail)
{
    const QString error = archive(document, number);
    reset();
    if (!error.isEmpty()) {
        m_lastPath.clear();
        MessageBox::warning(this, tr("Not archived"),
                            tr("%1 %2 is recorded, but its PDF could not be archived: %3")
                                .arg(what, number, error));
    }
    m_ui->outcomeLabel->setText((detail.isEmpty() ? QString() : detail + QLatin1Char('\n'))
                                + tr("%1 %2 recorded and archived: %3")
                                      .arg(what, number, QDir::toNativeSeparators(m_lastPath)));
    m_ui->previewButton->setEnabled(!m_lastPath.isEmpty());
    showScript(Moment::Farewell);
    Q_EMIT statusMessage(m_ui->outcomeLabel->text());
}

void ServePanel::giveNotice()
{
    if (!saveNotes()) {
        return;
    }
    try {
        const CaseWorkflow::Outcome out =
            m_cases->giveNotice(m_session, m_caseId, documentLanguage());
        finish(out.document, out.number, tr("One-time notice"));
    } catch (const DaySigned &e) {
        retryAuthorised(e.message(), [this] {
            giveNotice();
        });
    } catch (const CaseError &e) {
        m_ui->outcomeLabel->setText(e.message());
    }
}

void ServePanel::accept()
{
    if (!saveNotes()) {
        return;
    }
    try {
        const CaseWorkflow::Outcome out = m_cases->accept(m_session, m_caseId, documentLanguage());
        // The promised date first: it is what the clerk tells the customer.
        finish(out.document, out.number, tr("Accepted: case"),
               tr("Promised by %1%2")
                   .arg(QLocale().toString(out.due, QLocale::LongFormat),
                        out.provisional ? tr(
                            " (provisional: the holiday calendar for that year is not published)")
                                        : QString()));
    } catch (const DaySigned &e) {
        retryAuthorised(e.message(), [this] {
            accept();
        });
    } catch (const CaseError &e) {
        m_ui->outcomeLabel->setText(e.message());
    }
}

void ServePanel::refuse()
{
    if (!saveNotes()) {
        return;
    }
    const QStringList v = FieldsDialog::ask(tr("Refuse the application"),
                                            {tr("Reasons:"), tr("How to appeal:")}, this);
    if (v.size() != 2) {
        return;
    }
    try {
        const CaseWorkflow::Outcome out =
            m_cases->refuse(m_session, m_caseId, {v.at(0)}, v.at(1), documentLanguage());
        finish(out.document, out.number, tr("Notice of refusal"));
    } catch (const DaySigned &e) {
        retryAuthorised(e.message(), [this] {
            refuse();
        });
    } catch (const CaseError &e) {
        m_ui->outcomeLabel->setText(e.message());
    }
}

void ServePanel::refer()
{
    if (!saveNotes()) {
        return;
    }
    const QStringList v = FieldsDialog::ask(
        tr("Refer to another department"),
        {tr("Department:"), tr("Contact person:"), tr("Phone:"), tr("Address:")}, this);
    if (v.size() != 4) {
        return;
    }
    try {
        const CaseWorkflow::Outcome out = m_cases->refer(m_session, m_caseId, v.at(0), v.at(1),
                                                         v.at(2), v.at(3), documentLanguage());
        finish(out.document, out.number, tr("Referral slip"));
    } catch (const DaySigned &e) {
        retryAuthorised(e.message(), [this] {
            refer();
        });
    } catch (const CaseError &e) {
        m_ui->outcomeLabel->setText(e.message());
    }
}

void ServePanel::preview()
{
    if (m_lastPath.isEmpty()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        DocumentPainter::paint(m_lastDocument, *p);
    });
    dialog.exec();
}
