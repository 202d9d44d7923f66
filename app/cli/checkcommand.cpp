#include "checkcommand.h"

#include "validation/creditcodevalidator.h"
#include "validation/mobilenumbervalidator.h"
#include "validation/residentidvalidator.h"

CheckCommand::CheckCommand()
    : Command(QStringLiteral("check"),
              tr("'check id|uscc|phone VALUE': print 'valid' (exit 0) or what is wrong (exit 1)."))
{}

void CheckCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 tr("id (resident identity number), uscc (unified social credit "
                                    "code) or phone (mainland mobile number)."));
    parser.addPositionalArgument(QStringLiteral("value"), tr("The value to check."));
}

int CheckCommand::execute(QCommandLineParser &parser)
{
    const QString usage = tr("Usage: counterdesk-cli check id|uscc|phone VALUE");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        err() << tr("Expected a kind and one value, got %n argument(s).", nullptr,
                    static_cast<int>(args.size()))
              << Qt::endl
              << usage << Qt::endl;
        return Failure;
    }
    const QString &kind = args.at(0);
    ValidationResult r;
    if (kind == QLatin1String("id")) {
        r = ResidentIdValidator::validate(args.at(1));
    } else if (kind == QLatin1String("uscc")) {
        r = CreditCodeValidator::validate(args.at(1));
    } else if (kind == QLatin1String("phone")) {
        r = MobileNumberValidator::validate(args.at(1));
    } else {
        err() << tr("Unknown kind '%1'.").arg(kind) << Qt::endl << usage << Qt::endl;
        return Failure;
    }
    if (r.valid) {
        // Machine-readable, so never translated.
        out() << "valid" << Qt::endl;
        return Ok;
    }
    out() << r.reason << Qt::endl;
    return Failure;
}
