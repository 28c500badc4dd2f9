#include "alignmentjson.h"

#include <nlohmann/json.hpp>

namespace cairn {

namespace {

using Json = nlohmann::ordered_json;

std::string text(const QString &value)
{
    return value.toStdString();
}

Json planRefJson(const PlanRef &plan)
{
    return plan.isEmpty() ? Json(nullptr) : Json{{"id", text(plan.id)}, {"title", text(plan.title)}};
}

Json schoolItemJson(const Alignment &alignment, const SchoolItem &item)
{
    Json object;
    object["school"] = text(alignment.schools[item.school].name);
    object["type"] = text(toToken(item.kind));
    object["code"] = text(item.code);
    object["title"] = text(item.title);
    return object;
}

Json rowJson(const Alignment &alignment, const AlignmentRow &row)
{
    Json object;
    object["type"] = text(toToken(row.kind));
    object["code"] = text(row.code);
    object["title"] = text(row.title);
    Json schools = Json::array();
    for (std::size_t school = 0; school < row.cells.size(); ++school) {
        const SchoolCell &cell = row.cells[school];
        schools.push_back(
            Json{{"school", text(alignment.schools[school].name)}, {"count", cell.count}, {"status", text(toToken(cell.status))}});
    }
    object["schools"] = std::move(schools);
    Json items = Json::array();
    for (const SupportingItem &item : row.items) {
        Json entry = schoolItemJson(alignment, SchoolItem{item.school, item.kind, item.code, item.title});
        entry["status"] = text(toToken(item.status));
        items.push_back(std::move(entry));
    }
    object["supportedBy"] = std::move(items);
    return object;
}

} // namespace

QByteArray AlignmentJson::write(const Alignment &alignment)
{
    Json document;
    document["district"] = planRefJson(alignment.district);
    document["year"] = text(alignment.year.label());
    Json schools = Json::array();
    for (const AlignedSchool &school : alignment.schools)
        schools.push_back(Json{{"name", text(school.name)}, {"title", text(school.title)}, {"links", school.links}});
    document["schools"] = std::move(schools);
    Json elsewhere = Json::array();
    for (const AlignedSchool &school : alignment.elsewhere)
        elsewhere.push_back(Json{{"name", text(school.name)},
                                 {"title", text(school.title)},
                                 {"alignsTo", planRefJson(school.alignsTo)},
                                 {"message", text(alignment.elsewhereText(school))}});
    document["leftOut"] = std::move(elsewhere);
    Json items = Json::array();
    for (const AlignmentRow &row : alignment.rows)
        items.push_back(rowJson(alignment, row));
    document["items"] = std::move(items);
    Json unsupported = Json::array();
    for (std::size_t row : alignment.unsupported)
        unsupported.push_back(Json{{"code", text(alignment.rows[row].code)}, {"title", text(alignment.rows[row].title)}});
    document["unsupported"] = std::move(unsupported);
    Json unaligned = Json::array();
    for (const SchoolItem &item : alignment.unaligned)
        unaligned.push_back(schoolItemJson(alignment, item));
    document["unaligned"] = std::move(unaligned);
    Json broken = Json::array();
    for (const BrokenLink &link : alignment.broken) {
        Json entry = schoolItemJson(alignment, link.item);
        entry["supports"] = text(link.missing);
        entry["suggestion"] = link.suggestion.isEmpty()
                                  ? Json(nullptr)
                                  : Json{{"code", text(link.suggestion)}, {"title", text(link.suggestionTitle)}};
        broken.push_back(std::move(entry));
    }
    document["broken"] = std::move(broken);
    return QByteArray::fromStdString(document.dump(2) + '\n');
}

} // namespace cairn
