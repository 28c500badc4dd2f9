#include "approvalsview.h"

#include "app/document/commands.h"
#include "app/document/plandocument.h"
#include "core/valueapproval.h"
#include "report/valuetext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace cairn {

namespace {

constexpr int MeasureIdRole = Qt::UserRole + 1;
constexpr int YearRole = Qt::UserRole + 2;

const Measure *measureOf(const PlanDocument *document, qint64 id)
{
    const ItemView *item = document->item(ItemKind::Measure, id);
    return item ? item->measure : nullptr;
}

} // namespace

ApprovalsView::ApprovalsView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_queue(new QTreeWidget(this))
    , m_approve(new QPushButton(tr("A&pprove"), this))
    , m_return(new QPushButton(tr("&Return to Owner…"), this))
{
    setObjectName(QStringLiteral("approvalsView"));
    m_summary->setObjectName(QStringLiteral("approvalsSummary"));
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("approvalsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B71C1C; font-weight: 600;"));
    m_message->hide();
    m_queue->setObjectName(QStringLiteral("approvalsQueue"));
    m_queue->setAccessibleName(tr("Values waiting for approval"));
    m_queue->setHeaderLabels({tr("Measure"), tr("Year"), tr("Value"), tr("Owner"), tr("Entered"), tr("State")});
    m_queue->setRootIsDecorated(false);
    m_queue->setUniformRowHeights(true);
    m_queue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_queue->header()->setSectionResizeMode(MeasureColumn, QHeaderView::Stretch);
    m_queue->header()->setStretchLastSection(false);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setToolTip(tr("Make the chosen values final"));
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_return->setToolTip(tr("Send the chosen values back to their owners with a note; they stay preliminary"));
    auto *queueLabel = new QLabel(tr("&Values waiting (choose several with Shift or Ctrl):"), this);
    queueLabel->setBuddy(m_queue);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_return);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(queueLabel);
    layout->addWidget(m_queue, 1);
    layout->addLayout(buttons);

    connect(m_approve, &QPushButton::clicked, this, &ApprovalsView::approveChosen);
    connect(m_return, &QPushButton::clicked, this, &ApprovalsView::askAndReturn);
    connect(m_queue, &QTreeWidget::itemSelectionChanged, this, &ApprovalsView::updateButtons);
    connect(m_queue, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        emit itemChosen(ItemKind::Measure, row->data(MeasureColumn, MeasureIdRole).toLongLong());
    });
    connect(document, &PlanDocument::changed, this, &ApprovalsView::refresh);
    connect(document, &PlanDocument::reloaded, this, &ApprovalsView::refresh);
    refresh();
}

void ApprovalsView::refresh()
{
    // The chosen rows stay chosen when they are still waiting.
    QSet<QPair<qint64, int>> chosen;
    for (const QTreeWidgetItem *row : m_queue->selectedItems())
        chosen.insert({row->data(MeasureColumn, MeasureIdRole).toLongLong(), row->data(MeasureColumn, YearRole).toInt()});
    const auto pending = ValueApproval::queue(m_document->plan());
    m_queue->clear();
    int returned = 0;
    for (const ValueApproval::Pending &value : pending) {
        const Measure *measure = measureOf(m_document, value.measureId);
        const QString entered = value.actual.when.isValid()
                                    ? tr("%1, %2").arg(value.actual.who, QLocale().toString(value.actual.when.toLocalTime(), QLocale::ShortFormat))
                                    : value.actual.who;
        const bool isReturned = !value.actual.returned.isEmpty();
        returned += isReturned ? 1 : 0;
        auto *row = new QTreeWidgetItem(m_queue, {value.code + QStringLiteral("  ") + value.name, value.year.label(),
                                                  ValueText::format(ValueFormat::of(*measure), value.actual.value), value.owner,
                                                  entered,
                                                  isReturned ? tr("↩ Returned: %1").arg(value.actual.returned) : tr("◷ Waiting")});
        row->setData(MeasureColumn, MeasureIdRole, value.measureId);
        row->setData(MeasureColumn, YearRole, value.year.start());
        row->setTextAlignment(ValueColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(StateColumn, isReturned ? tr("Returned to %1 with this note; it comes back here when they enter it again.")
                                                      .arg(value.owner)
                                                : tr("Entered, not yet approved"));
        if (!value.actual.note.isEmpty())
            row->setToolTip(ValueColumn, tr("Note: %1").arg(value.actual.note));
        row->setSelected(chosen.contains({value.measureId, value.year.start()}));
    }
    for (int column = YearColumn; column < ColumnCount; ++column)
        m_queue->resizeColumnToContents(column);
    const int waiting = int(pending.size()) - returned;
    m_summary->setText(pending.empty() ? tr("No value is waiting for approval: every value in the plan is final.")
                                       : tr("%1; %2. Approving makes a value final; returning sends it back to its owner "
                                            "with your note.")
                                             .arg(tr("%n values waiting for approval", nullptr, waiting),
                                                  tr("%n returned to their owners", nullptr, returned)));
    updateButtons();
}

void ApprovalsView::updateButtons()
{
    const bool chosen = !m_queue->selectedItems().isEmpty();
    const bool mayWrite = !m_document->isReadOnly();
    m_approve->setEnabled(chosen && mayWrite);
    m_return->setEnabled(chosen && mayWrite);
}

template<typename Change>
void ApprovalsView::settleChosen(const QString &text, Change change)
{
    // Rows of one measure (several years) are one measure's change.
    std::map<qint64, std::vector<SchoolYear>> years;
    for (const QTreeWidgetItem *row : m_queue->selectedItems())
        years[row->data(MeasureColumn, MeasureIdRole).toLongLong()].push_back(SchoolYear(row->data(MeasureColumn, YearRole).toInt()));
    std::vector<Measure> before;
    std::vector<Measure> after;
    for (const auto &[id, chosenYears] : years) {
        const Measure *measure = measureOf(m_document, id);
        if (!measure)
            continue;
        Measure settled = *measure;
        for (const SchoolYear &year : chosenYears)
            if (auto actual = settled.actuals.find(year); actual != settled.actuals.end())
                actual->second = change(actual->second);
        before.push_back(*measure);
        after.push_back(std::move(settled));
    }
    if (after.empty())
        return;
    m_message->hide();
    if (!m_document->push(new SetMeasureValues(m_document, std::move(before), std::move(after), text))) {
        m_message->setText(tr("The values were not changed."));
        m_message->show();
    }
}

void ApprovalsView::approveChosen()
{
    settleChosen(tr("Approve %n values", nullptr, int(m_queue->selectedItems().size())), [](const Actual &actual) { return ValueApproval::approved(actual); });
}

void ApprovalsView::returnChosen(const QString &note)
{
    if (note.trimmed().isEmpty()) {
        m_message->setText(tr("Say what the owner should check or fix; nothing was returned."));
        m_message->show();
        return;
    }
    settleChosen(tr("Return %n values", nullptr, int(m_queue->selectedItems().size())),
                 [&](const Actual &actual) { return ValueApproval::returned(actual, note.trimmed()); });
}

void ApprovalsView::askAndReturn()
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Return to Owner"),
                                                        tr("What should the owner check or fix? They see this note on "
                                                           "My Updates."),
                                                        {}, &ok);
    if (ok)
        returnChosen(note);
}

} // namespace cairn
