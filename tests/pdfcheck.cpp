#include "pdfcheck.h"

#include <QImage>
#include <QLineF>
#include <QProcess>

#include <ZXing/ReadBarcode.h>

QString PdfCheck::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromUtf8(p.readAllStandardError()));
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString PdfCheck::text(const QString &pdf, bool layout)
{
    QStringList args;
    if (layout) {
        args << QStringLiteral("-layout");
    }
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

PdfCheck::Qr PdfCheck::decodeQr(const QString &pdf, const QString &workDir)
{
    const QString prefix = workDir + QStringLiteral("/qrpage");
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"),
         QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
    QImage image(prefix + QStringLiteral(".png"));
    if (image.isNull()) {
        return {QStringLiteral("<no page image>"), 0};
    }
    image = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result r = ZXing::ReadBarcode(
        ZXing::ImageView(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum,
                         static_cast<int>(image.bytesPerLine())),
        hints);
    if (!r.isValid()) {
        return {QStringLiteral("<no QR code found>"), 0};
    }
    const auto tl = r.position().topLeft();
    const auto tr = r.position().topRight();
    return {QString::fromStdString(r.text()), QLineF(tl.x, tl.y, tr.x, tr.y).length() * 25.4 / 150};
}
