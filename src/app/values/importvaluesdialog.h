#pragma once

#include "storage/valuescsv.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportValuesDialog;
}

class QPushButton;

namespace cairn {

// Shows what importing a collection sheet would do — each value that
// changes, old → new, and each refused row with its reason — and lets the
// coordinator apply all of it, only the valid rows, or nothing.
class ImportValuesDialog : public QDialog
{
    Q_OBJECT

public:
    ImportValuesDialog(const QString &fileName, const ValuesCsv::Reading &reading, QWidget *parent = nullptr);
    ~ImportValuesDialog() override;

    QPushButton *applyButton() const { return m_apply; }
    QPushButton *applyValidButton() const { return m_applyValid; }

private:
    std::unique_ptr<Ui::ImportValuesDialog> m_ui;
    QPushButton *m_apply = nullptr;
    QPushButton *m_applyValid = nullptr;
};

} // namespace cairn
