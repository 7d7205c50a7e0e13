/*
 * failalloc.c: an LD_PRELOAD shim that makes one allocation fail, to test
 * that lichang survives running out of memory anywhere.
 *
 *   LICHANG_FAIL_ALLOC=N     the Nth call (counting from 1) of malloc, calloc
 *                            or realloc, in any thread, returns NULL with
 *                            errno ENOMEM; every other call succeeds.
 *   LICHANG_FAIL_ALLOC=N+    the Nth call and every later one fail.
 *   LICHANG_FAIL_ALLOC=0     (or unset) nothing fails: just count.
 *   LICHANG_ALLOC_COUNT=FILE at exit, write the number of calls to FILE.
 *   LICHANG_FAIL_ALLOC_TRACE=1  print a backtrace to stderr where the
 *                            failing call was made.
 *
 * glibc lets a preloaded malloc replace its own, including the calls glibc
 * makes inside (strdup, getline, fopen, asprintf, ...), so those fail too.
 * The real allocator is reached through __libc_malloc and friends, not
 * dlsym(), which itself allocates.
 *
 * Build: cc -shared -fPIC -O2 -o failalloc.so tests/faults/failalloc.c
 */
#define _GNU_SOURCE
#include <errno.h>
#include <execinfo.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern void *__libc_malloc(size_t n);
extern void *__libc_calloc(size_t k, size_t n);
extern void *__libc_realloc(void *p, size_t n);

static unsigned long S_count; /* calls so far (atomic) */
static unsigned long S_fail_at; /* 0: never */
static int S_fail_after;        /* fail at S_fail_at and later */
static int S_trace;
static int S_ready;
static __thread int S_inside; /* no counting while we trace */

static void S_init(void) {
  if (__atomic_load_n(&S_ready, __ATOMIC_ACQUIRE)) return;
  const char *v = getenv("LICHANG_FAIL_ALLOC"); /* getenv does not allocate */
  unsigned long n = 0;
  if (v) {
    for (; *v >= '0' && *v <= '9'; v++) n = n * 10 + (unsigned long)(*v - '0');
    S_fail_after = *v == '+';
  }
  S_fail_at = n;
  const char *t = getenv("LICHANG_FAIL_ALLOC_TRACE");
  S_trace = t && *t == '1';
  __atomic_store_n(&S_ready, 1, __ATOMIC_RELEASE);
}

/* Count this call; true when it is to fail. */
static int S_should_fail(void) {
  if (S_inside) return 0;
  S_init();
  unsigned long k = __atomic_add_fetch(&S_count, 1, __ATOMIC_RELAXED);
  if (!S_fail_at) return 0;
  int fail = S_fail_after ? k >= S_fail_at : k == S_fail_at;
  if (fail && S_trace && k == S_fail_at) {
    S_inside = 1;
    void *frames[64];
    int nf = backtrace(frames, 64);
    char msg[80];
    int ml = snprintf(msg, sizeof msg, "failalloc: allocation %lu fails here:\n", k);
    if (write(2, msg, (size_t)ml) < 0) { /* nothing to do */ }
    backtrace_symbols_fd(frames, nf, 2);
    S_inside = 0;
  }
  return fail;
}

void *malloc(size_t n) {
  if (S_should_fail()) { errno = ENOMEM; return NULL; }
  return __libc_malloc(n);
}

void *calloc(size_t k, size_t n) {
  if (S_should_fail()) { errno = ENOMEM; return NULL; }
  return __libc_calloc(k, n);
}

void *realloc(void *p, size_t n) {
  if (S_should_fail()) { errno = ENOMEM; return NULL; }
  return __libc_realloc(p, n);
}

__attribute__((destructor)) static void S_report(void) {
  const char *f = getenv("LICHANG_ALLOC_COUNT");
  if (!f || !*f) return;
  int fd = open(f, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return;
  char buf[32];
  int l = snprintf(buf, sizeof buf, "%lu\n", __atomic_load_n(&S_count, __ATOMIC_RELAXED));
  if (write(fd, buf, (size_t)l) < 0) { /* nothing to do */ }
  close(fd);
}
