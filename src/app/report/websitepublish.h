#pragma once

#include <QCoreApplication>

class QWidget;

namespace cairn {

class PlanDocument;

// File → Publish Website…: the plan's public progress website (src/web)
// for the year the app shows, into a folder the user chooses.
class WebsitePublish
{
    Q_DECLARE_TR_FUNCTIONS(cairn::WebsitePublish)

public:
    // Asks for a folder, then publishes into it. The folder, or empty when
    // the user cancelled or it failed (the reason was shown).
    static QString chooseAndPublish(QWidget *parent, const PlanDocument &document);
    // Publishes into `folder`: an empty or new folder, or one holding an
    // earlier site, which is replaced after the user agrees. On failure
    // says why and leaves the folder as it was.
    static bool publish(QWidget *parent, const PlanDocument &document, const QString &folder);
};

} // namespace cairn
