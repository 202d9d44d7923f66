#include "qrcode.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    try {
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                            .setMargin(0)
                                            .setEccLevel(4)
                                            .encode(text.toStdString(), 0, 0);
        code.m_size = matrix.width();
        code.m_modules.resize(code.m_size * code.m_size);
        for (int y = 0; y < code.m_size; ++y) {
            for (int x = 0; x < code.m_size; ++x) {
                code.m_modules[y * code.m_size + x] = matrix.get(x, y);
            }
        }
    } catch (const std::exception &) {
        return {}; // too long for a QR code: the caller prints the text alone
    }
    return code;
}
