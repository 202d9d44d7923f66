#include "kioskwindow.h"

#include "branch/branch.h"
#include "catalogue/catalogue.h"
#include "kioskstaffdialog.h"
#include "logindialog.h"
#include "messagebox.h"
#include "printersink.h"
#include "printing/stationsettings.h"
#include "qrcodewidget.h"
#include "receptionbookingdialog.h"
#include "staff/permissions.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace
{
constexpr int kTouchHeight = 64;
// Back to the start when a customer walks away from their ticket.
constexpr int kTicketShownMs = 45'000;
// How often the kiosk looks at its printer again (and, at reception, prints kept tickets).
constexpr int kRetryMs = 30'000;
// The check-in screen goes back to the start when nobody touches it for this long.
constexpr int kCheckInIdleMs = 60'000;

// High contrast for a hall's lighting: near-black on white, a dark blue for what to press.
const char kStyle[] = R"(
QWidget { font-size: 18pt; }
QLabel#welcomeLabel { font-size: 24pt; font-weight: bold; }
QLabel#serviceTitle, QPushButton#takeButton { font-size: 26pt; font-weight: bold; }
QLabel#numberLabel { font-size: 80pt; font-weight: bold; }
QLabel#aheadLabel, QLabel#yourNumberLabel { font-size: 22pt; }
KioskWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget { background: #ffffff; color: #111111; }
QLabel { color: #111111; }
QLineEdit { min-height: 60px; border: 2px solid #333333; border-radius: 6px; padding: 0 12px; }
QPushButton { min-height: 64px; border: 2px solid #0b3d91; border-radius: 8px;
              background: #ffffff; color: #0b3d91; padding: 0 16px; }
QPushButton:checked { background: #0b3d91; color: #ffffff; }
QPushButton[category="true"] { min-height: 48px; }
QPushButton#staffButton { min-height: 48px; font-size: 14pt; color: #444444; border-color: #999999; }
QLabel#printerStatus { color: #a00000; font-weight: bold; }
QPushButton#bookingButton, QPushButton#checkInButton { background: #0b3d91; color: #ffffff;
              font-weight: bold; }
QPushButton[key="true"] { font-size: 24pt; font-weight: bold; min-height: 56px; padding: 0; }
QLabel#checkInTitle { font-size: 26pt; font-weight: bold; }
QLineEdit#checkInCode { min-height: 84px; font-size: 32pt; font-weight: bold; }
QLabel#checkInMessage { font-size: 22pt; }
QPushButton#checkInButton { font-size: 26pt; min-height: 96px; }
QPushButton#ordinaryTicketButton { font-weight: bold; border-width: 3px; }
QLabel#checkInMessage[problem="true"] { color: #a00000; font-weight: bold; }
QPushButton#takeButton { background: #0b3d91; color: #ffffff; font-weight: bold; min-height: 96px; }
QPushButton#takeButton:disabled { background: #9aa5b8; border-color: #9aa5b8; }
QListWidget { border: 2px solid #333333; border-radius: 6px; }
QListWidget::item { min-height: 64px; padding-left: 12px; border-bottom: 1px solid #cccccc; }
QListWidget::item:selected { background: #0b3d91; color: #ffffff; }
QLabel#numberLabel { color: #0b3d91; }
QLabel#messageLabel[problem="true"] { color: #a00000; font-weight: bold; }
)";

QFont scaled(const QFont &base, int pointSize, bool bold = false)
{
    QFont f = base;
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}
} // namespace

KioskWindow::KioskWindow(Branch &branch, const Catalogue &catalogue, PrintSink &sink,
                         const std::optional<Session> &reception, QWidget *parent)
    : QWidget(parent)
    , m_branch(branch)
    , m_catalogue(catalogue)
    , m_reception(reception)
    , m_station(StationSettings::stationId(QStringLiteral("kiosk")))
    , m_paper(StationSettings::read(branch, m_station).ticketPaper())
    , m_printQueue(sink, branch, m_station)
    , m_desk(branch, m_printQueue)
    , m_appointments(branch, m_printQueue)
{
    setObjectName(QStringLiteral("KioskWindow"));
    setWindowTitle(tr("Take a ticket"));
    for (const Service &s : catalogue.services()) {
        const QString key = s.category.text(QStringLiteral("zh_CN"));
        if (!m_categories.contains(key)) {
            m_categories << key;
        }
    }
    buildUi();
    restart();
    m_retryTimer = new QTimer(this);
    m_retryTimer->setInterval(kRetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, &KioskWindow::autoRetry);
    m_retryTimer->start();
    updatePrinterStatus();
}

KioskWindow::~KioskWindow() = default;

QString KioskWindow::language() const
{
    return LocalizedText::screenLanguage();
}

QString KioskWindow::actor() const
{
    return m_reception && m_reception->isValid() ? m_reception->login : QStringLiteral("kiosk");
}

void KioskWindow::buildUi()
{
    setStyleSheet(QString::fromUtf8(kStyle));
    setAttribute(Qt::WA_StyledBackground);
    QFont base = font();
    setFont(scaled(base, 18));
    const QString lang = language();

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_screens = new QStackedWidget(this);
    m_screens->setObjectName(QStringLiteral("kioskScreens"));
    outer->addWidget(m_screens);
    auto *start = new QWidget(m_screens);
    start->setObjectName(QStringLiteral("startScreen"));
    m_screens->addWidget(start);
    auto *root = new QVBoxLayout(start);
    root->setContentsMargins(24, 16, 24, 16);
    root->setSpacing(12);

    auto *top = new QHBoxLayout;
    auto *welcome = new QLabel(tr("Welcome. Choose your service, then take a ticket."), this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setFont(scaled(base, 24, true));
    welcome->setWordWrap(true);
    top->addWidget(welcome, 3);
    // Customers who booked go straight to check-in: a large button beside the welcome.
    auto *booking = new QPushButton(tr("I have a booking"), this);
    booking->setObjectName(QStringLiteral("bookingButton"));
    booking->setFocusPolicy(Qt::NoFocus);
    connect(booking, &QPushButton::clicked, this, &KioskWindow::openCheckIn);
    top->addWidget(booking, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search services"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &KioskWindow::filter);
    top->addWidget(m_search, 2);
    // The way in for staff: small and quiet, yet a full touch target.
    m_staff = new QPushButton(tr("Staff"), this);
    m_staff->setObjectName(QStringLiteral("staffButton"));
    m_staff->setFocusPolicy(Qt::NoFocus);
    connect(m_staff, &QPushButton::clicked, this, &KioskWindow::openStaffPanel);
    top->addWidget(m_staff, 0);
    if (m_reception && Permissions::allows(m_reception->role, Permissions::Act::IssueTickets)) {
        auto *bookings = new QPushButton(tr("Bookings"), this);
        bookings->setObjectName(QStringLiteral("receptionBookingsButton"));
        bookings->setFocusPolicy(Qt::NoFocus);
        connect(bookings, &QPushButton::clicked, this, &KioskWindow::openBookings);
        top->insertWidget(top->count() - 1, bookings, 0);
    }
    root->addLayout(top);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    root->addLayout(body, 1);

    // Categories: one large button each, "All" first.
    auto *categoryColumn = new QWidget(this);
    auto *categoryLayout = new QVBoxLayout(categoryColumn);
    categoryLayout->setContentsMargins(0, 0, 0, 0);
    categoryLayout->setSpacing(6);
    m_categoryButtons = new QButtonGroup(this);
    m_categoryButtons->setExclusive(true);
    QStringList names{tr("All services")};
    for (const QString &key : std::as_const(m_categories)) {
        for (const Service &s : m_catalogue.services()) {
            if (s.category.text(QStringLiteral("zh_CN")) == key) {
                names << s.category.text(lang);
                break;
            }
        }
    }
    for (int i = 0; i < names.size(); ++i) {
        auto *b = new QPushButton(names.at(i), categoryColumn);
        b->setObjectName(QStringLiteral("category%1").arg(i));
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        // The buttons share the column's height (48 to 64 px each), so that a catalogue's
        // categories fit a 768 px screen without scrolling; the scroll area is only a
        // fallback for a much longer list.
        b->setProperty("category", true);
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
        b->setMaximumHeight(kTouchHeight);
        m_categoryButtons->addButton(b, i);
        categoryLayout->addWidget(b);
    }
    categoryLayout->addStretch(0);
    auto *categoryScroll = new QScrollArea(this);
    categoryScroll->setObjectName(QStringLiteral("categoryScroll"));
    categoryScroll->setWidget(categoryColumn);
    categoryScroll->setWidgetResizable(true);
    categoryScroll->setFrameShape(QFrame::NoFrame);
    categoryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    categoryColumn->ensurePolished();
    for (QAbstractButton *b : m_categoryButtons->buttons()) {
        b->ensurePolished();
    }
    categoryScroll->setMinimumWidth(categoryColumn->sizeHint().width() + 24);
    connect(m_categoryButtons, &QButtonGroup::idClicked, this, &KioskWindow::selectCategory);
    body->addWidget(categoryScroll, 0);

    m_services = new QListWidget(this);
    m_services->setObjectName(QStringLiteral("serviceList"));
    m_services->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    for (const Service &s : m_catalogue.services()) {
        auto *item = new QListWidgetItem(s.name.text(lang), m_services);
        item->setData(Qt::UserRole, s.code);
        item->setSizeHint(QSize(0, kTouchHeight + 8));
    }
    connect(m_services, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        selectService(item->data(Qt::UserRole).toString());
    });
    body->addWidget(m_services, 2);

    m_pages = new QStackedWidget(this);
    body->addWidget(m_pages, 3);

    // Page 0: the service's one-time notice, then the ticket button.
    auto *detail = new QWidget(m_pages);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_prompt = new QLabel(tr("Touch a service to see what to bring."), detail);
    m_prompt->setObjectName(QStringLiteral("promptLabel"));
    m_prompt->setWordWrap(true);
    detailLayout->addWidget(m_prompt);
    m_serviceTitle = new QLabel(detail);
    m_serviceTitle->setObjectName(QStringLiteral("serviceTitle"));
    m_serviceTitle->setFont(scaled(base, 26, true));
    m_serviceTitle->setWordWrap(true);
    detailLayout->addWidget(m_serviceTitle);
    m_documents = new QLabel(detail);
    m_documents->setObjectName(QStringLiteral("documentsLabel"));
    m_documents->setTextFormat(Qt::RichText);
    m_documents->setWordWrap(true);
    m_documents->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *documentsScroll = new QScrollArea(detail);
    documentsScroll->setWidget(m_documents);
    documentsScroll->setWidgetResizable(true);
    documentsScroll->setFrameShape(QFrame::NoFrame);
    detailLayout->addWidget(documentsScroll, 1);
    m_fees = new QLabel(detail);
    m_fees->setObjectName(QStringLiteral("feesLabel"));
    m_fees->setWordWrap(true);
    detailLayout->addWidget(m_fees);
    if (m_reception && Permissions::allows(m_reception->role, Permissions::Act::SetPriorityGroup)) {
        auto *groupRow = new QWidget(detail);
        groupRow->setObjectName(QStringLiteral("priorityGroups"));
        auto *groupLayout = new QGridLayout(groupRow);
        groupLayout->setContentsMargins(0, 0, 0, 0);
        m_groups = new QButtonGroup(this);
        m_groups->setExclusive(true);
        const QList<Ticket::Group> groups{Ticket::Group::None, Ticket::Group::Elderly,
                                          Ticket::Group::Disabled, Ticket::Group::Pregnant,
                                          Ticket::Group::Child};
        for (int i = 0; i < groups.size(); ++i) {
            const Ticket::Group g = groups.at(i);
            auto *b = new QPushButton(
                g == Ticket::Group::None ? tr("No priority") : Ticket::groupName(g), groupRow);
            b->setObjectName(
                QStringLiteral("group_%1")
                    .arg(g == Ticket::Group::None ? QStringLiteral("none") : Ticket::groupKey(g)));
            b->setCheckable(true);
            b->setFocusPolicy(Qt::NoFocus);
            m_groups->addButton(b, static_cast<int>(g));
            groupLayout->addWidget(b, 0, i);
        }
        detailLayout->addWidget(groupRow);
    }
    // The printer's state, where the customer looks before taking a ticket.
    m_printerStatus = new QLabel(detail);
    m_printerStatus->setObjectName(QStringLiteral("printerStatus"));
    m_printerStatus->setWordWrap(true);
    detailLayout->addWidget(m_printerStatus);
    m_take = new QPushButton(tr("Take a ticket"), detail);
    m_take->setObjectName(QStringLiteral("takeButton"));
    m_take->setFont(scaled(base, 26, true));
    connect(m_take, &QPushButton::clicked, this, &KioskWindow::takeTicket);
    detailLayout->addWidget(m_take);
    m_pages->addWidget(detail);

    // Page 1: the ticket, very large, with its QR code.
    auto *ticket = new QWidget(m_pages);
    auto *ticketLayout = new QVBoxLayout(ticket);
    ticketLayout->setContentsMargins(0, 0, 0, 0);
    auto *yourNumber = new QLabel(tr("Your number"), ticket);
    yourNumber->setObjectName(QStringLiteral("yourNumberLabel"));
    yourNumber->setAlignment(Qt::AlignCenter);
    yourNumber->setFont(scaled(base, 24));
    ticketLayout->addWidget(yourNumber);
    m_number = new QLabel(ticket);
    m_number->setObjectName(QStringLiteral("numberLabel"));
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setFont(scaled(base, 80, true));
    ticketLayout->addWidget(m_number);
    m_ahead = new QLabel(ticket);
    m_ahead->setObjectName(QStringLiteral("aheadLabel"));
    m_ahead->setAlignment(Qt::AlignCenter);
    m_ahead->setFont(scaled(base, 22));
    m_ahead->setWordWrap(true);
    ticketLayout->addWidget(m_ahead);
    m_qr = new QrCodeWidget(ticket);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setMinimumSize(200, 200);
    ticketLayout->addWidget(m_qr, 1);
    auto *scan = new QLabel(tr("Scan to follow your place in the queue on your phone."), ticket);
    scan->setAlignment(Qt::AlignCenter);
    scan->setWordWrap(true);
    ticketLayout->addWidget(scan);
    m_message = new QLabel(ticket);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    ticketLayout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    if (m_reception) {
        m_retry = new QPushButton(ticket);
        m_retry->setObjectName(QStringLiteral("retryButton"));
        connect(m_retry, &QPushButton::clicked, this, &KioskWindow::retryPrinting);
        buttons->addWidget(m_retry);
    }
    auto *done = new QPushButton(tr("Done"), ticket);
    done->setObjectName(QStringLiteral("doneButton"));
    connect(done, &QPushButton::clicked, this, &KioskWindow::restart);
    buttons->addWidget(done);
    ticketLayout->addLayout(buttons);
    m_pages->addWidget(ticket);

    m_screens->addWidget(buildCheckInScreen());
    m_checkInIdle = new QTimer(this);
    m_checkInIdle->setSingleShot(true);
    m_checkInIdle->setInterval(kCheckInIdleMs);
    connect(m_checkInIdle, &QTimer::timeout, this, [this] {
        if (isCheckingIn()) {
            restart();
        }
    });
}

QWidget *KioskWindow::buildCheckInScreen()
{
    const QFont base = font();
    auto *screen = new QWidget(m_screens);
    screen->setObjectName(QStringLiteral("checkInScreen"));
    auto *layout = new QVBoxLayout(screen);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    auto *title = new QLabel(tr("Check in for your booking"), screen);
    title->setObjectName(QStringLiteral("checkInTitle"));
    title->setFont(scaled(base, 26, true));
    layout->addWidget(title);
    auto *how = new QLabel(tr("Scan the QR code on your booking slip or phone, or type the "
                              "8-character booking code, then touch Check in."),
                           screen);
    how->setObjectName(QStringLiteral("checkInHow"));
    how->setWordWrap(true);
    layout->addWidget(how);
    m_code = new QLineEdit(screen);
    m_code->setObjectName(QStringLiteral("checkInCode"));
    m_code->setFont(scaled(base, 32, true));
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setMaxLength(300); // a scanned address is longer than a code
    m_code->setPlaceholderText(tr("Booking code"));
    connect(m_code, &QLineEdit::returnPressed, this, &KioskWindow::checkIn);
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        m_checkInIdle->start();
    });
    layout->addWidget(m_code);

    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    layout->addLayout(body, 1);
    // The code's alphabet has no 0/O or 1/I: only keys that can be part of a code.
    auto *keys = new QWidget(screen);
    keys->setObjectName(QStringLiteral("checkInKeypad"));
    auto *grid = new QGridLayout(keys);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    const QString alphabet = QStringLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZ");
    const int columns = 8;
    auto key = [this, keys](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, keys);
        b->setObjectName(name);
        b->setProperty("key", true);
        b->setFocusPolicy(Qt::NoFocus); // the code field keeps the focus for a scanner
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        b->setMinimumSize(kTouchHeight, kTouchHeight);
        return b;
    };
    for (int i = 0; i < alphabet.size(); ++i) {
        const QString ch = alphabet.mid(i, 1);
        QPushButton *b = key(ch, QStringLiteral("key_") + ch);
        connect(b, &QPushButton::clicked, this, [this, ch] {
            m_code->insert(ch);
            m_code->setFocus();
            m_checkInIdle->start();
        });
        grid->addWidget(b, i / columns, i % columns);
    }
    const int row = int(alphabet.size()) / columns;
    QPushButton *del = key(tr("Delete"), QStringLiteral("key_delete"));
    connect(del, &QPushButton::clicked, this, [this] {
        m_code->backspace();
        m_code->setFocus();
        m_checkInIdle->start();
    });
    grid->addWidget(del, row, 0, 1, columns / 2);
    QPushButton *clear = key(tr("Clear"), QStringLiteral("key_clear"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_code->clear();
        m_code->setFocus();
        m_checkInIdle->start();
    });
    grid->addWidget(clear, row, columns / 2, 1, columns / 2);
    body->addWidget(keys, 3);

    auto *side = new QVBoxLayout;
    side->setSpacing(12);
    m_checkInMessage = new QLabel(screen);
    m_checkInMessage->setObjectName(QStringLiteral("checkInMessage"));
    m_checkInMessage->setFont(scaled(base, 22));
    m_checkInMessage->setWordWrap(true);
    m_checkInMessage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    side->addWidget(m_checkInMessage, 1);
    m_ordinary = new QPushButton(screen);
    m_ordinary->setObjectName(QStringLiteral("ordinaryTicketButton"));
    m_ordinary->setFocusPolicy(Qt::NoFocus);
    connect(m_ordinary, &QPushButton::clicked, this, &KioskWindow::takeOrdinaryTicket);
    side->addWidget(m_ordinary);
    auto *go = new QPushButton(tr("Check in"), screen);
    go->setObjectName(QStringLiteral("checkInButton"));
    go->setFont(scaled(base, 26, true));
    go->setFocusPolicy(Qt::NoFocus);
    connect(go, &QPushButton::clicked, this, &KioskWindow::checkIn);
    side->addWidget(go);
    auto *back = new QPushButton(tr("Back"), screen);
    back->setObjectName(QStringLiteral("checkInBack"));
    back->setFocusPolicy(Qt::NoFocus);
    connect(back, &QPushButton::clicked, this, &KioskWindow::restart);
    side->addWidget(back);
    body->addLayout(side, 2);
    return screen;
}

bool KioskWindow::isCheckingIn() const
{
    return m_screens->currentIndex() == 1;
}

void KioskWindow::openCheckIn()
{
    m_checkIn = {};
    m_code->clear();
    m_checkInMessage->clear();
    m_checkInMessage->setProperty("problem", false);
    m_ordinary->hide();
    m_screens->setCurrentIndex(1);
    m_code->setFocus();
    m_checkInIdle->start();
}

void KioskWindow::showCheckInProblem(const QString &message)
{
    m_checkInMessage->setText(message);
    m_checkInMessage->setProperty("problem", true);
    m_checkInMessage->style()->unpolish(m_checkInMessage);
    m_checkInMessage->style()->polish(m_checkInMessage);
    // The next scan or code replaces this one.
    m_code->selectAll();
    m_code->setFocus();
    m_checkInIdle->start();
}

void KioskWindow::checkIn()
{
    if (!isCheckingIn()) {
        return;
    }
    if (m_code->text().trimmed().isEmpty()) {
        showCheckInProblem(tr("Please type or scan your booking code first."));
        return;
    }
    m_checkIn = m_appointments.checkIn(m_code->text(), m_paper, actor());
    updatePrinterStatus();
    if (m_checkIn.ok()) {
        showIssued(m_checkIn.issued, m_checkIn.message);
        return;
    }
    const Service *service = m_catalogue.service(m_checkIn.ordinaryService);
    m_ordinary->setVisible(service != nullptr);
    if (service) {
        m_ordinary->setText(
            tr("Take an ordinary ticket for %1").arg(service->name.text(language())));
    }
    showCheckInProblem(m_checkIn.message);
}

void KioskWindow::takeOrdinaryTicket()
{
    if (!isCheckingIn() || m_checkIn.ordinaryService.isEmpty()) {
        return;
    }
    const TicketDesk::Issued issued =
        m_appointments.ordinaryTicket(m_checkIn.ordinaryService, m_paper, actor());
    updatePrinterStatus();
    if (!issued.ok()) {
        m_ordinary->hide();
        showCheckInProblem(issued.message);
        return;
    }
    m_service = m_checkIn.ordinaryService;
    showIssued(issued, {});
}

QStringList KioskWindow::visibleServices() const
{
    QStringList codes;
    for (int i = 0; i < m_services->count(); ++i) {
        if (!m_services->item(i)->isHidden()) {
            codes << m_services->item(i)->data(Qt::UserRole).toString();
        }
    }
    return codes;
}

void KioskWindow::selectCategory(int index)
{
    if (QAbstractButton *b = m_categoryButtons->button(index)) {
        b->setChecked(true);
    }
    filter();
}

void KioskWindow::filter()
{
    const int category = m_categoryButtons->checkedId();
    const QString key =
        category > 0 && category <= m_categories.size() ? m_categories.at(category - 1) : QString();
    const QString needle = m_search->text().trimmed();
    const QString lang = language();
    for (int i = 0; i < m_services->count(); ++i) {
        QListWidgetItem *item = m_services->item(i);
        const Service *s = m_catalogue.service(item->data(Qt::UserRole).toString());
        bool shown = s && (key.isEmpty() || s->category.text(QStringLiteral("zh_CN")) == key);
        if (shown && !needle.isEmpty()) {
            // The customer may type in Chinese whatever the screen's language.
            shown = s->name.text(lang).contains(needle, Qt::CaseInsensitive)
                    || s->name.text(QStringLiteral("zh_CN")).contains(needle)
                    || s->category.text(lang).contains(needle, Qt::CaseInsensitive)
                    || s->category.text(QStringLiteral("zh_CN")).contains(needle);
        }
        item->setHidden(!shown);
    }
}

void KioskWindow::selectService(const QString &code)
{
    const Service *s = m_catalogue.service(code);
    if (!s) {
        return;
    }
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->item(i)->data(Qt::UserRole).toString() == code) {
            m_services->setCurrentRow(i);
        }
    }
    showService(*s);
}

QString KioskWindow::documentsHtml(const Service &service) const
{
    const QString lang = language();
    const auto line = [this, &lang](const ChecklistItem &item) -> QString {
        const LocalizedText name = m_catalogue.documents().value(item.document);
        const QString form = item.form == ChecklistItem::Form::Copy ? tr("copy ×%1")
                             : item.form == ChecklistItem::Form::OriginalAndCopy
                                 ? tr("original and copy ×%1")
                                 : tr("original ×%1");
        QString text = QStringLiteral("<li>%1 <span style=\"color:#444444\">(%2)</span>")
                           .arg((name.isEmpty() ? item.document : name.text(lang)).toHtmlEscaped(),
                                form.arg(item.count).toHtmlEscaped());
        if (!item.note.isEmpty()) {
            text += QStringLiteral("<br/><span style=\"color:#444444\">%1</span>")
                        .arg(item.note.text(lang).toHtmlEscaped());
        }
        return text + QStringLiteral("</li>");
    };
    const QList<ChecklistItem> always = m_catalogue.checklistFor(service, {});
    QString html;
    if (always.isEmpty() && service.checklist.isEmpty()) {
        return QStringLiteral("<p><b>%1</b></p>")
            .arg(tr("No documents are needed.").toHtmlEscaped());
    }
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Please bring:").toHtmlEscaped());
    for (const ChecklistItem &item : always) {
        html += line(item);
    }
    html += QStringLiteral("</ul>");
    // Conditional documents, under their condition's question, in catalogue order.
    QStringList conditions;
    for (const ChecklistItem &item : service.checklist) {
        if (!item.condition.isEmpty() && !conditions.contains(item.condition)) {
            conditions << item.condition;
        }
    }
    for (const QString &condition : std::as_const(conditions)) {
        const LocalizedText question = m_catalogue.conditions().value(condition);
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(tr("If the answer to “%1” is yes, also bring:")
                             .arg(question.isEmpty() ? condition : question.text(lang))
                             .toHtmlEscaped());
        for (const ChecklistItem &item : service.checklist) {
            if (item.condition == condition) {
                html += line(item);
            }
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString KioskWindow::feesText(const Service &service) const
{
    const QString lang = language();
    const QStringList fees = m_catalogue.feeLines(service, lang);
    return fees.isEmpty() ? tr("Fees: none") : tr("Fees: %1").arg(fees.join(tr("; ")));
}

void KioskWindow::showService(const Service &service)
{
    m_service = service.code;
    m_prompt->hide();
    m_serviceTitle->setText(service.name.text(language()));
    m_serviceTitle->show();
    m_documents->setText(documentsHtml(service));
    m_fees->setText(feesText(service));
    m_fees->show();
    m_take->setEnabled(true);
    m_pages->setCurrentIndex(0);
}

void KioskWindow::takeTicket()
{
    if (m_service.isEmpty()) {
        return;
    }
    TicketQueue::IssueRequest request;
    request.serviceCode = m_service;
    if (m_groups && m_groups->checkedId() >= 0) {
        request.group = static_cast<Ticket::Group>(m_groups->checkedId());
    }
    const TicketDesk::Issued issued = m_desk.issue(request, m_paper, actor());
    if (!issued.ok()) {
        m_fees->setText(issued.message);
        return;
    }
    showIssued(issued, {});
}

void KioskWindow::showIssued(const TicketDesk::Issued &issued, const QString &message)
{
    m_issued = issued;
    m_screens->setCurrentIndex(0);
    m_checkInIdle->stop();
    const TicketQueue::Result &r = m_issued.result;
    m_number->setText(r.ticket.number);
    m_ahead->setText(r.peopleAhead == 0 ? tr("Nobody is ahead of you.")
                                        : tr("%n person(s) ahead of you.", nullptr, r.peopleAhead));
    m_qr->setText(m_issued.statusUrl);
    // A check-in says what it did (the booking's time) in its own words.
    m_message->setText(!message.isEmpty() ? message
                       : m_issued.printed
                           ? tr("Please take your ticket below.")
                           : tr("The ticket could not be printed. Please see the service desk "
                                "with your number; your place in the queue is kept."));
    m_message->setProperty("problem", !m_issued.printed);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    if (m_retry) {
        m_retry->setVisible(!m_printQueue.pending().isEmpty());
        m_retry->setText(tr("Print again (%1 waiting)").arg(m_printQueue.pending().size()));
    }
    m_pages->setCurrentIndex(1);
    const QString number = r.ticket.number;
    QTimer::singleShot(kTicketShownMs, this, [this, number] {
        if (m_pages->currentIndex() == 1 && m_number->text() == number) {
            restart();
        }
    });
}

int KioskWindow::retryPrinting()
{
    const int printed = m_printQueue.retry();
    if (m_retry) {
        m_retry->setVisible(!m_printQueue.pending().isEmpty());
        m_retry->setText(tr("Print again (%1 waiting)").arg(m_printQueue.pending().size()));
    }
    updatePrinterStatus();
    return printed;
}

QString KioskWindow::printerProblem() const
{
    return m_printQueue.sink().problem();
}

void KioskWindow::autoRetry()
{
    // Kept tickets are printed on their own only at reception. At an unattended kiosk their
    // owners were told to collect them at the service desk: a ticket that came out a minute
    // later would land in the next customer's hands (two people holding one number) or on the
    // floor. Self-service kiosks in mature queue systems likewise go "out of paper" and leave
    // reprints to staff. So the kiosk only checks its printer here and shows the status; staff
    // print the kept tickets from the staff panel and hand them over.
    const bool attended = m_reception && m_reception->isValid()
                          && Permissions::allows(m_reception->role, Permissions::Act::IssueTickets);
    if (attended && !m_printQueue.pending().isEmpty() && printerProblem().isEmpty()) {
        retryPrinting();
        return;
    }
    updatePrinterStatus();
}

void KioskWindow::updatePrinterStatus()
{
    const QString problem = printerProblem();
    const qsizetype kept = m_printQueue.pending().size();
    QString text;
    if (!problem.isEmpty()) {
        text = tr("The ticket printer is out of order: your number will be shown on screen.");
    } else if (kept > 0) {
        text = tr("%n ticket(s) wait for staff to print them (Staff button).", nullptr,
                  static_cast<int>(kept));
    }
    m_printerStatus->setText(text);
    m_printerStatus->setVisible(!text.isEmpty());
}

bool KioskWindow::discardKept(qint64 jobId)
{
    const bool dropped = m_printQueue.discard(jobId);
    updatePrinterStatus();
    return dropped;
}

TicketDesk::Issued KioskWindow::reprint(const QString &number, const QString &reason,
                                        const Session &staff)
{
    if (!staff.isValid() || !Permissions::allows(staff.role, Permissions::Act::IssueTickets)) {
        TicketDesk::Issued refused;
        refused.result.status = TicketQueue::Status::Refused;
        refused.message = tr("%1 (%2) may not %3.")
                              .arg(staff.displayName, staff.role,
                                   Permissions::describe(Permissions::Act::IssueTickets));
        return refused;
    }
    const TicketDesk::Issued issued = m_desk.reprint(number, reason, m_paper, staff.login);
    updatePrinterStatus();
    return issued;
}

void KioskWindow::applyStationSettings()
{
    const StationSettings settings = StationSettings::read(m_branch, m_station);
    std::unique_ptr<PrintSink> sink =
        PrinterSink::forStation(settings, m_branch.dataDir(), StationSettings::roleOf(m_station));
    m_printQueue.setSink(*sink);
    m_ownSink = std::move(sink);
    m_paper = settings.ticketPaper();
    updatePrinterStatus();
}

void KioskWindow::openStaffPanel()
{
    std::optional<Session> staff;
    if (m_reception && m_reception->isValid()) {
        staff = m_reception;
    } else {
        LoginDialog login(m_branch, this);
        login.setWindowChoice(false);
        if (login.exec() != QDialog::Accepted || !login.session().isValid()) {
            return;
        }
        staff = login.session();
    }
    if (!Permissions::allows(staff->role, Permissions::Act::IssueTickets)
        && !Permissions::allows(staff->role, Permissions::Act::ManageBranch)) {
        MessageBox::warning(this, tr("Staff"),
                            tr("%1 (%2) may not %3.")
                                .arg(staff->displayName, staff->role,
                                     Permissions::describe(Permissions::Act::IssueTickets)));
        return;
    }
    showStaffPanel(*staff);
}

ReceptionBookingDialog *KioskWindow::openBookings()
{
    if (!m_reception || !m_reception->isValid()
        || !Permissions::allows(m_reception->role, Permissions::Act::IssueTickets)) {
        return nullptr;
    }
    auto *dialog = new ReceptionBookingDialog(*this, *m_reception, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(820, 760);
    dialog->open();
    return dialog;
}

KioskStaffDialog *KioskWindow::showStaffPanel(const Session &staff)
{
    auto *panel = new KioskStaffDialog(*this, staff, this);
    panel->setAttribute(Qt::WA_DeleteOnClose);
    panel->open();
    return panel;
}

void KioskWindow::restart()
{
    m_screens->setCurrentIndex(0);
    if (m_checkInIdle) {
        m_checkInIdle->stop();
    }
    m_checkIn = {};
    m_service.clear();
    m_search->clear();
    selectCategory(0);
    m_services->clearSelection();
    m_services->scrollToTop();
    m_prompt->show();
    m_serviceTitle->hide();
    m_documents->clear();
    m_fees->hide();
    m_take->setEnabled(false);
    if (m_groups) {
        m_groups->button(static_cast<int>(Ticket::Group::None))->setChecked(true);
    }
    m_pages->setCurrentIndex(0);
}
