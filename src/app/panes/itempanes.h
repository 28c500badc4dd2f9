#pragma once

#include "pane.h"

#include "core/goal.h"

#include <memory>

namespace Ui {
class GoalPane;
class ObjectivePane;
class ActionPane;
} // namespace Ui

namespace cairn {

class AssessmentEditor;
class SupportsEditor;
class ListEditor;

// Why an edited item cannot be saved, as the message shown in place: the
// first of `problems` (ItemRules), else that another item has its code.
// Empty when it can be saved.
QString editProblem(const PlanDocument &document, const FieldProblems &problems, const QString &code, ItemKind kind, qint64 id);
// The owner an item without its own takes from its objective or goal.
QString inheritedOwner(const PlanDocument &document, ItemKind kind, qint64 id);

class GoalPane : public Pane
{
    Q_OBJECT

public:
    explicit GoalPane(PlanDocument *document, QWidget *parent = nullptr);
    ~GoalPane() override;
    void showItem(qint64 id) override;
    std::optional<ItemKind> kind() const override { return ItemKind::Goal; }
    void refresh() override;

protected:
    void commit() override;

private:
    std::unique_ptr<Ui::GoalPane> m_ui;
    AssessmentEditor *m_assessment;
    SupportsEditor *m_supports;
};

class ObjectivePane : public Pane
{
    Q_OBJECT

public:
    explicit ObjectivePane(PlanDocument *document, QWidget *parent = nullptr);
    ~ObjectivePane() override;
    void showItem(qint64 id) override;
    std::optional<ItemKind> kind() const override { return ItemKind::Objective; }
    void refresh() override;

protected:
    void commit() override;

private:
    std::unique_ptr<Ui::ObjectivePane> m_ui;
    AssessmentEditor *m_assessment;
    SupportsEditor *m_supports;
};

class ActionPane : public Pane
{
    Q_OBJECT

public:
    explicit ActionPane(PlanDocument *document, QWidget *parent = nullptr);
    ~ActionPane() override;
    void showItem(qint64 id) override;
    std::optional<ItemKind> kind() const override { return ItemKind::Action; }
    void refresh() override;

protected:
    void commit() override;

private:
    std::unique_ptr<Ui::ActionPane> m_ui;
    ListEditor *m_responsibilities;
    ListEditor *m_notes;
    AssessmentEditor *m_assessment;
    SupportsEditor *m_supports;
};

} // namespace cairn
