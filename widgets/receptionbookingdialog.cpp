#include "receptionbookingdialog.h"

#include "appointments/appointmentbook.h"
#include "branch/branch.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "kioskwindow.h"
#include "messagebox.h"
#include "validation/masking.h"
#include "validation/mobilenumbervalidator.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace
{
QString hhmm(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}
} // namespace

ReceptionBookingDialog::ReceptionBookingDialog(KioskWindow &kiosk, const Session &session,
                                               QWidget *parent)
    : QDialog(parent)
    , m_kiosk(kiosk)
    , m_session(session)
{
    setObjectName(QStringLiteral("ReceptionBookingDialog"));
    setWindowTitle(tr("Bookings"));
    // Staff at a desk, not customers at arm's length: the kiosk's very large type (inherited
    // from it) would leave room for two slots only.
    setStyleSheet(QStringLiteral(
        "QWidget { font-size: 13pt; } QPushButton { min-height: 40px; padding: 0 12px; } "
        "QLineEdit { min-height: 36px; } QListWidget::item { min-height: 30px; } "
        "QLabel#bookCode { font-size: 28pt; font-weight: bold; color: #0b3d91; } "
        "QLineEdit#receptionCode { font-size: 22pt; min-height: 52px; } "
        "QLabel#receptionResult { font-size: 16pt; } QLabel#bookPhoneCheck { color: #555555; } "
        "QLabel#bookPhoneCheck[problem=\"true\"] { color: #a00000; }"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("bookingTabs"));
    m_tabs->addTab(bookTab(), tr("Book for a customer"));
    m_tabs->addTab(codeTab(), tr("Check in or cancel by code"));
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    showSlots();
}

ReceptionBookingDialog::~ReceptionBookingDialog() = default;

QWidget *ReceptionBookingDialog::bookTab()
{
    Branch &branch = m_kiosk.branch();
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_service = new QComboBox(tab);
    m_service->setObjectName(QStringLiteral("bookService"));
    const std::optional<Catalogue> catalogue = CatalogueUpdate::current(branch);
    for (const SlotRules &rules : AppointmentBook(branch).allRules()) {
        const Service *s = catalogue ? catalogue->service(rules.serviceCode) : nullptr;
        m_service->addItem(s ? s->name.text(LocalizedText::screenLanguage()) : rules.serviceCode,
                           rules.serviceCode);
    }
    form->addRow(tr("&Service:"), m_service);

    m_day = new QDateEdit(tab);
    m_day->setObjectName(QStringLiteral("bookDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setDate(branch.businessDay(Clock::nowUtc()));
    m_day->setMinimumDate(m_day->date());
    form->addRow(tr("&Day:"), m_day);

    m_slots = new QListWidget(tab);
    m_slots->setObjectName(QStringLiteral("bookSlots"));
    m_slots->setMinimumHeight(220);
    form->addRow(tr("S&lot:"), m_slots);

    m_name = new QLineEdit(tab);
    m_name->setObjectName(QStringLiteral("bookName"));
    m_name->setMaxLength(40);
    form->addRow(tr("&Name:"), m_name);

    m_phoneEdit = new QLineEdit(tab);
    m_phoneEdit->setObjectName(QStringLiteral("bookPhone"));
    m_phoneEdit->setMaxLength(20);
    m_phoneEdit->setPlaceholderText(tr("Mobile number (11 digits)"));
    m_phoneEdit->installEventFilter(this);
    form->addRow(tr("&Phone:"), m_phoneEdit);
    m_phoneCheck = new QLabel(tab);
    m_phoneCheck->setObjectName(QStringLiteral("bookPhoneCheck"));
    m_phoneCheck->setWordWrap(true);
    form->addRow(QString(), m_phoneCheck);

    m_book = new QPushButton(tr("&Book and print the slip"), tab);
    m_book->setObjectName(QStringLiteral("bookButton"));
    m_book->setDefault(false);
    m_book->setAutoDefault(false);
    layout->addWidget(m_book);
    m_bookResult = new QLabel(tab);
    m_bookResult->setObjectName(QStringLiteral("bookResult"));
    m_bookResult->setWordWrap(true);
    layout->addWidget(m_bookResult);
    m_code = new QLabel(tab);
    m_code->setObjectName(QStringLiteral("bookCode"));
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_code);
    m_reprint = new QPushButton(tr("Print the slip again"), tab);
    m_reprint->setObjectName(QStringLiteral("reprintSlipButton"));
    m_reprint->setAutoDefault(false);
    m_reprint->hide();
    layout->addWidget(m_reprint);
    layout->addStretch(1);

    connect(m_service, &QComboBox::currentIndexChanged, this, &ReceptionBookingDialog::showSlots);
    connect(m_day, &QDateEdit::dateChanged, this, &ReceptionBookingDialog::showSlots);
    connect(m_phoneEdit, &QLineEdit::editingFinished, this, &ReceptionBookingDialog::checkPhone);
    connect(m_book, &QPushButton::clicked, this, &ReceptionBookingDialog::book);
    connect(m_reprint, &QPushButton::clicked, this, &ReceptionBookingDialog::printSlipAgain);
    return tab;
}

QWidget *ReceptionBookingDialog::codeTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *how = new QLabel(
        tr("Type or scan the booking code (or the booking page's QR code), then check the "
           "customer in or cancel the booking."),
        tab);
    how->setWordWrap(true);
    layout->addWidget(how);
    m_codeEdit = new QLineEdit(tab);
    m_codeEdit->setObjectName(QStringLiteral("receptionCode"));
    m_codeEdit->setMaxLength(300);
    layout->addWidget(m_codeEdit);
    m_codeBooking = new QLabel(tab);
    m_codeBooking->setObjectName(QStringLiteral("receptionBooking"));
    m_codeBooking->setWordWrap(true);
    layout->addWidget(m_codeBooking);
    auto *row = new QHBoxLayout;
    auto *checkInButton = new QPushButton(tr("&Check in and print the ticket"), tab);
    checkInButton->setObjectName(QStringLiteral("receptionCheckIn"));
    checkInButton->setAutoDefault(false);
    row->addWidget(checkInButton);
    auto *cancel = new QPushButton(tr("Cancel the &booking"), tab);
    cancel->setObjectName(QStringLiteral("receptionCancel"));
    cancel->setAutoDefault(false);
    row->addWidget(cancel);
    layout->addLayout(row);
    m_codeResult = new QLabel(tab);
    m_codeResult->setObjectName(QStringLiteral("receptionResult"));
    m_codeResult->setWordWrap(true);
    layout->addWidget(m_codeResult);
    m_ordinary = new QPushButton(tr("Take an &ordinary ticket instead"), tab);
    m_ordinary->setObjectName(QStringLiteral("receptionOrdinary"));
    m_ordinary->setAutoDefault(false);
    m_ordinary->hide();
    layout->addWidget(m_ordinary);
    layout->addStretch(1);

    connect(m_codeEdit, &QLineEdit::textChanged, this, &ReceptionBookingDialog::describeCode);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &ReceptionBookingDialog::checkIn);
    connect(checkInButton, &QPushButton::clicked, this, &ReceptionBookingDialog::checkIn);
    connect(cancel, &QPushButton::clicked, this, &ReceptionBookingDialog::cancelBooking);
    connect(m_ordinary, &QPushButton::clicked, this, &ReceptionBookingDialog::takeOrdinaryTicket);
    return tab;
}

void ReceptionBookingDialog::showSlots()
{
    m_slots->clear();
    const QString service = m_service->currentData().toString();
    if (service.isEmpty()) {
        return;
    }
    AppointmentBook book(m_kiosk.branch());
    const AppointmentBook::Slots day = book.slots(service, m_day->date());
    if (day.outcome != AppointmentBook::Outcome::Ok) {
        auto *item = new QListWidgetItem(day.message, m_slots);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    const int cutoff = book.rules(service).value_or(SlotRules{}).cutoffMinutes;
    const QDateTime now = Clock::nowUtc();
    for (const AppointmentBook::Slot &slot : day.slots) {
        const bool full = slot.booked >= slot.places;
        const bool closed = now > slot.startUtc.addSecs(-qint64(cutoff) * 60);
        QString text = tr("%1   booked %2 / %3 places")
                           .arg(hhmm(slot.localStart))
                           .arg(slot.booked)
                           .arg(slot.places);
        if (closed) {
            text += QStringLiteral("   ") + tr("(closed)");
        } else if (full) {
            text += QStringLiteral("   ") + tr("(full)");
        }
        auto *item = new QListWidgetItem(text, m_slots);
        item->setData(Qt::UserRole, slot.localStart);
        if (full || closed) {
            item->setFlags(Qt::NoItemFlags);
        }
    }
}

void ReceptionBookingDialog::checkPhone()
{
    if (m_phoneEdit->property("masked").toBool()) {
        return;
    }
    const QString typed = m_phoneEdit->text().trimmed();
    if (typed.isEmpty()) {
        m_phone.clear();
        m_phoneCheck->clear();
        return;
    }
    const ValidationResult v = MobileNumberValidator::validate(typed);
    if (!v.valid) {
        m_phone.clear();
        m_phoneCheck->setText(v.reason);
        m_phoneCheck->setProperty("problem", true);
        m_phoneCheck->style()->unpolish(m_phoneCheck);
        m_phoneCheck->style()->polish(m_phoneCheck);
        return;
    }
    // Shown masked from here on, as on every screen that does not need it whole.
    m_phone = v.normalised;
    m_phoneEdit->setText(Masking::phone(m_phone));
    m_phoneEdit->setProperty("masked", true);
    m_phoneCheck->setText(tr("Number checked (click the field to type it again)"));
    m_phoneCheck->setProperty("problem", false);
    m_phoneCheck->style()->unpolish(m_phoneCheck);
    m_phoneCheck->style()->polish(m_phoneCheck);
}

bool ReceptionBookingDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A masked number is typed again in full rather than edited blind.
    if (watched == m_phoneEdit && event->type() == QEvent::FocusIn
        && m_phoneEdit->property("masked").toBool()) {
        m_phoneEdit->setProperty("masked", false);
        m_phoneEdit->clear();
        m_phone.clear();
        m_phoneCheck->clear();
    }
    return QDialog::eventFilter(watched, event);
}

void ReceptionBookingDialog::book()
{
    checkPhone();
    const QListWidgetItem *slot = m_slots->currentItem();
    QString problem;
    if (!slot || !(slot->flags() & Qt::ItemIsEnabled)) {
        problem = tr("Choose a free slot first.");
    } else if (m_name->text().trimmed().isEmpty()) {
        problem = tr("Type the customer's name.");
    } else if (m_phone.isEmpty()) {
        problem = m_phoneCheck->text().isEmpty() ? tr("Type the customer's mobile number.")
                                                 : m_phoneCheck->text();
    }
    if (!problem.isEmpty()) {
        m_bookResult->setText(problem);
        return;
    }
    AppointmentBook::BookRequest request;
    request.serviceCode = m_service->currentData().toString();
    request.date = m_day->date();
    request.time = slot->data(Qt::UserRole).toTime();
    request.name = m_name->text();
    request.phone = m_phone;
    request.channel = QStringLiteral("reception");
    const AppointmentBook::Result r =
        AppointmentBook(m_kiosk.branch()).book(request, m_session.login);
    showSlots();
    if (!r.ok()) {
        m_bookResult->setText(r.message);
        m_code->clear();
        return;
    }
    m_last = r.booking;
    m_code->setText(r.booking.code);
    const PrintQueue::Outcome printed =
        m_kiosk.appointments().printSlip(r.booking, m_kiosk.paper());
    m_bookResult->setText(
        printed.printed
            ? tr("%1 The slip is printing: give it to the customer.").arg(r.message)
            : tr("%1 The slip could not be printed (%2): tell the customer the code, or print "
                 "the slip again.")
                  .arg(r.message, printed.error));
    m_reprint->setVisible(true);
    // Ready for the next customer; the code stays on screen.
    m_name->clear();
    m_phoneEdit->setProperty("masked", false);
    m_phoneEdit->clear();
    m_phone.clear();
    m_phoneCheck->clear();
}

void ReceptionBookingDialog::printSlipAgain()
{
    if (!m_last) {
        return;
    }
    const PrintQueue::Outcome printed = m_kiosk.appointments().printSlip(*m_last, m_kiosk.paper());
    m_bookResult->setText(printed.printed
                              ? tr("The slip for %1 is printing again.").arg(m_last->code)
                              : tr("The slip could not be printed: %1").arg(printed.error));
}

void ReceptionBookingDialog::describeCode()
{
    const QString code = m_kiosk.appointments().codeFromScan(m_codeEdit->text());
    const std::optional<Booking> b =
        code.isEmpty() ? std::nullopt : AppointmentBook(m_kiosk.branch()).byCode(code);
    if (!b) {
        m_codeBooking->clear();
        return;
    }
    const QDateTime slot = b->slotUtc.toTimeZone(m_kiosk.branch().timeZone());
    const std::optional<Catalogue> catalogue = CatalogueUpdate::current(m_kiosk.branch());
    const Service *s = catalogue ? catalogue->service(b->serviceCode) : nullptr;
    m_codeBooking->setText(
        tr("%1, %2 at %3: %4, %5 (%6)")
            .arg(s ? s->name.text(LocalizedText::screenLanguage()) : b->serviceCode,
                 slot.date().toString(Qt::ISODate), hhmm(slot.time()), b->maskedName(),
                 b->maskedPhone(), Booking::stateName(b->state)));
}

void ReceptionBookingDialog::checkIn()
{
    m_ordinary->hide();
    if (m_codeEdit->text().trimmed().isEmpty()) {
        m_codeResult->setText(tr("Type or scan the booking code first."));
        return;
    }
    m_checkIn =
        m_kiosk.appointments().checkIn(m_codeEdit->text(), m_kiosk.paper(), m_session.login);
    m_codeResult->setText(m_checkIn.message);
    m_ordinary->setVisible(!m_checkIn.ordinaryService.isEmpty());
    describeCode();
    m_codeEdit->selectAll();
}

void ReceptionBookingDialog::takeOrdinaryTicket()
{
    if (m_checkIn.ordinaryService.isEmpty()) {
        return;
    }
    const TicketDesk::Issued issued = m_kiosk.appointments().ordinaryTicket(
        m_checkIn.ordinaryService, m_kiosk.paper(), m_session.login);
    m_codeResult->setText(issued.message);
    m_ordinary->hide();
}

void ReceptionBookingDialog::cancelBooking()
{
    m_ordinary->hide();
    const QString code = m_kiosk.appointments().codeFromScan(m_codeEdit->text());
    AppointmentBook book(m_kiosk.branch());
    if (code.isEmpty() || !book.byCode(code)) {
        m_codeResult->setText(code.isEmpty() ? tr("Type or scan the booking code first.")
                                             : tr("No booking has the code %1.").arg(code));
        return;
    }
    if (MessageBox::question(this, tr("Cancel the booking"),
                             tr("Cancel the booking %1 (%2)? Its place becomes free for others.")
                                 .arg(code, m_codeBooking->text()))
        != QMessageBox::Yes) {
        return;
    }
    const AppointmentBook::Result r = book.cancel(code, m_session.login);
    m_codeResult->setText(r.message);
    describeCode();
    showSlots();
}
