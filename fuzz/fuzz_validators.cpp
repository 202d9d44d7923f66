// What a clerk or a customer types (app/validation and the small text parsers): the identity
// documents' numbers, the unified social credit code, the mobile number, the masks printed for
// them, a booking code typed at check-in, and the settings read as text (cut-off time, opening
// hours, --listen). Besides not crashing, each keeps its promises: a valid value is valid again
// in its normal form, and a mask neither breaks a character nor shows more than it should.

#include "fuzzsupport.h"

#include "appointments/appointmentbook.h"
#include "appointments/slotrules.h"
#include "calendar/cutoffsetting.h"
#include "calendar/workingcalendar.h"
#include "core/servicerunner.h"
#include "validation/creditcodevalidator.h"
#include "validation/iddocumentvalidator.h"
#include "validation/masking.h"
#include "validation/mobilenumbervalidator.h"
#include "validation/residentidvalidator.h"

#include <QHostAddress>

namespace
{
void checkValidation(const char *what, const ValidationResult &r,
                     const std::function<ValidationResult(const QString &)> &again)
{
    if (!r.valid && r.reason.isEmpty()) {
        FuzzSupport::violated("refused without a reason", QLatin1String(what));
    }
    if (r.valid) {
        const ValidationResult second = again(r.normalised);
        if (!second.valid || second.normalised != r.normalised) {
            FuzzSupport::violated("a valid value is not valid in its normal form",
                                  QLatin1String(what) + QLatin1Char(' ') + r.normalised);
        }
    }
}

void checkMask(const char *what, const QString &input, const QString &masked, bool partial)
{
    if (input.isValidUtf16() && !masked.isValidUtf16()) {
        FuzzSupport::violated("a mask breaks a character in two",
                              QLatin1String(what) + QLatin1Char(' ') + input);
    }
    // Numbers keep at most their first and last few characters.
    const QString whole = input.trimmed();
    if (partial && whole.size() > 1 && !masked.contains(QLatin1Char('*'))) {
        FuzzSupport::violated("a mask hides nothing", QLatin1String(what) + QLatin1Char(' ') + input
                                                          + QStringLiteral(" -> ") + masked);
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = FuzzSupport::text(data, size);

    checkValidation("resident", ResidentIdValidator::validate(input), [](const QString &s) {
        return ResidentIdValidator::validate(s);
    });
    checkValidation("credit", CreditCodeValidator::validate(input), [](const QString &s) {
        return CreditCodeValidator::validate(s);
    });
    checkValidation("mobile", MobileNumberValidator::validate(input), [](const QString &s) {
        return MobileNumberValidator::validate(s);
    });
    for (const QString &type : IdDocumentValidator::types()) {
        checkValidation(qPrintable(type), IdDocumentValidator::validate(type, input),
                        [&type](const QString &s) {
                            return IdDocumentValidator::validate(type, s);
                        });
    }
    IdDocumentValidator::validate(input, input);
    IdDocumentValidator::name(input);

    checkMask("id", input, Masking::idNumber(input), true);
    checkMask("phone", input, Masking::phone(input), true);
    checkMask("name", input, Masking::name(input), false);

    const QString code = AppointmentBook::normaliseCode(input);
    if (AppointmentBook::normaliseCode(code) != code) {
        FuzzSupport::violated("a booking code is not in its normal form after normalising");
    }

    if (const auto cutOff = CutOffSetting::parse(input); cutOff && !cutOff->isValid()) {
        FuzzSupport::violated("an invalid cut-off time was accepted");
    }
    QString error;
    if (const auto hours = SlotRules::parseHours(input, &error)) {
        SlotRules rules;
        rules.serviceCode = QStringLiteral("BANK-OPEN-PERSONAL");
        rules.hours = *hours;
        const QString formatted = SlotRules::formatHours(*hours);
        const auto again = SlotRules::parseHours(formatted, &error);
        if (!again || SlotRules::formatHours(*again) != formatted) {
            FuzzSupport::violated("opening hours do not read back as they were written", formatted);
        }
        for (int minutes : {5, 30, 480}) {
            rules.slotMinutes = minutes;
            for (int day = 1; day <= 7; ++day) {
                const QList<QTime> starts =
                    rules.startsOn(QDate(2026, 6, day), WorkingCalendar::builtIn());
                if (starts.size() > 24 * 60 / minutes) {
                    FuzzSupport::violated("more slots in a day than there are minutes");
                }
            }
        }
    } else if (error.isEmpty()) {
        FuzzSupport::violated("opening hours refused without a reason");
    }
    QHostAddress address;
    quint16 port = 0;
    if (ServiceRunner::parseListen(input, address, port)) {
        ServiceRunner::shownAddress(address);
    }
    return 0;
}
