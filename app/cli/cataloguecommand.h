#pragma once

#include "command.h"

// counterdesk-cli catalogue verify|import|export|list|sign: the service catalogue that head
// office signs and the branch applies.
class CatalogueCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueCommand)
public:
    CatalogueCommand();

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(QCommandLineParser &parser) override;

private:
    int sign(const QCommandLineParser &parser);
};
