#pragma once

#include "command.h"

// counterdesk-cli catalogue verify|import|export|list|sign: the service catalogue that head
// office signs and the branch applies.
class CatalogueCommand : public Command
{
public:
    CatalogueCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;

private:
    int sign(const QCommandLineParser &parser);
};
