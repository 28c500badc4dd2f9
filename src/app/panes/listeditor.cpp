#include "listeditor.h"

#include "app/accessibility/accessibletext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cairn {

ListEditor::ListEditor(const QStringList &headers, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(accessibleName);
    m_table->setMinimumHeight(90);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_add->setAccessibleName(tr("Add to %1").arg(accessibleName));
    m_remove->setAccessibleName(tr("Remove from %1").arg(accessibleName));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        m_filling = true; // naming the cell changes it too
        AccessibleText::nameIfEmpty(m_table->model(), m_table->model()->index(item->row(), item->column()));
        m_filling = false;
        emit edited();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_filling = true;
        m_table->insertRow(row);
        for (int column = 0; column < m_table->columnCount(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
        AccessibleText::nameEmptyCells(m_table->model());
        m_filling = false;
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        emit edited();
    });
}

void ListEditor::setRows(const QList<QStringList> &rows)
{
    if (rows == this->rows())
        return;
    m_filling = true;
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(rows[row].value(column)));
    }
    AccessibleText::nameEmptyCells(m_table->model());
    m_table->resizeColumnToContents(0);
    m_filling = false;
}

QList<QStringList> ListEditor::rows() const
{
    QList<QStringList> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        bool empty = true;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            cells.append(item ? item->text().trimmed() : QString());
            empty = empty && cells.back().isEmpty();
        }
        if (!empty) // a row just added and not yet filled in is not an entry
            rows.append(cells);
    }
    return rows;
}

void ListEditor::setColumnsShown(int first, bool shown)
{
    for (int column = first; column < m_table->columnCount(); ++column)
        m_table->setColumnHidden(column, !shown);
    // With them, an equal share each; without, the first as wide as its
    // words and the last the rest.
    m_table->horizontalHeader()->setSectionResizeMode(shown ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (!shown)
        m_table->resizeColumnToContents(0);
}

void ListEditor::setReadOnly(bool readOnly)
{
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}

} // namespace cairn
