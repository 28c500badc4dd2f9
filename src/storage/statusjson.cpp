#include "statusjson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace cairn {

namespace {

using Json = nlohmann::ordered_json;

// Scores, progress and derived targets are rounded to four decimals so that
// the output does not show binary noise (0.45714285714285713).
Json rounded(const std::optional<double> &value)
{
    if (!value)
        return nullptr;
    const double r = std::round(*value * 10000.0) / 10000.0;
    if (std::floor(r) == r && std::abs(r) < 1e15)
        return static_cast<long long>(r);
    return r;
}

Json coverageJson(const Coverage &coverage)
{
    Json object;
    object["measures"] = coverage.measures;
    object["measuresReported"] = coverage.measuresReported;
    object["measuresWithProgress"] = coverage.measuresWithProgress;
    object["actions"] = coverage.actions;
    object["actionsComplete"] = coverage.actionsComplete;
    object["milestones"] = coverage.milestones;
    object["milestonesMet"] = coverage.milestonesMet;
    return object;
}

Json itemJson(const ItemStatus &item)
{
    Json object;
    object["id"] = item.id.toStdString();
    object["parent"] = item.parent.isEmpty() ? Json(nullptr) : Json(item.parent.toStdString());
    object["type"] = toToken(item.kind).toStdString();
    object["code"] = item.code.toStdString();
    object["title"] = item.title.toStdString();
    object["status"] = toToken(item.judgement.status).toStdString();
    object["score"] = rounded(item.score);
    object["progress"] = rounded(item.progress);
    object["manual"] = item.judgement.manual;
    if (item.judgement.manual && !item.judgement.rationale.isEmpty())
        object["rationale"] = item.judgement.rationale.toStdString();
    if (item.kind == ItemKind::Goal || item.kind == ItemKind::Objective)
        object["coverage"] = coverageJson(item.coverage);
    if (item.kind == ItemKind::Measure) {
        const auto &target = item.judgement.target;
        object["target"] = target ? rounded(target->value) : Json(nullptr);
        object["targetDerived"] = target && target->derived;
        object["actual"] = rounded(item.judgement.actual);
    }
    return object;
}

} // namespace

QByteArray StatusJson::write(const PlanStatus &status)
{
    Json document;
    document["year"] = status.year().start();
    document["yearLabel"] = status.year().label().toStdString();
    document["asOf"] = status.asOf().toString(Qt::ISODate).toStdString();
    Json items = Json::array();
    for (const ItemStatus &item : status.items())
        items.push_back(itemJson(item));
    document["items"] = std::move(items);
    Json plan;
    plan["status"] = toToken(status.plan().judgement.status).toStdString();
    plan["score"] = rounded(status.plan().score);
    plan["progress"] = rounded(status.plan().progress);
    plan["coverage"] = coverageJson(status.plan().coverage);
    document["plan"] = std::move(plan);
    return QByteArray::fromStdString(document.dump(2) + '\n');
}

} // namespace cairn
