#include "alignmentview.h"

#include "app/alignment/measurecomparisonview.h"
#include "app/document/plandocument.h"
#include "app/outline/statusicons.h"
#include "core/planwalk.h"
#include "core/statustext.h"
#include "core/textparts.h"
#include "storage/planreader.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cairn {

namespace {

constexpr int PathRole = Qt::UserRole + 1;
constexpr int CodeRole = Qt::UserRole + 2;

// "Objective G3.2  Start a student-run morning broadcast"
QString itemText(ItemKind kind, const QString &code, const QString &title)
{
    QString word = StatusText::word(kind);
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word + QLatin1Char(' ') + code + QStringLiteral("  ") + oneLineTextParts(title);
}

QTreeWidgetItem *group(QTreeWidget *tree, const QString &title, std::size_t count)
{
    auto *item = new QTreeWidgetItem(tree, {title.arg(count)});
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

// A row of what to fix; a school plan's says which file it is in.
QTreeWidgetItem *row(QTreeWidgetItem *parent, const QString &what, const QString &school, const QString &fix, const QString &path)
{
    const QString text = path.isEmpty() ? fix : AlignmentView::tr("%1 (%2)").arg(fix, QFileInfo(path).fileName());
    auto *item = new QTreeWidgetItem(parent, {what, school, text});
    item->setData(0, PathRole, path);
    item->setToolTip(AlignmentView::IssueFixColumn, path.isEmpty() ? fix : fix + QLatin1Char('\n') + QDir::toNativeSeparators(path));
    return item;
}

} // namespace

AlignmentView::AlignmentView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_addFiles(new QPushButton(tr("&Add School Plans…"), this))
    , m_addFolder(new QPushButton(tr("Add Fol&der…"), this))
    , m_removeAll(new QPushButton(tr("Remove A&ll"), this))
    , m_matrix(new QTableWidget(this))
    , m_issues(new QTreeWidget(this))
    , m_fix(new QLabel(this))
    , m_measures(new MeasureComparisonView(this))
{
    setObjectName(QStringLiteral("alignment"));
    m_summary->setObjectName(QStringLiteral("alignmentSummary"));
    m_summary->setWordWrap(true);
    m_addFiles->setObjectName(QStringLiteral("addSchoolPlans"));
    m_addFiles->setAccessibleName(tr("Add school plans"));
    m_addFolder->setObjectName(QStringLiteral("addSchoolFolder"));
    m_addFolder->setAccessibleName(tr("Add a folder of school plans"));
    m_removeAll->setObjectName(QStringLiteral("removeSchoolPlans"));
    m_removeAll->setAccessibleName(tr("Remove all school plans"));

    m_matrix->setObjectName(QStringLiteral("alignmentMatrix"));
    m_matrix->setAccessibleName(tr("District goals and objectives by school"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setTabKeyNavigation(false);
    m_matrix->setWordWrap(false);
    m_matrix->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_matrix->verticalHeader()->hide();

    m_issues->setObjectName(QStringLiteral("alignmentIssues"));
    m_issues->setAccessibleName(tr("What to fix"));
    m_issues->setColumnCount(IssueColumnCount);
    m_issues->setHeaderLabels({tr("Item"), tr("School"), tr("How to fix it")});
    m_issues->setWordWrap(true);
    m_issues->setUniformRowHeights(false);
    m_issues->header()->setStretchLastSection(false);
    m_issues->header()->setSectionResizeMode(IssueItemColumn, QHeaderView::Stretch);
    m_issues->header()->setSectionResizeMode(IssueSchoolColumn, QHeaderView::ResizeToContents);
    m_issues->header()->setSectionResizeMode(IssueFixColumn, QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_addFolder);
    buttons->addWidget(m_removeAll);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("alignmentSplitter"));
    splitter->addWidget(m_matrix);
    auto *issuesBox = new QWidget(splitter);
    auto *issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->addWidget(m_issues, 1);
    issuesLayout->addWidget(m_fix);
    m_fix->setObjectName(QStringLiteral("alignmentFix"));
    m_fix->setWordWrap(true);
    m_fix->setAccessibleName(tr("How to fix the chosen row"));
    m_fix->setTextInteractionFlags(Qt::TextSelectableByMouse);
    splitter->addWidget(issuesBox);
    splitter->addWidget(m_measures);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3); // room for the small charts
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_addFiles, &QPushButton::clicked, this, &AlignmentView::chooseFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &AlignmentView::chooseFolder);
    connect(m_removeAll, &QPushButton::clicked, this, &AlignmentView::removeAllSchoolPlans);
    connect(m_issues, &QTreeWidget::itemActivated, this, &AlignmentView::choose);
    connect(m_issues, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_fix->setText(current ? current->toolTip(IssueFixColumn) : QString());
    });
    connect(document, &PlanDocument::statusesChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(document, &PlanDocument::reloaded, this, [this] {
        if (isVisible())
            reload();
    });
}

// The school plans may have changed in other windows: read them again.
void AlignmentView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void AlignmentView::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add School Plans"), QString(),
                                                            tr("Cairn plans (*.cairn *.json);;All files (*)"));
    if (!paths.isEmpty())
        addSchoolPlans(paths);
}

void AlignmentView::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a Folder of School Plans"));
    if (!folder.isEmpty())
        addSchoolPlans({folder});
}

void AlignmentView::addSchoolPlans(const QStringList &paths)
{
    m_paths = SchoolPlans::remembered(m_document->plan().uuid);
    for (const QString &path : paths) {
        const QStringList files = QFileInfo(path).isDir() ? PlanReader::inFolder(path) : QStringList{path};
        for (const QString &file : files) {
            const QString absolute = QFileInfo(file).absoluteFilePath();
            // The district plan itself is not one of its school plans.
            if (!m_paths.contains(absolute) && absolute != QFileInfo(m_document->path()).absoluteFilePath())
                m_paths.append(absolute);
        }
    }
    SchoolPlans::remember(m_document->plan().uuid, m_paths);
    reload();
}

void AlignmentView::removeAllSchoolPlans()
{
    m_paths.clear();
    SchoolPlans::remember(m_document->plan().uuid, m_paths);
    reload();
}

void AlignmentView::reload()
{
    m_paths = SchoolPlans::remembered(m_document->plan().uuid);
    m_loaded = SchoolPlans::load(m_paths);
    refresh();
}

std::vector<Plan> AlignmentView::schoolPlans() const
{
    std::vector<Plan> plans;
    for (const SchoolPlans::Loaded &loaded : m_loaded) {
        if (loaded.plan)
            plans.push_back(*loaded.plan);
    }
    return plans;
}

void AlignmentView::refresh()
{
    const Plan &district = m_document->plan();
    const std::vector<Plan> plans = schoolPlans();
    m_alignment = Alignment::compute(district, plans, m_document->status().year(), m_document->status().asOf());
    m_schoolPaths.clear();
    m_elsewherePaths.clear();
    for (const SchoolPlans::Loaded &loaded : m_loaded) {
        if (loaded.plan)
            (Alignment::alignsElsewhere(district, *loaded.plan) ? m_elsewherePaths : m_schoolPaths).push_back(loaded.path);
    }
    const bool isDistrict = district.kind == PlanKind::District;
    m_addFiles->setEnabled(isDistrict);
    m_addFolder->setEnabled(isDistrict);
    m_removeAll->setEnabled(isDistrict && !m_paths.isEmpty());
    if (!isDistrict)
        m_summary->setText(tr("This is a school or department plan. Open the district plan it aligns to, and add this plan "
                              "there, to see how the school plans support it."));
    else if (m_paths.isEmpty())
        m_summary->setText(tr("No school plans yet. Add the school improvement plans that align to this district plan "
                              "(plan files or JSON plans, or a folder of them) to see which district objectives they support."));
    else
        m_summary->setText(tr("School plans aligned to this plan: %1 · school year %2 · district objectives no school "
                              "supports: %3 of %4")
                               .arg(m_alignment.schools.size())
                               .arg(m_alignment.year.label())
                               .arg(m_alignment.unsupported.size())
                               .arg(std::count_if(m_alignment.rows.begin(), m_alignment.rows.end(),
                                                  [](const AlignmentRow &row) { return row.kind == ItemKind::Objective; })));
    fillMatrix();
    fillIssues();
    m_measures->setPlans(district, plans, m_alignment.year, m_document->status().asOf());
}

void AlignmentView::fillMatrix()
{
    m_matrix->clear();
    QStringList headers{tr("District goal or objective")};
    for (const AlignedSchool &school : m_alignment.schools)
        headers.append(school.name);
    m_matrix->setColumnCount(int(headers.size()));
    m_matrix->setHorizontalHeaderLabels(headers);
    m_matrix->setRowCount(m_alignment.schools.empty() ? 0 : int(m_alignment.rows.size()));
    for (int r = 0; r < m_matrix->rowCount(); ++r) {
        const AlignmentRow &aligned = m_alignment.rows[std::size_t(r)];
        const QString indent = aligned.kind == ItemKind::Objective ? QStringLiteral("    ") : QString();
        auto *label = new QTableWidgetItem(indent + aligned.code + QStringLiteral("  ") + oneLineTextParts(aligned.title));
        label->setToolTip(aligned.title);
        if (aligned.kind == ItemKind::Goal) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        m_matrix->setItem(r, 0, label);
        for (std::size_t school = 0; school < aligned.cells.size(); ++school) {
            const SchoolCell &cell = aligned.cells[school];
            auto *item = new QTableWidgetItem;
            if (cell.count == 0) {
                item->setText(tr("none"));
                item->setForeground(palette().placeholderText());
            } else {
                item->setText(tr("%1 · %2").arg(cell.count).arg(StatusText::word(cell.status)));
                item->setIcon(StatusIcons::icon(cell.status));
            }
            QStringList lines;
            for (const SupportingItem &supporting : aligned.items) {
                if (supporting.school == school)
                    lines.append(QStringLiteral("%1 %2 — %3").arg(supporting.code, oneLineTextParts(supporting.title),
                                                                     StatusText::word(supporting.status)));
            }
            item->setToolTip(lines.join(QLatin1Char('\n')));
            m_matrix->setItem(r, int(school) + 1, item);
        }
    }
    m_matrix->resizeColumnsToContents();
    m_matrix->horizontalHeader()->setStretchLastSection(true);
}

void AlignmentView::fillIssues()
{
    m_issues->clear();
    m_fix->clear();
    if (m_alignment.schools.empty() && m_alignment.elsewhere.empty())
        return;
    QTreeWidgetItem *unsupported =
        group(m_issues, tr("District objectives no school supports (%1)"), m_alignment.unsupported.size());
    for (std::size_t index : m_alignment.unsupported) {
        const AlignmentRow &aligned = m_alignment.rows[index];
        QTreeWidgetItem *item = row(unsupported, aligned.code + QStringLiteral("  ") + oneLineTextParts(aligned.title), QString(),
                                    tr("Ask the schools whose work serves %1 to name it in an item's Supports field. "
                                       "Enter shows it in the Plan tab.")
                                        .arg(aligned.code),
                                    QString());
        item->setData(0, CodeRole, aligned.code);
    }
    QTreeWidgetItem *unaligned =
        group(m_issues, tr("School goals and objectives that support nothing (%1)"), m_alignment.unaligned.size());
    for (const SchoolItem &item : m_alignment.unaligned) {
        const QString path = m_schoolPaths[item.school];
        row(unaligned, itemText(item.kind, item.code, item.title),
            m_alignment.schools[item.school].name,
            tr("Open the school plan (Enter) and name the district item %1 serves in its Supports field.").arg(item.code),
            path);
    }
    QTreeWidgetItem *broken = group(m_issues, tr("Links to codes the district plan does not have (%1)"), m_alignment.broken.size());
    for (const BrokenLink &link : m_alignment.broken) {
        const QString path = m_schoolPaths[link.item.school];
        row(broken, itemText(link.item.kind, link.item.code, link.item.title),
            m_alignment.schools[link.item.school].name,
            Alignment::fixText(link) + QLatin1Char(' ') + tr("Open the school plan (Enter) to change it."),
            path);
    }
    if (!m_alignment.elsewhere.empty()) {
        QTreeWidgetItem *elsewhere = group(m_issues, tr("School plans aligned to another district plan (%1)"), m_alignment.elsewhere.size());
        for (std::size_t i = 0; i < m_alignment.elsewhere.size(); ++i) {
            const AlignedSchool &school = m_alignment.elsewhere[i];
            row(elsewhere, school.title, school.name,
                m_alignment.elsewhereText(school) + QLatin1Char(' ')
                    + tr("Remove it here, or open it (Enter) and check the district plan it names."),
                m_elsewherePaths[i]);
        }
    }
    for (const SchoolPlans::Loaded &loaded : m_loaded) {
        if (!loaded.plan) {
            auto *item = new QTreeWidgetItem(m_issues, {QFileInfo(loaded.path).fileName(), QString(), loaded.problem});
            item->setToolTip(IssueFixColumn, loaded.problem);
        }
    }
}

void AlignmentView::choose(QTreeWidgetItem *item)
{
    if (!item)
        return;
    if (const QString path = item->data(0, PathRole).toString(); !path.isEmpty()) {
        emit schoolPlanChosen(path);
        return;
    }
    const QString code = item->data(0, CodeRole).toString();
    if (code.isEmpty())
        return;
    forEachItem(m_document->plan(), [this, &code](const ItemView &view) {
        if (view.code == code)
            emit itemChosen(view.kind, view.id());
    });
}

} // namespace cairn
