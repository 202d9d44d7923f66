// counterdesk-hq: head office's service (branches' nightly batches, signed catalogue and
// calendar) and its administration, over PostgreSQL. Links no QtWidgets.
#include "hqcommandline.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("counterdesk-hq"));
    QCoreApplication::setOrganizationName(QStringLiteral("CounterDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERDESK_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("counterdesk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }
    return HqCommandLine().run(QCoreApplication::arguments());
}
