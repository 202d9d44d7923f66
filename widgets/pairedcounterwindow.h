#pragma once

#include "staff/session.h"

#include <QMainWindow>

class HallClient;
class QueuePanel;
class QLabel;

// A counter PC paired with the hall host (counterdesk --host ... --pin ... --token-file ...):
// the clerk signs in on the host (POST /api/v1/sessions) and works the hall's one queue from
// here — call next, recall, no-show, transfer, pause, finish on F2..F8 — with the host's pushes
// keeping the list current. No branch file lives on this PC. When the host is lost the queue
// panel's banner says so and the customer at the window stays on screen.
class PairedCounterWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit PairedCounterWindow(HallClient &client, QWidget *parent = nullptr);
    ~PairedCounterWindow() override;

    // Asks for login, password and window, and signs in on the host (asks again on refusal).
    void signIn();
    // For scripts and tests: signs in without asking; the answer comes through signedIn/refused.
    void signIn(const QString &login, const QString &password, int window);
    QueuePanel *queuePanel() const { return m_panel; }

Q_SIGNALS:
    void signedIn(const Session &session);
    void refused(const QString &message);

private:
    void start(const Session &session);

    HallClient &m_client;
    QueuePanel *m_panel = nullptr;
    QLabel *m_status = nullptr;
    bool m_asking = false;
};
