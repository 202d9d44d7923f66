#pragma once

#include "appointments/appointmentdesk.h"
#include "printing/printqueue.h"
#include "queue/ticketdesk.h"
#include "staff/session.h"

#include <QWidget>

#include <memory>
#include <optional>

class Branch;
class Catalogue;
class KioskStaffDialog;
class PrintSink;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;
class QrCodeWidget;
class ReceptionBookingDialog;
struct Service;

// The hall's self-service kiosk, also used at reception: services by category with a search
// field; a chosen service shows the documents to bring and the fees (the one-time notice at the
// door) before a ticket is taken; the ticket's number is shown very large with its QR code. A
// printer that fails never stops a ticket: it is shown here, its job kept (in the branch
// database, across restarts) for a retry. Priority groups can only be chosen when a reception
// staff session is given; other staff sign in at the Staff button for kept tickets, reprints
// and (administrators) the printer settings. A customer with a booking checks in at "I have a
// booking": the code typed on the screen's keypad or scanned (a scanner types it and presses
// Enter), and the booked ticket prints like any other. Reception also books for customers at the
// desk or on the phone, prints their booking slips and cancels bookings (the Bookings button).
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    // sink: where tickets print (not owned; must outlive the window). reception: the signed-in
    // reception staff member, when this is the reception desk rather than a plain kiosk.
    KioskWindow(Branch &branch, const Catalogue &catalogue, PrintSink &sink,
                const std::optional<Session> &reception = std::nullopt, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Codes of the services listed now (after the category and search filters).
    QStringList visibleServices() const;
    QString currentService() const { return m_service; }
    bool canSetPriority() const { return m_groups != nullptr; }
    const TicketDesk::Issued &lastIssued() const { return m_issued; }
    const PrintQueue &printQueue() const { return m_printQueue; }
    Branch &branch() const { return m_branch; }
    // This PC's kiosk station: its printer settings and kept jobs are stored under it.
    const QString &station() const { return m_station; }
    TicketDocument::Paper paper() const { return m_paper; }
    // Why the printer is not ready now (empty: ready, as far as the sink can tell).
    QString printerProblem() const;
    QTimer *retryTimer() const { return m_retryTimer; }
    bool discardKept(qint64 jobId);
    // Staff: prints today's ticket again; the reprint is logged with its reason first.
    TicketDesk::Issued reprint(const QString &number, const QString &reason, const Session &staff);
    // Staff (from the Staff button): the panel for kept tickets, reprints and settings.
    KioskStaffDialog *showStaffPanel(const Session &staff);

    AppointmentDesk &appointments() { return m_appointments; }
    const std::optional<Session> &receptionSession() const { return m_reception; }
    // The check-in screen is showing (rather than the services and tickets).
    bool isCheckingIn() const;
    const AppointmentDesk::CheckIn &lastCheckIn() const { return m_checkIn; }
    // Back to the start when nobody touches the check-in screen for a while.
    QTimer *checkInTimer() const { return m_checkInIdle; }
    // Reception: booking for a customer, slips, check-in and cancelling by code.
    ReceptionBookingDialog *openBookings();

public Q_SLOTS:
    void selectService(const QString &code);
    void selectCategory(int index); // 0: all categories
    void takeTicket();
    // Back to the list of services, ready for the next customer.
    void restart();
    // Staff: prints the tickets the printer could not print; returns how many came out.
    int retryPrinting();
    // Every 30 s. At reception (a staff session) kept tickets are printed, since staff stand at
    // the printer; at an unattended kiosk only the printer is checked and the status shown.
    void autoRetry();
    // Prints with the station's saved settings from now on (after the settings dialog).
    void applyStationSettings();
    // The Staff button: sign in, then the staff panel.
    void openStaffPanel();
    // "I have a booking": the check-in screen, its code field ready for typing or a scanner.
    void openCheckIn();
    // Checks in the code (or booking address) in the code field.
    void checkIn();
    // Check-in was too late: an ordinary ticket for the booking's service.
    void takeOrdinaryTicket();

private:
    void buildUi();
    QWidget *buildCheckInScreen();
    void showIssued(const TicketDesk::Issued &issued, const QString &message);
    void showCheckInProblem(const QString &message);
    void filter();
    void showService(const Service &service);
    QString documentsHtml(const Service &service) const;
    QString feesText(const Service &service) const;
    QString language() const;
    QString actor() const;
    void updatePrinterStatus();

    Branch &m_branch;
    const Catalogue &m_catalogue;
    std::optional<Session> m_reception;
    QString m_station;
    TicketDocument::Paper m_paper = TicketDocument::Paper::Roll80;
    std::unique_ptr<PrintSink> m_ownSink; // when the settings dialog chose a new printer
    PrintQueue m_printQueue;
    TicketDesk m_desk;
    AppointmentDesk m_appointments;
    AppointmentDesk::CheckIn m_checkIn;
    QStringList m_categories; // category keys (zh_CN text), in catalogue order
    QString m_service;
    TicketDesk::Issued m_issued;

    QStackedWidget *m_screens = nullptr; // 0: services and tickets, 1: check-in
    QLineEdit *m_code = nullptr;
    QLabel *m_checkInMessage = nullptr;
    QPushButton *m_ordinary = nullptr;
    QTimer *m_checkInIdle = nullptr;
    QLineEdit *m_search = nullptr;
    QButtonGroup *m_categoryButtons = nullptr;
    QListWidget *m_services = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_serviceTitle = nullptr;
    QLabel *m_documents = nullptr;
    QLabel *m_fees = nullptr;
    QButtonGroup *m_groups = nullptr;
    QPushButton *m_take = nullptr;
    QLabel *m_number = nullptr;
    QrCodeWidget *m_qr = nullptr;
    QLabel *m_ahead = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_printerStatus = nullptr;
    QPushButton *m_staff = nullptr;
    QTimer *m_retryTimer = nullptr;
};
