#include "masking.h"

#include <QStringList>

namespace
{
// Two-character (复姓) surnames, kept whole when masking a name.
const QStringList &compoundSurnames()
{
    static const QStringList list =
        QString::fromUtf8(
            "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木 独孤 "
            "南宫 西门 百里 呼延 澹台 公冶 太史 申屠 钟离 闻人 赫连 万俟 拓跋 东郭 司空 歐陽 諸葛 "
            "長孫 司馬 夏侯 鍾離 聞人")
            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return list;
}

QString stars(qsizetype n)
{
    return QString(n, QLatin1Char('*'));
}

// Counted in characters, not UTF-16 units: a character outside the BMP (a rare name character
// such as 𠀋, an emoji) is one star or kept whole, never cut in half.
using Characters = QList<uint>;

QString join(const Characters &chars, qsizetype from, qsizetype count)
{
    QString out;
    for (qsizetype i = from; i < from + count; ++i) {
        const auto c = static_cast<char32_t>(chars.at(i));
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

// The first `head` and last `tail` characters kept, the rest as stars (all stars when there
// are no more than head + tail characters).
QString keepEnds(const QString &text, qsizetype head, qsizetype tail)
{
    const Characters chars = text.trimmed().toUcs4();
    const qsizetype n = chars.size();
    if (n <= head + tail) {
        return stars(n);
    }
    return join(chars, 0, head) + stars(n - head - tail) + join(chars, n - tail, tail);
}
} // namespace

QString Masking::idNumber(const QString &id)
{
    return keepEnds(id, 4, 4);
}

QString Masking::phone(const QString &phone)
{
    return keepEnds(phone, 3, 4);
}

QString Masking::name(const QString &name)
{
    const QString s = name.trimmed();
    if (s.isEmpty()) {
        return s;
    }
    const Characters chars = s.toUcs4();
    const bool latin = chars.at(0) < 0x2e80;
    if (latin) {
        QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &w : words) {
            const Characters word = w.toUcs4();
            w = join(word, 0, 1) + stars(word.size() - 1);
        }
        return words.join(QLatin1Char(' '));
    }
    qsizetype keep = 1;
    if (chars.size() > 2) {
        for (const QString &surname : compoundSurnames()) {
            if (s.startsWith(surname)) {
                keep = 2;
                break;
            }
        }
    }
    return join(chars, 0, keep) + stars(chars.size() - keep);
}
