#pragma once

#include "staff/session.h"

#include <QDialog>

#include <functional>

class Branch;
class ComplaintListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

// The manager's complaints (投诉): the list with the overdue ones in red, recording a new one,
// progress notes, and closing with the answer given to the customer (件件有回音).
class ComplaintsWindow : public QDialog
{
    Q_OBJECT
public:
    ComplaintsWindow(Branch &branch, const Session &session, QWidget *parent = nullptr);
    ~ComplaintsWindow() override;

    // The main window's hook: a menu action that opens the dialog for the signed-in person;
    // session is the main window's own, read when the action is triggered (whoever is signed in).
    static void addTo(QMenu *menu, Branch &branch, const Session &session);

    ComplaintListModel *model() const { return m_model; }
    bool selectComplaint(qint64 id);

public Q_SLOTS:
    void reload();
    void add();
    void addNote();
    void closeWithAnswer();

private:
    qint64 selectedId() const;
    void showDetails();
    // Runs act; shows its refusal instead of throwing. True when it went through.
    bool attempt(const std::function<void()> &act);

    Branch &m_branch;
    Session m_session;
    ComplaintListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_showClosed = nullptr;
    QLabel *m_details = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_via = nullptr;
    QPushButton *m_close = nullptr;
};
