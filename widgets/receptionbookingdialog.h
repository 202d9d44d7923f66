#pragma once

#include "appointments/appointmentdesk.h"
#include "appointments/booking.h"
#include "staff/session.h"

#include <QDialog>

#include <optional>

class KioskWindow;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

// Reception's bookings (预约): booking a slot for a customer at the desk or on the phone (the
// service's free slots with booked / places, the name, the phone checked as typed and masked
// once entered) and printing the booking slip; checking a booking in by its code (the booked
// ticket prints on the desk's printer; the same words as at the kiosk) and cancelling one.
class ReceptionBookingDialog : public QDialog
{
    Q_OBJECT
public:
    ReceptionBookingDialog(KioskWindow &kiosk, const Session &session, QWidget *parent = nullptr);
    ~ReceptionBookingDialog() override;

    // The booking made last (its slip can be printed again).
    const std::optional<Booking> &lastBooking() const { return m_last; }
    // The phone as typed in full (the field shows it masked once entered).
    const QString &phone() const { return m_phone; }
    const AppointmentDesk::CheckIn &lastCheckIn() const { return m_checkIn; }

public Q_SLOTS:
    void showSlots();
    void book();
    void printSlipAgain();
    void checkIn();
    void cancelBooking();
    void takeOrdinaryTicket();

private:
    QWidget *bookTab();
    QWidget *codeTab();
    void checkPhone();
    void describeCode();
    bool eventFilter(QObject *watched, QEvent *event) override;

    KioskWindow &m_kiosk;
    Session m_session;
    std::optional<Booking> m_last;
    AppointmentDesk::CheckIn m_checkIn;
    QString m_phone; // normal form, once valid

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_service = nullptr;
    QDateEdit *m_day = nullptr;
    QListWidget *m_slots = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLabel *m_phoneCheck = nullptr;
    QPushButton *m_book = nullptr;
    QLabel *m_bookResult = nullptr;
    QLabel *m_code = nullptr;
    QPushButton *m_reprint = nullptr;
    QLineEdit *m_codeEdit = nullptr;
    QLabel *m_codeBooking = nullptr;
    QLabel *m_codeResult = nullptr;
    QPushButton *m_ordinary = nullptr;
};
