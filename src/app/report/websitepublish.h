#pragma once

#include "core/suppression.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace cairn {

class PlanDocument;

// File → Publish Website…: the plan's public progress website (src/web)
// for the year the app shows, into a folder the user chooses.
class WebsitePublish
{
    Q_DECLARE_TR_FUNCTIONS(cairn::WebsitePublish)

public:
    // What the dialog asks before the folder.
    struct Choice {
        SuppressionRule rule;
        QString language; // "en" or "es", whatever the app speaks
    };

    // Asks how small groups are protected and in which language, then for
    // a folder, then publishes into it. The folder, or empty when the user
    // cancelled or it failed (the reason was shown).
    static QString chooseAndPublish(QWidget *parent, const PlanDocument &document);
    // The dialog that asks how small student groups are protected on this
    // site, showing the plan's own rule first, and the site's language (the
    // one remembered for documents); nothing when cancelled.
    static std::optional<Choice> ask(QWidget *parent, const PlanDocument &document);
    // Publishes into `folder`: an empty or new folder, or one holding an
    // earlier site, which is replaced after the user agrees. On failure
    // says why and leaves the folder as it was. `rule`: none given, the
    // plan's; `language`: empty, the app's.
    static bool publish(QWidget *parent, const PlanDocument &document, const QString &folder,
                        const std::optional<SuppressionRule> &rule = std::nullopt, const QString &language = {});
};

} // namespace cairn
