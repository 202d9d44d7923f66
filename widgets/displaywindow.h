#pragma once

#include "hall/hallboard.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class Announcer;
class QLabel;
class NoticeTicker;

// The hall display (counterdesk --role display): full screen, dark, readable from across the
// hall. The current calls in very large type (number → window), the last calls, how many wait
// for each service, and the manager's notice scrolling along the bottom. A new call flashes
// and is announced (Announcer); a recall does both again.
class DisplayWindow : public QWidget
{
    Q_OBJECT
public:
    // board and announcer are not owned; announcer may be null (no sound at all).
    DisplayWindow(HallBoard &board, Announcer *announcer, QWidget *parent = nullptr);
    ~DisplayWindow() override;

    static constexpr int bigRows = 4;
    // Texts shown now, for tests: "A001" / "3号窗口" per big row.
    QString bigNumber(int row) const;
    QString bigWindow(int row) const;
    bool isFlashing() const { return m_flashesLeft > 0; }

public Q_SLOTS:
    // The host is lost (false, with the reason) or back.
    void setConnected(bool connected, const QString &reason = {});

private:
    void refresh();
    void flash(const HallBoard::Call &call);
    void tickClock();

    HallBoard &m_board;
    Announcer *m_announcer;
    QLabel *m_clock = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_empty = nullptr;
    QList<QWidget *> m_rows;
    QList<QLabel *> m_numbers;
    QList<QLabel *> m_windows;
    QList<QLabel *> m_recent;
    QLabel *m_waiting = nullptr;
    NoticeTicker *m_notice = nullptr;
    QTimer m_clockTimer;
    QTimer m_flashTimer;
    QString m_flashNumber;
    int m_flashesLeft = 0;
};
