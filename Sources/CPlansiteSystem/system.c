// Linux first: glibc hides renameat2 behind _GNU_SOURCE and mallopt in malloc.h, neither of
// which Swift's Glibc module exposes.
#define _GNU_SOURCE
#include "plansite_system.h"

#include <errno.h>
#include <stdio.h>  // renamex_np on macOS
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#if defined(__APPLE__)
#include <pthread.h>
#endif

#if defined(__linux__)
#include <fcntl.h>
#include <sys/inotify.h>
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

int plansite_entry_stamp(const char *path, int follow, struct plansite_entry_stamp *out) {
  struct stat st;
  if ((follow ? stat(path, &st) : lstat(path, &st)) != 0) return -1;
  out->size = (long long)st.st_size;
#if defined(__APPLE__)
  out->modified_sec = (long long)st.st_mtimespec.tv_sec;
  out->modified_nsec = (long long)st.st_mtimespec.tv_nsec;
  out->changed_sec = (long long)st.st_ctimespec.tv_sec;
  out->changed_nsec = (long long)st.st_ctimespec.tv_nsec;
#else
  out->modified_sec = (long long)st.st_mtim.tv_sec;
  out->modified_nsec = (long long)st.st_mtim.tv_nsec;
  out->changed_sec = (long long)st.st_ctim.tv_sec;
  out->changed_nsec = (long long)st.st_ctim.tv_nsec;
#endif
  out->device = (unsigned long long)st.st_dev;
  out->inode = (unsigned long long)st.st_ino;
  out->mode = (unsigned int)st.st_mode;
  out->is_folder = S_ISDIR(st.st_mode) ? 1 : 0;
  return 0;
}

int plansite_watch_open(void) {
#if defined(__linux__)
  return inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
#else
  errno = ENOSYS;
  return -1;
#endif
}

int plansite_watch_add(int fd, const char *path) {
#if defined(__linux__)
  return inotify_add_watch(fd, path,
                           IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM |
                               IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR);
#else
  (void)fd;
  (void)path;
  errno = ENOSYS;
  return -1;
#endif
}

void plansite_watch_remove(int fd, int watch) {
#if defined(__linux__)
  inotify_rm_watch(fd, watch);
#else
  (void)fd;
  (void)watch;
#endif
}

long plansite_watch_limit(void) {
#if defined(__linux__)
  long limit = -1;
  FILE *f = fopen("/proc/sys/fs/inotify/max_user_watches", "r");
  if (f) {
    if (fscanf(f, "%ld", &limit) != 1) limit = -1;
    fclose(f);
  }
  return limit;
#else
  return -1;
#endif
}

size_t plansite_watch_next(const void *buffer, size_t length, size_t offset, struct plansite_watch_event *out) {
#if defined(__linux__)
  struct inotify_event e;
  if (offset + sizeof e > length) return 0;
  memcpy(&e, (const char *)buffer + offset, sizeof e);
  size_t name = offset + sizeof e;
  if (name + e.len > length) return 0;
  size_t n = strnlen((const char *)buffer + name, e.len);
  out->watch = e.wd;
  out->kind = ((e.mask & IN_Q_OVERFLOW) ? PLANSITE_WATCH_OVERFLOW : 0) |
              ((e.mask & IN_IGNORED) ? PLANSITE_WATCH_GONE : 0) | ((e.mask & IN_ISDIR) ? PLANSITE_WATCH_FOLDER : 0) |
              ((e.mask & (IN_CREATE | IN_MOVED_TO)) ? PLANSITE_WATCH_ADDED : 0) |
              ((e.mask & IN_MOVED_FROM) ? PLANSITE_WATCH_MOVED_AWAY : 0);
  out->name_offset = name;
  out->name_length = n;
  return name + e.len;
#else
  (void)buffer;
  (void)length;
  (void)offset;
  (void)out;
  return 0;
#endif
}

void plansite_background_thread(void) {
#if defined(__linux__) && defined(SYS_gettid)
  // Linux schedules each thread on its own: the lowest priority for this one alone, so it runs
  // on a core the build leaves idle rather than sharing one the build uses.
  setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), 19);
#elif defined(__APPLE__)
  pthread_set_qos_class_self_np(QOS_CLASS_BACKGROUND, 0);
#endif
}
