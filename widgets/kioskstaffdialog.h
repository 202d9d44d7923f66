#pragma once

#include "staff/session.h"

#include <QDialog>

#include <memory>

class KioskWindow;
namespace Ui
{
class KioskStaffDialog;
}

// What staff do at the kiosk after signing in at its Staff button: print the tickets the
// printer kept (only here, never on their own), discard one that was reprinted at the desk,
// reprint a ticket with a reason (logged), and, for an administrator, the printer settings.
class KioskStaffDialog : public QDialog
{
    Q_OBJECT
public:
    KioskStaffDialog(KioskWindow &kiosk, const Session &session, QWidget *parent = nullptr);
    ~KioskStaffDialog() override;

    QString result() const;

public Q_SLOTS:
    void printKept();
    void discardSelected();
    void reprint();
    void editSettings();
    void refresh();

private:
    std::unique_ptr<Ui::KioskStaffDialog> m_ui;
    KioskWindow &m_kiosk;
    Session m_session;
};
