#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>
#include <vector>

class Branch;

// One subcommand of counterdesk-cli (the model is keepassxc-cli): a name, a one-line
// description, its own options, and shared ones such as --data-dir and --passphrase-file.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    // Exit codes, the same for every subcommand (see --help).
    enum ExitCode {
        Ok = 0,
        Failure = 1,     // bad input, or the operation was refused
        CannotOpen = 2,  // no passphrase, wrong passphrase, missing or damaged database
        AuditBroken = 3, // the audit chain does not verify
    };

    Command(QString name, QString description);
    virtual ~Command();

    const QString &name() const { return m_name; }
    const QString &description() const { return m_description; }
    // Commands that render fonts or images need a QGuiApplication (offscreen is enough).
    virtual bool needsGui() const { return false; }

    // args[0] is the command's name, as in argv.
    int run(const QStringList &args);

    static const std::vector<std::unique_ptr<Command>> &all();
    static Command *find(const QString &name);

    static QTextStream &out();
    static QTextStream &err();

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual int execute(QCommandLineParser &parser) = 0;

    void addBranchOptions(QCommandLineParser &parser);
    // Reads a line from the terminal without echoing it (a password).
    static QByteArray promptHidden(const QString &prompt);
    QString dataDir(const QCommandLineParser &parser) const;
    // The passphrase from --passphrase-file, the environment, the keychain or (on a terminal) a
    // prompt. Empty, with the reason printed, when there is none. *origin, if given, says
    // which: "file", "environment", "keychain" or "prompt".
    QByteArray passphrase(const QCommandLineParser &parser, bool confirm,
                          QString *origin = nullptr);
    // Opens the branch named by the options; prints why and sets exitCode when it cannot.
    // *usedPassphrase, if given, receives the passphrase it opened with.
    std::unique_ptr<Branch> openBranch(const QCommandLineParser &parser, int &exitCode,
                                       QByteArray *usedPassphrase = nullptr);

private:
    QString m_name;
    QString m_description;
};
