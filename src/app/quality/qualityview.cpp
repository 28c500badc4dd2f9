#include "qualityview.h"

#include "app/document/plandocument.h"
#include "app/quality/rubricchoice.h"
#include "core/findinggroups.h"
#include "core/planwalk.h"
#include "core/rubric.h"
#include "storage/qualityjson.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
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
    , m_chooseRubric(new QPushButton(tr("Use a State &Rubric…"), this))
    , m_builtInRubric(new QPushButton(tr("&Cairn's Rubric"), this))
    , m_rubric(new QTreeWidget(this))
    , m_findings(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("quality"));
    m_summary->setObjectName(QStringLiteral("qualitySummary"));
    m_summary->setWordWrap(true);
    m_chooseRubric->setObjectName(QStringLiteral("chooseRubric"));
    m_chooseRubric->setAccessibleName(tr("Review with a state's rubric file"));
    m_builtInRubric->setObjectName(QStringLiteral("builtInRubric"));
    m_builtInRubric->setAccessibleName(tr("Review with Cairn's rubric"));

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
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_chooseRubric);
    top->addWidget(m_builtInRubric);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_chooseRubric, &QPushButton::clicked, this, &QualityView::chooseRubricFile);
    connect(m_builtInRubric, &QPushButton::clicked, this, [this] { useRubric({}); });
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
    const QString path = RubricChoice::remembered(m_document->plan().uuid);
    const RubricChoice::Loaded loaded = RubricChoice::load(path);
    const RubricCriteria &criteria = loaded.criteria;
    m_builtInRubric->setEnabled(!path.isEmpty());
    const std::vector<RubricResult> results = Rubric::review(m_document->plan(), criteria);
    // Every component with something to add is open, unless the reader
    // closed it.
    QSet<int> closed;
    for (int i = 0; i < m_rubric->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *component = m_rubric->topLevelItem(i);
        if (component->childCount() > 0 && !component->isExpanded())
            closed.insert(i);
    }
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
        component->setExpanded(!result.toAdd.empty() && !closed.contains(index));
    }
    const QString name = criteria.name.isEmpty() ? QFileInfo(path).fileName() : criteria.name;
    m_summary->setText((loaded.problem.isEmpty() ? QString() : loaded.problem + QLatin1Char(' '))
                       + tr("%1 · components met: %2 of %3 · partly met: %4 · missing: %5. Enter on an item shows it in the Plan tab.")
                           .arg(name)
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

void QualityView::chooseRubricFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Use a State Rubric"), QString(), tr("Rubrics (*.json);;All files (*)"));
    if (!path.isEmpty())
        useRubric(path);
}

bool QualityView::useRubric(const QString &path)
{
    if (!path.isEmpty()) {
        const QualityJson::Read read = QualityJson::readCriteriaFile(path);
        if (!read.criteria) {
            QStringList problems;
            for (const JsonProblem &problem : read.problems)
                problems.append(problem.toString());
            QMessageBox box(QMessageBox::Warning, tr("Not a Rubric"),
                            tr("%1 is not a rubric Cairn can use; the plan is still reviewed as before.").arg(QFileInfo(path).fileName()),
                            QMessageBox::Ok, this);
            box.setInformativeText(read.unreadable.isEmpty() ? problems.join(QLatin1Char('\n')) : read.unreadable);
            box.exec();
            return false;
        }
    }
    RubricChoice::remember(m_document->plan().uuid, path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
    m_rubric->clear(); // another rubric: its components open afresh
    refresh();
    return true;
}

void QualityView::choose(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString code = item->data(0, CodeRole).toString();
    if (code.isEmpty())
        return;
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
