#pragma once

#include "core/enums.h"
#include "pagination.h"
#include "pdfinfo.h"

#include <QCoreApplication>
#include <QPageSize>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace cairn {

// A document laid out on pages from report blocks, with a header and a
// footer on every page: painted page by page on a PDF writer or a printer
// (print preview) alike. The board report and review minutes are made so.
class PagedReport
{
    Q_DECLARE_TR_FUNCTIONS(cairn::PagedReport)

public:
    struct Furniture {
        QString headerLeft;  // the organization
        QString headerRight; // the plan
        QString footer;      // what the document is, and its date
        bool coverBand = false;
    };

    virtual ~PagedReport();

    int pageCount() const { return int(m_pages.size()); }
    QPageSize pageSize() const { return m_pageSize; }
    // The page's size in report units (1/96 inch).
    QSizeF pageExtent() const;
    // The part of every page that holds the content, between the margins,
    // the header and the footer, in report units.
    QRectF bodyRect() const;
    // Paints page `index` (from 0) on a painter whose unit is 1/96 inch.
    void paintPage(QPainter &painter, int index) const;
    // The page each anchored section starts on (from 1).
    const QHash<QString, int> &sections() const { return m_anchors; }

    // Paints every page on `device` (already set to this report's page size),
    // calling `progress` after each page; it returns false to stop. Returns
    // false when stopped.
    bool render(QPagedPaintDevice &device, const std::function<bool(int done, int total)> &progress = {}) const;

    // Writes the PDF to `path` through a temporary file, so that a cancelled
    // or failed export leaves no file behind. Returns an empty string on
    // success, otherwise what went wrong; `cancelled` tells a stop apart.
    QString writePdf(const QString &path, const std::function<bool(int done, int total)> &progress = {}, bool *cancelled = nullptr) const;

protected:
    // `language` and `numbers`: see DocumentLanguage; the subclass builds its
    // blocks in them, and painting speaks them too.
    PagedReport(const QString &language, NumberStyle numbers)
        : m_language(language)
        , m_numbers(numbers)
    {
    }
    // Lays `blocks` out on pages; `contents`, if any, gets their page numbers.
    void layOut(std::vector<std::unique_ptr<report::Block>> blocks, report::ContentsBlock *contents, const QPageSize &pageSize,
                const Furniture &furniture, const PdfInfo &info);

private:
    void paintFurniture(QPainter &painter, int index) const;

    std::vector<std::unique_ptr<report::Block>> m_blocks;
    std::vector<report::Page> m_pages;
    QHash<QString, int> m_anchors;
    QPageSize m_pageSize;
    Furniture m_furniture;
    PdfInfo m_info;
    QString m_language;
    NumberStyle m_numbers;
};

} // namespace cairn
