#pragma once

#include "appointments/booking.h"
#include "staff/session.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>

class Branch;
class Catalogue;
class HallApi;
class HallNowModel;
class QChartView;
class QLabel;
class QTabWidget;
class QTableView;
class QComboBox;
class QDateEdit;
class QProgressBar;
class QPushButton;
class RectificationListModel;
class StringTableModel;
class SyncClient;

// Reports > Manager's console: the hall now — waiting per service, the longest wait, what
// each window is doing (serving whom since when, paused and why, closed), overdue cases, open
// complaints and rectifications — refreshed every few seconds; the rectifications of bad
// ratings, with the contact and the outcome recorded here; and the figures against targets.
// Overdue complaints are escalated when it opens and every ten minutes while it is open.
class ManagerConsole : public QDialog
{
    Q_OBJECT
public:
    ManagerConsole(Branch &branch, const Catalogue *catalogue, const Session &session,
                   QWidget *parent = nullptr);
    ~ManagerConsole() override;

    void refresh();
    QString summaryText() const;
    HallNowModel *hallNow() const { return m_hallNow; }
    RectificationListModel *rectifications() const { return m_rectifications; }
    QTabWidget *tabs() const { return m_tabs; }
    // The selected rectification: the contact with the customer, then the outcome.
    void recordContact();
    void closeRectification();
    // The figures of today, this week or this month (0, 1, 2) against the targets.
    void showFigures(int period);
    StringTableModel *targetTable() const { return m_targets; }
    StringTableModel *clerkTable() const { return m_byClerk; }
    StringTableModel *serviceTable() const { return m_byService; }
    // The Bookings tab: the day's slots of every bookable service (booked / places, checked
    // in, no-shows), and changing a service's places on that day; the bookings beyond the new
    // places are listed, never cancelled, and can be told by SMS.
    void showBookings(const QDate &day);
    void changeDayPlaces();
    void messageBeyond();
    StringTableModel *slotTable() const { return m_slots; }
    StringTableModel *beyondTable() const { return m_beyondModel; }
    // Sync now with head office; the Sync tab shows the progress and how it went.
    void syncNow();
    QString syncText() const;

private:
    void showWaiting(const QJsonObject &snapshot);
    void showSyncState();
    QWidget *figuresTab();
    QWidget *syncTab();
    QWidget *bookingsTab();
    // The service's name in the screen's language (its code when the catalogue lacks it).
    QString serviceName(const QString &code) const;
    void escalate();
    void report(const QString &text, bool ok);
    qint64 selectedRectification() const;

    Branch &m_branch;
    const Catalogue *m_catalogue;
    Session m_session;
    std::unique_ptr<HallApi> m_api;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    HallNowModel *m_hallNow = nullptr;
    QChartView *m_waitingChart = nullptr;
    QString m_waitingKey; // what the chart shows, to redraw only on change
    RectificationListModel *m_rectifications = nullptr;
    QTableView *m_rectificationTable = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_period = nullptr;
    StringTableModel *m_targets = nullptr;
    StringTableModel *m_byClerk = nullptr;
    StringTableModel *m_byService = nullptr;
    QChartView *m_targetChart = nullptr;
    QLabel *m_syncState = nullptr;
    QPushButton *m_syncButton = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    std::unique_ptr<SyncClient> m_sync;
    QDateEdit *m_bookingDay = nullptr;
    StringTableModel *m_slots = nullptr;
    QTableView *m_slotView = nullptr;
    QStringList m_slotServices; // the service of each row of m_slots
    StringTableModel *m_beyondModel = nullptr;
    QList<Booking> m_beyond;
    QPushButton *m_messageButton = nullptr;
};
