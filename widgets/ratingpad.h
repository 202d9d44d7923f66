#pragma once

#include "staff/session.h"

#include <QList>
#include <QWidget>

#include <functional>

class Branch;
class QLabel;
class QMenu;
class QPushButton;
class QTimer;

// The counter's rating pad (好差评): a window for a second screen facing the customer, with five
// big buttons from 非常满意 to 非常不满意. It rates the ticket the window finished last, once.
class RatingPad : public QWidget
{
    Q_OBJECT
public:
    RatingPad(Branch &branch, int window, QWidget *parent = nullptr);
    ~RatingPad() override;

    // The main window's hook: a menu action that opens the pad for the signed-in window;
    // session is the main window's own, read when the action is triggered (whoever is signed in).
    static void addTo(QMenu *menu, Branch &branch, const Session &session);

    QString message() const;

public Q_SLOTS:
    // Looks for a finished ticket awaiting its rating (also every few seconds).
    void refresh();
    void rate(int level);

private:
    Branch &m_branch;
    int m_window;
    QLabel *m_prompt = nullptr;
    QLabel *m_message = nullptr;
    QList<QPushButton *> m_buttons;
    QTimer *m_poll = nullptr;
};
