// Check-in at the kiosk and reception, and the booking slip (issue 13): a customer with a booking
// types or scans the code (or the booking page's address) at the kiosk and gets a booked ticket,
// printed and marked with the slot; too early says when to come back, too late offers an
// ordinary ticket; reception books for a customer and prints a slip whose PDF carries the code,
// the slot, the masked phone (never the full one) and a QR code of the booking's page. Real
// windows (offscreen), a real encrypted branch, PDFs read back with pdftotext and ZXing.
#include "appointments/appointmentbook.h"
#include "branch/branch.h"
#include "catalogue/catalogue.h"
#include "catalogue/catalogueupdate.h"
#include "core/clock.h"
#include "guitestsupport.h"
#include "kioskwindow.h"
#include "messagebox.h"
#include "pdfcheck.h"
#include "printing/documentlanguage.h"
#include "printing/pdfprintsink.h"
#include "printing/ticketprintout.h"
#include "queue/ticketqueue.h"
#include "receptionbookingdialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using GuiTestSupport::child;

namespace
{
const QString M = QStringLiteral("INS-CL-MEDICAL"); // demo: 30-minute slots, 2 places
const QString Phone = QStringLiteral("13812345678");
const QTimeZone Beijing(QByteArrayLiteral("Asia/Shanghai"));
// A Monday, a working day on the built-in calendar.
const QDate Day(2026, 3, 2);

QDateTime beijing(QDate day, QTime time)
{
    return QDateTime(day, time, Beijing).toUTC();
}

Session reception()
{
    return {2, QStringLiteral("chenjing"), QString::fromUtf8("陈静"), QStringLiteral("reception"),
            0};
}
} // namespace

class TestCheckIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void checkInPrintsABookedTicket();
    void tooEarlySaysWhenToComeBack();
    void tooLateOffersAnOrdinaryTicket();
    void unknownCancelledOrUsedCodes();
    void scannerTypesCodeOrAddress_data();
    void scannerTypesCodeOrAddress();
    void idleCheckInGoesBackToStart();
    void receptionBooksAndPrintsTheSlip();
    void receptionChecksInAndCancels();

private:
    Booking book(QTime time, const QString &name = QString::fromUtf8("欧阳娜娜"));
    // Opens the check-in screen, types the text on the keyboard (a scanner does the same) and
    // presses Return.
    void scan(KioskWindow &kiosk, const QString &text);
    QString pdf(const QString &name) const
    {
        return m_pdfs->filePath(name + QStringLiteral(".pdf"));
    }

    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_pdfs;
    std::unique_ptr<Branch> m_branch;
    std::optional<Catalogue> m_catalogue;
    std::unique_ptr<PdfPrintSink> m_sink;
    std::unique_ptr<GuiTestSupport::ChineseUi> m_zh;
};

void TestCheckIn::initTestCase()
{
    // Before every test's clock: the audit chain only moves forward in time.
    Clock::setTestNow(beijing(Day.addDays(-3), QTime(8, 0)));
    m_zh = std::make_unique<GuiTestSupport::ChineseUi>();
    GuiTestSupport::createDemoBranch(m_template.path());
}

void TestCheckIn::init()
{
    Clock::setTestNow(beijing(Day, QTime(7, 0)));
    m_dir = std::make_unique<QTemporaryDir>();
    m_pdfs = std::make_unique<QTemporaryDir>();
    m_branch = GuiTestSupport::openCopy(m_template.path(), m_dir->path());
    m_catalogue = CatalogueUpdate::current(*m_branch);
    QVERIFY(m_catalogue);
    m_sink = std::make_unique<PdfPrintSink>(m_pdfs->path());
}

void TestCheckIn::cleanup()
{
    if (m_branch) {
        const AuditChain::Verification v = m_branch->verifyAudit();
        QVERIFY2(v.ok, qPrintable(v.reason));
    }
    m_sink.reset();
    m_catalogue.reset();
    m_branch.reset();
    m_pdfs.reset();
    m_dir.reset();
    Clock::setTestNow({});
}

Booking TestCheckIn::book(QTime time, const QString &name)
{
    AppointmentBook::BookRequest r;
    r.serviceCode = M;
    r.date = Day;
    r.time = time;
    r.name = name;
    r.phone = Phone;
    const AppointmentBook::Result result =
        AppointmentBook(*m_branch).book(r, QStringLiteral("test"));
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.message));
    }
    return result.booking;
}

void TestCheckIn::scan(KioskWindow &kiosk, const QString &text)
{
    QTest::mouseClick(child<QPushButton>(&kiosk, "bookingButton"), Qt::LeftButton);
    QVERIFY(kiosk.isCheckingIn());
    auto *code = child<QLineEdit>(&kiosk, "checkInCode");
    QTest::keyClicks(code, text);
    QTest::keyClick(code, Qt::Key_Return);
}

void TestCheckIn::checkInPrintsABookedTicket()
{
    const Booking b = book(QTime(9, 30));
    QVERIFY(!b.code.isEmpty());
    Clock::setTestNow(beijing(Day, QTime(9, 10)));
    KioskWindow kiosk(*m_branch, *m_catalogue, *m_sink);
    kiosk.resize(1366, 768);
    kiosk.show();

    // The customer touches "I have a booking" and types the code on the screen's keypad.
    QTest::mouseClick(child<QPushButton>(&kiosk, "bookingButton"), Qt::LeftButton);
    QVERIFY(kiosk.isCheckingIn());
    for (const QChar c : b.code) {
        QTest::mouseClick(child<QPushButton>(&kiosk, qPrintable(QStringLiteral("key_") + c)),
                          Qt::LeftButton);
    }
    QCOMPARE(child<QLineEdit>(&kiosk, "checkInCode")->text(), b.code);
    QCOMPARE(GuiTestSupport::firstCutText(&kiosk), QString());
    GuiTestSupport::saveScreenshot(&kiosk, QStringLiteral("kiosk-checkin"));
    QTest::mouseClick(child<QPushButton>(&kiosk, "checkInButton"), Qt::LeftButton);

    const AppointmentDesk::CheckIn &c = kiosk.lastCheckIn();
    QVERIFY2(c.ok(), qPrintable(c.message));
    QVERIFY(c.result.ticket.isBooked());
    QVERIFY(c.issued.printed);
    // Back on the ticket page, the number very large, the message with the booking's time.
    QVERIFY(!kiosk.isCheckingIn());
    const QString number = c.result.ticket.number;
    QCOMPARE(child<QLabel>(&kiosk, "numberLabel")->text(), number);
    QVERIFY(child<QLabel>(&kiosk, "numberLabel")->isVisible());
    const QString message = child<QLabel>(&kiosk, "messageLabel")->text();
    QVERIFY2(message.contains(number) && message.contains(QStringLiteral("09:30")),
             qPrintable(message));
    GuiTestSupport::saveScreenshot(&kiosk, QStringLiteral("kiosk-checkin-ticket"));
    QCOMPARE(AppointmentBook(*m_branch).byCode(b.code)->state, Booking::State::CheckedIn);
    QCOMPARE(AppointmentBook(*m_branch).byCode(b.code)->ticketNumber, number);

    // The printed ticket: its number, and marked as booked for 09:30 in both languages.
    const QString text = PdfCheck::text(pdf(number));
    QVERIFY2(text.contains(number), qPrintable(text));
    const QString booked =
        DocumentLanguage(QStringLiteral("zh_CN")).text(TicketPrintout::bookedSource());
    QVERIFY2(text.contains(booked.arg(QStringLiteral("09:30"))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Booked 09:30")), qPrintable(text));
}

void TestCheckIn::tooEarlySaysWhenToComeBack()
{
    const Booking b = book(QTime(9, 30));
    Clock::setTestNow(beijing(Day, QTime(8, 15)));
    KioskWindow kiosk(*m_branch, *m_catalogue, *m_sink);
    kiosk.resize(1366, 768);
    kiosk.show();
    scan(kiosk, b.code);
    QCOMPARE(kiosk.lastCheckIn().result.outcome, AppointmentBook::Outcome::TooEarly);
    QVERIFY(kiosk.isCheckingIn());
    // Check-in opens 30 minutes before the slot.
    const QString shown = child<QLabel>(&kiosk, "checkInMessage")->text();
    QVERIFY2(shown.contains(QStringLiteral("09:00")), qPrintable(shown));
    QVERIFY(!child<QPushButton>(&kiosk, "ordinaryTicketButton")->isVisible());
    GuiTestSupport::saveScreenshot(&kiosk, QStringLiteral("kiosk-checkin-early"));
    QCOMPARE(AppointmentBook(*m_branch).byCode(b.code)->state, Booking::State::Booked);
    QCOMPARE(TicketQueue(*m_branch).waiting().size(), 0);
    QVERIFY(QDir(m_pdfs->path()).entryList(QDir::Files).isEmpty());

    // At 09:00 the same code checks in.
    Clock::setTestNow(beijing(Day, QTime(9, 0)));
    QTest::keyClick(child<QLineEdit>(&kiosk, "checkInCode"), Qt::Key_Return);
    QVERIFY2(kiosk.lastCheckIn().ok(), qPrintable(kiosk.lastCheckIn().message));
}

void TestCheckIn::tooLateOffersAnOrdinaryTicket()
{
    const Booking b = book(QTime(9, 30));
    Clock::setTestNow(beijing(Day, QTime(9, 45)));
    KioskWindow kiosk(*m_branch, *m_catalogue, *m_sink);
    kiosk.resize(1366, 768);
    kiosk.show();
    scan(kiosk, b.code);
    QCOMPARE(kiosk.lastCheckIn().result.outcome, AppointmentBook::Outcome::TooLate);
    const QString shown = child<QLabel>(&kiosk, "checkInMessage")->text();
    QVERIFY2(shown.contains(QStringLiteral("09:40")), qPrintable(shown)); // when it closed
    auto *ordinary = child<QPushButton>(&kiosk, "ordinaryTicketButton");
    QVERIFY(ordinary->isVisible());
    QVERIFY2(ordinary->text().contains(m_catalogue->service(M)->name.text(QStringLiteral("zh_CN"))),
             qPrintable(ordinary->text()));
    QCOMPARE(GuiTestSupport::firstCutText(&kiosk), QString());
    GuiTestSupport::saveScreenshot(&kiosk, QStringLiteral("kiosk-checkin-late"));

    QTest::mouseClick(ordinary, Qt::LeftButton);
    QVERIFY(!kiosk.isCheckingIn());
    const Ticket t = kiosk.lastIssued().result.ticket;
    QVERIFY(kiosk.lastIssued().ok());
    QCOMPARE(t.serviceCode, M);
    QVERIFY(!t.isBooked());
    QCOMPARE(child<QLabel>(&kiosk, "numberLabel")->text(), t.number);
    QVERIFY(QFile::exists(pdf(t.number)));
    QVERIFY(!PdfCheck::text(pdf(t.number)).contains(QStringLiteral("Booked")));
    QCOMPARE(AppointmentBook(*m_branch).byCode(b.code)->state, Booking::State::Booked);
}

void TestCheckIn::unknownCancelledOrUsedCodes()
{
    const Booking cancelled = book(QTime(9, 30));
    QVERIFY(AppointmentBook(*m_branch).cancel(cancelled.code, QStringLiteral("test")).ok());
    const Booking used = book(QTime(10, 0));
    Clock::setTestNow(beijing(Day, QTime(9, 40)));
    KioskWindow kiosk(*m_branch, *m_catalogue, *m_sink);
    kiosk.resize(1366, 768);
    kiosk.show();

    scan(kiosk, QStringLiteral("ZZZZ2222"));
    QCOMPARE(kiosk.lastCheckIn().result.outcome, AppointmentBook::Outcome::NotFound);
    QVERIFY(child<QLabel>(&kiosk, "checkInMessage")->text().contains(QStringLiteral("ZZZZ2222")));
    QVERIFY(!child<QPushButton>(&kiosk, "ordinaryTicketButton")->isVisible());

    // The field's text is selected: the next code typed replaces it.
    auto *code = child<QLineEdit>(&kiosk, "checkInCode");
    QTest::keyClicks(code, cancelled.code);
    QCOMPARE(code->text(), cancelled.code);
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(kiosk.lastCheckIn().result.outcome, AppointmentBook::Outcome::WrongState);
    QCOMPARE(kiosk.lastCheckIn().message,
             AppointmentDesk::tr("The booking %1 was cancelled. Please take an ordinary ticket, "
                                 "or ask at the service desk.")
                 .arg(cancelled.code));
    QCOMPARE(child<QLabel>(&kiosk, "checkInMessage")->text(), kiosk.lastCheckIn().message);

    QVERIFY(kiosk.appointments().checkIn(used.code, kiosk.paper(), QStringLiteral("test")).ok());
    const QString number = AppointmentBook(*m_branch).byCode(used.code)->ticketNumber;
    QTest::keyClicks(code, used.code);
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(kiosk.lastCheckIn().result.outcome, AppointmentBook::Outcome::WrongState);
    QVERIFY2(kiosk.lastCheckIn().message.contains(number), qPrintable(kiosk.lastCheckIn().message));
    QCOMPARE(TicketQueue(*m_branch).waiting().size(), 1); // no second ticket
}

void TestCheckIn::scannerTypesCodeOrAddress_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("code as typed: lower case, hyphen") << QStringLiteral("typed");
    QTest::newRow("booking page address") << QStringLiteral("url");
}

void TestCheckIn::scannerTypesCodeOrAddress()
{
    QFETCH(QString, how);
    const Booking b = book(QTime(9, 30));
    Clock::setTestNow(beijing(Day, QTime(9, 20)));
    KioskWindow kiosk(*m_branch, *m_catalogue, *m_sink);
    kiosk.resize(1366, 768);
    kiosk.show();
    const QString url = AppointmentBook(*m_branch).bookingUrl(b);
    QVERIFY(url.endsWith(QStringLiteral("/b/") + b.token));
    // A scanner is a keyboard: characters, then Return.
    const QString text = how == QLatin1String("url") ? url
                                                     : b.code.left(4).toLower() + QLatin1Char('-')
                                                           + b.code.mid(4).toLower();
    scan(kiosk, text);
    QCOMPARE(child<QLineEdit>(&kiosk, "checkInCode")->text().isEmpty(), false);
    QVERIFY2(kiosk.lastCheckIn().ok(), qPrintable(kiosk.lastCheckIn().message));
    QCOMPARE(kiosk.lastCheckIn().code, b.code);
    QVERIFY(!kiosk.isCheckingIn());
    QCOMPARE(AppointmentBook(*m_branch).byCode(b.code)->state, Booking::State::CheckedIn);

    // An address of the ticket status page, or a booking token that does not exist: not found.
    scan(kiosk, url.left(url.size() - 4) + QStringLiteral("AAAA"));
    QCOMPARE(kiosk.lastCheckIn().result.outcome, AppointmentBook::Outcome::NotFound);
    QVERIFY(kiosk.isCheckingIn());
    QVERIFY(!child<QLabel>(&kiosk, "checkInMessage")->text().isEmpty());
}

void TestCheckIn::idleCheckInGoesBackToStart()
{
    KioskWindow kiosk(*m_branch, *m_catalogue, *m_sink);
    kiosk.resize(1366, 768);
    kiosk.show();
    kiosk.checkInTimer()->setInterval(100);
    scan(kiosk, QStringLiteral("ZZZZ2222"));
    QVERIFY(kiosk.isCheckingIn());
    QTRY_VERIFY_WITH_TIMEOUT(!kiosk.isCheckingIn(), 3000);
    QVERIFY(child<QWidget>(&kiosk, "serviceList")->isVisible());
    // The next customer finds an empty code field.
    QTest::mouseClick(child<QPushButton>(&kiosk, "bookingButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&kiosk, "checkInCode")->text(), QString());
    QCOMPARE(child<QLabel>(&kiosk, "checkInMessage")->text(), QString());
}

void TestCheckIn::receptionBooksAndPrintsTheSlip()
{
    const Booking other = book(QTime(9, 30), QString::fromUtf8("张三"));
    KioskWindow kiosk(*m_branch, *m_catalogue, *m_sink, reception());
    kiosk.resize(1366, 768);
    kiosk.show();
    QTest::mouseClick(child<QPushButton>(&kiosk, "receptionBookingsButton"), Qt::LeftButton);
    auto *dialog = kiosk.findChild<ReceptionBookingDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    auto *service = child<QComboBox>(dialog, "bookService");
    service->setCurrentIndex(service->findData(M));
    child<QDateEdit>(dialog, "bookDay")->setDate(Day);
    auto *slots = child<QListWidget>(dialog, "bookSlots");
    QListWidgetItem *slot = nullptr;
    for (int i = 0; i < slots->count(); ++i) {
        if (slots->item(i)->data(Qt::UserRole).toTime() == QTime(9, 30)) {
            slot = slots->item(i);
        }
    }
    QVERIFY(slot);
    // booked / places: one of the two places is taken.
    QVERIFY2(slot->text().contains(QStringLiteral("1"))
                 && slot->text().contains(QStringLiteral("2")),
             qPrintable(slot->text()));
    QVERIFY(slot->flags() & Qt::ItemIsEnabled);
    slots->setCurrentItem(slot);
    auto *name = child<QLineEdit>(dialog, "bookName");
    name->setFocus();
    GuiTestSupport::typeText(name, QString::fromUtf8("欧阳娜娜"));

    // A wrong number is refused as typed; a right one is masked once entered.
    auto *phone = child<QLineEdit>(dialog, "bookPhone");
    QTest::keyClicks(phone, QStringLiteral("1381234567"));
    QTest::keyClick(phone, Qt::Key_Return);
    QVERIFY(!child<QLabel>(dialog, "bookPhoneCheck")->text().isEmpty());
    QVERIFY(dialog->phone().isEmpty());
    phone->clear();
    QTest::keyClicks(phone, Phone);
    QTest::keyClick(phone, Qt::Key_Return);
    QCOMPARE(dialog->phone(), Phone);
    QCOMPARE(phone->text(), QStringLiteral("138****5678"));
    GuiTestSupport::saveScreenshot(dialog, QStringLiteral("reception-booking"));

    QTest::mouseClick(child<QPushButton>(dialog, "bookButton"), Qt::LeftButton);
    QVERIFY2(dialog->lastBooking().has_value(),
             qPrintable(child<QLabel>(dialog, "bookResult")->text()));
    const Booking b = *dialog->lastBooking();
    QVERIFY(b.code != other.code);
    QCOMPARE(b.phone, Phone);
    QCOMPARE(child<QLabel>(dialog, "bookCode")->text(), b.code);
    QVERIFY(!child<QLabel>(dialog, "bookResult")->text().isEmpty());
    // The slot is now full.
    for (int i = 0; i < slots->count(); ++i) {
        if (slots->item(i)->data(Qt::UserRole).toTime() == QTime(9, 30)) {
            QVERIFY(!(slots->item(i)->flags() & Qt::ItemIsEnabled));
        }
    }
    GuiTestSupport::saveScreenshot(dialog, QStringLiteral("reception-booked"));

    // The slip: code, service, slot and check-in window, masked name and phone, never in full.
    const QString file = pdf(QStringLiteral("booking-") + b.code);
    QVERIFY(QFile::exists(file));
    const QString text = PdfCheck::text(file);
    QVERIFY2(text.contains(b.code), qPrintable(text));
    QVERIFY2(text.contains(m_catalogue->service(M)->name.text(QStringLiteral("zh_CN"))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("09:30")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("09:00")) && text.contains(QStringLiteral("09:40")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("138****5678")), qPrintable(text));
    QVERIFY2(!text.contains(Phone), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8("欧阳**")), qPrintable(text));
    QVERIFY2(!text.contains(QString::fromUtf8("欧阳娜娜")), qPrintable(text));
    QVERIFY2(text.contains(m_branch->info().name), qPrintable(text));
    const PdfCheck::Qr qr = PdfCheck::decodeQr(file, m_pdfs->path());
    QCOMPARE(qr.text, AppointmentBook(*m_branch).bookingUrl(b));
    QVERIFY2(qr.sideMm >= 20, qPrintable(QString::number(qr.sideMm)));
    QVERIFY(PdfCheck::run(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                           QStringLiteral("-singlefile"), file,
                           QDir::currentPath() + QStringLiteral("/screenshots/booking-slip")})
                .isEmpty());
}

void TestCheckIn::receptionChecksInAndCancels()
{
    const Booking first = book(QTime(9, 30));
    const Booking second = book(QTime(11, 0));
    Clock::setTestNow(beijing(Day, QTime(9, 5)));
    KioskWindow kiosk(*m_branch, *m_catalogue, *m_sink, reception());
    kiosk.resize(1366, 768);
    kiosk.show();
    ReceptionBookingDialog *dialog = kiosk.openBookings();
    QVERIFY(dialog);
    auto *code = child<QLineEdit>(dialog, "receptionCode");
    QTest::keyClicks(code, first.code);
    // Staff see whose booking it is, masked.
    const QString who = child<QLabel>(dialog, "receptionBooking")->text();
    QVERIFY2(who.contains(QStringLiteral("138****5678")) && !who.contains(Phone), qPrintable(who));
    QTest::mouseClick(child<QPushButton>(dialog, "receptionCheckIn"), Qt::LeftButton);
    QVERIFY2(dialog->lastCheckIn().ok(), qPrintable(dialog->lastCheckIn().message));
    const QString number = dialog->lastCheckIn().result.ticket.number;
    QCOMPARE(child<QLabel>(dialog, "receptionResult")->text(), dialog->lastCheckIn().message);
    QVERIFY(PdfCheck::text(pdf(number)).contains(number));

    // The same words as the kiosk's for the same outcome (one piece of code says them).
    QTest::keyClick(code, Qt::Key_Return);
    const QString again = child<QLabel>(dialog, "receptionResult")->text();
    scan(kiosk, first.code);
    QCOMPARE(child<QLabel>(&kiosk, "checkInMessage")->text(), again);

    // Cancelling asks first; "No" changes nothing, "Yes" frees the place.
    code->clear();
    QTest::keyClicks(code, second.code);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(dialog, "receptionCancel"), Qt::LeftButton);
    QCOMPARE(AppointmentBook(*m_branch).byCode(second.code)->state, Booking::State::Booked);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, "receptionCancel"), Qt::LeftButton);
    QCOMPARE(AppointmentBook(*m_branch).byCode(second.code)->state, Booking::State::Cancelled);
    QVERIFY(!child<QLabel>(dialog, "receptionResult")->text().isEmpty());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("138****5678")));
}

QTEST_MAIN(TestCheckIn)
#include "tst_checkin.moc"
