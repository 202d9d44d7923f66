#pragma once

#include "command.h"

#include <optional>

// counterdesk-cli staff add|list|disable|enable|password: the branch's staff accounts (an
// administrator's job), so that a branch made with `init` has people who can sign in, and
// someone who leaves, or whose password is known to others, no longer can.
class StaffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StaffCommand)
public:
    StaffCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;

private:
    // The new password from COUNTERDESK_STAFF_PASSWORD or typed twice; nothing (and said why)
    // when unusable.
    std::optional<QString> askPassword(const QString &login);
    int change(QCommandLineParser &parser, const QString &action);
};
