#pragma once

#include "pagination.h"
#include "reportoptions.h"

#include "core/plan.h"

#include <QCoreApplication>
#include <QPageSize>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace cairn {

namespace report {
class ReportContent;
}

// The board progress report of a plan for one school year, laid out on
// pages: painted page by page on a PDF writer or a printer (print preview)
// alike.
class BoardReport
{
    Q_DECLARE_TR_FUNCTIONS(cairn::BoardReport)

public:
    BoardReport(const Plan &plan, const ReportOptions &options);
    ~BoardReport();

    int pageCount() const { return int(m_pages.size()); }
    QPageSize pageSize() const;
    // The page's size in report units (1/96 inch).
    QSizeF pageExtent() const;
    // Paints page `index` (from 0) on a painter whose unit is 1/96 inch.
    void paintPage(QPainter &painter, int index) const;
    // The page each section starts on (from 1), by its anchor: "summary",
    // a goal's code, "recommendations", "appendix".
    const QHash<QString, int> &sections() const { return m_anchors; }

    // Paints every page on `device` (already set to this report's page size),
    // calling `progress` after each page; it returns false to stop. Returns
    // false when stopped.
    bool render(QPagedPaintDevice &device, const std::function<bool(int done, int total)> &progress = {}) const;

    // Writes the PDF to `path` through a temporary file, so that a cancelled
    // or failed export leaves no file behind. Returns an empty string on
    // success, otherwise what went wrong; `cancelled` tells a stop apart.
    QString writePdf(const QString &path, const std::function<bool(int done, int total)> &progress = {}, bool *cancelled = nullptr) const;

private:
    void paintFurniture(QPainter &painter, int index) const;

    const Plan &m_plan;
    ReportOptions m_options;
    std::unique_ptr<report::ReportContent> m_content;
    std::vector<report::Page> m_pages;
    QHash<QString, int> m_anchors;
};

} // namespace cairn
