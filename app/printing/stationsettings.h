#pragma once

#include "printing/ticketdocument.h"
#include "staff/session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Branch;

// Which printer a station prints on, and on what paper. A station is one PC in one role (the
// hall's kiosk, a clerk's counter), named "ROLE@HOST".
//
// Kept in the branch database (setting table, keys station.<id>.*), not in a per-PC QSettings
// file: a change of printer is an audited "setting.change" by a named administrator, the
// value is encrypted and backed up with the branch, and the kept print jobs that depend on it
// live in the same file. A printer name is only meaningful on its own PC, hence the host name
// in the key; a branch restored onto another PC starts with the default (PDF to a folder).
class StationSettings
{
    Q_DECLARE_TR_FUNCTIONS(StationSettings)
public:
    enum class Output { PdfFolder, Printer };
    enum class Paper { Roll58, Roll80, A4, A5 };

    Output output = Output::PdfFolder;
    QString printerName; // Printer: the system's printer (CUPS queue) name
    QString pdfFolder;   // PdfFolder: empty means the default folder for the role
    Paper paper = Paper::Roll80;

    bool operator==(const StationSettings &) const = default;

    // This PC's station in a role ("kiosk", "counter").
    static QString stationId(const QString &role);
    static QString roleOf(const QString &station);
    // The papers a role prints on: tickets at the kiosk, A4/A5 forms at a counter.
    static QList<Paper> papersFor(const QString &role);
    static StationSettings defaults(const QString &role);

    // The station's settings; absent or malformed values give the role's defaults.
    static StationSettings read(Branch &branch, const QString &station);
    // Empty when the settings suit the station, else what is wrong (for staff).
    QString check(const QString &station) const;
    // Saves as one audited event. Only a session allowed to manage the branch may (checked
    // here, not only by the screen). Returns an empty string, or why nothing was saved.
    static QString save(Branch &branch, const QString &station, const StationSettings &settings,
                        const Session &by);

    // Where PDF output goes: the chosen folder, or DATA_DIR/tickets (kiosk) or
    // DATA_DIR/printouts (counter).
    QString pdfFolderIn(const QString &dataDir, const QString &role) const;
    // The ticket layout for this paper (A4/A5 stations print tickets 80 mm wide).
    TicketDocument::Paper ticketPaper() const;
    static QString paperKey(Paper paper);
    static QString paperName(Paper paper);

private:
    static QString key(const QString &station, const char *name);
};
