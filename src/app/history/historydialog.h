#pragma once

#include <QDialog>

class QCheckBox;
class QTreeWidget;

namespace cairn {

class PlanDocument;

// One item's history from the audit log, newest first: when, who, what
// changed, before and after. For a measure, "Values only" narrows it to its
// targets and actuals — the full history of its numbers.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(PlanDocument &document, const QString &code, bool isMeasure, QWidget *parent = nullptr);

    QTreeWidget *entries() const { return m_entries; }
    QCheckBox *valuesOnly() const { return m_valuesOnly; }

private:
    void fill();

    PlanDocument &m_document;
    QString m_code;
    QCheckBox *m_valuesOnly;
    QTreeWidget *m_entries;
};

} // namespace cairn
