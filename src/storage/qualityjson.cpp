#include "qualityjson.h"

#include <QFile>

#include <set>

namespace cairn {

namespace {

using Json = nlohmann::ordered_json;

std::string text(const QString &value)
{
    return value.toStdString();
}

constexpr int MaxLabel = 200;
constexpr int MaxWords = 1000;

// A whole number from `low` to `high`, or the fallback with the problem said.
int percent(const JsonNode &node, int fallback, int low, int high)
{
    if (!node.isPresent())
        return fallback;
    const int value = node.integer(fallback);
    if (value < low || value > high) {
        node.problem(QualityJson::tr("expected a whole number from %1 to %2, got %3").arg(low).arg(high).arg(value));
        return fallback;
    }
    return value;
}

RubricCriterion readCriterion(const JsonNode &node, std::set<RubricPart> &seen)
{
    RubricCriterion criterion;
    if (!node.expectObject({"component", "label", "metPercent", "partlyMetPercent", "minWords"}))
        return criterion;
    const JsonNode component = node["component"];
    if (!component.isPresent()) {
        component.problem(QualityJson::tr("is required: one of %1").arg(acceptedTokens<RubricPart>()));
        return criterion;
    }
    const QString name = component.text();
    const auto part = parseToken<RubricPart>(name);
    if (!part) {
        component.problem(name.isEmpty() ? QualityJson::tr("expected one of %1").arg(acceptedTokens<RubricPart>())
                                         : QualityJson::tr("\"%1\" is not a component Cairn reviews; use one of %2")
                                               .arg(name, acceptedTokens<RubricPart>()));
        return criterion;
    }
    criterion = Rubric::defaults(*part);
    if (!seen.insert(criterion.part).second)
        component.problem(QualityJson::tr("\"%1\" is listed twice; keep one").arg(toToken(criterion.part)));
    criterion.label = node["label"].text().trimmed();
    if (criterion.label.size() > MaxLabel)
        node["label"].problem(QualityJson::tr("longer than %1 characters").arg(MaxLabel));
    criterion.metPercent = percent(node["metPercent"], criterion.metPercent, 1, 100);
    criterion.partlyMetPercent = percent(node["partlyMetPercent"], criterion.partlyMetPercent, 0, 100);
    if (criterion.partlyMetPercent > criterion.metPercent)
        node["partlyMetPercent"].problem(
            QualityJson::tr("is more than metPercent (%1): a component is partly met below the share that meets it")
                .arg(criterion.metPercent));
    criterion.minWords = percent(node["minWords"], criterion.minWords, 0, MaxWords);
    return criterion;
}

Json itemJson(const RubricItem &item)
{
    Json object;
    object["type"] = item.kind ? Json(text(toToken(*item.kind))) : Json(nullptr);
    object["code"] = item.code.isEmpty() ? Json(nullptr) : Json(text(item.code));
    object["title"] = text(item.title);
    return object;
}

Json resultJson(const RubricResult &result)
{
    Json object;
    object["component"] = text(toToken(result.criterion.part));
    object["label"] = text(result.label());
    object["rating"] = text(toToken(result.rating));
    object["satisfied"] = result.satisfied;
    object["total"] = result.total;
    object["found"] = text(result.found);
    Json gaps = Json::array();
    for (const RubricGap &gap : result.toAdd) {
        Json items = Json::array();
        for (const RubricItem &item : gap.items)
            items.push_back(itemJson(item));
        gaps.push_back(Json{{"text", text(gap.text)}, {"items", std::move(items)}});
    }
    object["toAdd"] = std::move(gaps);
    return object;
}

} // namespace

QualityJson::Read QualityJson::readCriteria(const QByteArray &text)
{
    Read read;
    const auto document = parseJson(text, read.problems);
    if (!document)
        return read;
    const JsonNode root(&*document, {}, &read.problems);
    if (!root.expectObject({"format", "version", "name", "components"}))
        return read;
    if (root["format"].text() != QLatin1String(Format))
        root["format"].problem(tr("expected \"%1\": this is not a Cairn rubric (docs/plan-quality.md)").arg(QLatin1String(Format)));
    const JsonNode version = root["version"];
    if (!version.isPresent())
        version.problem(tr("is required: %1").arg(Version));
    else if (const int number = version.integer(Version); number != Version)
        version.problem(tr("this Cairn reads rubric version %1, not %2").arg(Version).arg(number));
    RubricCriteria criteria;
    criteria.name = root["name"].text().trimmed();
    if (criteria.name.size() > MaxLabel)
        root["name"].problem(tr("longer than %1 characters").arg(MaxLabel));
    const JsonNode components = root["components"];
    std::set<RubricPart> seen;
    components.forEach([&](const JsonNode &entry) { criteria.criteria.push_back(readCriterion(entry, seen)); });
    if (components.isPresent() && criteria.criteria.empty())
        components.problem(tr("lists no component; name at least one of %1").arg(acceptedTokens<RubricPart>()));
    else if (!components.isPresent())
        components.problem(tr("is required: the components the rubric reviews, each one of %1").arg(acceptedTokens<RubricPart>()));
    if (read.problems.empty())
        read.criteria = std::move(criteria);
    return read;
}

QualityJson::Read QualityJson::readCriteriaFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {std::nullopt, {}, tr("There is no file at %1.").arg(path)};
    if (file.size() > JsonLimits::MaxDocumentBytes)
        return {std::nullopt, {}, tr("%1 is far larger than any rubric; it was not read.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {}, tr("%1 cannot be read: %2.").arg(path, file.errorString())};
    return readCriteria(file.readAll());
}

QByteArray QualityJson::writeCheck(const QString &file, const std::vector<Finding> &findings, const RubricCriteria *criteria,
                                   const std::vector<RubricResult> &results)
{
    Json document;
    document["file"] = text(file);
    const auto errors = std::count_if(findings.begin(), findings.end(),
                                      [](const Finding &finding) { return finding.severity == Finding::Severity::Error; });
    document["errors"] = errors;
    document["warnings"] = qsizetype(findings.size()) - errors;
    Json list = Json::array();
    for (const Finding &finding : findings) {
        list.push_back(Json{{"severity", finding.severity == Finding::Severity::Error ? "error" : "warning"},
                            {"group", finding.group.isEmpty() ? Json(nullptr) : Json(text(finding.group))},
                            {"item", finding.item.isEmpty() ? Json(nullptr) : Json(text(finding.item))},
                            {"message", text(finding.message)}});
    }
    document["findings"] = std::move(list);
    if (criteria) {
        Json components = Json::array();
        for (const RubricResult &result : results)
            components.push_back(resultJson(result));
        document["rubric"] = Json{{"name", text(criteria->name)}, {"components", std::move(components)}};
    }
    return QByteArray::fromStdString(document.dump(2) + '\n');
}

} // namespace cairn
