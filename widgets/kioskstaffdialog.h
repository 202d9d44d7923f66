#pragma once

#include "staff/session.h"

#include <QDialog>

#include <memory>

class KioskWindow;
class QTimer;
namespace Ui
{
class KioskStaffDialog;
}

// What staff do at the kiosk after signing in at its Staff button: print the tickets the
// printer kept (only here, never on their own), discard one that was reprinted at the desk,
// reprint a ticket with a reason (logged), and, for an administrator, the printer settings.
// Closes itself after two idle minutes: staff who walk away leave no panel to the next customer.
class KioskStaffDialog : public QDialog
{
    Q_OBJECT
public:
    KioskStaffDialog(KioskWindow &kiosk, const Session &session, QWidget *parent = nullptr);
    ~KioskStaffDialog() override;

    QString result() const;
    QTimer *idleTimer() const { return m_idle; }

public Q_SLOTS:
    void printKept();
    void discardSelected();
    void reprint();
    void editSettings();
    void refresh();

private:
    std::unique_ptr<Ui::KioskStaffDialog> m_ui;
    bool eventFilter(QObject *watched, QEvent *event) override;

    KioskWindow &m_kiosk;
    Session m_session;
    QTimer *m_idle = nullptr;
};
