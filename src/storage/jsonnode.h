#pragma once

#include "core/duedate.h"
#include "core/enums.h"
#include "core/schoolyear.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <initializer_list>
#include <optional>

namespace cairn {

// A problem found in a JSON document, with the path of the value at fault
// ("plan.goals[1].objectives[0].code").
struct JsonProblem {
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// Limits that keep a hostile document from exhausting memory or time. The
// limits of the values in a plan, the same however they come in, are
// PlanRules'.
struct JsonLimits {
    static constexpr qint64 MaxDocumentBytes = 64 * 1024 * 1024;
    static constexpr int MaxDepth = 32;
    static constexpr int MaxArrayLength = 100'000;  // entries in one array or map
};

// Parses JSON text with the limits above and refuses duplicate keys. On
// failure returns std::nullopt and appends the problem.
std::optional<nlohmann::json> parseJson(const QByteArray &text, std::vector<JsonProblem> &problems);

// A position in a parsed document while validating it. Every accessor
// checks the value's type, and numbers and dates their range
// (PlanRules); what is wrong is recorded with its path and a usable
// fallback is returned, so that one pass reports every problem. How long a
// text may be depends on the field: ItemRules checks it once the item is
// read.
class JsonNode
{
    Q_DECLARE_TR_FUNCTIONS(cairn::JsonNode)

public:
    JsonNode(const nlohmann::json *value, QString path, std::vector<JsonProblem> *problems)
        : m_value(value)
        , m_path(std::move(path))
        , m_problems(problems)
    {
    }

    bool isPresent() const { return m_value != nullptr && !m_value->is_null(); }
    const QString &path() const { return m_path; }
    void problem(const QString &message) const;

    // A member of an object (absent members give a node that is not present).
    JsonNode operator[](const char *key) const;
    // Reports members other than `allowed`, and that the node is an object.
    bool expectObject(std::initializer_list<const char *> allowed) const;
    bool expectObject(const std::vector<const char *> &allowed) const;

    QString text() const;
    std::optional<double> number() const;
    int integer(int fallback) const;
    bool boolean() const;
    std::optional<SchoolYear> year() const;
    QDate date() const;
    // A date, or a month or season as plans write it (see DueDate).
    DueDate dueDate() const;
    QDateTime dateTime() const;
    QStringList textList() const;

    template<typename Enum>
    Enum token(Enum fallback) const
    {
        if (!isPresent())
            return fallback;
        if (const auto parsed = m_value->is_string() ? parseToken<Enum>(QString::fromStdString(m_value->get<std::string>()))
                                                     : std::nullopt)
            return *parsed;
        problem(tr("expected one of %1, got %2").arg(acceptedTokens<Enum>(), shown()));
        return fallback;
    }

    // Calls `visit` for each element of an array.
    void forEach(const std::function<void(const JsonNode &)> &visit) const;
    // Calls `visit` for each member of an object used as a map.
    void forEachMember(const std::function<void(const QString &key, const JsonNode &)> &visit) const;

private:
    QString shown() const; // the value as it was written, shortened
    bool expect(bool condition, const char *expected) const;

    const nlohmann::json *m_value;
    QString m_path;
    std::vector<JsonProblem> *m_problems;
};

} // namespace cairn
