#pragma once

#include "staff/session.h"

#include <QDialog>

#include <memory>

class Branch;
class HallHost;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Hall > Hall host: this PC serves the hall to the others (counters, kiosk, display, customers'
// phones) while the app runs — the same host as `counterdesk-cli serve`, in this process — and
// pairs devices with it. The host belongs to the main window, so it keeps serving when this
// dialog closes. Administrators only (checked in app/: ManageBranch).
class HallHostDialog : public QDialog
{
    Q_OBJECT
public:
    HallHostDialog(Branch &branch, const Session &session, std::unique_ptr<HallHost> &host,
                   QWidget *parent = nullptr);
    ~HallHostDialog() override;

    // For tests: the last pairing's instructions.
    QString pairingText() const;
    void startOrStop();
    void pair();

private:
    void showState(const QString &problem = {});

    Branch &m_branch;
    Session m_session;
    std::unique_ptr<HallHost> &m_host;
    QSpinBox *m_port = nullptr;
    QLabel *m_state = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QPushButton *m_toggle = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_pairing = nullptr;
};
