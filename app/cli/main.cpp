// counterdesk-cli: scripting and administration of a CounterDesk branch. Links no QtWidgets.
#include "command.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <QLocale>
#include <QTranslator>
#include <memory>

namespace
{
void printUsage()
{
    QTextStream &o = Command::out();
    o << QCoreApplication::translate("main", "Usage: counterdesk-cli COMMAND [OPTIONS]") << "\n\n"
      << QCoreApplication::translate("main", "Commands:") << '\n';
    for (const auto &c : Command::all()) {
        o << "  " << c->name().leftJustified(12) << ' ' << c->description() << '\n';
    }
    o << '\n'
      << QCoreApplication::translate("main",
                                     "'counterdesk-cli COMMAND --help' describes a command.")
      << "\n\n"
      << QCoreApplication::translate("main", "Exit codes: 0 ok; 1 refused or bad input; 2 "
                                             "cannot open the database (no or wrong passphrase, "
                                             "missing, damaged or newer file); 3 audit chain "
                                             "broken.")
      << '\n'
      << QCoreApplication::translate("main", "Environment: COUNTERDESK_PASSPHRASE holds the "
                                             "database passphrase for scripts.")
      << Qt::endl;
}
} // namespace

namespace
{
// Qt warns that XDG_RUNTIME_DIR is unset whenever a headless command renders; scripts read
// stderr, so that one line is dropped. Everything else goes through.
QtMessageHandler g_defaultHandler = nullptr;
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    g_defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    g_defaultHandler = qInstallMessageHandler(filterMessages);
    // Printing needs fonts, hence a QGuiApplication; it runs offscreen, with no display.
    std::unique_ptr<QCoreApplication> app;
    const Command *wanted = argc > 1 ? Command::find(QString::fromLocal8Bit(argv[1])) : nullptr;
    if (wanted && wanted->needsGui()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("CounterDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("CounterDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERDESK_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("counterdesk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help")
        || args.at(1) == QLatin1String("-h") || args.at(1) == QLatin1String("help")) {
        printUsage();
        return args.size() < 2 ? Command::Failure : Command::Ok;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        Command::out() << "counterdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Command::Ok;
    }
    Command *command = Command::find(args.at(1));
    if (!command) {
        Command::err() << QCoreApplication::translate("main", "Unknown command: %1").arg(args.at(1))
                       << Qt::endl;
        printUsage();
        return Command::Failure;
    }
    return command->run(args.mid(1));
}
