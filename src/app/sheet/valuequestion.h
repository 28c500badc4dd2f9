#pragma once

#include <QCoreApplication>

#include <vector>

class QWidget;

namespace cairn {

// Values that look mistyped for their measure (ValuePlausibility::doubt)
// are asked about before they are entered: one question for a whole edit,
// whether one cell, a pasted block or a pane's fields.
class ValueQuestion
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ValueQuestion)

public:
    struct Doubt {
        QString value;  // as a reader writes it: "2,400"
        QString cell;   // what it is for: "the 2024-25 actual of 1.2-L7"
        QString reason; // ValuePlausibility::doubt
    };

    // The question; empty when there are no doubts.
    static QString text(const std::vector<Doubt> &doubts);
    // Asks it with Yes and No; No is the default and Escape's answer, so a
    // stray Enter enters nothing. True on Yes.
    static bool ask(QWidget *parent, const QString &question);
};

} // namespace cairn
