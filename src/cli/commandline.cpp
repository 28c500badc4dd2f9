#include "commandline.h"

#include "i18n/documentlanguage.h"
#include "i18n/language.h"
#include "storage/repository.h"

namespace cairn::cli {

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void CommandLine::addPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    ++m_required;
}

void CommandLine::addRepeatedPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description, name + QStringLiteral("..."));
    ++m_required;
    m_repeated = true;
}

void CommandLine::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

void CommandLine::addValueOption(const QString &name, const QString &description, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

void CommandLine::addListOption(const QString &name, const QString &description, const QString &valueName)
{
    addValueOption(name, description, valueName + QStringLiteral("..."));
    m_lists.append(QStringLiteral("--") + name);
}

void CommandLine::addOutputOption(const QString &description)
{
    m_parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, description, QStringLiteral("OUT")));
}

std::variant<SchoolYear, int> CommandLine::year(Context &context, const Plan &plan) const
{
    if (!m_parser.isSet(QStringLiteral("year")))
        return plan.reportYear;
    const QString text = m_parser.value(QStringLiteral("year"));
    const auto year = SchoolYear::parse(text);
    if (!year) {
        context.err << Commands::tr("--year must be a school year such as 2024-25, not \"%1\".").arg(text) << '\n';
        return int(Usage);
    }
    if (*year < plan.firstYear || *year > plan.lastYear) {
        context.err << Commands::tr("%1 is outside the plan's school years %2 to %3; choose a year within them.")
                           .arg(year->label(), plan.firstYear.label(), plan.lastYear.label())
                    << '\n';
        return int(Refused);
    }
    return *year;
}

void CommandLine::addPaperOption()
{
    addValueOption(QStringLiteral("paper"), Commands::tr("letter (default) or a4"), QStringLiteral("letter|a4"));
}

std::variant<ReportOptions::Paper, int> CommandLine::paper(Context &context) const
{
    const QString paper = value(QStringLiteral("paper"), QStringLiteral("letter")).toLower();
    if (paper == QLatin1String("letter"))
        return ReportOptions::Paper::Letter;
    if (paper == QLatin1String("a4"))
        return ReportOptions::Paper::A4;
    context.err << Commands::tr("--paper must be letter or a4, not \"%1\".").arg(paper) << '\n';
    return int(Usage);
}

void CommandLine::addFormatOption(const QString &description)
{
    addValueOption(QStringLiteral("format"), description, QStringLiteral("text|json"));
}

std::variant<CommandLine::Format, int> CommandLine::format(Context &context) const
{
    const QString format = value(QStringLiteral("format"), QStringLiteral("text"));
    if (format == QLatin1String("text"))
        return Format::Text;
    if (format == QLatin1String("json"))
        return Format::Json;
    context.err << Commands::tr("--format must be text or json, not \"%1\".").arg(format) << '\n';
    return int(Usage);
}

void CommandLine::addAsOfOption()
{
    addValueOption(QStringLiteral("as-of"), Commands::tr("the date to judge due dates against; default: today"),
                   QStringLiteral("YYYY-MM-DD"));
}

std::variant<QDate, int> CommandLine::asOf(Context &context) const
{
    if (!m_parser.isSet(QStringLiteral("as-of")))
        return QDate::currentDate();
    const QString text = m_parser.value(QStringLiteral("as-of"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        context.err << Commands::tr("--as-of must be a date such as 2025-06-30, not \"%1\".").arg(text) << '\n';
        return int(Usage);
    }
    return date;
}

void CommandLine::addSuppressionOptions()
{
    addValueOption(QStringLiteral("suppress"),
                   Commands::tr("hide small student groups' values by a state's rule: tx, wi, de, ca, or none; default: the plan's rule"),
                   QStringLiteral("PRESET"));
    addValueOption(QStringLiteral("min-n"), Commands::tr("hide the values of student groups smaller than N"), QStringLiteral("N"));
}

std::variant<std::optional<SuppressionRule>, int> CommandLine::suppression(Context &context) const
{
    const bool preset = m_parser.isSet(QStringLiteral("suppress"));
    const bool minimum = m_parser.isSet(QStringLiteral("min-n"));
    if (preset && minimum) {
        context.err << Commands::tr("Give either --suppress or --min-n, not both.") << '\n';
        return int(Usage);
    }
    if (!preset && !minimum)
        return std::optional<SuppressionRule>();
    const QString given = m_parser.value(minimum ? QStringLiteral("min-n") : QStringLiteral("suppress"));
    const auto rule = SuppressionRule::parse(minimum ? QStringLiteral("min-n:") + given : given);
    if (!rule) {
        context.err << Commands::tr("\"%1\" is no suppression rule; use --suppress tx, wi, de, ca or none, or --min-n N (1 to 1000).").arg(given)
                    << '\n';
        return int(Usage);
    }
    return rule;
}

void CommandLine::addLanguageOption()
{
    addValueOption(QStringLiteral("lang"), Commands::tr("the language to write in: en (default) or es"), QStringLiteral("en|es"));
}

std::optional<int> CommandLine::useLanguage(Context &context) const
{
    const QString code = value(QStringLiteral("lang"), Language::English).toLower();
    if (!Language::all().contains(code)) {
        context.err << Commands::tr("--lang must be %1, not \"%2\".").arg(Language::all().join(QLatin1String(" or ")), code) << '\n';
        return int(Usage);
    }
    Language::install(code);
    // What the command writes is a document: its dates in the language,
    // whatever the machine's locale; its numbers as a US district writes
    // them until the plan read says otherwise (DocumentLanguage).
    QLocale::setDefault(DocumentLanguage::locale(code, NumberStyle::CommaPoint));
    return std::nullopt;
}

void CommandLine::addUserOption()
{
    addValueOption(QStringLiteral("user"),
                   Commands::tr("who is making the change, recorded with it in the plan; default: the CAIRN_USER "
                                "environment variable, then the login name"),
                   QStringLiteral("NAME"));
}

QString CommandLine::user(Context &context) const
{
    for (const QString &name : {value(QStringLiteral("user")), qEnvironmentVariable("CAIRN_USER"), Repository::loginName()}) {
        if (!name.trimmed().isEmpty())
            return name.trimmed();
    }
    context.err << Commands::tr("Say who you are with --user NAME or CAIRN_USER; every change in a plan records who made "
                                "it. Nothing was changed.")
                << '\n';
    return {};
}

std::optional<int> CommandLine::parse(Context &context)
{
    QStringList arguments = context.arguments;
    arguments[0] = QStringLiteral("cairn-cli ") + m_command;
    // "--schools a b" is read as "--schools a --schools b".
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (!m_lists.contains(arguments[i]))
            continue;
        const QString option = arguments[i];
        for (i += 2; i < arguments.size() && !arguments[i].startsWith(QLatin1Char('-')); i += 2)
            arguments.insert(i, option);
        --i;
    }
    if (!m_parser.parse(arguments)) {
        context.err << m_parser.errorText() << '\n'
                    << Commands::tr("Run \"cairn-cli %1 --help\" for its usage.").arg(m_command) << '\n';
        return Usage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its full path; name the command instead.
        context.out << m_parser.helpText().replace(QCoreApplication::arguments().constFirst(),
                                                   QStringLiteral("cairn-cli ") + m_command);
        return Success;
    }
    const qsizetype given = m_parser.positionalArguments().size();
    if (given < m_required || (!m_repeated && given > m_required)) {
        context.err << (m_repeated ? Commands::tr("%1 expects %n or more file arguments, got %2.", nullptr, m_required)
                                   : Commands::tr("%1 expects %n file arguments, got %2.", nullptr, m_required))
                           .arg(m_command)
                           .arg(given)
                    << '\n'
                    << Commands::tr("Run \"cairn-cli %1 --help\" for its usage.").arg(m_command) << '\n';
        return Usage;
    }
    return std::nullopt;
}

} // namespace cairn::cli
