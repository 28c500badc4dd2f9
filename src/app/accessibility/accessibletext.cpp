#include "accessibletext.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QRegularExpression>

namespace cairn {

QString AccessibleText::fromLabel(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text = text.simplified();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

QString AccessibleText::labelOf(const QWidget *field)
{
    if (!field)
        return {};
    for (const QLabel *label : field->window()->findChildren<QLabel *>())
        if (label->buddy() == field)
            return fromLabel(label->text());
    return {};
}

QString AccessibleText::emptyCell(const QModelIndex &index, int nameColumn, const QString &word)
{
    const QAbstractItemModel *model = index.model();
    if (!model)
        return {};
    const QString column = model->headerData(index.column(), Qt::Horizontal).toString().simplified();
    QString row = index.column() == nameColumn ? QString() : index.siblingAtColumn(nameColumn).data().toString().simplified();
    if (row.isEmpty())
        row = tr("row %1").arg(index.row() + 1);
    return tr("%1 of %2: %3").arg(column, row, word.isEmpty() ? tr("empty") : word);
}

QString AccessibleText::forEmpty(const QModelIndex &index, int nameColumn)
{
    if (!index.data(Qt::DisplayRole).toString().trimmed().isEmpty())
        return {};
    return emptyCell(index, nameColumn);
}

void AccessibleText::nameEmptyCells(QAbstractItemModel *model, int nameColumn, const QModelIndex &parent)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column)
            nameIfEmpty(model, model->index(row, column, parent), nameColumn);
        if (const QModelIndex first = model->index(row, 0, parent); model->hasChildren(first))
            nameEmptyCells(model, nameColumn, first);
    }
}

void AccessibleText::nameIfEmpty(QAbstractItemModel *model, const QModelIndex &index, int nameColumn)
{
    const QString name = index.data(Qt::DisplayRole).toString().trimmed().isEmpty() ? emptyCell(index, nameColumn) : QString();
    if (index.data(Qt::AccessibleTextRole).toString() != name)
        model->setData(index, name.isEmpty() ? QVariant() : QVariant(name), Qt::AccessibleTextRole);
}

} // namespace cairn
