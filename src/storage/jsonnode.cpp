#include "jsonnode.h"

#include "core/planrules.h"

#include <QRegularExpression>

#include <limits>
#include <set>
#include <string>

namespace cairn {

namespace {

// Raised from the parser callback to stop parsing a hostile document early.
struct ParseStop {
    QString path;
    QString message;
};

// Follows the parser through the document to know where it is, so that a
// refusal names the path.
class ParseGuard
{
public:
    bool operator()(int depth, nlohmann::json::parse_event_t event, nlohmann::json &parsed)
    {
        using Event = nlohmann::json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            if (depth >= JsonLimits::MaxDepth)
                throw ParseStop{path(), JsonNode::tr("nested more than %1 levels deep").arg(JsonLimits::MaxDepth)};
            m_frames.push_back(Frame{event == Event::array_start, 0, {}, {}});
            break;
        case Event::key: {
            Frame &frame = m_frames.back();
            frame.key = parsed.get<std::string>();
            if (!frame.keys.insert(frame.key).second)
                throw ParseStop{path(), JsonNode::tr("this key appears twice in the same object; keep one")};
            if (frame.keys.size() > std::size_t(JsonLimits::MaxArrayLength))
                throw ParseStop{path(), JsonNode::tr("more than %1 members").arg(JsonLimits::MaxArrayLength)};
            break;
        }
        case Event::object_end:
        case Event::array_end:
            m_frames.pop_back();
            elementDone();
            break;
        case Event::value:
            elementDone();
            break;
        }
        return true;
    }

private:
    struct Frame {
        bool array;
        int index;
        std::string key;
        std::set<std::string> keys;
    };

    void elementDone()
    {
        if (m_frames.empty() || !m_frames.back().array)
            return;
        if (++m_frames.back().index > JsonLimits::MaxArrayLength)
            throw ParseStop{path(), JsonNode::tr("more than %1 entries").arg(JsonLimits::MaxArrayLength)};
    }

public:
    // Where the parser is, written as JsonNode writes paths: fields as
    // ".name", map keys that are not names as ["2024"].
    QString path() const
    {
        static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        QString text;
        for (const Frame &frame : m_frames) {
            if (frame.array) {
                text += QStringLiteral("[%1]").arg(frame.index);
                continue;
            }
            if (frame.key.empty())
                continue;
            const QString key = QString::fromStdString(frame.key);
            if (name.match(key).hasMatch())
                text += (text.isEmpty() ? QString() : QStringLiteral(".")) + key;
            else
                text += QStringLiteral("[\"%1\"]").arg(key.left(40));
        }
        return text;
    }

private:

    std::vector<Frame> m_frames;
};

} // namespace

std::optional<nlohmann::json> parseJson(const QByteArray &text, std::vector<JsonProblem> &problems)
{
    if (text.size() > JsonLimits::MaxDocumentBytes) {
        problems.push_back({{}, JsonNode::tr("the document is larger than %1 MiB; a plan is far smaller, so this is not a plan")
                                    .arg(JsonLimits::MaxDocumentBytes / (1024 * 1024))});
        return std::nullopt;
    }
    ParseGuard guard;
    try {
        return nlohmann::json::parse(text.begin(), text.end(), std::ref(guard));
    } catch (const ParseStop &stop) {
        problems.push_back({stop.path, stop.message});
    } catch (const nlohmann::json::exception &error) {
        // nlohmann's message names the line and column; drop its prefix.
        QString message = QString::fromUtf8(error.what());
        message.remove(QRegularExpression(QStringLiteral("^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] ")));
        problems.push_back({guard.path(), JsonNode::tr("not valid JSON: %1").arg(message)});
    }
    return std::nullopt;
}

void JsonNode::problem(const QString &message) const
{
    m_problems->push_back({m_path, message});
}

QString JsonNode::shown() const
{
    std::string text = m_value ? m_value->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) : "nothing";
    if (text.size() > 60)
        text = text.substr(0, 57) + "...";
    return QString::fromStdString(text);
}

bool JsonNode::expect(bool condition, const char *expected) const
{
    if (!condition)
        problem(JsonNode::tr("expected %1, got %2").arg(QLatin1String(expected), shown()));
    return condition;
}

JsonNode JsonNode::operator[](const char *key) const
{
    const QString path = m_path.isEmpty() ? QString::fromLatin1(key) : m_path + QLatin1Char('.') + QLatin1String(key);
    if (m_value == nullptr || !m_value->is_object())
        return JsonNode(nullptr, path, m_problems);
    const auto it = m_value->find(key);
    return JsonNode(it == m_value->end() ? nullptr : &*it, path, m_problems);
}

bool JsonNode::expectObject(std::initializer_list<const char *> allowed) const
{
    return expectObject(std::vector<const char *>(allowed));
}

bool JsonNode::expectObject(const std::vector<const char *> &allowed) const
{
    if (!expect(m_value != nullptr && m_value->is_object(), "an object"))
        return false;
    for (const auto &[key, value] : m_value->items()) {
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char *name) { return key == name; });
        if (!known) {
            QStringList names;
            for (const char *name : allowed)
                names.append(QLatin1String(name));
            JsonNode(&value, m_path.isEmpty() ? QString::fromStdString(key) : m_path + QLatin1Char('.') + QString::fromStdString(key),
                     m_problems)
                .problem(JsonNode::tr("unknown field; the fields here are %1").arg(names.join(QStringLiteral(", "))));
        }
    }
    return true;
}

QString JsonNode::text() const
{
    if (!isPresent() || !expect(m_value->is_string(), "a text"))
        return {};
    return QString::fromStdString(m_value->get<std::string>());
}

std::optional<double> JsonNode::number() const
{
    if (!isPresent() || !expect(m_value->is_number(), "a number"))
        return std::nullopt;
    const double value = m_value->get<double>();
    if (const QString problem = PlanRules::numberProblem(JsonNode::tr("the number"), value); !problem.isEmpty()) {
        this->problem(problem);
        return std::nullopt;
    }
    return value;
}

int JsonNode::integer(int fallback) const
{
    if (!isPresent() || !expect(m_value->is_number_integer(), "a whole number"))
        return fallback;
    const auto value = m_value->get<long long>();
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        problem(JsonNode::tr("expected a whole number, got %1").arg(shown()));
        return fallback;
    }
    return int(value);
}

bool JsonNode::boolean() const
{
    return isPresent() && expect(m_value->is_boolean(), "true or false") && m_value->get<bool>();
}

std::optional<SchoolYear> JsonNode::year() const
{
    if (!isPresent() || !expect(m_value->is_string(), "a school year such as \"2024-25\""))
        return std::nullopt;
    const auto year = SchoolYear::parse(QString::fromStdString(m_value->get<std::string>()));
    if (!year)
        problem(JsonNode::tr("expected a school year such as \"2024-25\" between 1900 and 2200, got %1").arg(shown()));
    return year;
}

QDate JsonNode::date() const
{
    if (!isPresent() || !expect(m_value->is_string(), "a date such as \"2025-06-30\""))
        return {};
    const QDate date = QDate::fromString(QString::fromStdString(m_value->get<std::string>()), Qt::ISODate);
    if (!date.isValid()) {
        problem(JsonNode::tr("expected a date such as \"2025-06-30\", got %1").arg(shown()));
        return {};
    }
    if (const QString problem = PlanRules::dateProblem(JsonNode::tr("the date"), date); !problem.isEmpty()) {
        this->problem(problem);
        return {};
    }
    return date;
}

DueDate JsonNode::dueDate() const
{
    if (!isPresent() || !expect(m_value->is_string(), "a date such as \"2025-06-30\" or a month such as \"By January 2026\""))
        return {};
    const auto due = DueDate::parse(QString::fromStdString(m_value->get<std::string>()));
    if (!due) {
        problem(JsonNode::tr("expected a date such as \"2025-06-30\" or a month or season such as \"By January 2026\" "
                             "or \"Spring 2026\", got %1")
                    .arg(shown()));
        return {};
    }
    if (const QString problem = PlanRules::dateProblem(JsonNode::tr("the date"), due->date); !problem.isEmpty()) {
        this->problem(problem);
        return {};
    }
    return *due;
}

QDateTime JsonNode::dateTime() const
{
    if (!isPresent() || !expect(m_value->is_string(), "a time such as \"2025-06-30T14:05:00Z\""))
        return {};
    const QDateTime when = QDateTime::fromString(QString::fromStdString(m_value->get<std::string>()), Qt::ISODate);
    if (!when.isValid()) {
        problem(JsonNode::tr("expected a time such as \"2025-06-30T14:05:00Z\", got %1").arg(shown()));
        return {};
    }
    if (const QString problem = PlanRules::dateProblem(JsonNode::tr("the time"), when.date()); !problem.isEmpty()) {
        this->problem(problem);
        return {};
    }
    return when.toUTC();
}

QStringList JsonNode::textList() const
{
    QStringList list;
    forEach([&](const JsonNode &entry) { list.append(entry.text()); });
    return list;
}

void JsonNode::forEach(const std::function<void(const JsonNode &)> &visit) const
{
    if (!isPresent() || !expect(m_value->is_array(), "a list [...]"))
        return;
    for (std::size_t i = 0; i < m_value->size(); ++i)
        visit(JsonNode(&(*m_value)[i], m_path + QStringLiteral("[%1]").arg(i), m_problems));
}

void JsonNode::forEachMember(const std::function<void(const QString &, const JsonNode &)> &visit) const
{
    if (!isPresent() || !expect(m_value->is_object(), "an object {...}"))
        return;
    for (const auto &[key, value] : m_value->items()) {
        const QString name = QString::fromStdString(key);
        visit(name, JsonNode(&value, m_path + QStringLiteral("[\"%1\"]").arg(name), m_problems));
    }
}

} // namespace cairn
