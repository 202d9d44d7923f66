#pragma once

#include "catalogue/catalogue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class Branch;

// Takes a catalogue document from head office: checks its signature against the pinned key,
// parses it strictly, refuses anything not newer than what is in force, and applies it in one
// transaction (with its audit entry). A refused document changes nothing.
class CatalogueUpdate
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueUpdate)
public:
    struct Result
    {
        bool ok = false;
        bool alreadyInForce = false;
        QString message; // what happened, or why it was refused
        std::optional<Catalogue> catalogue;
    };

    static Result verify(Branch &branch, const QByteArray &envelope);
    static Result apply(Branch &branch, const QByteArray &envelope, const QString &actor);
    // The signed document in force, exactly as head office sent it (empty if none).
    static QByteArray exportCurrent(Branch &branch);
    // The catalogue in force, if any.
    static std::optional<Catalogue> current(Branch &branch);
};
