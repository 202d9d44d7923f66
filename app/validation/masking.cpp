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
} // namespace

QString Masking::idNumber(const QString &id)
{
    const QString s = id.trimmed();
    if (s.size() <= 8) {
        return stars(s.size());
    }
    return s.left(4) + stars(s.size() - 8) + s.right(4);
}

QString Masking::phone(const QString &phone)
{
    const QString s = phone.trimmed();
    if (s.size() <= 7) {
        return stars(s.size());
    }
    return s.left(3) + stars(s.size() - 7) + s.right(4);
}

QString Masking::name(const QString &name)
{
    const QString s = name.trimmed();
    if (s.isEmpty()) {
        return s;
    }
    const bool latin = s.at(0).unicode() < 0x2e80;
    if (latin) {
        QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &w : words) {
            w = w.left(1) + stars(w.size() - 1);
        }
        return words.join(QLatin1Char(' '));
    }
    qsizetype keep = 1;
    if (s.size() > 2) {
        for (const QString &surname : compoundSurnames()) {
            if (s.startsWith(surname)) {
                keep = 2;
                break;
            }
        }
    }
    return s.left(keep) + stars(s.size() - keep);
}
