#pragma once

#include "reportblocks.h"
#include "reportoptions.h"
#include "schoolplansdata.h"

#include "core/planstatus.h"
#include "core/publishedvalues.h"

#include <QCoreApplication>

namespace cairn::report {

// The board report's content, top to bottom: cover, contents, the plan's
// mission and vision, the summary, one section per goal, the committee's
// recommendations and the appendix. The plan's own text is always drawn as
// plain text, never read as markup.
class ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(cairn::report::ReportContent)

public:
    // `values`: the plan as it may be published, small groups' values taken out.
    // `schools`, if any: the School plans section, after the goals.
    ReportContent(const PublishedValues &values, const PlanStatus &status, const ReportOptions &options,
                  const SchoolPlansData *schools = nullptr);

    std::vector<std::unique_ptr<Block>> &blocks() { return m_blocks; }
    ContentsBlock *contents() const { return m_contents; }

private:
    template<typename T, typename... Args>
    T *add(Args &&...args)
    {
        auto block = std::make_unique<T>(std::forward<Args>(args)...);
        T *raw = block.get();
        m_blocks.push_back(std::move(block));
        return raw;
    }
    static Cell statusCell(const Judgement &judgement);
    void heading(const QString &text, int level, const QString &anchor = {}, bool newPage = false);
    void paragraphs(const QString &text, const TextStyle &style);
    // A table's header row, the columns' titles in bold; `seconds` adds a
    // smaller second line under a column's title ("(year)").
    TableRow *tableHeader(const std::shared_ptr<std::vector<TableColumn>> &columns,
                          const std::vector<std::pair<std::size_t, QString>> &seconds = {});

    void cover();
    void about();
    void summary();
    void goal(const Goal &goal);
    void measureTable(std::vector<const Measure *> measures);
    // The milestones among `measures`: outcome, due, completed, evidence, status.
    void outcomeTable(const std::vector<const Measure *> &measures);
    // The narrative outcomes among `measures`: the committee's latest judgement and its reason.
    void narrativeTable(const std::vector<const Measure *> &measures);
    void charts(const std::vector<const Measure *> &measures);
    void actionTable(const Goal &goal, const Objective &objective);
    // Under an action's row: each responsibility, its role in bold.
    void responsibilityRows(const Action &action, const std::shared_ptr<std::vector<TableColumn>> &columns, TableRow *headerRow,
                            bool shaded);
    // The appendix listing, for each role, every duty it has across the plan.
    void responsibilities();
    // Attributes of the profile of a graduate × goals and objectives, when the plan has attributes.
    void profileMatrix();
    void schoolPlans(const SchoolPlansData &data);
    void recommendations();
    void changesSince(const Review &review);
    void appendix();

    const Plan &m_plan;
    const PublishedValues &m_values;
    const PlanStatus &m_status;
    const ReportOptions &m_options;
    std::vector<std::unique_ptr<Block>> m_blocks;
    std::vector<ContentsBlock::Entry> m_entries;
    ContentsBlock *m_contents = nullptr;
    bool m_anyPreliminary = false;
};

} // namespace cairn::report
