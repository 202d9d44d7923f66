#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// The real counterdesk-hq for tests: one-shot commands, and `serve` as a process on a free port.
namespace HqTest
{
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// counterdesk-hq ARGS, to the end.
Run run(const QStringList &args);
// Writes head office's private seed (base64, one line, 0600) to DIR/hq.key; returns the path.
QString keyFile(const QString &dir, const QByteArray &seed);

// counterdesk-hq serve on a free port; line 1 the URL, line 2 the fingerprint.
class Process
{
public:
    ~Process();
    bool start(const QStringList &args);
    void kill();
    quint16 port = 0;
    QString fingerprint;
    QProcess process;
};
} // namespace HqTest
