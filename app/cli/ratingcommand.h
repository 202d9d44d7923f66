#pragma once

#include "command.h"

// counterdesk-cli rating list|summary: customers' ratings (好差评) of a period, one line each,
// and each clerk's and service's figures.
class RatingCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RatingCommand)
public:
    RatingCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;
};
