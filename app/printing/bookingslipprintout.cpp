#include "bookingslipprintout.h"

#include "documentlanguage.h"

#include <functional>
#include <memory>

namespace
{
const char *const kTitle = QT_TRANSLATE_NOOP("Documents", "Booking slip");
const char *const kSlot = QT_TRANSLATE_NOOP("Documents", "Appointment: %1 %2–%3");
const char *const kCodeLabel =
    QT_TRANSLATE_NOOP("Documents", "Your booking code (type or scan it at the hall to check in)");
const char *const kName = QT_TRANSLATE_NOOP("Documents", "Name: %1");
const char *const kPhone = QT_TRANSLATE_NOOP("Documents", "Phone: %1");
const char *const kCheckIn =
    QT_TRANSLATE_NOOP("Documents", "Please check in at the hall between %1 and %2");
const char *const kCancel = QT_TRANSLATE_NOOP(
    "Documents", "Cannot come? Please cancel by %1 on the booking page or at reception.");
const char *const kNoShow =
    QT_TRANSLATE_NOOP("Documents", "%1 missed bookings within %2 days stop online booking for "
                                   "%3 days.");
const char *const kHint = QT_TRANSLATE_NOOP("Documents", "Scan to see or cancel your booking");
const char *const kFooter = QT_TRANSLATE_NOOP(
    "Documents", "Please bring the documents your service needs, and keep this slip.");

QString hhmm(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}
} // namespace

BookingSlip BookingSlipPrintout::make(const Input &in)
{
    const DocumentLanguage first(in.language);
    std::unique_ptr<DocumentLanguage> second;
    if (!in.secondLanguage.isEmpty() && in.secondLanguage != in.language) {
        second = std::make_unique<DocumentLanguage>(in.secondLanguage);
    }
    auto line = [&](const std::function<QString(const DocumentLanguage &)> &text) {
        return BookingSlip::Line{text(first), second ? text(*second) : QString()};
    };
    BookingSlip s;
    s.paper = in.paper;
    s.branchName = in.branchName;
    s.title = line([](const DocumentLanguage &l) {
        return l.text(kTitle);
    });
    s.service = BookingSlip::Line{in.service.text(in.language),
                                  second ? in.service.text(in.secondLanguage) : QString()};
    if (s.service.second == s.service.text) {
        s.service.second.clear();
    }
    s.slot = line([&](const DocumentLanguage &l) {
        return l.text(kSlot).arg(l.date(in.date), hhmm(in.start), hhmm(in.end));
    });
    s.codeLabel = line([](const DocumentLanguage &l) {
        return l.text(kCodeLabel);
    });
    s.code = in.code;
    // Name and phone once: they are the same in every language.
    s.customer = {{first.text(kName).arg(in.maskedName), {}},
                  {first.text(kPhone).arg(in.maskedPhone), {}}};
    s.checkIn = line([&](const DocumentLanguage &l) {
        return l.text(kCheckIn).arg(hhmm(in.checkInFrom), hhmm(in.checkInUntil));
    });
    s.rules = {line([&](const DocumentLanguage &l) {
                   return l.text(kCancel).arg(l.dateTime(in.cancelByLocal));
               }),
               line([&](const DocumentLanguage &l) {
                   return l.text(kNoShow).arg(in.noShowLimit).arg(in.noShowDays).arg(in.blockDays);
               })};
    s.qrText = in.bookingUrl;
    s.hint = line([](const DocumentLanguage &l) {
        return l.text(kHint);
    });
    s.footer = line([](const DocumentLanguage &l) {
        return l.text(kFooter);
    });
    return s;
}
