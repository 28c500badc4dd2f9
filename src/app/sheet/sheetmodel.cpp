#include "sheetmodel.h"

namespace cairn {

QList<QStringList> SheetModel::parseClipboard(const QString &text)
{
    QString normal = text;
    normal.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (normal.endsWith(QLatin1Char('\n')))
        normal.chop(1);
    QList<QStringList> rows;
    for (const QString &line : normal.split(QLatin1Char('\n')))
        rows.append(line.split(QLatin1Char('\t')));
    return rows;
}

bool SheetModel::enter(const QModelIndex &index, const QString &text)
{
    const Entry entry{index.row(), index.column(), {{text}}};
    const Outcome outcome = paste(entry);
    emit problem(outcome.problem);
    if (!outcome.question.isEmpty())
        emit doubted(outcome.question, entry);
    return outcome.problem.isEmpty() && outcome.question.isEmpty();
}

} // namespace cairn
