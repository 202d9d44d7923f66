#include "caselistwindow.h"

#include "branch/branch.h"
#include "caselistmodel.h"
#include "cases/caseworkflow.h"
#include "cases/inquirybook.h"
#include "database.h"
#include "fieldsdialog.h"
#include "printing/documentpainter.h"
#include "printing/pdfoutput.h"
#include "staff/permissions.h"
#include "staff/staffdirectory.h"
#include "validation/masking.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
QPushButton *button(const QString &text, const char *name, QWidget *parent, QLayout *layout)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    layout->addWidget(b);
    return b;
}
} // namespace

CaseListWindow::CaseListWindow(Branch &branch, const Catalogue &catalogue, const Session &session,
                               QWidget *parent)
    : QDialog(parent)
    , m_branch(branch)
    , m_cases(std::make_unique<CaseWorkflow>(branch, catalogue))
    , m_inquiries(std::make_unique<InquiryBook>(branch))
    , m_session(session)
{
    setWindowTitle(tr("Cases and questions"));
    resize(1000, 560);
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));
    layout->addWidget(tabs);

    auto *casesPage = new QWidget(tabs);
    auto *casesLayout = new QVBoxLayout(casesPage);
    m_scope = new QComboBox(casesPage);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->addItems(
        {tr("My cases (and those I hold as proxy)"), tr("All of the branch's cases")});
    casesLayout->addWidget(m_scope);
    m_view = new QTableView(casesPage);
    m_view->setObjectName(QStringLiteral("caseView"));
    m_model = new CaseListModel(*m_cases, catalogue, this);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    casesLayout->addWidget(m_view);
    auto *actions = new QHBoxLayout;
    m_caseButtons = {
        button(tr("Next &step"), "advanceButton", casesPage, actions),
        button(tr("&Collection notice"), "collectionButton", casesPage, actions),
        button(tr("E&xtend…"), "extendButton", casesPage, actions),
        button(tr("&Hand over…"), "handOverButton", casesPage, actions),
        button(tr("&Reprint receipt…"), "reprintButton", casesPage, actions),
        button(tr("Ca&ncel case…"), "cancelButton", casesPage, actions),
    };
    actions->addStretch();
    m_previewButton = button(tr("&Print preview…"), "previewButton", casesPage, actions);
    casesLayout->addLayout(actions);
    tabs->addTab(casesPage, tr("Cases"));

    auto *questionsPage = new QWidget(tabs);
    auto *questionsLayout = new QVBoxLayout(questionsPage);
    m_questions = new QTableWidget(0, 6, questionsPage);
    m_questions->setObjectName(QStringLiteral("questionTable"));
    m_questions->setHorizontalHeaderLabels(
        {tr("No."), tr("Question"), tr("Customer"), tr("Owner"), tr("Reply by"), tr("State")});
    m_questions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_questions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_questions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_questions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_questions->verticalHeader()->setVisible(false);
    questionsLayout->addWidget(m_questions);
    auto *questionActions = new QHBoxLayout;
    button(tr("&Answer…"), "answerButton", questionsPage, questionActions);
    button(tr("Hand &over…"), "handOverQuestionButton", questionsPage, questionActions);
    questionActions->addStretch();
    questionsLayout->addLayout(questionActions);
    tabs->addTab(questionsPage, tr("Questions to answer"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2 + 4);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CaseListWindow::reload);
    m_advanceMenu = new QMenu(this);
    m_caseButtons.at(0)->setMenu(m_advanceMenu);
    connect(m_caseButtons.at(1), &QPushButton::clicked, this,
            &CaseListWindow::printCollectionNotice);
    connect(m_caseButtons.at(2), &QPushButton::clicked, this, &CaseListWindow::extend);
    connect(m_caseButtons.at(3), &QPushButton::clicked, this, &CaseListWindow::handOver);
    connect(m_caseButtons.at(4), &QPushButton::clicked, this, &CaseListWindow::reprintReceipt);
    connect(m_caseButtons.at(5), &QPushButton::clicked, this, &CaseListWindow::cancelCase);
    connect(m_previewButton, &QPushButton::clicked, this, &CaseListWindow::preview);
    connect(questionsPage->findChild<QPushButton *>(QStringLiteral("answerButton")),
            &QPushButton::clicked, this, &CaseListWindow::answerQuestion);
    connect(questionsPage->findChild<QPushButton *>(QStringLiteral("handOverQuestionButton")),
            &QPushButton::clicked, this, &CaseListWindow::handOverQuestion);
    reload();
}

CaseListWindow::~CaseListWindow() = default;

void CaseListWindow::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    m_model->load(m_session, m_scope->currentIndex() == 0 ? CaseWorkflow::Scope::Mine
                                                          : CaseWorkflow::Scope::Branch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CaseListWindow::updateButtons, Qt::UniqueConnection);
    if (keep != 0) {
        selectCase(keep);
    }
    loadQuestions();
    updateButtons();
}

bool CaseListWindow::selectCase(qint64 caseId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->caseAt(r).id == caseId) {
            m_view->selectRow(r);
            return true;
        }
    }
    return false;
}

std::optional<CaseRow> CaseListWindow::selected() const
{
    const QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_model->caseAt(rows.first().row());
}

void CaseListWindow::updateButtons()
{
    const auto row = selected();
    for (QPushButton *b : m_caseButtons) {
        b->setEnabled(row.has_value());
    }
    // The next step offers only the states this case can move to.
    m_advanceMenu->clear();
    const QStringList next = row ? CaseWorkflow::nextStates(row->state) : QStringList();
    for (const QString &state : next) {
        QAction *action = m_advanceMenu->addAction(CaseListModel::stateName(state));
        action->setObjectName(QStringLiteral("advanceTo_") + state);
        connect(action, &QAction::triggered, this, [this, state] {
            advance(state);
        });
    }
    m_caseButtons.at(0)->setEnabled(!next.isEmpty());
    m_previewButton->setEnabled(!m_lastPath.isEmpty());
}

void CaseListWindow::loadQuestions()
{
    const QList<InquiryRow> rows =
        m_inquiries->list(m_session, m_scope->currentIndex() == 1, /*openOnly=*/false);
    m_questions->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const InquiryRow &q = rows.at(r);
        const bool late = m_inquiries->overdue(q);
        const QStringList cells{
            QString::number(q.id),
            q.question,
            QStringLiteral("%1 %2").arg(Masking::name(q.customerName), Masking::phone(q.phone)),
            q.owner,
            QLocale().toString(QDate::fromString(q.replyBy, Qt::ISODate), QLocale::ShortFormat),
            q.state == QLatin1String("answered") ? tr("Answered")
            : late                               ? tr("Overdue")
                                                 : tr("Open")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, q.id);
            if (late) {
                item->setBackground(QColor(0xfd, 0xe0, 0xe0));
            }
            m_questions->setItem(r, c, item);
        }
    }
    m_questions->resizeColumnToContents(0);
}

qint64 CaseListWindow::selectedQuestion() const
{
    const QList<QTableWidgetItem *> items = m_questions->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void CaseListWindow::attempt(const std::function<void()> &act)
{
    try {
        act();
    } catch (const CaseError &e) {
        m_status->setText(e.message());
        return;
    } catch (const DaySigned &e) {
        // The day's log is signed: the same act again, under a manager's authorisation.
        const QStringList v = FieldsDialog::ask(
            tr("The day is signed — a manager must authorise"),
            {e.message(), tr("Manager's login:"), tr("Manager's password:")}, this, {2});
        if (v.size() != 3) {
            m_status->setText(e.message());
            return;
        }
        try {
            const QString manager = StaffDirectory(m_branch).authorise(
                m_session, Permissions::Act::ChangeSignedDay, v.at(1), v.at(2));
            Branch::Authorised scope(m_branch, manager);
            attempt(act);
        } catch (const PermissionDenied &denied) {
            m_status->setText(denied.message());
        }
        return;
    } catch (const PermissionDenied &e) {
        m_status->setText(e.message());
        return;
    } catch (const DbException &e) {
        m_status->setText(tr("Not saved: %1").arg(e.error().message));
        return;
    }
    reload();
}

void CaseListWindow::archive(const PrintedDocument &document, const QString &name,
                             const QString &what)
{
    m_lastDocument = document;
    m_lastPath = m_branch.archivePath(name);
    const QString error = PdfOutput::write(document, m_lastPath);
    if (!error.isEmpty()) {
        m_lastPath.clear();
        m_status->setText(tr("%1 is recorded, but its PDF could not be written: %2. Use Print "
                             "preview to print it.")
                              .arg(what, error));
        return;
    }
    m_status->setText(tr("%1 archived: %2").arg(what, QDir::toNativeSeparators(m_lastPath)));
}

void CaseListWindow::advance(const QString &state)
{
    const auto row = selected();
    if (!row) {
        return;
    }
    const QStringList v = FieldsDialog::ask(
        tr("Case %1 becomes %2")
            .arg(row->caseNumber.isEmpty() ? QString::number(row->id) : row->caseNumber,
                 CaseListModel::stateName(state)),
        {tr("Note (optional):")}, this);
    if (v.size() != 1) {
        return;
    }
    attempt([&] {
        m_cases->advance(m_session, row->id, state, v.at(0));
        m_status->setText(state == QLatin1String("ready")
                              ? tr("The case is ready: the customer's SMS is queued. Print a "
                                   "collection notice if they want one.")
                              : tr("The case is now %1.").arg(CaseListModel::stateName(state)));
    });
}

void CaseListWindow::printCollectionNotice()
{
    const auto row = selected();
    if (!row) {
        return;
    }
    attempt([&] {
        const CaseWorkflow::Outcome out =
            m_cases->collectionNotice(m_session, row->id, m_cases->documentLanguage());
        archive(out.document, out.number, tr("Collection notice %1").arg(out.number));
    });
}

void CaseListWindow::extend()
{
    const auto row = selected();
    if (!row) {
        return;
    }
    const QStringList v = FieldsDialog::ask(tr("Extend case %1").arg(row->caseNumber),
                                            {tr("New date (YYYY-MM-DD):"), tr("Reason:")}, this);
    if (v.size() != 2) {
        return;
    }
    const QDate date = QDate::fromString(v.at(0), Qt::ISODate);
    if (!date.isValid()) {
        m_status->setText(tr("\"%1\" is not a date: type it as 2026-12-31.").arg(v.at(0)));
        return;
    }
    attempt([&] {
        m_cases->extend(m_session, row->id, date, v.at(1));
        m_status->setText(tr("Case extended to %1; the customer is told by SMS.")
                              .arg(QLocale().toString(date, QLocale::LongFormat)));
    });
}

void CaseListWindow::handOver()
{
    const auto row = selected();
    if (!row) {
        return;
    }
    const QStringList v = FieldsDialog::ask(tr("Hand case %1 to a colleague").arg(row->id),
                                            {tr("Colleague's login:"), tr("Note:")}, this);
    if (v.size() != 2) {
        return;
    }
    attempt([&] {
        m_cases->transfer(m_session, row->id, v.at(0), v.at(1));
        m_status->setText(tr("Case handed to %1.").arg(v.at(0)));
    });
}

void CaseListWindow::reprintReceipt()
{
    const auto row = selected();
    if (!row) {
        return;
    }
    const QStringList v = FieldsDialog::ask(
        tr("Reprint the receipt of case %1 — needs a manager").arg(row->caseNumber),
        {tr("Reason:"), tr("Manager's login:"), tr("Manager's password:")}, this, {2});
    if (v.size() != 3) {
        return;
    }
    attempt([&] {
        const CaseWorkflow::Outcome out = m_cases->reprintReceipt(
            m_session, row->id, v.at(0), v.at(1), v.at(2), m_cases->documentLanguage());
        archive(out.document, out.number, tr("Receipt reprint %1").arg(out.number));
    });
}

void CaseListWindow::cancelCase()
{
    const auto row = selected();
    if (!row) {
        return;
    }
    const QStringList v = FieldsDialog::ask(
        tr("Cancel case %1 — needs a manager")
            .arg(row->caseNumber.isEmpty() ? QString::number(row->id) : row->caseNumber),
        {tr("Reason:"), tr("Manager's login:"), tr("Manager's password:")}, this, {2});
    if (v.size() != 3) {
        return;
    }
    attempt([&] {
        m_cases->cancel(m_session, row->id, v.at(0), v.at(1), v.at(2));
        m_status->setText(tr("Case cancelled, authorised by %1.").arg(v.at(1)));
    });
}

void CaseListWindow::answerQuestion()
{
    const qint64 id = selectedQuestion();
    if (id == 0) {
        return;
    }
    const QStringList v =
        FieldsDialog::ask(tr("Answer question %1").arg(id), {tr("Answer:")}, this);
    if (v.size() != 1) {
        return;
    }
    attempt([&] {
        m_inquiries->answer(m_session, id, v.at(0));
        m_status->setText(tr("Question %1 answered.").arg(id));
    });
}

void CaseListWindow::handOverQuestion()
{
    const qint64 id = selectedQuestion();
    if (id == 0) {
        return;
    }
    const QStringList v = FieldsDialog::ask(tr("Hand question %1 to a colleague").arg(id),
                                            {tr("Colleague's login:"), tr("Note:")}, this);
    if (v.size() != 2) {
        return;
    }
    attempt([&] {
        m_inquiries->transfer(m_session, id, v.at(0), v.at(1));
        m_status->setText(tr("Question %1 handed to %2.").arg(id).arg(v.at(0)));
    });
}

void CaseListWindow::preview()
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
