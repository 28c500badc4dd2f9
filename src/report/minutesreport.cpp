#include "minutesreport.h"

#include "reportblocks.h"

#include "core/planwalk.h"
#include "core/plantexts.h"
#include "core/statusrules.h"
#include "core/statustext.h"
#include "i18n/documentlanguage.h"
#include "i18n/language.h"


#include <cmath>

namespace cairn {

namespace {

using namespace report;

class Builder
{
public:
    Builder(const Plan &plan, const Review &review)
        : m_plan(plan)
        , m_review(review)
    {
        forEachItem(plan, [this](const ItemView &item) {
            m_goalOf.insert(item.code, item.goal->code);
            const std::vector<Assessment> *assessments = item.measure     ? &item.measure->assessments
                                                         : item.action    ? &item.action->assessments
                                                         : item.objective ? &item.objective->assessments
                                                                          : &item.goal->assessments;
            if (const Assessment *assessment = StatusRules::assessmentFor(*assessments, m_review.year))
                m_assessments.insert(item.code, *assessment);
            m_titles.insert(item.code, item.title);
        });
    }

    std::vector<std::unique_ptr<Block>> build()
    {
        add<TextBlock>(MinutesReport::tr("Minutes — %1").arg(m_review.title), Styles::heading(1), 8);
        add<TextBlock>(MinutesReport::tr("%1 · meeting of %2 · reviewing school year %3")
                           .arg(m_plan.title, DocumentLanguage::date(m_review.date), m_review.year.label()),
                       Styles::muted(), 12);
        add<TextBlock>(MinutesReport::tr("Attendees"), Styles::heading(2), 4, true);
        add<TextBlock>(m_review.attendees.isEmpty() ? MinutesReport::tr("None recorded.") : m_review.attendees.join(QStringLiteral("; ")),
                       Styles::body(), 10);
        if (!m_review.summary.trimmed().isEmpty()) {
            add<TextBlock>(MinutesReport::tr("Summary"), Styles::heading(2), 4, true);
            add<TextBlock>(m_review.summary.trimmed(), Styles::body(), 10);
        }
        notes(MinutesReport::tr("Notes on the whole plan"), QString());
        for (const Goal &goal : m_plan.goals)
            this->goal(goal);
        recommendations();
        return std::move(m_blocks);
    }

private:
    template<typename T, typename... Args>
    T *add(Args &&...args)
    {
        auto block = std::make_unique<T>(std::forward<Args>(args)...);
        T *raw = block.get();
        m_blocks.push_back(std::move(block));
        return raw;
    }

    std::shared_ptr<std::vector<TableColumn>> table(std::vector<TableColumn> columns, TableRow *&header)
    {
        auto shared = std::make_shared<std::vector<TableColumn>>(std::move(columns));
        std::vector<Cell> cells;
        for (const TableColumn &column : *shared)
            cells.push_back(Cell::header(column.title));
        header = add<TableRow>(shared, cells, true, false);
        return shared;
    }

    // The notes on the items of goal `goalCode` (empty: on the whole plan).
    void notes(const QString &heading, const QString &goalCode)
    {
        std::vector<const ItemNote *> selected;
        for (const ItemNote &note : m_review.notes) {
            if (goalCode.isEmpty() ? note.item.isEmpty() : m_goalOf.value(note.item) == goalCode)
                selected.push_back(&note);
        }
        if (selected.empty())
            return;
        add<TextBlock>(heading, Styles::heading(3), 4, true);
        TableRow *header = nullptr;
        const auto columns = table({{MinutesReport::tr("Item"), 1.0}, {MinutesReport::tr("Note"), 4.6}, {MinutesReport::tr("By"), 1.6}}, header);
        bool shaded = false;
        for (const ItemNote *note : selected) {
            add<TableRow>(columns, std::vector<Cell>{Cell(note->item), Cell(note->text), Cell(note->who)}, false, shaded)->headerRow = header;
            shaded = !shaded;
        }
        add<Spacer>(8);
    }

    void goal(const Goal &goal)
    {
        add<TextBlock>(goal.code + QStringLiteral("  ") + goal.title, Styles::heading(2), 4, true);
        const auto frozen = std::find_if(m_review.snapshot.begin(), m_review.snapshot.end(),
                                         [&](const SnapshotEntry &entry) { return entry.code == goal.code; });
        if (frozen != m_review.snapshot.end())
            add<StatusLine>(frozen->status,
                            MinutesReport::tr("%1 at the meeting%2")
                                .arg(StatusText::word(frozen->status),
                                     frozen->progress ? MinutesReport::tr(" · %1% progress").arg(std::lround(*frozen->progress * 100)) : QString()),
                            Styles::body());
        notes(MinutesReport::tr("Notes"), goal.code);
        std::vector<std::pair<QString, Assessment>> assessed;
        for (auto it = m_assessments.begin(); it != m_assessments.end(); ++it) {
            if (m_goalOf.value(it.key()) == goal.code)
                assessed.emplace_back(it.key(), it.value());
        }
        std::sort(assessed.begin(), assessed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        if (!assessed.empty()) {
            add<TextBlock>(MinutesReport::tr("Committee assessments for %1").arg(m_review.year.label()), Styles::heading(3), 4, true);
            TableRow *header = nullptr;
            const auto columns = table(
                {{MinutesReport::tr("Item"), 2.6}, {MinutesReport::tr("Assessment"), 1.4}, {MinutesReport::tr("Rationale"), 3.4}}, header);
            bool shaded = false;
            for (const auto &[code, assessment] : assessed) {
                Cell status(StatusText::word(assessment.status));
                status.status = assessment.status;
                add<TableRow>(columns, std::vector<Cell>{Cell(code + QStringLiteral("  ") + m_titles.value(code).simplified()), status,
                                                         Cell(assessment.rationale)},
                              false, shaded)
                    ->headerRow = header;
                shaded = !shaded;
            }
        }
        add<Spacer>(8);
    }

    void recommendations()
    {
        add<TextBlock>(MinutesReport::tr("Recommendations"), Styles::heading(2), 4, true);
        if (m_review.recommendations.empty()) {
            add<TextBlock>(MinutesReport::tr("The committee made no recommendations."), Styles::body());
            return;
        }
        TableRow *header = nullptr;
        const auto columns = table({{MinutesReport::tr("Recommendation"), 3.6},
                                    {MinutesReport::tr("Concerns"), 1.1},
                                    {MinutesReport::tr("State"), 1.3},
                                    {MinutesReport::tr("History"), 2.4}},
                                   header);
        bool shaded = false;
        for (const Recommendation &recommendation : m_review.recommendations) {
            QStringList history;
            for (const StateChange &change : recommendation.changes) {
                QString step = StatusText::word(change.state) + QLatin1Char(' ') + change.date.toString(Qt::ISODate);
                if (!change.note.isEmpty())
                    step += QStringLiteral(": ") + change.note;
                history.append(step);
            }
            add<TableRow>(columns,
                          std::vector<Cell>{Cell(recommendation.text),
                                            Cell(recommendation.item.isEmpty() ? MinutesReport::tr("Whole plan") : recommendation.item),
                                            Cell(StatusText::word(recommendation.state())), Cell(history.join(QLatin1Char('\n')))},
                          false, shaded)
                ->headerRow = header;
            shaded = !shaded;
        }
    }

    const Plan &m_plan;
    const Review &m_review;
    QHash<QString, QString> m_goalOf;
    QHash<QString, QString> m_titles;
    QMap<QString, Assessment> m_assessments;
    std::vector<std::unique_ptr<Block>> m_blocks;
};

} // namespace

MinutesReport::MinutesReport(const Plan &written, const Review &review, ReportOptions::Paper paper, const QString &language)
    : PagedReport(language, written.numbers)
{
    const DocumentLanguage speaking(language, written.numbers);
    const Plan plan = PlanTexts::inLanguage(written, Language::installed());
    PdfInfo info;
    info.title = tr("Minutes — %1").arg(review.title);
    info.author = plan.organization;
    info.subject = tr("%1 — minutes of the %2").arg(plan.title, review.title);
    info.keywords = tr("strategic plan, review, minutes, %1").arg(review.year.label());
    info.creator = QStringLiteral("Cairn " CAIRN_VERSION);
    const Furniture furniture{plan.organization, plan.title,
                              tr("Minutes · %1 · %2").arg(review.title, DocumentLanguage::date(review.date)), false};
    layOut(Builder(plan, review).build(), nullptr, QPageSize(paper == ReportOptions::Paper::A4 ? QPageSize::A4 : QPageSize::Letter), furniture,
           info);
}

} // namespace cairn
