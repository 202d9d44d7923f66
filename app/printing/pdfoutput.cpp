#include "pdfoutput.h"

#include "documentpainter.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

QString PdfOutput::write(const PrintedDocument &document, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("CounterDesk"));
        if (!DocumentPainter::paint(document, writer)) {
            file.cancelWriting();
            return tr("The document could not be laid out.");
        }
    }
    if (!file.commit()) {
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}
