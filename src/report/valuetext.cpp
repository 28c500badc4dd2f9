#include "valuetext.h"

#include <QLocale>

#include <cmath>

namespace cairn {

namespace {

// A plan's money is its district's dollars, however the numbers around them
// are written (the locale's own currency would turn them into euros).
QString currencySymbol()
{
    return QStringLiteral("$");
}

QString withUnit(const ValueFormat &format, const QString &number)
{
    switch (format.unit) {
    case Unit::Percent:
        return number + QLatin1Char('%');
    case Unit::Currency:
        return currencySymbol() + number;
    case Unit::Days:
        return ValueText::tr("%1 days").arg(number);
    case Unit::Custom:
        return format.customUnit.isEmpty() ? number : number + QLatin1Char(' ') + format.customUnit;
    case Unit::Unspecified:
    case Unit::Count:
    case Unit::Score:
    case Unit::Rating:
        break;
    }
    return number;
}

int decimalsFor(double step)
{
    int decimals = 0;
    while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return decimals;
}

} // namespace

QString ValueText::format(const ValueFormat &format, double value, int extraDecimals)
{
    const int decimals = std::clamp(format.decimals, 0, 6) + std::max(0, extraDecimals);
    QString number = QLocale().toString(value, 'f', decimals);
    if (extraDecimals > 0 && number.contains(QLocale().decimalPoint())) {
        // 91.0 reads better as 91 when the extra digit says nothing.
        while (number.endsWith(QLatin1Char('0')) && decimals > format.decimals)
            number.chop(1);
        if (number.endsWith(QLocale().decimalPoint()))
            number.chop(QLocale().decimalPoint().size());
    }
    return withUnit(format, number);
}

QString ValueText::tick(const ValueFormat &format, double value, double step)
{
    if (format.unit == Unit::Currency && std::abs(value) >= 1e6 && step >= 1e5)
        return currencySymbol() + QLocale().toString(value / 1e6, 'f', decimalsFor(step / 1e6)) + QLatin1Char('M');
    if (format.unit == Unit::Currency && std::abs(value) >= 1e3 && step >= 1e2)
        return currencySymbol() + QLocale().toString(value / 1e3, 'f', decimalsFor(step / 1e3)) + QLatin1Char('K');
    const QString number = QLocale().toString(value, 'f', decimalsFor(step));
    return format.unit == Unit::Percent || format.unit == Unit::Currency ? withUnit(format, number) : number;
}

QString ValueText::unitName(const ValueFormat &format)
{
    switch (format.unit) {
    case Unit::Percent:
        return tr("Percent");
    case Unit::Count:
        return tr("Count");
    case Unit::Currency:
        return tr("Amount");
    case Unit::Score:
        return tr("Score");
    case Unit::Rating:
        return tr("Rating");
    case Unit::Days:
        return tr("Days");
    case Unit::Custom:
        return format.customUnit;
    case Unit::Unspecified:
        break;
    }
    return {};
}

} // namespace cairn
