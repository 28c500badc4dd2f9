#pragma once

#include "auditentry.h"
#include "goal.h"
#include "review.h"

namespace cairn {

struct NamedText {
    QString name;
    QString description;
    Translation es; // "name", "description"

    bool operator==(const NamedText &) const = default;
};

struct Section {
    QString heading;
    QString body;
    Translation es; // "heading", "body"

    bool operator==(const Section &) const = default;
};

struct Person {
    QString name;
    QString role;

    bool operator==(const Person &) const = default;
};

// Another plan named by its identity, with its title as last seen.
struct PlanRef {
    QString id;
    QString title;

    bool isEmpty() const { return id.isEmpty(); }
    bool operator==(const PlanRef &) const = default;
};

struct Plan {
    // The plan's identity: a UUID made when the plan is created, kept by
    // export and import, so that school plans can name the plan they align to.
    QString uuid;
    PlanKind kind = PlanKind::District;
    QString unit;     // the school or department of a school or department plan
    PlanRef alignsTo; // the district plan a school or department plan supports
    QString organization;
    QString title;
    QString description;
    SchoolYear firstYear;
    SchoolYear lastYear;
    SchoolYear reportYear; // the year under review
    QString mission;
    QString vision;
    QString theoryOfAction;
    QString needsAssessment; // what the data show and which needs the plan answers (a school plan's data analysis)
    Translation es; // its texts in Spanish: PlanTexts names the fields (organization, title, mission, …)
    // How small student groups are protected in what is published: a
    // SuppressionRule token ("tx", "min-n:10"); empty for none.
    QString suppression;
    NumberStyle numbers = NumberStyle::CommaPoint; // how its documents write numbers
    // When the owners' values for the year under review are due (the
    // coordinator's data call); null when no date was set.
    QDate dataCallDue;
    std::vector<NamedText> coreValues;
    std::vector<NamedText> profileAttributes; // profile of the graduate
    std::vector<Section> sections;            // "Oversight", "We believe", ...
    std::vector<Person> people;
    std::vector<Goal> goals;
    std::vector<Review> reviews;
    std::vector<AuditEntry> audit;

    bool operator==(const Plan &) const = default;
};

} // namespace cairn
