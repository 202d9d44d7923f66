#include "complaintswindow.h"

#include "branch/branch.h"
#include "complaintlistmodel.h"
#include "core/clock.h"
#include "feedback/complaintbook.h"
#include "feedback/feedbackerror.h"
#include "fieldsdialog.h"
#include "messagebox.h"
#include "staff/permissions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ComplaintsWindow::ComplaintsWindow(Branch &branch, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_branch(branch)
    , m_session(session)
{
    setWindowTitle(tr("Complaints"));
    auto *layout = new QVBoxLayout(this);
    m_showClosed = new QCheckBox(tr("Show answered complaints too"), this);
    m_showClosed->setObjectName(QStringLiteral("showClosed"));
    layout->addWidget(m_showClosed);

    m_model = new ComplaintListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("complaints"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for the matter, a few notes and the answer without the table jumping.
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 5);
    layout->addWidget(m_details);

    auto *buttons = new QHBoxLayout;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (const QString &key : ComplaintBook::channelKeys()) {
        m_channel->addItem(ComplaintBook::channelName(key), key);
    }
    auto *add = new QPushButton(tr("&Record a complaint…"), this);
    add->setObjectName(QStringLiteral("add"));
    auto *note = new QPushButton(tr("Progress &note…"), this);
    note->setObjectName(QStringLiteral("note"));
    m_via = new QComboBox(this);
    m_via->setObjectName(QStringLiteral("via"));
    for (const QString &key : ComplaintBook::answerKeys()) {
        m_via->addItem(ComplaintBook::answerName(key), key);
    }
    m_close = new QPushButton(tr("&Close with the answer…"), this);
    m_close->setObjectName(QStringLiteral("close"));
    m_close->setEnabled(Permissions::allows(session.role, Permissions::Act::HandleComplaints));
    buttons->addWidget(m_channel);
    buttons->addWidget(add);
    buttons->addWidget(note);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Answered:"), this));
    buttons->addWidget(m_via);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_showClosed, &QCheckBox::toggled, this, &ComplaintsWindow::reload);
    connect(add, &QPushButton::clicked, this, &ComplaintsWindow::add);
    connect(note, &QPushButton::clicked, this, &ComplaintsWindow::addNote);
    connect(m_close, &QPushButton::clicked, this, &ComplaintsWindow::closeWithAnswer);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComplaintsWindow::showDetails);
    resize(1000, 520);
    reload();
}

ComplaintsWindow::~ComplaintsWindow() = default;

void ComplaintsWindow::reload()
{
    const qint64 keep = selectedId();
    ComplaintBook book(m_branch);
    m_model->setRows(book.list(!m_showClosed->isChecked()), m_branch.businessDay(Clock::nowUtc()));
    m_table->resizeColumnsToContents();
    if (keep == 0 || !selectComplaint(keep)) {
        showDetails();
    }
}

bool ComplaintsWindow::selectComplaint(qint64 id)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->row(r).id == id) {
            m_table->selectRow(r);
            m_table->setCurrentIndex(m_model->index(r, 0));
            showDetails();
            return true;
        }
    }
    return false;
}

qint64 ComplaintsWindow::selectedId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->row(i.row()).id : 0;
}

void ComplaintsWindow::showDetails()
{
    const qint64 id = selectedId();
    if (id == 0) {
        m_details->setText(tr("Select a complaint to see its progress notes."));
        return;
    }
    ComplaintBook book(m_branch);
    const auto c = book.complaint(id);
    if (!c) {
        return;
    }
    QStringList lines{tr("Complaint %1: %2").arg(c->id).arg(c->matter)};
    for (const ComplaintNoteRow &n : book.notes(id)) {
        const QDateTime at =
            QDateTime::fromString(n.atUtc, Qt::ISODateWithMs).toTimeZone(m_branch.timeZone());
        lines << tr("%1 %2: %3").arg(at.toString(QStringLiteral("MM-dd HH:mm")), n.author, n.note);
    }
    if (!c->answer.isEmpty()) {
        lines << tr("Answered (%1): %2").arg(ComplaintBook::answerName(c->answeredVia), c->answer);
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
}

bool ComplaintsWindow::attempt(const std::function<void()> &act)
{
    try {
        act();
        return true;
    } catch (const FeedbackError &e) {
        MessageBox::warning(this, windowTitle(), e.message());
    } catch (const PermissionDenied &e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
    return false;
}

void ComplaintsWindow::add()
{
    const QStringList v = FieldsDialog::ask(
        tr("Record a complaint"),
        {tr("Complainant"), tr("Mobile phone (optional)"), tr("What it is about"),
         tr("Staff concerned (login, optional)"), tr("Service concerned (code, optional)")},
        this);
    if (v.isEmpty()) {
        return;
    }
    qint64 id = 0;
    if (attempt([&] {
            id = ComplaintBook(m_branch)
                     .record(m_session, {m_channel->currentData().toString(), v.value(0),
                                         v.value(1), v.value(2), v.value(3), v.value(4)})
                     .id;
        })) {
        reload();
        selectComplaint(id);
    }
}

void ComplaintsWindow::addNote()
{
    const qint64 id = selectedId();
    if (id == 0) {
        return;
    }
    const QStringList v = FieldsDialog::ask(tr("Progress note"), {tr("Note")}, this);
    if (!v.isEmpty() && attempt([&] {
            ComplaintBook(m_branch).note(m_session, id, v.value(0));
        })) {
        reload();
    }
}

void ComplaintsWindow::closeWithAnswer()
{
    const qint64 id = selectedId();
    if (id == 0) {
        return;
    }
    const QStringList v =
        FieldsDialog::ask(tr("Answer to the customer"), {tr("The answer given")}, this);
    if (!v.isEmpty() && attempt([&] {
            ComplaintBook(m_branch).close(m_session, id, v.value(0),
                                          m_via->currentData().toString());
        })) {
        reload();
    }
}

void ComplaintsWindow::addTo(QMenu *menu, Branch &branch, const Session &session)
{
    QAction *action = menu->addAction(tr("Co&mplaints…"));
    action->setObjectName(QStringLiteral("actionComplaints"));
    QObject::connect(action, &QAction::triggered, menu, [menu, &branch, &session] {
        const Session s = session;
        QWidget *top = menu->parentWidget() ? menu->parentWidget()->window() : nullptr;
        if (!s.isValid()) {
            MessageBox::information(top, tr("Complaints"), tr("Sign in first."));
            return;
        }
        ComplaintsWindow(branch, s, top).exec();
    });
}
