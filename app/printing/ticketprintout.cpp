#include "ticketprintout.h"

#include "documentlanguage.h"

#include <functional>
#include <memory>

namespace
{
const char *const kAhead = QT_TRANSLATE_NOOP("Documents", "People waiting ahead of you: %1");
const char *const kIssued = QT_TRANSLATE_NOOP("Documents", "Ticket taken: %1");
// A booked ticket is called at its slot, before walk-ins: staff and the customer see why.
const char *const kBooked = QT_TRANSLATE_NOOP("Documents", "Booked %1");
const char *const kHint =
    QT_TRANSLATE_NOOP("Documents", "Scan the code to follow the queue and rate our service");
const char *const kFooter = QT_TRANSLATE_NOOP(
    "Documents", "Please keep this ticket and listen for your number to be called.");
} // namespace

const char *TicketPrintout::hintSource()
{
    return kHint;
}

const char *TicketPrintout::bookedSource()
{
    return kBooked;
}

QString TicketPrintout::hint(const QString &language)
{
    return DocumentLanguage(language).text(kHint);
}

TicketDocument TicketPrintout::make(const Input &in)
{
    const DocumentLanguage first(in.language);
    std::unique_ptr<DocumentLanguage> second;
    if (!in.secondLanguage.isEmpty() && in.secondLanguage != in.language) {
        second = std::make_unique<DocumentLanguage>(in.secondLanguage);
    }
    // Both texts of a line; the second only when a second language is configured.
    auto line = [&](const std::function<QString(const DocumentLanguage &)> &text) {
        return TicketDocument::Line{text(first), second ? text(*second) : QString()};
    };
    TicketDocument t;
    t.paper = in.paper;
    t.branchName = in.branchName;
    t.service = TicketDocument::Line{in.service.text(in.language),
                                     second ? in.service.text(in.secondLanguage) : QString()};
    if (t.service.second == t.service.text) {
        t.service.second.clear();
    }
    t.number = in.number;
    if (in.bookedSlot.isValid()) {
        t.details << line([&](const DocumentLanguage &l) {
            return l.text(kBooked).arg(in.bookedSlot.toString(QStringLiteral("HH:mm")));
        });
    }
    t.details << line([&](const DocumentLanguage &l) {
        return l.text(kAhead).arg(in.peopleAhead);
    }) << line([&](const DocumentLanguage &l) {
        return l.text(kIssued).arg(l.dateTime(in.issuedLocal));
    });
    t.qrText = in.statusUrl;
    t.hint = line([&](const DocumentLanguage &l) {
        return l.text(kHint);
    });
    t.footer = line([&](const DocumentLanguage &l) {
        return l.text(kFooter);
    });
    return t;
}
