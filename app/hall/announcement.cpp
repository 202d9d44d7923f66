#include "announcement.h"

namespace
{
const QChar kDigits[] = {QChar(0x96F6), QChar(0x4E00), QChar(0x4E8C), QChar(0x4E09),
                         QChar(0x56DB), QChar(0x4E94), QChar(0x516D), QChar(0x4E03),
                         QChar(0x516B), QChar(0x4E5D)}; // 零一二三四五六七八九
const QChar kTen(0x5341);                               // 十
const QChar kHundred(0x767E);                           // 百
const QChar kThousand(0x5343);                          // 千
} // namespace

QString Announcement::spokenNumber(const QString &number)
{
    QString out;
    for (const QChar c : number) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            out += kDigits[c.unicode() - '0'];
        } else if (c.isLetter() && c.unicode() < 0x80) {
            out += c.toUpper();
        }
        // Anything else (a dash, a space) is not spoken.
    }
    return out;
}

QString Announcement::chineseNumeral(int n)
{
    if (n < 1 || n > 9999) {
        return spokenNumber(QString::number(n));
    }
    if (n < 100) {
        // 10..19 are said 十, 十一 ... not 一十一.
        const int tens = n / 10;
        const int ones = n % 10;
        QString out;
        if (tens > 1) {
            out += kDigits[tens];
        }
        if (tens > 0) {
            out += kTen;
        }
        if (ones > 0) {
            out += kDigits[ones];
        }
        return out;
    }
    const int units[] = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
    const QChar names[] = {kThousand, kHundred, kTen, QChar()};
    QString out;
    bool zero = false;
    for (int i = 0; i < 4; ++i) {
        if (units[i] == 0) {
            zero = !out.isEmpty();
            continue;
        }
        if (zero) {
            out += kDigits[0]; // 一百零五
            zero = false;
        }
        out += kDigits[units[i]];
        if (!names[i].isNull()) {
            out += names[i];
        }
    }
    return out;
}

QString Announcement::text(const QString &number, int window)
{
    return QStringLiteral("请%1号到%2号窗口办理").arg(spokenNumber(number), chineseNumeral(window));
}
