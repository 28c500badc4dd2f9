#pragma once

#include "core/plan.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace cairn {

// The Supports field of a school plan's goal, objective, action or
// measure: the codes of the district plan's items it supports, separated
// by commas. Typing part of a code or a title offers the district plan's
// items; under the field, each code's title, or that the district plan has
// no such item.
class SupportsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SupportsEditor(const QString &accessibleName, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    // The form's label for the field, shown and hidden with it.
    void setLabel(QLabel *label) { m_label = label; }
    void setShown(bool shown);
    // The district plan whose items are offered; null when it is not known.
    void setDistrict(std::shared_ptr<const Plan> district);

    static QString textOf(const QStringList &codes);
    static QStringList codesOf(const QString &text);

signals:
    // An item was chosen from the district plan's items offered.
    void chosen();

private:
    void describe();

    QLineEdit *m_edit;
    QLabel *m_label = nullptr;
    QLabel *m_titles;
    QStandardItemModel *m_items;
    std::shared_ptr<const Plan> m_district;
};

} // namespace cairn
