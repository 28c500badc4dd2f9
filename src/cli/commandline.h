#pragma once

#include "cli.h"

#include "core/plan.h"
#include "core/suppression.h"
#include "report/reportoptions.h"

#include <QCommandLineParser>

#include <variant>

namespace cairn::cli {

// A command's own parser: its description, positional arguments and
// options, with --help. parse() prints usage problems and help itself.
class CommandLine
{
public:
    CommandLine(const QString &command, const QString &description);

    void addPositional(const QString &name, const QString &description);
    // The last positional argument, given once or more ("SCHOOL.cairn…").
    void addRepeatedPositional(const QString &name, const QString &description);
    void addFlag(const QString &name, const QString &description);
    void addValueOption(const QString &name, const QString &description, const QString &valueName);
    // --NAME VALUE…: each word after it up to the next option is a value
    // (so a shell's "schools/*.cairn" works), and it may be given again;
    // read with values(NAME).
    void addListOption(const QString &name, const QString &description, const QString &valueName);
    // -o OUT / --output OUT; read with value("output").
    void addOutputOption(const QString &description);

    // Returns nothing to go on, or the exit code to stop with (after --help:
    // 0; wrong usage: 2, with the problem printed).
    std::optional<int> parse(Context &context);
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    // The --year option for `plan`: its report year when not given. Prints
    // the problem and gives the exit code when the text is not a school
    // year (usage) or the year is outside the plan (refused).
    std::variant<SchoolYear, int> year(Context &context, const Plan &plan) const;

    // --paper letter|a4 for PDFs; Letter when not given.
    void addPaperOption();
    std::variant<ReportOptions::Paper, int> paper(Context &context) const;

    // --format text|json; text when not given.
    enum class Format { Text, Json };
    void addFormatOption(const QString &description);
    // The format, or the exit code (usage) with the problem printed.
    std::variant<Format, int> format(Context &context) const;

    // --as-of: the date due dates are judged against, today when not given.
    void addAsOfOption();
    std::variant<QDate, int> asOf(Context &context) const;

    // --suppress PRESET | --min-n N for what is published: small student
    // groups' values hidden by a state's rule. Nothing when neither is given
    // (the plan's own rule applies).
    void addSuppressionOptions();
    std::variant<std::optional<SuppressionRule>, int> suppression(Context &context) const;

    // --lang en|es for commands that write text for people: the language
    // of the words, dates and numbers, English when not given (a script's
    // output does not change with the machine's locale).
    void addLanguageOption();
    // Installs the language asked for; the exit code to stop with when
    // Cairn does not speak it.
    std::optional<int> useLanguage(Context &context) const;

    // --user NAME for commands that change a plan: who the change records.
    void addUserOption();
    // --user, else $CAIRN_USER, else the login name. Empty, with the refusal
    // printed, when none gives a name: the command must then change nothing.
    QString user(Context &context) const;

    QStringList values(const QString &name) const { return m_parser.values(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_parser.isSet(name) ? m_parser.value(name) : fallback;
    }

private:
    QString m_command;
    QCommandLineParser m_parser;
    int m_required = 0;
    bool m_repeated = false;
    QStringList m_lists; // the options added by addListOption
};

} // namespace cairn::cli
