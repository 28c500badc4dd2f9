#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cairn {
struct Plan;
}

namespace cairn::cli {

// Exit codes of cairn-cli.
enum Exit { Success = 0, Refused = 1, Usage = 2 };

// What every command shares: its arguments and the two output streams.
struct Context {
    QStringList arguments; // starting with the command's name
    QTextStream &out;
    QTextStream &err;
};

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(cairn::cli::Commands)

public:
    // Runs the command named by arguments[0] (the words after "cairn-cli"),
    // as the program does: the tests call it in-process.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static int importPlan(Context &context);
    static int importText(Context &context);
    static int exportPlan(Context &context);
    static int check(Context &context);
    static int status(Context &context);
    static int values(Context &context);
    static int chart(Context &context);
    static int report(Context &context);
    static int publish(Context &context);
    static int review(Context &context);
    static int alignment(Context &context);
    static int server(Context &context);

    // "4 goals, 12 objectives, 42 actions, 115 measures"
    static QString counts(const cairn::Plan &plan);
};

} // namespace cairn::cli
