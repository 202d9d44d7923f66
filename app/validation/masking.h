#pragma once

#include <QString>

// Masks personal data for screens and printouts that do not need it in full.
namespace Masking
{
// 11010519491231002X -> 1101**********002X (first four and last four kept).
QString idNumber(const QString &id);
// 13812345678 -> 138****5678.
QString phone(const QString &phone);
// 张三 -> 张*, 欧阳娜娜 -> 欧阳** (compound surnames kept whole), John Smith -> J*** S****.
QString name(const QString &name);
} // namespace Masking
