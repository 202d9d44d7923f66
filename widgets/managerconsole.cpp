#include "managerconsole.h"

#include "branch/branch.h"
#include "cases/caseworkflow.h"
#include "catalogue/catalogue.h"
#include "core/clock.h"
#include "feedback/complaintbook.h"
#include "feedback/feedbackerror.h"
#include "feedback/ratingbook.h"
#include "fieldsdialog.h"
#include "hall/hallapi.h"
#include "hallnowmodel.h"
#include "rectificationlistmodel.h"
#include "staff/permissions.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace
{
QTableView *table(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

ManagerConsole::ManagerConsole(Branch &branch, const Catalogue *catalogue, const Session &session,
                               QWidget *parent)
    : QDialog(parent)
    , m_branch(branch)
    , m_catalogue(catalogue)
    , m_session(session)
    , m_api(std::make_unique<HallApi>(branch))
{
    setWindowTitle(tr("Manager's console"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold;"));
    layout->addWidget(m_summary);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // The hall now.
    auto *now = new QWidget(m_tabs);
    auto *nowLayout = new QHBoxLayout(now);
    m_hallNow = new HallNowModel(this);
    QTableView *windows = table(m_hallNow, QStringLiteral("windows"), now);
    nowLayout->addWidget(windows, 3);
    m_waitingChart = new QChartView(now);
    m_waitingChart->setObjectName(QStringLiteral("waitingChart"));
    m_waitingChart->setRenderHint(QPainter::Antialiasing);
    m_waitingChart->setMinimumWidth(360);
    nowLayout->addWidget(m_waitingChart, 2);
    m_tabs->addTab(now, tr("Hall now"));

    // Rectifications of bad ratings.
    auto *rect = new QWidget(m_tabs);
    auto *rectLayout = new QVBoxLayout(rect);
    m_rectifications = new RectificationListModel(this);
    m_rectificationTable = table(m_rectifications, QStringLiteral("rectifications"), rect);
    rectLayout->addWidget(m_rectificationTable, 1);
    auto *buttons = new QHBoxLayout;
    auto *contact = new QPushButton(tr("Record the &contact…"), rect);
    contact->setObjectName(QStringLiteral("contact"));
    auto *close = new QPushButton(tr("Close with the &outcome…"), rect);
    close->setObjectName(QStringLiteral("closeRectification"));
    buttons->addWidget(contact);
    buttons->addWidget(close);
    buttons->addStretch();
    rectLayout->addLayout(buttons);
    m_tabs->addTab(rect, tr("Rectifications"));
    connect(contact, &QPushButton::clicked, this, &ManagerConsole::recordContact);
    connect(close, &QPushButton::clicked, this, &ManagerConsole::closeRectification);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *refreshTimer = new QTimer(this);
    connect(refreshTimer, &QTimer::timeout, this, &ManagerConsole::refresh);
    refreshTimer->start(3000);
    auto *escalation = new QTimer(this);
    connect(escalation, &QTimer::timeout, this, &ManagerConsole::escalate);
    escalation->start(10 * 60 * 1000);
    resize(1100, 640);
    escalate();
    refresh();
}

ManagerConsole::~ManagerConsole() = default;

QString ManagerConsole::summaryText() const
{
    return m_summary->text();
}

void ManagerConsole::report(const QString &text, bool ok)
{
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_message->setText(text);
}

void ManagerConsole::escalate()
{
    if (!Permissions::allows(m_session.role, Permissions::Act::HandleComplaints)) {
        return;
    }
    const int escalated = ComplaintBook(m_branch).escalateOverdue(m_session.login);
    if (escalated > 0) {
        report(tr("%n overdue complaint(s) escalated to head office.", nullptr, escalated), false);
    }
}

void ManagerConsole::refresh()
{
    const QDateTime now = Clock::nowUtc();
    const QDate today = m_branch.businessDay(now);
    m_api->invalidateCatalogue();
    const QJsonObject snapshot = m_api->queueSnapshot();
    m_hallNow->setSnapshot(snapshot, now);
    showWaiting(snapshot);

    const QJsonArray waiting = snapshot.value(QStringLiteral("waiting")).toArray();
    qint64 longest = 0;
    for (const QJsonValue &v : waiting) {
        longest =
            std::max(longest, v.toObject().value(QStringLiteral("waitedSeconds")).toInteger());
    }
    int open = 0;
    const QJsonArray windows = snapshot.value(QStringLiteral("windows")).toArray();
    for (const QJsonValue &v : windows) {
        open += v.toObject().value(QStringLiteral("open")).toBool() ? 1 : 0;
    }
    int overdueCases = 0;
    if (m_catalogue) {
        CaseWorkflow cases(m_branch, *m_catalogue);
        for (const CaseRow &row : cases.list(m_session, CaseWorkflow::Scope::Branch)) {
            overdueCases += cases.urgency(row) == CaseWorkflow::Urgency::Overdue ? 1 : 0;
        }
    }
    ComplaintBook complaints(m_branch);
    const QList<ComplaintRow> openComplaints = complaints.list(true);
    int overdueComplaints = 0;
    for (const ComplaintRow &row : openComplaints) {
        overdueComplaints += complaints.overdue(row) ? 1 : 0;
    }
    RatingBook ratings(m_branch);
    QList<RectificationListModel::Entry> entries;
    int overdueRectifications = 0;
    for (const RectificationRow &row : ratings.rectifications(true)) {
        entries.append({row, ratings.ratingOf(row).value_or(RatingRow{})});
        overdueRectifications += ratings.overdue(row) ? 1 : 0;
    }
    const qint64 keep = selectedRectification();
    m_rectifications->setRows(entries, today);
    for (int r = 0; r < m_rectifications->rowCount(); ++r) {
        if (m_rectifications->entry(r).rectification.id == keep) {
            m_rectificationTable->selectRow(r);
        }
    }

    m_summary->setText(
        tr("%n waiting, the longest for %1 min · %2 of %3 windows open", nullptr,
           static_cast<int>(waiting.size()))
            .arg(longest / 60)
            .arg(open)
            .arg(windows.size())
        + QStringLiteral("\n")
        + tr("Overdue cases: %1 · open complaints: %2 (overdue %3) · open rectifications: %4 "
             "(overdue %5)")
              .arg(overdueCases)
              .arg(openComplaints.size())
              .arg(overdueComplaints)
              .arg(entries.size())
              .arg(overdueRectifications));
}

void ManagerConsole::showWaiting(const QJsonObject &snapshot)
{
    // Waiting per service, the services with somebody waiting first.
    QList<std::pair<QString, int>> counts;
    for (const QJsonValue &v : snapshot.value(QStringLiteral("services")).toArray()) {
        const QJsonObject s = v.toObject();
        const int n = s.value(QStringLiteral("waiting")).toInt();
        if (n > 0) {
            QString name = s.value(QStringLiteral("name"))
                               .toObject()
                               .value(QStringLiteral("zh_CN"))
                               .toString();
            if (m_catalogue) {
                if (const Service *service =
                        m_catalogue->service(s.value(QStringLiteral("code")).toString())) {
                    name = service->name.text(LocalizedText::screenLanguage());
                }
            }
            counts.append({name, n});
        }
    }
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.second < b.second;
    });
    QString key;
    for (const auto &[name, n] : counts) {
        key += name + QLatin1Char('=') + QString::number(n) + QLatin1Char(';');
    }
    if (key == m_waitingKey && m_waitingChart->chart()) {
        return;
    }
    m_waitingKey = key;
    auto *chart = new QChart;
    chart->setTitle(tr("Waiting per service"));
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Waiting"));
    QStringList names;
    int most = 1;
    for (const auto &[name, n] : counts) {
        *set << n;
        names << name;
        most = std::max(most, n);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, most);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTickCount(std::min(most, 5) + 1);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QChart *old = m_waitingChart->chart();
    m_waitingChart->setChart(chart);
    delete old;
}

qint64 ManagerConsole::selectedRectification() const
{
    const QModelIndex i = m_rectificationTable->currentIndex();
    return i.isValid() ? m_rectifications->entry(i.row()).rectification.id : 0;
}

void ManagerConsole::recordContact()
{
    const qint64 id = selectedRectification();
    if (id == 0) {
        report(tr("Select a rectification first."), false);
        return;
    }
    const QStringList v = FieldsDialog::ask(
        tr("Contact with the customer"),
        {tr("Who contacted the customer, how and when, and what was said:")}, this);
    if (v.size() != 1) {
        return;
    }
    try {
        RatingBook(m_branch).recordContact(m_session, id, v.at(0));
        report(tr("The contact is recorded."), true);
    } catch (const FeedbackError &e) {
        report(e.message(), false);
    } catch (const PermissionDenied &e) {
        report(e.message(), false);
    }
    refresh();
}

void ManagerConsole::closeRectification()
{
    const qint64 id = selectedRectification();
    if (id == 0) {
        report(tr("Select a rectification first."), false);
        return;
    }
    const QStringList v = FieldsDialog::ask(tr("Close the rectification"),
                                            {tr("What was put right (the outcome):")}, this);
    if (v.size() != 1) {
        return;
    }
    try {
        RatingBook(m_branch).closeRectification(m_session, id, v.at(0));
        report(tr("The rectification is closed."), true);
    } catch (const FeedbackError &e) {
        report(e.message(), false);
    } catch (const PermissionDenied &e) {
        report(e.message(), false);
    }
    refresh();
}
