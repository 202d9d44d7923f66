#include "managerconsole.h"

#include "appointments/appointmentbook.h"
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
#include "reports/kpis.h"
#include "staff/permissions.h"
#include "stringtablemodel.h"
#include "sync/syncclient.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
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

    m_tabs->addTab(figuresTab(), tr("Figures"));
    m_tabs->addTab(syncTab(), tr("Head office"));
    m_tabs->addTab(bookingsTab(), tr("Bookings"));

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

namespace
{
// Minutes and seconds, "—" for no data.
QString duration(qint64 seconds)
{
    if (seconds < 0) {
        return QStringLiteral("—");
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString percent(double value)
{
    return value < 0 ? QStringLiteral("—") : QLocale().toString(value, 'f', 1) + QLatin1Char('%');
}
} // namespace

QWidget *ManagerConsole::figuresTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    auto *top = new QHBoxLayout;
    m_period = new QComboBox(tab);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItems({tr("Today"), tr("This week"), tr("This month")});
    top->addWidget(new QLabel(tr("Period:"), tab));
    top->addWidget(m_period);
    top->addStretch();
    layout->addLayout(top);
    auto *upper = new QHBoxLayout;
    m_targets = new StringTableModel(this);
    m_targets->setHeader(
        {tr("Indicator"), tr("Result"), tr("Target"), tr("Based on"), tr("Assessment")},
        {false, true, true, true, false});
    upper->addWidget(table(m_targets, QStringLiteral("targets"), tab), 3);
    m_targetChart = new QChartView(tab);
    m_targetChart->setObjectName(QStringLiteral("targetChart"));
    m_targetChart->setRenderHint(QPainter::Antialiasing);
    m_targetChart->setMinimumWidth(380);
    upper->addWidget(m_targetChart, 2);
    layout->addLayout(upper, 3);
    auto *lower = new QHBoxLayout;
    m_byClerk = new StringTableModel(this);
    m_byClerk->setHeader({tr("Clerk"), tr("Served"), tr("Average wait"), tr("Average service"),
                          tr("Satisfaction"), tr("Bad ratings"), tr("Complaints")},
                         {false, true, true, true, true, true, true});
    lower->addWidget(table(m_byClerk, QStringLiteral("byClerk"), tab));
    m_byService = new StringTableModel(this);
    m_byService->setHeader({tr("Service"), tr("Issued"), tr("Served"), tr("Average wait"),
                            tr("90% waited at most"), tr("Satisfaction")},
                           {false, true, true, true, true, true});
    lower->addWidget(table(m_byService, QStringLiteral("byService"), tab));
    layout->addLayout(lower, 2);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ManagerConsole::showFigures);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, tab](int index) {
        if (m_tabs->widget(index) == tab) {
            showFigures(m_period->currentIndex());
        }
    });
    return tab;
}

void ManagerConsole::showFigures(int period)
{
    if (m_period->currentIndex() != period) {
        m_period->setCurrentIndex(period); // shows them through the signal
        return;
    }
    const QDate today = m_branch.businessDay(Clock::nowUtc());
    const QDate from = period == 0   ? today
                       : period == 1 ? today.addDays(1 - today.dayOfWeek())
                                     : QDate(today.year(), today.month(), 1);
    const KpiReport r = HallKpis(m_branch).compute(from, today);

    QList<QStringList> rows;
    QList<QColor> colours;
    auto *actual = new QBarSet(tr("Result"));
    auto *target = new QBarSet(tr("Target"));
    QStringList categories;
    for (const KpiResult &k : r.results) {
        QString name;
        switch (k.measure) {
        case KpiResult::Measure::CalledWithinTarget:
            name = tr("Called within %1 minutes").arg(r.targets.waitMinutes);
            break;
        case KpiResult::Measure::AverageWait:
            name = tr("Average wait (response time)");
            break;
        case KpiResult::Measure::AnswerTime:
            name = tr("Average time to answer a consultation");
            break;
        case KpiResult::Measure::Satisfaction:
            name = tr("Satisfaction rate");
            break;
        case KpiResult::Measure::CasesOnTime:
            name = tr("Cases ready by the promised date");
            break;
        case KpiResult::Measure::ComplaintsInTime:
            name = tr("Complaints answered within %1 working days").arg(r.targets.complaintDays);
            break;
        }
        const bool time = !k.higherIsBetter;
        rows << QStringList{
            name, time ? duration(static_cast<qint64>(k.actual)) : percent(k.actual),
            (time ? tr("at most %1") : tr("at least %1"))
                .arg(time ? duration(static_cast<qint64>(k.target)) : percent(k.target)),
            QString::number(k.basis),
            !k.met   ? tr("No data")
            : *k.met ? tr("Met")
                     : tr("Not met")};
        colours << (k.met && !*k.met ? QColor(0xb0, 0x00, 0x20) : QColor());
        if (!time) { // the shares on one chart, against their targets
            categories << name;
            *actual << std::max(0.0, k.actual);
            *target << k.target;
        }
    }
    m_targets->setRows(rows, colours);

    auto *series = new QHorizontalBarSeries;
    series->append(actual);
    series->append(target);
    auto *chart = new QChart;
    chart->setTitle(tr("Shares against targets (%)"));
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_targetChart->chart();
    m_targetChart->setChart(chart);
    delete old;

    QList<QStringList> clerks;
    for (const KpiFigures &f : r.byClerk) {
        clerks << QStringList{f.name.isEmpty() ? f.key : f.name, QString::number(f.served),
                              duration(f.avgWaitSeconds),        duration(f.avgServiceSeconds),
                              percent(f.satisfactionPercent()),  QString::number(f.bad),
                              QString::number(f.complaints)};
    }
    m_byClerk->setRows(clerks);
    QList<QStringList> services;
    for (const KpiFigures &f : r.byService) {
        QString name = f.name.isEmpty() ? f.key : f.name;
        if (m_catalogue) {
            if (const Service *service = m_catalogue->service(f.key)) {
                name = service->name.text(LocalizedText::screenLanguage());
            }
        }
        services << QStringList{name,
                                QString::number(f.issued),
                                QString::number(f.served),
                                duration(f.avgWaitSeconds),
                                duration(f.p90WaitSeconds),
                                percent(f.satisfactionPercent())};
    }
    m_byService->setRows(services);
    // Names are the widest column: show them whole.
    for (const char *name : {"targets", "byClerk", "byService"}) {
        if (auto *view = findChild<QTableView *>(QLatin1String(name))) {
            view->resizeColumnsToContents();
        }
    }
}

QWidget *ManagerConsole::syncTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    m_syncState = new QLabel(tab);
    m_syncState->setObjectName(QStringLiteral("syncState"));
    m_syncState->setWordWrap(true);
    m_syncState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncState->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_syncState);
    auto *row = new QHBoxLayout;
    m_syncButton = new QPushButton(tr("&Sync now"), tab);
    m_syncButton->setObjectName(QStringLiteral("syncNow"));
    m_syncProgress = new QProgressBar(tab);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setRange(0, 1);
    m_syncProgress->setValue(0);
    row->addWidget(m_syncButton);
    row->addWidget(m_syncProgress, 1);
    layout->addLayout(row);
    layout->addStretch();
    connect(m_syncButton, &QPushButton::clicked, this, &ManagerConsole::syncNow);
    showSyncState();
    return tab;
}

QWidget *ManagerConsole::bookingsTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    auto *row = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("&Day:"), tab);
    m_bookingDay = new QDateEdit(tab);
    m_bookingDay->setObjectName(QStringLiteral("bookingDay"));
    m_bookingDay->setCalendarPopup(true);
    m_bookingDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    dayLabel->setBuddy(m_bookingDay);
    auto *change = new QPushButton(tr("Change the day's &places…"), tab);
    change->setObjectName(QStringLiteral("changePlaces"));
    m_messageButton = new QPushButton(tr("&Message the customers listed"), tab);
    m_messageButton->setObjectName(QStringLiteral("messageBeyond"));
    m_messageButton->setEnabled(false);
    row->addWidget(dayLabel);
    row->addWidget(m_bookingDay);
    row->addWidget(change);
    row->addWidget(m_messageButton);
    row->addStretch();
    layout->addLayout(row);
    m_slots = new StringTableModel(this);
    m_slots->setHeader(
        {tr("Service"), tr("Slot"), tr("Booked / places"), tr("Checked in"), tr("No-shows")},
        {false, false, true, true, true});
    m_slotView = table(m_slots, QStringLiteral("slots"), tab);
    m_slotView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_slotView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_slotView, 3);
    auto *beyondLabel = new QLabel(
        tr("Bookings beyond the day's places (kept; call or message these customers):"), tab);
    beyondLabel->setWordWrap(true);
    layout->addWidget(beyondLabel);
    m_beyondModel = new StringTableModel(this);
    m_beyondModel->setHeader({tr("Slot"), tr("Service"), tr("Code"), tr("Name"), tr("Phone")});
    QTableView *beyond = table(m_beyondModel, QStringLiteral("beyond"), tab);
    beyond->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    beyond->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(beyond, 1);
    connect(m_bookingDay, &QDateEdit::dateChanged, this, &ManagerConsole::showBookings);
    connect(change, &QPushButton::clicked, this, &ManagerConsole::changeDayPlaces);
    connect(m_messageButton, &QPushButton::clicked, this, &ManagerConsole::messageBeyond);
    m_bookingDay->setDate(m_branch.businessDay(Clock::nowUtc()));
    showBookings(m_bookingDay->date());
    return tab;
}

QString ManagerConsole::serviceName(const QString &code) const
{
    const Service *service = m_catalogue ? m_catalogue->service(code) : nullptr;
    return service ? service->name.text(LocalizedText::screenLanguage()) : code;
}

void ManagerConsole::showBookings(const QDate &day)
{
    AppointmentBook book(m_branch);
    QHash<QString, int> checkedIn;
    QHash<QString, int> noShows;
    for (const Booking &b : book.onDay(day, m_session.login)) {
        const QString key = b.serviceCode + Clock::isoUtc(b.slotUtc);
        if (b.state == Booking::State::CheckedIn || b.state == Booking::State::Served) {
            ++checkedIn[key];
        } else if (b.state == Booking::State::NoShow) {
            ++noShows[key];
        }
    }
    QList<QStringList> rows;
    QList<QColor> colours;
    m_slotServices.clear();
    for (const SlotRules &rules : book.allRules()) {
        const AppointmentBook::Slots slots = book.slots(rules.serviceCode, day);
        for (const AppointmentBook::Slot &slot : slots.slots) {
            const QString key = rules.serviceCode + Clock::isoUtc(slot.startUtc);
            rows.append(
                {serviceName(rules.serviceCode), slot.localStart.toString(QStringLiteral("HH:mm")),
                 QStringLiteral("%1 / %2").arg(slot.booked).arg(slot.places),
                 QString::number(checkedIn.value(key)), QString::number(noShows.value(key))});
            // Over the places (after a change): dark amber text, to be seen.
            colours.append(slot.booked > slot.places ? QColor(0xb35c00) : QColor());
            m_slotServices.append(rules.serviceCode);
        }
    }
    m_slots->setRows(rows, colours);
}

void ManagerConsole::changeDayPlaces()
{
    // The hall's manager decides how many windows open on a day (the console's own people).
    if (!Permissions::allows(m_session.role, Permissions::Act::ViewReports)) {
        report(tr("Only a manager may change a day's places."), false);
        return;
    }
    const QModelIndexList selected = m_slotView->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        report(tr("Choose a slot of the service whose places change."), false);
        return;
    }
    const QString service = m_slotServices.value(selected.first().row());
    const QDate day = m_bookingDay->date();
    const QStringList v = FieldsDialog::ask(
        tr("Places on %1").arg(QLocale().toString(day, QLocale::ShortFormat)),
        {tr("Every slot of %1 on that day gets this many places. No booking is cancelled.")
             .arg(serviceName(service)),
         tr("Places per slot:")},
        this);
    if (v.size() != 2) {
        return;
    }
    bool ok = false;
    const int places = v.at(1).trimmed().toInt(&ok);
    if (!ok) {
        report(tr("The places are a whole number."), false);
        return;
    }
    AppointmentBook book(m_branch);
    const AppointmentBook::DayChange change =
        book.setDayPlaces(service, day, places, false, m_session.login);
    report(change.message, change.ok());
    if (!change.ok()) {
        return;
    }
    m_beyond = change.beyond;
    QList<QStringList> rows;
    for (const Booking &b : std::as_const(m_beyond)) {
        rows.append({b.slotUtc.toTimeZone(m_branch.timeZone()).toString(QStringLiteral("HH:mm")),
                     serviceName(b.serviceCode), b.code, b.maskedName(), b.maskedPhone()});
    }
    m_beyondModel->setRows(rows);
    m_messageButton->setEnabled(!m_beyond.isEmpty());
    showBookings(day);
}

void ManagerConsole::messageBeyond()
{
    const int sent = AppointmentBook(m_branch).messageFewerPlaces(m_beyond, m_session.login);
    report(tr("%n SMS queued for the nightly sync.", nullptr, sent), true);
    m_messageButton->setEnabled(false);
}

QString ManagerConsole::syncText() const
{
    return m_syncState->text();
}

void ManagerConsole::showSyncState()
{
    QString run;
    QString ok;
    const SyncClient::Summary s = SyncClient::last(m_branch, &run, &ok);
    auto when = [this](const QString &iso) {
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        return t.isValid()
                   ? QLocale().toString(t.toTimeZone(m_branch.timeZone()), QLocale::ShortFormat)
                   : tr("never");
    };
    QString text = tr("Last successful sync: %1\nLast attempt: %2\nEvents waiting for head "
                      "office: %3")
                       .arg(when(ok), when(run))
                       .arg(s.pending);
    if (!s.error.isEmpty()) {
        text += QLatin1Char('\n') + tr("Last error: %1").arg(s.error);
    }
    if (!s.catalogue.isEmpty()) {
        text += QLatin1Char('\n') + tr("Catalogue: %1").arg(s.catalogue);
    }
    if (!s.calendar.isEmpty()) {
        text += QLatin1Char('\n') + tr("Calendar: %1").arg(s.calendar);
    }
    m_syncState->setText(text);
}

void ManagerConsole::syncNow()
{
    if (m_sync && m_sync->isRunning()) {
        return;
    }
    m_sync = std::make_unique<SyncClient>(m_branch);
    m_syncButton->setEnabled(false);
    connect(m_sync.get(), &SyncClient::progress, this, [this](qint64 done, qint64 total) {
        m_syncProgress->setRange(0, static_cast<int>(std::max<qint64>(1, total)));
        m_syncProgress->setValue(static_cast<int>(std::min(done, total)));
    });
    connect(m_sync.get(), &SyncClient::finished, this, [this](const SyncClient::Summary &s) {
        m_syncButton->setEnabled(true);
        if (s.ok) {
            m_syncProgress->setRange(0, 1);
            m_syncProgress->setValue(1);
        }
        report(s.ok ? tr("Synced with head office: %1 events sent.").arg(s.sent) : s.error, s.ok);
        showSyncState();
    });
    m_sync->start();
}

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
