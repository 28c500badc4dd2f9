#include "valuequestion.h"

#include <QMessageBox>

namespace cairn {

QString ValueQuestion::text(const std::vector<Doubt> &doubts)
{
    if (doubts.empty())
        return {};
    if (doubts.size() == 1)
        return tr("Enter %1 as %2? %3").arg(doubts.front().value, doubts.front().cell, doubts.front().reason);
    // Enough to recognise the slip; a block of hundreds is not listed whole.
    constexpr std::size_t Listed = 5;
    QStringList lines{tr("Enter these values? %1 of them are far from what their measure has had:").arg(doubts.size())};
    for (std::size_t i = 0; i < std::min(doubts.size(), Listed); ++i)
        lines.append(tr("\u2022 %1 as %2. %3").arg(doubts[i].value, doubts[i].cell, doubts[i].reason));
    if (doubts.size() > Listed)
        lines.append(tr("\u2026 and %1 more.").arg(doubts.size() - Listed));
    return lines.join(QLatin1Char('\n'));
}

bool ValueQuestion::ask(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Question, tr("Enter this value?"), question, QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("valueQuestion"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

} // namespace cairn
