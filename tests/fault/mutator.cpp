#include "mutator.h"

#include <QList>
#include <QRegularExpression>

namespace cairn::test {

namespace {

const QList<QByteArray> hugeNumbers = {"1e20",   "-1e16", "1e308",  "1e400",   "-1e400", QByteArray(300, '9'), "NaN",
                                       "Infinity", "-0",    "0x10",   "1e-400",  "1.7976931348623157e308",
                                       "1000000000000001"};

// Replaces the `n`-th match of `pattern` in `bytes` with `replacement`
// (where \1 is the match).
QByteArray replaceMatch(const QByteArray &bytes, const QRegularExpression &pattern, int pick, const QByteArray &replacement)
{
    const QString text = QString::fromLatin1(bytes);
    QList<QRegularExpressionMatch> matches;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        matches.append(it.next());
    if (matches.isEmpty())
        return bytes;
    const QRegularExpressionMatch match = matches.at(pick % matches.size());
    QByteArray with = replacement;
    with.replace("\\1", match.captured(0).toLatin1());
    return bytes.left(match.capturedStart()) + with + bytes.mid(match.capturedEnd());
}

} // namespace

QByteArray Mutator::bitFlips(QByteArray bytes)
{
    if (bytes.isEmpty())
        return bytes;
    for (int flips = 1 + below(8); flips > 0; --flips) {
        const int at = below(int(bytes.size()));
        bytes[at] = char(bytes[at] ^ (1 << below(8)));
    }
    return bytes;
}

QByteArray Mutator::truncate(const QByteArray &bytes)
{
    return bytes.left(below(int(bytes.size())));
}

QByteArray Mutator::splice(QByteArray bytes)
{
    // A run of the input copied over another place, or deleted.
    const int from = below(int(bytes.size()));
    const int length = 1 + below(64);
    const int to = below(int(bytes.size()));
    if (below(2) == 0)
        return bytes.remove(to, length);
    return bytes.insert(to, bytes.mid(from, length));
}

QByteArray Mutator::invalidUtf8(QByteArray bytes)
{
    static const QList<QByteArray> broken = {"\xC3\x28", "\xFF", "\xED\xA0\x80", "\xF8\x88\x80\x80\x80", "\xC0\xAF",
                                             QByteArray("\x00", 1), "\xE2\x82"};
    return bytes.insert(below(int(bytes.size())), broken.at(below(int(broken.size()))));
}

QByteArray Mutator::hugeNumber(QByteArray bytes)
{
    static const QRegularExpression number(QStringLiteral("-?\\b\\d+(\\.\\d+)?\\b"));
    return replaceMatch(bytes, number, below(1 << 20), hugeNumbers.at(below(int(hugeNumbers.size()))));
}

QByteArray Mutator::jsonStructure(const QByteArray &bytes)
{
    static const QRegularExpression member(QStringLiteral("\"[A-Za-z]+\": (\"[^\"\\n]*\"|[-0-9.]+|true|false|null)"));
    static const QRegularExpression value(QStringLiteral(": (\"[^\"\\n]*\"|[-0-9.]+|true|false|null)"));
    static const QRegularExpression yearKey(QStringLiteral("\"(20\\d\\d)-\\d\\d\": "));
    switch (below(7)) {
    case 0: // a duplicate key
        return replaceMatch(bytes, member, below(1 << 20), "\\1, \\1");
    case 1: { // a value of the wrong type
        static const QList<QByteArray> wrong = {": []", ": {}", ": 7", ": \"seven\"", ": null", ": true", ": [[[]]]"};
        return replaceMatch(bytes, value, below(1 << 20), wrong.at(below(int(wrong.size()))));
    }
    case 2: { // a school year written two ways in one map
        const QString text = QString::fromLatin1(bytes);
        const QRegularExpressionMatch match = yearKey.match(text, below(int(text.size())));
        if (!match.hasMatch())
            return bytes;
        const QByteArray alias = "\"" + match.captured(1).toLatin1() + "\": 1, ";
        return bytes.left(match.capturedStart()) + alias + bytes.mid(match.capturedStart());
    }
    case 3: { // deep nesting
        const int depth = 100 + below(20000);
        return replaceMatch(bytes, value, below(1 << 20), ": " + QByteArray(depth, '[') + QByteArray(depth, ']'));
    }
    case 4: // a key in another case
        return replaceMatch(bytes, QRegularExpression(QStringLiteral("\"[a-z]")), below(1 << 20), "\"X");
    case 5: // a very long string
        return replaceMatch(bytes, QRegularExpression(QStringLiteral(": \"")), below(1 << 20), ": \"" + QByteArray(100'001 + below(3), 'w'));
    default:
        return hugeNumber(bytes);
    }
}

QByteArray Mutator::csvStructure(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    const int pick = 1 + below(int(lines.size()) - 1);
    switch (below(7)) {
    case 0: // a row twice
        lines.insert(pick, lines.value(pick));
        break;
    case 1: { // the same school year spelled another way, in a second row
        static const QRegularExpression year(QStringLiteral(",(20\\d\\d)-(\\d\\d),"));
        const QString alias = QString::fromUtf8(lines.value(pick)).replace(year, below(2) ? QStringLiteral(",\\1,") : QStringLiteral(",\\1/\\2,"));
        lines.insert(pick, alias.toUtf8());
        break;
    }
    case 2: // an unbalanced quote
        lines[pick].insert(below(int(lines.value(pick).size())), '"');
        break;
    case 3: // columns moved
        lines[0] = QByteArray("actual,") + lines.value(0);
        break;
    case 4: // a note far too long
        lines[pick] = lines.value(pick) + ",\"" + QByteArray(100'001, 'n') + "\"";
        break;
    case 5: // line endings and separators of other programs
        return QByteArray(bytes).replace("\n", below(2) ? "\r\n" : "\r").replace(',', below(2) ? ';' : ',');
    default:
        return hugeNumber(lines.join('\n'));
    }
    return lines.join('\n');
}

QByteArray Mutator::planFilePages(QByteArray bytes)
{
    const int pageSize = 4096;
    const int pages = int(bytes.size()) / pageSize;
    if (pages < 2)
        return bitFlips(bytes);
    switch (below(6)) {
    case 0: { // a header field (page size, write version, sizes, format number, application id)
        static const int fields[] = {16, 18, 19, 20, 28, 32, 36, 44, 48, 56, 60, 64, 68, 92, 96};
        const int at = fields[below(int(std::size(fields)))] + below(4);
        bytes[at] = char(m_random());
        return bytes;
    }
    case 1: // a page of zeros
        return bytes.replace(below(pages) * pageSize, pageSize, QByteArray(pageSize, '\0'));
    case 2: { // one page copied over another
        const QByteArray page = bytes.mid(below(pages) * pageSize, pageSize);
        return bytes.replace(below(pages) * pageSize, pageSize, page);
    }
    case 3: // cut at a page boundary
        return bytes.left(below(pages) * pageSize);
    case 4: { // a few bytes inside one b-tree page
        QByteArray page = bitFlips(bytes.mid(pageSize * (1 + below(pages - 1)), pageSize));
        return bytes.replace(pageSize * (1 + below(pages - 1)), int(page.size()), page);
    }
    default:
        return bitFlips(bytes);
    }
}

QByteArray Mutator::mutate(const QByteArray &input, Format format)
{
    switch (below(6)) {
    case 0:
        return format == Format::PlanFile ? planFilePages(input) : bitFlips(input);
    case 1:
        return format == Format::PlanFile ? planFilePages(input) : truncate(input);
    case 2:
        return format == Format::PlanFile ? planFilePages(input) : splice(input);
    case 3:
        return format == Format::PlanFile ? bitFlips(input) : invalidUtf8(input);
    default:
        switch (format) {
        case Format::Json:
            return jsonStructure(input);
        case Format::Csv:
            return csvStructure(input);
        case Format::PlanFile:
            return planFilePages(input);
        }
    }
    return input;
}

} // namespace cairn::test
