// SPDX-License-Identifier: Apache-2.0
#pragma once

// File operations that survive a power cut: data reaches the disk before a rename makes it
// visible, and the rename itself reaches the disk before the function returns. The backup
// and the recovery of the progress database depend on this order.

#include "expected.h"

#include <QString>

namespace Passerelle::DurableFiles {

// Flushes a file's data to the disk (fsync).
Status syncFile(const QString &path);
// Flushes a folder's entries (new names, renames) to the disk. A no-op where folders cannot
// be opened (Windows), since there the rename below is already durable.
Status syncFolder(const QString &path);
// Syncs `from`, renames it to `to` (replacing `to` atomically when it exists), then syncs
// the folder. Both must be in the same folder.
Status replace(const QString &from, const QString &to);

} // namespace Passerelle::DurableFiles
