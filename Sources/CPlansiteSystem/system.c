// Linux first: glibc hides renameat2 behind _GNU_SOURCE and mallopt in malloc.h, neither of
// which Swift's Glibc module exposes.
#define _GNU_SOURCE
#include "plansite_system.h"

#include <errno.h>
#include <stdio.h>  // renamex_np on macOS
#include <sys/stat.h>
#include <unistd.h>

#if defined(__linux__)
#include <fcntl.h>
#include <sys/syscall.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#endif

int plansite_exchange(const char *a, const char *b) {
#if defined(__linux__) && defined(SYS_renameat2)
  // The system call rather than glibc's wrapper: the release binary then runs on glibc older
  // than 2.28 too. RENAME_EXCHANGE is 2.
  return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, 2U);
#elif defined(__APPLE__)
  return renamex_np(a, b, RENAME_SWAP);
#else
  (void)a;
  (void)b;
  errno = ENOSYS;
  return -1;
#endif
}

void plansite_tune_malloc(void) {
#if defined(__GLIBC__)
  // glibc raises its mmap threshold to the size of the largest block freed so far (up to
  // 32 MB), after which a 20 MB page lands in the heap and stays resident when freed: peak
  // memory kept every large page ever rendered. A fixed 1 MB threshold keeps big buffers in
  // their own mappings, returned to the system as soon as they are freed.
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

ssize_t plansite_write(int fd, const void *buffer, size_t count) { return write(fd, buffer, count); }

ssize_t plansite_read(int fd, void *buffer, size_t count) { return read(fd, buffer, count); }

static void plansite_stamp(
  const struct stat *st, long long *device, long long *inode, long long *size, long long *modified, long long *changed) {
  *device = (long long)st->st_dev;
  *inode = (long long)st->st_ino;
  *size = (long long)st->st_size;
#if defined(__APPLE__)
  *modified = (long long)st->st_mtimespec.tv_sec * 1000000000LL + st->st_mtimespec.tv_nsec;
  *changed = (long long)st->st_ctimespec.tv_sec * 1000000000LL + st->st_ctimespec.tv_nsec;
#else
  *modified = (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
  *changed = (long long)st->st_ctim.tv_sec * 1000000000LL + st->st_ctim.tv_nsec;
#endif
}

int plansite_stat_stamp(
  const char *path, long long *device, long long *inode, long long *size, long long *modified, long long *changed) {
  struct stat st;
  if (stat(path, &st) != 0) return -1;
  plansite_stamp(&st, device, inode, size, modified, changed);
  return 0;
}

int plansite_fstat_stamp(
  int fd, long long *device, long long *inode, long long *size, long long *modified, long long *changed) {
  struct stat st;
  if (fstat(fd, &st) != 0) return -1;
  plansite_stamp(&st, device, inode, size, modified, changed);
  return 0;
}
