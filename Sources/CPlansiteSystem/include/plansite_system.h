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

/// A file's stamp as `serve`'s scanning watcher compares it (lstat(2), or stat(2) when
/// `follow`); times in seconds and nanoseconds (st_mtim on Linux, st_mtimespec on macOS).
struct plansite_entry_stamp {
  long long size;
  long long modified_sec;
  long long modified_nsec;
  long long changed_sec;
  long long changed_nsec;
  unsigned long long device;
  unsigned long long inode;
  unsigned int mode;
  int is_folder;
};

/// 0 on success; -1 with errno set.
int plansite_entry_stamp(const char *path, int follow, struct plansite_entry_stamp *out);

/// What one folder-watch event says, as flags of `plansite_watch_event.kind`.
enum {
  PLANSITE_WATCH_OVERFLOW = 1,    ///< the kernel's queue overflowed: events were lost
  PLANSITE_WATCH_GONE = 2,        ///< the watch ended (its folder was removed)
  PLANSITE_WATCH_FOLDER = 4,      ///< the entry named is a folder
  PLANSITE_WATCH_ADDED = 8,       ///< the entry was made or moved in
  PLANSITE_WATCH_MOVED_AWAY = 16  ///< the entry was moved out
};

struct plansite_watch_event {
  int watch;
  unsigned int kind;
  /// The entry's name within the buffer (not NUL-terminated), empty for the folder itself.
  size_t name_offset;
  size_t name_length;
};

/// A watch on folders (Linux inotify, non-blocking, closed on exec): its descriptor, or -1 with
/// errno set (ENOSYS where the system has none: the caller then scans).
int plansite_watch_open(void);

/// Watches the folder `path` for entries made, removed, written, changed or moved, and for its
/// own removal; the watch's number, or -1 with errno set (ENOSPC: the per-user limit).
int plansite_watch_add(int fd, const char *path);

void plansite_watch_remove(int fd, int watch);

/// The per-user limit of watched folders, or -1 when unknown.
long plansite_watch_limit(void);

/// Parses the event at `offset` of `length` bytes read from the watch; the offset of the next
/// event, or 0 when none is left.
size_t plansite_watch_next(const void *buffer, size_t length, size_t offset, struct plansite_watch_event *out);

/// Lowers the calling thread's scheduling priority to the least (a background sweep that should
/// use only what the build leaves idle). Does nothing where threads cannot be reprioritised.
void plansite_background_thread(void);

#endif
