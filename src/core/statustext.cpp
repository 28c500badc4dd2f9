#include "statustext.h"

namespace cairn {

QString StatusText::word(Status status)
{
    switch (status) {
    case Status::OnTrack:
        return tr("On track");
    case Status::AtRisk:
        return tr("At risk");
    case Status::OffTrack:
        return tr("Off track");
    case Status::Complete:
        return tr("Complete");
    case Status::NotStarted:
        return tr("Not started");
    case Status::NoData:
        return tr("No data");
    case Status::NoTarget:
        return tr("No target");
    case Status::NotYetDue:
        return tr("Not yet due");
    case Status::Discontinued:
        return tr("Discontinued");
    }
    return {};
}

QString StatusText::counted(Status status, int count)
{
    switch (status) {
    case Status::OnTrack:
        return tr("%n on track", nullptr, count);
    case Status::AtRisk:
        return tr("%n at risk", nullptr, count);
    case Status::OffTrack:
        return tr("%n off track", nullptr, count);
    case Status::Complete:
        return tr("%n complete", nullptr, count);
    case Status::NotStarted:
        return tr("%n not started", nullptr, count);
    case Status::NoData:
        return tr("%n no data", nullptr, count);
    case Status::NoTarget:
        return tr("%n no target", nullptr, count);
    case Status::NotYetDue:
        return tr("%n not yet due", nullptr, count);
    case Status::Discontinued:
        return tr("%n discontinued", nullptr, count);
    }
    return {};
}

QString StatusText::word(RecommendationState state)
{
    switch (state) {
    case RecommendationState::Proposed:
        return tr("Proposed");
    case RecommendationState::Forwarded:
        return tr("Forwarded to the board");
    case RecommendationState::Approved:
        return tr("Approved");
    case RecommendationState::Declined:
        return tr("Declined");
    case RecommendationState::Implemented:
        return tr("Implemented");
    }
    return {};
}

QString StatusText::tally(Status status, int count)
{
    QString text = symbol(status) + QLatin1Char(' ') + counted(status, count);
    return text.replace(QLatin1Char(' '), QChar::Nbsp);
}

QString StatusText::inText(RecommendationState state)
{
    switch (state) {
    case RecommendationState::Proposed:
        return tr("proposed");
    case RecommendationState::Forwarded:
        return tr("forwarded to the board");
    case RecommendationState::Approved:
        return tr("approved");
    case RecommendationState::Declined:
        return tr("declined");
    case RecommendationState::Implemented:
        return tr("implemented");
    }
    return {};
}

QString StatusText::counted(ItemKind kind, int count)
{
    switch (kind) {
    case ItemKind::Goal:
        return tr("%n goals", nullptr, count);
    case ItemKind::Objective:
        return tr("%n objectives", nullptr, count);
    case ItemKind::Action:
        return tr("%n actions", nullptr, count);
    case ItemKind::Measure:
        return tr("%n measures", nullptr, count);
    }
    return {};
}

QString StatusText::word(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Goal:
        return tr("goal");
    case ItemKind::Objective:
        return tr("objective");
    case ItemKind::Action:
        return tr("action");
    case ItemKind::Measure:
        return tr("measure");
    }
    return {};
}

QString StatusText::symbol(Status status)
{
    switch (status) {
    case Status::OnTrack:
        return QStringLiteral("\u25CF");
    case Status::AtRisk:
        return QStringLiteral("\u25B2");
    case Status::OffTrack:
        return QStringLiteral("\u25C6");
    case Status::Complete:
        return QStringLiteral("\u2714");
    case Status::NotStarted:
        return QStringLiteral("\u25CB");
    case Status::NoData:
        return QStringLiteral("\u25CC");
    case Status::NoTarget:
        return QStringLiteral("\u25C7");
    case Status::NotYetDue:
        return QStringLiteral("\u2026");
    case Status::Discontinued:
        return QStringLiteral("\u2715");
    }
    return {};
}

} // namespace cairn
