#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

class HqDatabase;

// counterdesk-hq's commands (docs/sync.md, "Head office's own commands"): serve, branch
// add/list/revoke, publish catalogue/calendar, report monthly, key. main.cpp only calls run().
class HqCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(HqCommandLine)
public:
    enum ExitCode {
        Ok = 0,
        Failure = 1,       // bad input, or refused
        CannotConnect = 2, // PostgreSQL unreachable, or its schema is newer than this program
    };

    // args[0] is the program, as in argv.
    int run(const QStringList &args);

    static QTextStream &out();
    static QTextStream &err();

private:
    int usage(int code);
    int serve(const QStringList &args);
    int branch(const QStringList &args);
    int publish(const QStringList &args);
    int report(const QStringList &args);
    int key(const QStringList &args);

    // Parses args for `name`; false with code set (0 after --help) when the command is done.
    bool parse(QCommandLineParser &parser, const QStringList &args, const QString &name,
               int positional, int &code);
    void addPgOption(QCommandLineParser &parser);
    void addKeyOption(QCommandLineParser &parser);
    // Connected and migrated to the newest schema; null with the reason printed.
    std::unique_ptr<HqDatabase> connect(const QCommandLineParser &parser, int &code);
};
