#pragma once

#include <QString>

// The words the hall display speaks for a call, in Mandarin for espeak-ng's "cmn-latn-pinyin"
// voice: "请A零零一号到三号窗口办理". The ticket number is read digit by digit (espeak would
// read "A010" as "ling shi" and "A123" as "yi bai er shi san"); the window as a number.
// Spoken, not shown: it follows the voice's language, not the screen's, so it is not tr()'d.
namespace Announcement
{
// "A001" -> "A零零一": digits as Chinese digit characters, letters kept (espeak reads A as "ei").
QString spokenNumber(const QString &number);
// 3 -> "三", 12 -> "十二", 20 -> "二十", 105 -> "一百零五" (1..9999; other values as digits).
QString chineseNumeral(int n);
// "请A零零一号到三号窗口办理".
QString text(const QString &number, int window);
} // namespace Announcement
