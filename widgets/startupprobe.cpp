#include "startupprobe.h"

#include <QAbstractEventDispatcher>
#include <QFile>

#include <chrono>

namespace
{
const QString &probeFile()
{
    static const QString file = qEnvironmentVariable("COUNTERDESK_STARTUP_PROBE");
    return file;
}
} // namespace

void StartupProbe::mark(const char *event)
{
    if (probeFile().isEmpty()) {
        return;
    }
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                        std::chrono::steady_clock::now().time_since_epoch())
                        .count();
    QFile file(probeFile());
    if (file.open(QIODevice::Append | QIODevice::Text)) {
        file.write(QByteArray(event) + ' ' + QByteArray::number(static_cast<qint64>(ns)) + '\n');
    }
}

void StartupProbe::markWhenIdle(const char *event)
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (probeFile().isEmpty() || !dispatcher) {
        return;
    }
    QObject::connect(
        dispatcher, &QAbstractEventDispatcher::aboutToBlock, dispatcher,
        [event] {
            mark(event);
        },
        Qt::SingleShotConnection);
}
