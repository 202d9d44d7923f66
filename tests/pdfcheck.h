#pragma once

#include <QString>
#include <QStringList>

// What a reader sees in a PDF: its text layer (pdftotext) and its QR code, decoded with ZXing from
// a 150 dpi render of page 1 (pdftoppm), as a scanner or a phone would see it.
namespace PdfCheck
{
struct Qr
{
    QString text; // "<...>" when nothing could be decoded
    double sideMm = 0;
};

// Runs a tool; its standard output, or "<tool failed: ...>".
QString run(const QString &program, const QStringList &args);
QString text(const QString &pdf, bool layout = false);
Qr decodeQr(const QString &pdf, const QString &workDir);
} // namespace PdfCheck
