#include "printsamplecommand.h"

#include "printing/pdfoutput.h"
#include "printing/sampledocuments.h"

PrintSampleCommand::PrintSampleCommand()
    : Command(QStringLiteral("print-sample"),
              tr("Render a document with demo data to PDF: %1.")
                  .arg(SampleDocuments::kinds().join(QStringLiteral(", "))))
{
}

void PrintSampleCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("kind"), SampleDocuments::kinds().join(QLatin1Char('|')));
    parser.addOption({QStringLiteral("out"), tr("The PDF file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("lang"), tr("The document's language: zh_CN (default), zh_TW or en."),
                      tr("LANG"), QStringLiteral("zh_CN")});
    parser.addOption({QStringLiteral("paper"), tr("A4 (default) or A5."), tr("SIZE"), QStringLiteral("A4")});
}

int PrintSampleCommand::execute(QCommandLineParser &parser)
{
    const QString kind = parser.positionalArguments().value(0);
    const QString out = parser.value(QStringLiteral("out"));
    const QString lang = parser.value(QStringLiteral("lang"));
    const QString paper = parser.value(QStringLiteral("paper")).toUpper();
    if (!SampleDocuments::kinds().contains(kind) || out.isEmpty()
        || !QStringList{QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")}.contains(lang)
        || (paper != QLatin1String("A4") && paper != QLatin1String("A5"))) {
        err() << tr("Usage: counterdesk-cli print-sample %1 --out FILE.pdf [--lang zh_CN|zh_TW|en] "
                    "[--paper A4|A5]")
                     .arg(SampleDocuments::kinds().join(QLatin1Char('|')))
              << Qt::endl;
        return Failure;
    }
    PrintedDocument doc = SampleDocuments::make(kind, lang);
    doc.paper = paper == QLatin1String("A5") ? PrintedDocument::PaperSize::A5
                                              : PrintedDocument::PaperSize::A4;
    const QString error = PdfOutput::write(doc, out);
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return Failure;
    }
    return Ok;
}
