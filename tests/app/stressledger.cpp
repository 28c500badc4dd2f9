#include "stressledger.h"

#include "testsupport.h"

#include "core/planwalk.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace cairn::test {

namespace {

bool isStructural(const Field &field)
{
    return field.name == QLatin1String("created") || field.name == QLatin1String("deleted");
}

bool isActual(const Field &field)
{
    return field.name.startsWith(QLatin1String("actual "));
}

// Values are compared as the ledger wrote them: actuals as numbers.
bool same(const Field &field, const QString &shown, const QString &value)
{
    if (!isActual(field))
        return shown == value;
    bool ok = false;
    const double number = shown.toDouble(&ok);
    return ok && qAbs(number - value.toDouble()) < 1e-9;
}

// The new value as an audit entry words it: "10.37 (note)" for an actual,
// "at_risk: why" for an assessment.
QString auditedValue(const Field &field, const QString &text)
{
    if (isActual(field))
        return text.section(QLatin1Char(' '), 0, 0);
    if (field.name.startsWith(QLatin1String("assessment ")))
        return text.section(QStringLiteral(": "), 1);
    return text;
}

// cairn-cli and the window's import name the sheet: "ana, from sheet.csv".
bool byAuthor(const QString &who, const QString &author)
{
    return who == author || who.startsWith(author + QStringLiteral(", from "));
}

// Where the audit log records `value` written to `field`, or -1.
int auditPosition(const Plan &stored, const Field &field, const QString &value)
{
    for (std::size_t i = 0; i < stored.audit.size(); ++i) {
        const AuditEntry &entry = stored.audit[i];
        if (entry.item == field.item && entry.field == field.name && same(field, auditedValue(field, entry.newValue), value))
            return int(i);
    }
    return -1;
}

struct Current {
    QString value;
    std::optional<QString> who; // items' names record none
};

std::optional<Current> currentValue(const Plan &plan, const Field &field)
{
    std::optional<Current> found;
    forEachItem(plan, [&](const ItemView &view) {
        if (view.code != field.item)
            return;
        if (view.kind == ItemKind::Measure) {
            if (field.name == QLatin1String("name"))
                found = Current{view.measure->name, std::nullopt};
            for (const auto &[year, actual] : view.measure->actuals)
                if (field.name == QStringLiteral("actual ") + year.label())
                    found = Current{QString::number(actual.value, 'g', 15), actual.who};
        } else if (view.kind == ItemKind::Action && field.name == QLatin1String("exists")) {
            found = Current{view.action->description, std::nullopt};
        } else if (view.kind == ItemKind::Goal) {
            for (const Assessment &assessment : view.goal->assessments)
                if (field.name == QStringLiteral("assessment ") + assessment.year.label())
                    found = Current{assessment.rationale, assessment.who};
        }
    });
    return found;
}

QString describe(const Operation &operation)
{
    QStringList values;
    for (const auto &[field, value] : operation.values)
        values.append(QStringLiteral("%1 %2 = %3").arg(field.item, field.name, value));
    return QStringLiteral("%1 (%2) %3: %4").arg(operation.author, operation.saved ? QStringLiteral("saved") : QStringLiteral("refused"))
        .arg(operation.tick)
        .arg(values.join(QStringLiteral("; ")));
}

} // namespace

void Ledger::record(Operation operation)
{
    Tally &tally = m_tallies[std::size_t(operation.side)];
    ++tally.operations;
    const int fields = int(operation.values.size());
    tally.attempted += fields;
    (operation.saved ? tally.saved : tally.refused) += fields;
    if (operation.saved && operation.side != Side::Cli)
        operation.tick = ++m_tick;
    m_operations.push_back(std::move(operation));
}

void Ledger::verify(const Plan &stored) const
{
    struct Save {
        const Operation *operation;
        int position;
    };
    const auto writerOf = [this](const Field &field, const QString &value) {
        for (const Operation &operation : m_operations)
            for (const auto &[f, v] : operation.values)
                if (f == field && same(f, v, value))
                    return describe(operation).toStdString();
        return std::string("no side");
    };
    const auto savedElsewhere = [this](const Field &field, const QString &value) {
        return std::any_of(m_operations.begin(), m_operations.end(), [&](const Operation &operation) {
            return operation.saved && std::any_of(operation.values.begin(), operation.values.end(), [&](const auto &written) {
                       return written.first == field && same(field, written.second, value);
                   });
        });
    };
    std::vector<Save> saves;
    for (const Operation &operation : m_operations) {
        INFO(describe(operation).toStdString());
        int position = -1;
        for (const auto &[field, value] : operation.values) {
            const int at = auditPosition(stored, field, value);
            if (!operation.saved) {
                // A refused edit left no trace (a deletion refused and
                // then made again leaves the same trace as one made once).
                if (!savedElsewhere(field, value))
                    CHECK(at < 0);
                continue;
            }
            REQUIRE(at >= 0); // a saved edit is in the file's history
            CHECK(byAuthor(stored.audit[std::size_t(at)].who, operation.author));
            position = position < 0 ? at : std::min(position, at);
        }
        if (operation.saved)
            saves.push_back({&operation, position});
    }

    // The file's history agrees with the order the sides reported saves in:
    // in-process saves in tick order, each cairn-cli run within its run.
    std::vector<Save> inProcess;
    std::copy_if(saves.begin(), saves.end(), std::back_inserter(inProcess), [](const Save &save) { return save.operation->side != Side::Cli; });
    std::sort(inProcess.begin(), inProcess.end(), [](const Save &a, const Save &b) { return a.operation->tick < b.operation->tick; });
    for (std::size_t i = 1; i < inProcess.size(); ++i) {
        if (inProcess[i - 1].position > inProcess[i].position)
            FAIL_CHECK("saved in this order, recorded the other way round: " << describe(*inProcess[i - 1].operation).toStdString()
                                                                             << " and " << describe(*inProcess[i].operation).toStdString());
    }
    for (const Save &save : saves) {
        const Operation &cli = *save.operation;
        if (cli.side != Side::Cli)
            continue;
        for (const Save &other : inProcess) {
            const long tick = other.operation->tick;
            if ((tick <= cli.launched && other.position > save.position) || (tick > cli.finished && other.position < save.position))
                FAIL_CHECK("cairn-cli's save is recorded outside its run: " << describe(cli).toStdString() << " against "
                                                                            << describe(*other.operation).toStdString());
        }
    }

    // Each field holds the value saved last, with its author; an item
    // created and deleted exists when its last saved change created it.
    struct Last {
        Field key;
        int position;
        const Operation *operation;
        Field field;
        QString value;
    };
    std::vector<Last> last;
    for (const Save &save : saves) {
        for (const auto &[field, value] : save.operation->values) {
            const Field key = isStructural(field) ? Field{field.item, QStringLiteral("exists")} : field;
            const int at = auditPosition(stored, field, value);
            auto found = std::find_if(last.begin(), last.end(), [&](const Last &entry) { return entry.key == key; });
            if (found == last.end())
                last.push_back({key, at, save.operation, field, value});
            else if (at > found->position)
                *found = {key, at, save.operation, field, value};
        }
    }
    for (const Last &entry : last) {
        INFO(entry.field.item.toStdString() << " " << entry.field.name.toStdString() << " last saved by "
                                            << describe(*entry.operation).toStdString());
        const auto current = currentValue(stored, entry.key);
        if (entry.field.name == QLatin1String("deleted")) {
            CHECK_FALSE(current);
            continue;
        }
        REQUIRE(current);
        INFO("the file holds " << current->value.toStdString() << ", written by " << writerOf(entry.field, current->value));
        CHECK(same(entry.field, current->value, entry.value));
        if (current->who)
            CHECK(*current->who == entry.operation->author);
    }
}

} // namespace cairn::test
