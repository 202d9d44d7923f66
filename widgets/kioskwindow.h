#pragma once

#include "printing/printqueue.h"
#include "queue/ticketdesk.h"
#include "staff/session.h"

#include <QWidget>

#include <memory>
#include <optional>

class Branch;
class Catalogue;
class PrintSink;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QrCodeWidget;
struct Service;

// The hall's self-service kiosk, also used at reception: services by category with a search
// field; a chosen service shows the documents to bring and the fees (the one-time notice at the
// door) before a ticket is taken; the ticket's number is shown very large with its QR code. A
// printer that fails never stops a ticket: it is shown here, its job kept for a retry. Priority
// groups can only be chosen when a reception staff session is given.
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

public Q_SLOTS:
    void selectService(const QString &code);
    void selectCategory(int index); // 0: all categories
    void takeTicket();
    // Back to the list of services, ready for the next customer.
    void restart();
    // Staff: prints the tickets the printer could not print; returns how many came out.
    int retryPrinting();

private:
    void buildUi();
    void filter();
    void showService(const Service &service);
    QString documentsHtml(const Service &service) const;
    QString feesText(const Service &service) const;
    QString language() const;
    QString actor() const;

    Branch &m_branch;
    const Catalogue &m_catalogue;
    std::optional<Session> m_reception;
    PrintQueue m_printQueue;
    TicketDesk m_desk;
    QStringList m_categories; // category keys (zh_CN text), in catalogue order
    QString m_service;
    TicketDesk::Issued m_issued;

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
};
