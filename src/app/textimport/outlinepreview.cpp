#include "outlinepreview.h"

#include "app/accessibility/accessibletext.h"
#include "core/statustext.h"
#include "textimport/outlineplan.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cairn {

using textimport::ItemPath;
using textimport::OutlineItem;
namespace edits = textimport::edits;

namespace {

enum Column { KindColumn, CodeColumn, TitleColumn, ReadingColumn };

struct Counts {
    int goals = 0;
    int objectives = 0;
    int actions = 0;
    int measures = 0;
    int uncertain = 0;

    void count(const OutlineItem &item)
    {
        switch (item.kind) {
        case ItemKind::Goal: ++goals; break;
        case ItemKind::Objective: ++objectives; break;
        case ItemKind::Action: ++actions; break;
        case ItemKind::Measure: ++measures; break;
        }
        uncertain += item.isUncertain() ? 1 : 0;
        for (const OutlineItem &child : item.children)
            count(child);
    }
};

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

OutlinePreview::OutlinePreview(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_kind(new QComboBox(this))
    , m_doubtIcon(new QLabel(this))
    , m_doubt(new QLabel(this))
    , m_move(new QPushButton(tr("&Move Under…"), this))
    , m_merge(new QPushButton(tr("Mer&ge with Next"), this))
    , m_splitAt(new QPushButton(tr("&Split at Cursor"), this))
    , m_splitLines(new QPushButton(tr("Split into &Lines"), this))
    , m_problem(new QLabel(this))
    , m_source(new QPlainTextEdit(this))
    , m_unplacedLabel(new QLabel(this))
    , m_unplaced(new QListWidget(this))
{
    m_summary->setObjectName(QStringLiteral("readSummary"));
    m_summary->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("readOutline"));
    m_tree->setAccessibleName(tr("Outline read from the document"));
    m_tree->setHeaderLabels({tr("Kind"), tr("Code"), tr("Title"), tr("Reading")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ReadingColumn, QHeaderView::ResizeToContents);
    auto *treeLabel = new QLabel(tr("O&utline read:"), this);
    treeLabel->setBuddy(m_tree);

    m_kind->setObjectName(QStringLiteral("itemKind"));
    m_kind->setAccessibleName(tr("Kind"));
    for (const ItemKind kind : {ItemKind::Goal, ItemKind::Objective, ItemKind::Action, ItemKind::Measure})
        m_kind->addItem(kindName(kind), int(kind));
    m_doubtIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_doubt->setObjectName(QStringLiteral("itemDoubt"));
    m_doubt->setWordWrap(true);
    m_move->setObjectName(QStringLiteral("moveUnder"));
    m_merge->setObjectName(QStringLiteral("mergeWithNext"));
    m_splitAt->setObjectName(QStringLiteral("splitAtCursor"));
    m_splitLines->setObjectName(QStringLiteral("splitIntoLines"));
    m_problem->setObjectName(QStringLiteral("editRefusal"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_source->setObjectName(QStringLiteral("itemSource"));
    m_source->setAccessibleName(tr("Source text"));
    m_source->setReadOnly(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_source->setTabChangesFocus(true);
    auto *sourceLabel = new QLabel(tr("Source &text (put the cursor where a second item begins to split there):"), this);
    sourceLabel->setWordWrap(true);
    sourceLabel->setBuddy(m_source);
    m_unplaced->setObjectName(QStringLiteral("unplacedParagraphs"));
    m_unplaced->setAccessibleName(tr("Paragraphs not placed"));
    m_unplaced->setWordWrap(true);
    m_unplacedLabel->setBuddy(m_unplaced);

    auto *details = new QWidget(this);
    auto *form = new QFormLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), details);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    auto *doubtRow = new QHBoxLayout;
    doubtRow->addWidget(m_doubtIcon, 0, Qt::AlignTop);
    doubtRow->addWidget(m_doubt, 1);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_move, 0, 0);
    buttons->addWidget(m_merge, 0, 1);
    buttons->addWidget(m_splitAt, 1, 0);
    buttons->addWidget(m_splitLines, 1, 1);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(form);
    detailsLayout->addLayout(doubtRow);
    detailsLayout->addLayout(buttons);
    detailsLayout->addWidget(m_problem);
    detailsLayout->addWidget(sourceLabel);
    detailsLayout->addWidget(m_source, 1);

    auto *treePart = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePart);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(treeLabel);
    treeLayout->addWidget(m_tree);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(treePart);
    split->addWidget(details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_unplacedLabel);
    layout->addWidget(m_unplaced);
    m_unplaced->setMaximumHeight(fontMetrics().height() * 6);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &OutlinePreview::showSelected);
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        apply(edits::setKind(m_outline, selectedPath(), ItemKind(m_kind->itemData(index).toInt())));
    });
    connect(m_move, &QPushButton::clicked, this, &OutlinePreview::moveUnder);
    connect(m_merge, &QPushButton::clicked, this, [this] { apply(edits::mergeWithNext(m_outline, selectedPath())); });
    connect(m_splitAt, &QPushButton::clicked, this,
            [this] { apply(edits::splitAt(m_outline, selectedPath(), m_source->textCursor().position())); });
    connect(m_splitLines, &QPushButton::clicked, this, [this] { apply(edits::splitIntoLines(m_outline, selectedPath())); });
}

QString OutlinePreview::kindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Goal: return tr("Goal");
    case ItemKind::Objective: return tr("Objective");
    case ItemKind::Action: return tr("Action");
    case ItemKind::Measure: break;
    }
    return tr("Measure");
}

void OutlinePreview::setOutline(textimport::Outline outline, SchoolYear today)
{
    m_outline = std::move(outline);
    m_today = today;
    m_corrections = 0;
    m_unplaced->clear();
    m_unplaced->addItems(m_outline.unplaced);
    // An empty list would take room from the outline.
    m_unplaced->setVisible(!m_outline.unplaced.isEmpty());
    m_unplacedLabel->setText(m_outline.unplaced.isEmpty()
                                 ? tr("Every paragraph was placed in the outline.")
                                 : tr("Paragraphs &not placed in the outline (%1):").arg(m_outline.unplaced.size()));
    rebuild(m_outline.goals.empty() ? ItemPath{} : ItemPath{0});
}

Plan OutlinePreview::plan() const
{
    return textimport::planOf(m_outline, m_today);
}

void OutlinePreview::rebuild(const ItemPath &select)
{
    m_tree->clear();
    // The codes the plan will have: the document's, else those made for it.
    m_codes = textimport::planCodes(m_outline, m_today);
    Counts counts;
    const QIcon uncertain = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QTreeWidgetItem *selected = nullptr;
    auto add = [&](auto &&self, const OutlineItem &item, const ItemPath &path, QTreeWidgetItem *parent) -> void {
        auto *row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        row->setText(KindColumn, kindName(item.kind));
        row->setText(CodeColumn, m_codes.value(&item));
        row->setText(TitleColumn, firstLine(item.title));
        row->setToolTip(TitleColumn, item.title);
        row->setData(KindColumn, Qt::UserRole, QVariant::fromValue(path));
        if (item.isUncertain()) {
            row->setText(ReadingColumn, tr("Uncertain"));
            row->setIcon(ReadingColumn, uncertain);
            row->setToolTip(ReadingColumn, item.doubt);
            row->setData(ReadingColumn, Qt::AccessibleTextRole, tr("Uncertain: %1").arg(item.doubt));
        }
        if (path == select)
            selected = row;
        for (std::size_t i = 0; i < item.children.size(); ++i)
            self(self, item.children[i], ItemPath(path) << int(i), row);
    };
    for (std::size_t i = 0; i < m_outline.goals.size(); ++i) {
        counts.count(m_outline.goals[i]);
        add(add, m_outline.goals[i], {int(i)}, nullptr);
    }
    AccessibleText::nameEmptyCells(m_tree->model(), TitleColumn);
    m_tree->expandAll();
    //: %1 to %4: "4 goals", "18 objectives", "42 actions", "115 measures"; %5: "3 readings are uncertain".
    m_summary->setText(tr("Read %1, %2, %3 and %4; %5. Correct the outline here: nothing is written until you create the plan.")
                           .arg(StatusText::counted(ItemKind::Goal, counts.goals), StatusText::counted(ItemKind::Objective, counts.objectives),
                                StatusText::counted(ItemKind::Action, counts.actions), StatusText::counted(ItemKind::Measure, counts.measures),
                                tr("%n readings are uncertain", nullptr, counts.uncertain)));
    if (selected) {
        m_tree->setCurrentItem(selected);
        m_tree->scrollToItem(selected);
    }
    showSelected();
}

ItemPath OutlinePreview::selectedPath() const
{
    const QTreeWidgetItem *row = m_tree->currentItem();
    return row ? row->data(KindColumn, Qt::UserRole).value<ItemPath>() : ItemPath{};
}

void OutlinePreview::showSelected()
{
    const ItemPath path = selectedPath();
    const OutlineItem *item = edits::itemAt(m_outline, path);
    for (QWidget *control : std::initializer_list<QWidget *>{m_kind, m_move, m_merge, m_splitAt, m_splitLines, m_source})
        control->setEnabled(item);
    m_doubtIcon->setVisible(item && item->isUncertain());
    m_doubt->setVisible(item && item->isUncertain());
    if (!item) {
        m_source->clear();
        return;
    }
    m_kind->setCurrentIndex(m_kind->findData(int(item->kind)));
    m_doubt->setText(tr("Uncertain: %1").arg(item->doubt));
    m_source->setPlainText(item->source);
    const ItemPath parent = path.mid(0, path.size() - 1);
    const std::size_t siblings = parent.isEmpty() ? m_outline.goals.size() : edits::itemAt(m_outline, parent)->children.size();
    m_merge->setEnabled(std::size_t(path.last()) + 1 < siblings);
    m_splitLines->setEnabled(item->source.contains(QLatin1Char('\n')));
    m_move->setEnabled(!edits::parentsFor(m_outline, path).isEmpty());
}

void OutlinePreview::apply(const edits::Result &result)
{
    m_problem->setText(result.refusal);
    m_problem->setVisible(!result.done());
    if (result.done()) {
        ++m_corrections;
        rebuild(result.path);
    } else {
        showSelected();
    }
}

QString OutlinePreview::describe(const ItemPath &path) const
{
    const OutlineItem *item = edits::itemAt(m_outline, path);
    if (!item)
        return tr("The top of the outline");
    QString title = firstLine(item->title);
    if (title.size() > 80)
        title = title.left(79) + QChar(0x2026);
    return QStringList{kindName(item->kind), m_codes.value(item), title}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QLatin1Char(' '));
}

void OutlinePreview::moveUnder()
{
    const ItemPath path = selectedPath();
    const QList<ItemPath> parents = edits::parentsFor(m_outline, path);
    QStringList choices;
    for (const ItemPath &parent : parents)
        choices.append(describe(parent));
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("moveUnderDialog"));
    ask.setWindowTitle(tr("Move Under"));
    ask.setLabelText(tr("Move %1 under:").arg(describe(path)));
    ask.setComboBoxItems(choices);
    ask.setComboBoxEditable(false);
    if (ask.exec() != QDialog::Accepted)
        return;
    const int chosen = int(choices.indexOf(ask.textValue()));
    if (chosen >= 0)
        apply(edits::moveUnder(m_outline, path, parents.at(chosen)));
}

} // namespace cairn
