#include "qualityview.h"

#include "app/document/plandocument.h"
#include "core/findinggroups.h"
#include "core/planwalk.h"
#include "core/rubric.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cairn {

namespace {

constexpr int CodeRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;

// A row that names an item: Enter shows it in the Plan tab.
void itemRow(QTreeWidgetItem *parent, const QString &text, const QString &code, std::optional<ItemKind> kind)
{
    auto *row = new QTreeWidgetItem(parent, {text});
    row->setFirstColumnSpanned(true);
    row->setToolTip(0, text);
    if (!code.isEmpty()) {
        row->setData(0, CodeRole, code);
        row->setData(0, KindRole, kind ? int(*kind) : -1);
    }
}

QString severityText(Finding::Severity severity)
{
    // Shapes as the outline's: ◆ for what must be fixed, ▲ for a gap.
    return severity == Finding::Severity::Error ? QualityView::tr("◆ Error") : QualityView::tr("▲ Warning");
}

} // namespace

QualityView::QualityView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_rubric(new QTreeWidget(this))
    , m_findings(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("quality"));
    m_summary->setObjectName(QStringLiteral("qualitySummary"));
    m_summary->setWordWrap(true);

    m_rubric->setObjectName(QStringLiteral("qualityRubric"));
    m_rubric->setAccessibleName(tr("Plan-quality rubric"));
    m_rubric->setColumnCount(ColumnCount);
    m_rubric->setHeaderLabels({tr("Component"), tr("State"), tr("What the plan has")});
    m_rubric->setWordWrap(true);
    m_rubric->setUniformRowHeights(false);
    m_rubric->header()->setStretchLastSection(true);
    m_rubric->header()->setSectionResizeMode(ComponentColumn, QHeaderView::ResizeToContents);
    m_rubric->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);

    m_findings->setObjectName(QStringLiteral("qualityFindings"));
    m_findings->setAccessibleName(tr("Check findings by kind"));
    m_findings->setHeaderLabels({tr("Check findings")});
    m_findings->setWordWrap(true);
    m_findings->setUniformRowHeights(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("qualitySplitter"));
    splitter->addWidget(m_rubric);
    splitter->addWidget(m_findings);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    for (QTreeWidget *tree : {m_rubric, m_findings})
        connect(tree, &QTreeWidget::itemActivated, this, &QualityView::choose);
    // Any edit may change a component's state: read the plan again when shown.
    auto refreshShown = [this] {
        if (isVisible())
            refresh();
    };
    connect(document, &PlanDocument::changed, this, refreshShown);
    connect(document, &PlanDocument::reloaded, this, refreshShown);
    connect(document, &PlanDocument::tookOutsideChange, this, refreshShown);
}

void QualityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void QualityView::refresh()
{
    fillRubric();
    fillFindings();
}

void QualityView::fillRubric()
{
    const RubricCriteria criteria = Rubric::builtIn();
    const std::vector<RubricResult> results = Rubric::review(m_document->plan(), criteria);
    // Keep the reader's place: the components they had open stay open.
    QSet<int> open;
    for (int i = 0; i < m_rubric->topLevelItemCount(); ++i) {
        if (m_rubric->topLevelItem(i)->isExpanded())
            open.insert(i);
    }
    const bool first = m_rubric->topLevelItemCount() == 0;
    m_rubric->clear();
    int counts[4] = {};
    for (const RubricResult &result : results) {
        ++counts[int(result.rating)];
        auto *component = new QTreeWidgetItem(
            m_rubric, {result.label(), Rubric::symbol(result.rating) + QLatin1Char(' ') + Rubric::word(result.rating), result.found});
        component->setToolTip(FoundColumn, result.found);
        for (const RubricGap &gap : result.toAdd) {
            auto *toAdd = new QTreeWidgetItem(component, {gap.text});
            toAdd->setFirstColumnSpanned(true);
            toAdd->setToolTip(0, gap.text);
            for (const RubricItem &item : gap.items)
                itemRow(toAdd, Rubric::itemText(item), item.code, item.kind);
            toAdd->setExpanded(true);
        }
        const int index = m_rubric->topLevelItemCount() - 1;
        component->setExpanded(first ? result.rating == Rating::PartlyMet || result.rating == Rating::Missing : open.contains(index));
    }
    m_summary->setText(tr("%1 · components met: %2 of %3 · partly met: %4 · missing: %5. Enter on an item shows it in the Plan tab.")
                           .arg(criteria.name)
                           .arg(counts[int(Rating::Met)])
                           .arg(int(results.size()) - counts[int(Rating::DoesNotApply)])
                           .arg(counts[int(Rating::PartlyMet)])
                           .arg(counts[int(Rating::Missing)]));
}

void QualityView::fillFindings()
{
    m_findings->clear();
    for (const FindingGroup &group : FindingGroups::group(PlanCheck::run(m_document->plan()))) {
        auto *heading = new QTreeWidgetItem(m_findings, {severityText(group.severity) + QStringLiteral(" · ") + FindingGroups::summary(group, 6)});
        heading->setToolTip(0, heading->text(0));
        for (const Finding &finding : group.findings) {
            if (!finding.item.isEmpty() || group.findings.size() > 1)
                itemRow(heading, finding.message, finding.item, std::nullopt);
        }
    }
    if (m_findings->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_findings, {tr("No findings: the plan passes every check.")});
}

void QualityView::choose(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString code = item->data(0, CodeRole).toString();
    if (code.isEmpty()) {
        item->setExpanded(!item->isExpanded());
        return;
    }
    const int kind = item->data(0, KindRole).toInt();
    bool found = false;
    forEachItem(m_document->plan(), [&](const ItemView &view) {
        if (!found && view.code == code && (kind < 0 || int(view.kind) == kind)) {
            found = true;
            emit itemChosen(view.kind, view.id());
        }
    });
}

} // namespace cairn
