#include "suppressionpicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>

namespace cairn {

using Preset = SuppressionRule::Preset;

SuppressionPicker::SuppressionPicker(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_minimum(new QSpinBox(this))
{
    m_preset->setObjectName(QStringLiteral("suppressionCombo"));
    m_preset->setAccessibleName(tr("Small groups"));
    m_preset->setToolTip(tr("Published values (the website and the board report) of student groups smaller than the rule "
                            "allows are hidden; the group's size is entered as n beside each value."));
    const std::pair<QString, Preset> presets[] = {
        {tr("None: publish every value"), Preset::None},
        {tr("Texas: hide groups of 1 to 4, and the next-smallest"), Preset::Texas},
        {tr("Wisconsin: hide groups of 5 or fewer, and one more"), Preset::Wisconsin},
        {tr("Delaware: hide groups of 15 or fewer; code over 95% and under 5%"), Preset::Delaware},
        {tr("California: hide groups of fewer than 11"), Preset::California},
        {tr("Minimum group size:"), Preset::MinimumN},
    };
    for (const auto &[text, preset] : presets)
        m_preset->addItem(text, int(preset));
    // The longest rule's text must not widen the pane it sits in.
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(16);
    m_minimum->setObjectName(QStringLiteral("minimumGroupSpin"));
    m_minimum->setAccessibleName(tr("Minimum group size (n)"));
    m_minimum->setRange(1, 1000);
    m_minimum->setValue(10);
    m_minimum->setKeyboardTracking(false); // one change when the number is typed, not one per digit
    m_minimum->setPrefix(tr("n ≥ "));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset, 1);
    layout->addWidget(m_minimum);
    setFocusProxy(m_preset);
    showMinimum();
    connect(m_preset, &QComboBox::activated, this, [this] {
        showMinimum();
        emit changed();
    });
    connect(m_minimum, &QSpinBox::valueChanged, this, [this] {
        if (m_minimum->isEnabled())
            emit changed();
    });
}

SuppressionRule SuppressionPicker::rule() const
{
    const auto preset = Preset(m_preset->currentData().toInt());
    return SuppressionRule{preset, preset == Preset::MinimumN ? m_minimum->value() : 0};
}

void SuppressionPicker::setRule(const SuppressionRule &rule)
{
    const QSignalBlocker blockPreset(m_preset);
    const QSignalBlocker blockMinimum(m_minimum);
    m_preset->setCurrentIndex(m_preset->findData(int(rule.preset)));
    if (rule.preset == Preset::MinimumN)
        m_minimum->setValue(rule.minimumN);
    showMinimum();
}

void SuppressionPicker::setReadOnly(bool readOnly)
{
    m_preset->setEnabled(!readOnly);
    m_minimum->setReadOnly(readOnly);
}

void SuppressionPicker::showMinimum()
{
    m_minimum->setEnabled(Preset(m_preset->currentData().toInt()) == Preset::MinimumN);
}

} // namespace cairn
