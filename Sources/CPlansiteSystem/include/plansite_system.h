// The few calls plansite needs that differ between systems, behind one small C API, so the
// Swift code compiles unchanged on Linux (glibc) and macOS. Only Linux is built and tested.
#ifndef PLANSITE_SYSTEM_H
#define PLANSITE_SYSTEM_H

#include <stddef.h>
#include <sys/types.h>

/// Swaps the names `a` and `b` in one step (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np
/// RENAME_SWAP), so a killed build always leaves a whole site. 0 on success; -1 with errno set,
/// and ENOSYS where the system cannot: the caller then renames twice.
int plansite_exchange(const char *a, const char *b);

/// Keeps large blocks in their own mappings, returned to the system when freed (glibc only; a
/// no-op elsewhere). See the caller in Entry.swift for why.
void plansite_tune_malloc(void);

/// write(2), named so that it does not clash with the `write` methods of Swift types.
ssize_t plansite_write(int fd, const void *buffer, size_t count);

/// The modification and status-change times of the file at `path` (stat(2), links followed)
/// in nanoseconds since 1970, with its device, inode and size: `st_mtim` on Linux,
/// `st_mtimespec` on macOS. 0 on success; -1 with errno set.
int plansite_stat_stamp(
  const char *path, long long *device, long long *inode, long long *size, long long *modified, long long *changed);

/// The same for an open file (fstat(2)).
int plansite_fstat_stamp(
  int fd, long long *device, long long *inode, long long *size, long long *modified, long long *changed);

/// read(2), for the same reason.
ssize_t plansite_read(int fd, void *buffer, size_t count);

#endif
