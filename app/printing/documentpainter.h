#pragma once

#include "printing/printeddocument.h"

#include <QCoreApplication>

class QPagedPaintDevice;

// Lays out a PrintedDocument on A4 or A5 pages of any paged device: a PDF writer for the archive
// and the preview, or (in widgets/) a real printer. Long lists continue on further pages.
class DocumentPainter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPainter)
public:
    // Returns false when the device cannot be painted on (e.g. a printer that is gone).
    static bool paint(const PrintedDocument &document, QPagedPaintDevice &device);
};
