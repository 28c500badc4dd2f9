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

} // namespace cairn
