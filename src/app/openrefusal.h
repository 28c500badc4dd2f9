#pragma once

#include "storage/storageerror.h"

#include <QCoreApplication>

class QAction;

namespace cairn {

// What the app says when a plan file cannot be opened. The storage layer's
// messages suit cairn-cli; a file that is no plan at all is explained here
// in a plan coordinator's words, pointing to the menu that makes a plan
// from a JSON file.
class OpenRefusal
{
    Q_DECLARE_TR_FUNCTIONS(OpenRefusal)

public:
    // `importJson` is the menu entry that imports a JSON plan.
    static QString message(const StorageError &error, const QString &path, const QAction *importJson);
};

} // namespace cairn
