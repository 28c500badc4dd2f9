#pragma once

#include "core/suppression.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace cairn {

// Chooses how small student groups are protected in what is published: a
// state's rule or a minimum group size (docs/publishing.md). Used for the
// plan's own rule and to override it for one website or report.
class SuppressionPicker : public QWidget
{
    Q_OBJECT

public:
    explicit SuppressionPicker(QWidget *parent = nullptr);

    SuppressionRule rule() const;
    // Shows `rule` without announcing a change.
    void setRule(const SuppressionRule &rule);
    void setReadOnly(bool readOnly);

    QComboBox *presetCombo() const { return m_preset; }
    QSpinBox *minimumSpin() const { return m_minimum; }

signals:
    // The person chose another rule or minimum.
    void changed();

private:
    void showMinimum();

    QComboBox *m_preset;
    QSpinBox *m_minimum;
};

} // namespace cairn
