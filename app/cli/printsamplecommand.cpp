#include "printsamplecommand.h"

#include "printing/pdfoutput.h"
#include "printing/sampledocuments.h"

namespace
{
QStringList allKinds()
{
    return SampleDocuments::kinds() << QStringLiteral("ticket");
}
} // namespace

PrintSampleCommand::PrintSampleCommand()
    : Command(QStringLiteral("print-sample"), tr("Render a document with demo data to PDF: %1.")
                                                  .arg(allKinds().join(QStringLiteral(", "))))
{}

void PrintSampleCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("kind"), allKinds().join(QLatin1Char('|')));
    parser.addOption({QStringLiteral("out"), tr("The PDF file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("lang"),
                      tr("The document's language: zh_CN (default), zh_TW or en."), tr("LANG"),
                      QStringLiteral("zh_CN")});
    parser.addOption({QStringLiteral("paper"),
                      tr("A4 (default) or A5; for a ticket 80 (mm, default) or 58."), tr("SIZE")});
}

int PrintSampleCommand::execute(QCommandLineParser &parser)
{
    const QString kind = parser.positionalArguments().value(0);
    const QString out = parser.value(QStringLiteral("out"));
    const QString lang = parser.value(QStringLiteral("lang"));
    const bool ticket = kind == QLatin1String("ticket");
    QString paper = parser.value(QStringLiteral("paper")).toUpper();
    if (paper.isEmpty()) {
        paper = ticket ? QStringLiteral("80") : QStringLiteral("A4");
    }
    const QStringList papers = ticket ? QStringList{QStringLiteral("58"), QStringLiteral("80")}
                                      : QStringList{QStringLiteral("A4"), QStringLiteral("A5")};
    if (!allKinds().contains(kind) || out.isEmpty()
        || !QStringList{QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")}
                .contains(lang)
        || !papers.contains(paper)) {
        err() << tr("Usage: counterdesk-cli print-sample %1 --out FILE.pdf [--lang zh_CN|zh_TW|en] "
                    "[--paper A4|A5] (a ticket: [--paper 80|58])")
                     .arg(allKinds().join(QLatin1Char('|')))
              << Qt::endl;
        return Failure;
    }
    QString error;
    if (ticket) {
        error = PdfOutput::write(SampleDocuments::ticket(lang, paper == QLatin1String("58")
                                                                   ? TicketDocument::Paper::Roll58
                                                                   : TicketDocument::Paper::Roll80),
                                 out);
    } else {
        PrintedDocument doc = SampleDocuments::make(kind, lang);
        doc.paper = paper == QLatin1String("A5") ? PrintedDocument::PaperSize::A5
                                                 : PrintedDocument::PaperSize::A4;
        error = PdfOutput::write(doc, out);
    }
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return Failure;
    }
    return Ok;
}
