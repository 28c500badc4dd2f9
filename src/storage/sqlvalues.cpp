#include "sqlvalues.h"

#include <nlohmann/json.hpp>

namespace cairn::sqlvalue {

QVariant fromOptional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> toOptionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QVariant fromOptional(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QVariant fromYear(const std::optional<SchoolYear> &year)
{
    return year ? QVariant(year->start()) : QVariant();
}

std::optional<SchoolYear> toOptionalYear(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return SchoolYear(value.toInt());
}

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant fromDateTime(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toUTC().toString(Qt::ISODate)) : QVariant();
}

QDateTime toDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

QVariant fromList(const QStringList &list)
{
    nlohmann::json array = nlohmann::json::array();
    for (const QString &entry : list)
        array.push_back(entry.toStdString());
    return QString::fromStdString(array.dump());
}

QVariant fromTranslation(const Translation &texts)
{
    nlohmann::json object = nlohmann::json::object();
    for (const auto &[field, text] : texts)
        object[field.toStdString()] = text.toStdString();
    return QString::fromStdString(object.dump());
}

Translation toTranslation(const QVariant &value)
{
    Translation texts;
    const nlohmann::json object = nlohmann::json::parse(value.toString().toStdString(), nullptr, false);
    if (!object.is_object())
        return texts;
    for (const auto &[field, text] : object.items()) {
        if (text.is_string())
            texts[QString::fromStdString(field)] = QString::fromStdString(text.get<std::string>());
    }
    return texts;
}

QStringList toList(const QVariant &value)
{
    QStringList list;
    const nlohmann::json array = nlohmann::json::parse(value.toString().toStdString(), nullptr, false);
    if (!array.is_array())
        return list;
    for (const nlohmann::json &entry : array) {
        if (entry.is_string())
            list.append(QString::fromStdString(entry.get<std::string>()));
    }
    return list;
}

QVariant fromTimepoint(const Timepoint &point)
{
    return point.toText();
}

Timepoint toTimepoint(const QVariant &value)
{
    return Timepoint::parse(value.toString()).value_or(Timepoint());
}

} // namespace cairn::sqlvalue
