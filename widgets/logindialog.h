#pragma once

#include "staff/session.h"

#include <QDialog>

#include <memory>

class Branch;
namespace Ui
{
class LoginDialog;
}

// A clerk signs in at a numbered window. Stays open and says why on a wrong password or a
// locked account; on success session() says who is at the counter.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Branch &branch, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Pre-fill (the demo branch, or the last clerk at this PC); focus goes to the first empty
    // field.
    void setLogin(const QString &login);
    void setWindow(int window);
    // Staff who sign in at the kiosk or for settings serve at no window: hides the field.
    void setWindowChoice(bool shown);

    Session session() const { return m_session; }
    QString error() const;

public Q_SLOTS:
    void accept() override;

private:
    void focusFirstEmpty();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Branch &m_branch;
    Session m_session;
};
