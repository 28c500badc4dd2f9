#pragma once

#include "core/alignment.h"

#include <QByteArray>

namespace cairn {

// An alignment of school plans to a district plan as JSON, for
// `cairn-cli alignment --format json` (docs/alignment.md describes the fields).
class AlignmentJson
{
public:
    static QByteArray write(const Alignment &alignment);
};

} // namespace cairn
