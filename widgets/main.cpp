// counterdesk: the counter application (GUI). Parses its arguments and opens a window.
#include "appearance.h"
#include "branch/branch.h"
#include "catalogue/catalogueupdate.h"
#include "displaywindow.h"
#include "hall/announcer.h"
#include "hall/hallboard.h"
#include "hall/hallclient.h"
#include "hall/localhallfeed.h"
#include "hall/remotehallfeed.h"
#include "kioskwindow.h"
#include "mainwindow.h"
#include "pairedcounterwindow.h"
#include "printersink.h"
#include "printing/stationsettings.h"
#include "screenlanguage.h"
#include "staff/staffdirectory.h"
#include "startup.h"
#include "startupprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

namespace
{
// The kiosk (or, with --user, the reception desk): full screen, tickets printed where the
// station's settings say (PDF files in DATA_DIR/tickets until an administrator chooses a
// printer at the kiosk's Staff button).
int runKiosk(Branch &branch, const QCommandLineParser &parser, const QString &screenshot)
{
    const std::optional<Catalogue> catalogue = CatalogueUpdate::current(branch);
    if (!catalogue) {
        qCritical("The branch has no service catalogue: import one first.");
        return 2;
    }
    std::optional<Session> reception;
    if (parser.isSet(QStringLiteral("user"))) {
        const auto signIn =
            StaffDirectory(branch).signIn(parser.value(QStringLiteral("user")),
                                          qEnvironmentVariable("COUNTERDESK_STAFF_PASSWORD"),
                                          parser.value(QStringLiteral("window")).toInt());
        if (!signIn.session) {
            qCritical("%s", qPrintable(signIn.error));
            return 2;
        }
        reception = *signIn.session;
    }
    const QString role = QStringLiteral("kiosk");
    const std::unique_ptr<PrintSink> sink = PrinterSink::forStation(
        StationSettings::read(branch, StationSettings::stationId(role)), branch.dataDir(), role);
    KioskWindow kiosk(branch, *catalogue, *sink, reception);
    if (screenshot.isEmpty()) {
        kiosk.showFullScreen();
    } else {
        // A picture at the virtual screen's size (a common kiosk is 1366x768).
        kiosk.resize(kiosk.screen()->size());
        kiosk.show();
        QTimer::singleShot(500, &kiosk, [&kiosk, screenshot] {
            const bool saved = kiosk.grab().save(screenshot);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

// Full screen, or a 1920x1080 picture saved to `screenshot` once the board is filled.
int showDisplay(DisplayWindow &display, const QString &screenshot)
{
    if (screenshot.isEmpty()) {
        display.showFullScreen();
    } else {
        display.resize(1920, 1080);
        display.show();
        QTimer::singleShot(1500, &display, [&display, screenshot] {
            QApplication::exit(display.grab().save(screenshot) ? 0 : 1);
        });
    }
    return QApplication::exec();
}

// The hall display in this process, on the branch file it has open.
int runLocalDisplay(Branch &branch, const QString &screenshot)
{
    HallBoard board(QLocale().name());
    Announcer announcer;
    announcer.setMuted(!screenshot.isEmpty());
    DisplayWindow display(board, &announcer);
    LocalHallFeed feed(branch, board);
    feed.start();
    return showDisplay(display, screenshot);
}

// The connection of a device paired with a hall host (counterdesk-cli device add): --host,
// --pin and --token-file. Nothing, with the reason printed, when one is missing or wrong.
std::unique_ptr<HallClient> pairedClient(const QCommandLineParser &parser)
{
    QFile tokenFile(parser.value(QStringLiteral("token-file")));
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        qCritical("--token-file: cannot read %s", qPrintable(tokenFile.fileName()));
        return nullptr;
    }
    const QByteArray token = tokenFile.readLine().trimmed();
    const QUrl host(parser.value(QStringLiteral("host")));
    const QString pin = parser.value(QStringLiteral("pin"));
    if (!host.isValid() || host.scheme() != QLatin1String("https") || pin.isEmpty()
        || token.isEmpty()) {
        qCritical("--host needs an https:// address, --pin the host's fingerprint and "
                  "--token-file the device's token");
        return nullptr;
    }
    return std::make_unique<HallClient>(host, pin, token);
}

// A counter PC paired with a hall host: the clerk signs in on the host and works its queue.
int runPairedCounter(const QCommandLineParser &parser, const QString &screenshot)
{
    const std::unique_ptr<HallClient> client = pairedClient(parser);
    if (!client) {
        return 2;
    }
    PairedCounterWindow window(*client);
    window.resize(900, 640);
    window.show();
    if (parser.isSet(QStringLiteral("user"))) {
        QObject::connect(&window, &PairedCounterWindow::refused, &window,
                         [](const QString &message) {
                             qCritical("%s", qPrintable(message));
                             QApplication::exit(2);
                         });
        window.signIn(parser.value(QStringLiteral("user")),
                      qEnvironmentVariable("COUNTERDESK_STAFF_PASSWORD"),
                      parser.value(QStringLiteral("window")).toInt());
    } else {
        QTimer::singleShot(0, &window, qOverload<>(&PairedCounterWindow::signIn));
    }
    if (!screenshot.isEmpty()) {
        QObject::connect(&window, &PairedCounterWindow::signedIn, &window, [&window, screenshot] {
            QTimer::singleShot(1500, &window, [&window, screenshot] {
                QApplication::exit(window.grab().save(screenshot) ? 0 : 1);
            });
        });
    }
    return QApplication::exec();
}

// The hall display as a device paired with a hall host (counterdesk-cli device add --role display).
int runRemoteDisplay(const QCommandLineParser &parser, const QString &screenshot)
{
    const std::unique_ptr<HallClient> paired = pairedClient(parser);
    if (!paired) {
        return 2;
    }
    HallClient &client = *paired;
    HallBoard board(QLocale().name());
    Announcer announcer;
    announcer.setMuted(!screenshot.isEmpty());
    DisplayWindow display(board, &announcer);
    RemoteHallFeed feed(client, board);
    QObject::connect(&feed, &RemoteHallFeed::connectionChanged, &display,
                     &DisplayWindow::setConnected);
    feed.start();
    return showDisplay(display, screenshot);
}
} // namespace

int main(int argc, char *argv[])
{
    // --help and --version print and quit: they need no display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    QApplication app(argc, argv);
    StartupProbe::mark("app");
    QApplication::setApplicationName(QStringLiteral("CounterDesk"));
    QApplication::setOrganizationName(QStringLiteral("CounterDesk"));
    QApplication::setApplicationVersion(QStringLiteral(COUNTERDESK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("CounterDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/counterdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CounterDesk: counter software for service halls"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("The branch's data folder."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("passphrase-file"),
                      QStringLiteral("Read the database passphrase from the first line of FILE."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("demo"), QStringLiteral("Open the demo branch (created on first use).")});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Language of the screens for this run: zh_CN, zh_TW or en "
                                     "(default: the one chosen in File > Language, else zh_CN)."),
                      QStringLiteral("LANG"), QStringLiteral("zh_CN")});
    parser.addOption({QStringLiteral("user"),
                      QStringLiteral("Sign in as this staff member (password from "
                                     "COUNTERDESK_STAFF_PASSWORD), for scripts and screenshots."),
                      QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("window"), QStringLiteral("The window number to serve at."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("screenshot"),
                      QStringLiteral("Save a picture of the main window to FILE and quit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("role"),
                      QStringLiteral("counter (default): a clerk's window; kiosk: the hall's "
                                     "full-screen ticket kiosk (with --user, the reception desk); "
                                     "display: the hall's calling display."),
                      QStringLiteral("ROLE"), QStringLiteral("counter")});
    parser.addOption(
        {QStringLiteral("host"),
         QStringLiteral("counter, display: the hall host's address (https://HOST:PORT) "
                        "of a paired device; without it they use this PC's branch."),
         QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("pin"),
         QStringLiteral("counter, display: the host's certificate fingerprint (SHA256:...)."),
         QStringLiteral("FINGERPRINT")});
    parser.addOption(
        {QStringLiteral("token-file"),
         QStringLiteral("counter, display: a file holding the device token (device add)."),
         QStringLiteral("FILE")});
    parser.process(app);

    // zh_CN is the first language; Qt's own strings (dialog buttons) follow it.
    // --lang for this run, else the language chosen in File > Language.
    QString lang = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                        : ScreenLanguage::saved();
    if (!ScreenLanguage::codes().contains(lang)) {
        qWarning("--lang must be one of %s; using zh_CN",
                 qPrintable(ScreenLanguage::codes().join(QStringLiteral(", "))));
        lang = QStringLiteral("zh_CN");
    }
    QLocale::setDefault(QLocale(lang));
    QTranslator qtTranslator;
    QTranslator appTranslator;
    if (qtTranslator.load(QStringLiteral("qtbase_") + lang,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    if (appTranslator.load(QStringLiteral(":/i18n/counterdesk_") + lang)) {
        QApplication::installTranslator(&appTranslator);
    }
    Appearance::apply(app);

    const QString role = parser.value(QStringLiteral("role"));
    if (role != QLatin1String("counter") && role != QLatin1String("kiosk")
        && role != QLatin1String("display")) {
        qCritical("--role must be counter, kiosk or display, not %s", qPrintable(role));
        return 1;
    }
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    if (role == QLatin1String("display") && parser.isSet(QStringLiteral("host"))) {
        return runRemoteDisplay(parser, screenshot); // no branch file on this PC
    }
    if (role == QLatin1String("counter") && parser.isSet(QStringLiteral("host"))) {
        return runPairedCounter(parser, screenshot); // no branch file on this PC
    }

    Startup::Options options;
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    options.passphraseFile = parser.value(QStringLiteral("passphrase-file"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    std::unique_ptr<Branch> branch = Startup::openBranch(options);
    if (!branch) {
        return 2;
    }
    StartupProbe::mark("branch-open");

    if (role == QLatin1String("display")) {
        return runLocalDisplay(*branch, screenshot);
    }
    if (role == QLatin1String("kiosk")) {
        return runKiosk(*branch, parser, screenshot);
    }

    MainWindow window(std::move(branch));
    window.resize(1366, 768);
    window.show();
    StartupProbe::mark("main-window");
    if (parser.isSet(QStringLiteral("user"))) {
        StartupProbe::mark("sign-in");
        const auto signIn = StaffDirectory(window.branch())
                                .signIn(parser.value(QStringLiteral("user")),
                                        qEnvironmentVariable("COUNTERDESK_STAFF_PASSWORD"),
                                        parser.value(QStringLiteral("window")).toInt());
        if (!signIn.session) {
            qCritical("%s", qPrintable(signIn.error));
            return 2;
        }
        window.startSession(*signIn.session);
    } else if (!parser.isSet(QStringLiteral("screenshot"))) {
        // A clerk starts the day by signing in at a window.
        QTimer::singleShot(0, &window, &MainWindow::signIn);
    }

    if (!screenshot.isEmpty()) {
        QTimer::singleShot(500, &window, [&window, screenshot] {
            const bool saved = window.grab().save(screenshot);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
