#pragma once

#include "command.h"

class Branch;

// counterdesk-cli queue show|call|recall|no-show|park|resume|transfer|serve|finish|windows|
// window|config: the hall's queue, its windows and its rules, for scripts and administrators.
class QueueCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(QueueCommand)
public:
    QueueCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;

private:
    int show(Branch &branch);
    int windows(Branch &branch);
    int window(Branch &branch, const QCommandLineParser &parser, int number);
    int config(Branch &branch, const QCommandLineParser &parser);
};
