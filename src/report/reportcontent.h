#pragma once

#include "reportblocks.h"
#include "reportoptions.h"

#include "core/planstatus.h"

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
    ReportContent(const Plan &plan, const PlanStatus &status, const ReportOptions &options);

    std::vector<std::unique_ptr<Block>> &blocks() { return m_blocks; }
    ContentsBlock *contents() const { return m_contents; }

private:
    template<typename T, typename... Args>
    T *add(Args &&...args);
    void heading(const QString &text, int level, const QString &anchor = {}, bool newPage = false);
    void paragraphs(const QString &text, const TextStyle &style);

    void cover();
    void about();
    void summary();
    void goal(const Goal &goal);
    void measureTable(const std::vector<const Measure *> &measures);
    void charts(const std::vector<const Measure *> &measures);
    void actionTable(const Goal &goal, const Objective &objective);
    void recommendations();
    void changesSince(const Review &review);
    void appendix();

    const Plan &m_plan;
    const PlanStatus &m_status;
    const ReportOptions &m_options;
    std::vector<std::unique_ptr<Block>> m_blocks;
    std::vector<ContentsBlock::Entry> m_entries;
    ContentsBlock *m_contents = nullptr;
    bool m_anyPreliminary = false;
};

} // namespace cairn::report
