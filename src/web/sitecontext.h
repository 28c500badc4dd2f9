#pragma once

#include "core/publishedvalues.h"

#include "core/planstatus.h"

#include <QDate>

namespace cairn::web {

// What to publish: the year whose statuses the site shows, the date they
// are judged as of and the day it is published.
struct PublishOptions {
    SchoolYear year;
    QDate asOf;
    QDate published;
    // Small groups' values left out by this rule; none given: the plan's own.
    std::optional<SuppressionRule> suppression;
    // The language of the pages' words, dates and numbers: "en" or "es"
    // (DocumentLanguage); empty: the language in force.
    QString language = {};
};

// What every page of one site shares: the plan, its statuses for the year
// and where each goal's page is.
struct SiteContext {
    const Plan &plan; // as published: small groups' values taken out
    const PublishedValues &values;
    const PlanStatus &status;
    PublishOptions options;
    std::vector<QString> goalFiles; // one per goal, in order: "goal-p1.html"

    // The date the site's values describe: the latest day a value was
    // recorded, or measured, for the year or before; none without values.
    QDate dataDate() const;
};

} // namespace cairn::web
