#include "supportseditor.h"

#include "core/planwalk.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace cairn {

namespace {

enum { CodeRole = Qt::UserRole + 1 };

// Completes the last of the comma-separated codes, from any part of an
// item's code or title; choosing an item puts its code in.
class CodeListCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override { return {path.section(QLatin1Char(','), -1).trimmed()}; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString typed = widget() ? static_cast<QLineEdit *>(widget())->text() : QString();
        const qsizetype comma = typed.lastIndexOf(QLatin1Char(','));
        const QString before = comma < 0 ? QString() : typed.left(comma + 1) + QLatin1Char(' ');
        return before + index.data(CodeRole).toString();
    }
};

} // namespace

SupportsEditor::SupportsEditor(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_titles(new QLabel(this))
    , m_items(new QStandardItemModel(this))
{
    m_edit->setObjectName(QStringLiteral("supportsEdit"));
    m_edit->setAccessibleName(accessibleName);
    m_edit->setPlaceholderText(tr("Codes of the district plan's items, separated by commas"));
    m_titles->setObjectName(QStringLiteral("supportsTitles"));
    m_titles->setWordWrap(true);
    m_titles->setTextFormat(Qt::PlainText);
    auto *completer = new CodeListCompleter(m_items, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_edit->setCompleter(completer);
    // Choosing an item saves it, as choosing in a drop-down does (the line edit has its text by then).
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &SupportsEditor::chosen);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_titles);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &SupportsEditor::describe);
}

void SupportsEditor::setShown(bool shown)
{
    setVisible(shown);
    if (m_label)
        m_label->setVisible(shown);
}

void SupportsEditor::setDistrict(std::shared_ptr<const Plan> district)
{
    if (district == m_district && m_items->rowCount() > 0)
        return describe();
    m_district = std::move(district);
    m_items->clear();
    if (m_district)
        forEachItem(*m_district, [this](const ItemView &item) {
            if (item.kind == ItemKind::Action)
                return; // a school supports the district's goals, objectives and measures
            auto *row = new QStandardItem(item.code + QStringLiteral("  ") + item.title.section(QLatin1Char('\n'), 0, 0));
            row->setData(item.code, CodeRole);
            m_items->appendRow(row);
        });
    describe();
}

void SupportsEditor::describe()
{
    const QStringList codes = codesOf(m_edit->text());
    if (!m_district) {
        m_titles->setText(codes.isEmpty() ? QString()
                                          : tr("Open the district plan once, or choose it in Plan Details, to see these "
                                               "items' titles and pick from them."));
        return;
    }
    QStringList lines;
    for (const QString &code : codes) {
        QString title;
        forEachItem(*m_district, [&](const ItemView &item) {
            if (item.code == code && title.isEmpty())
                title = item.title.section(QLatin1Char('\n'), 0, 0);
        });
        lines.append(title.isEmpty() ? tr("%1: not in %2; choose one of its items.").arg(code, m_district->title)
                                     : tr("%1 %2").arg(code, title));
    }
    m_titles->setText(lines.join(QLatin1Char('\n')));
}

QString SupportsEditor::textOf(const QStringList &codes)
{
    return codes.join(QStringLiteral(", "));
}

QStringList SupportsEditor::codesOf(const QString &text)
{
    QStringList codes;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString code = part.trimmed(); !code.isEmpty() && !codes.contains(code))
            codes.append(code);
    return codes;
}

} // namespace cairn
