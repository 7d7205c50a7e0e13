/*
 * batch.c: the driver behind the command.  It expands the inputs (files,
 * directories with -r, --files-from), reads JSON Lines inputs a line at a
 * time as their records are wanted, analyses the documents on worker
 * threads, and writes the results in input order, so the output is
 * byte-identical whatever -j is.  The documents between the next one to
 * write and the last one read sit in a ring of 3 x -j jobs, and a worker
 * only starts one when fewer than WINDOW results wait to be written: memory
 * stays bounded by the largest documents, not by the archive or the length
 * of a JSON Lines stream.  One bad input is reported and the others go on.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include "batch.h"
#include "aggregate.h"
#include "lexicon.h"
#include "internal.h"
#include "escape.h"
#include "render.h"
#include <jansson.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#define BUDGET_FLOOR ((size_t)4 << 20)

typedef struct input {
  char *path;   /* file to read, or NULL for standard input */
  char *name;   /* name shown in output and messages */
  size_t size;  /* a regular file's size when the run began, else 0 */
  char *error;  /* met in a -r walk and not readable: the message its turn
                   reports (NULL for an input to read) */
} input;

typedef struct job {
  size_t seq;   /* its place in the output */
  char *path;   /* file to read, or NULL for in-memory data */
  char *name;   /* name shown in output and messages */
  char *data;   /* in-memory text (JSON Lines input) */
  size_t dlen;
  size_t size;  /* bytes of input, known before it is read (0: unknown) */
  char *error;  /* an error known before reading, as FILE[:LINE[:COL]]: message
                   (a bad JSON line, an unreadable JSON Lines file) */
  /* results */
  bool done;
  lc_buf out;    /* rendered output */
  lc_buf err;    /* messages for stderr */
  int status;    /* 0 ok, 1 nothing found, 2 error */
  lc_agg_doc *agg;
  bool streamed; /* its output (and the separator before it) went out as made */
} job;

/* The JSON Lines input being read, a line at a time (main thread only). */
typedef struct lines {
  char *buf;       /* NULL when none is open */
  int fd;
  bool own;        /* fd is to be closed (not standard input) */
  bool regular;    /* a regular file: reading it never waits for a writer */
  bool eof;
  const char *name;
  size_t start, scan, end, cap; /* unread bytes start..end, no newline in start..scan */
  size_t lineno;
} lines;

typedef struct sink {
  FILE *fp;
  char *dest; /* -o: the file written, past any symbolic links */
  char *tmp;  /* temporary file beside it, renamed at the end; NULL when
                 dest is written straight (a device, a FIFO) */
  bool failed;
  int err;
} sink;

typedef struct batch {
  lc_cli *cli;
  sink out;        /* written by the main thread, or by the worker of the
                      job at the head of the queue while main waits for it */
  bool first;      /* nothing written yet (JSON arrays need commas) */
  bool json_array;
  input *in;       /* the inputs, in order */
  size_t nin, incap;
  size_t in_next;  /* next input to open (main thread only) */
  bool any_jsonl;  /* some input is JSON Lines: how many documents is unknown */
  lines rd;        /* the JSON Lines input being read */
  job *jobs;       /* a ring: the job of seq k is jobs[k % cap] */
  size_t cap;
  size_t nread;   /* jobs made so far (only the main thread makes them) */
  bool eof;       /* and there are no more */
  size_t next;    /* next job to start */
  size_t written; /* jobs written so far */
  size_t window;
  size_t budget;   /* the input bytes that may be in memory at once */
  size_t inflight; /* the input bytes of jobs started and not yet written */
  lc_format fmt;
  lc_render_options ropt;
  pthread_mutex_t mu;
  pthread_cond_t cv_work, cv_done;
  bool failed; /* a fatal error (out of memory, write error): stop */
} batch;

static void S_msg(lc_buf *b, const char *name, const char *fmt, const char *arg) {
  lc_buf_printf(b, "lichang: %s: ", name);
  lc_buf_printf(b, fmt, arg);
  lc_buf_putc(b, '\n');
}

static bool S_add_input(batch *B, const char *path, const char *name) {
  if (B->nin == B->incap) {
    size_t cap = B->incap ? B->incap * 2 : 64;
    input *f = realloc(B->in, cap * sizeof *f);
    if (!f) return false;
    B->in = f;
    B->incap = cap;
  }
  input *f = &B->in[B->nin];
  f->path = path ? strdup(path) : NULL;
  f->size = 0;
  f->error = NULL;
  f->name = strdup(name);
  if ((path && !f->path) || !f->name) { free(f->path); free(f->name); return false; }
  B->nin++;
  return true;
}

/* An entry of a -r walk that cannot be read: an input of its own, so its
 * message comes in its place in the order and, with --format jsonl, as an
 * error record (as an unreadable file's does). */
static bool S_add_failed(batch *B, const char *name, int e) {
  if (!S_add_input(B, NULL, name)) return false;
  input *f = &B->in[B->nin - 1];
  if (asprintf(&f->error, "%s: %s", name, strerror(e)) < 0) {
    f->error = NULL;
    B->nin--;
    free(f->name);
    return false;
  }
  return true;
}

/* ---- inputs ----------------------------------------------------------- */

static bool S_text_name(const char *n) {
  const char *dot = strrchr(n, '.');
  if (!dot) return true;
  static const char *const EXT[] = {".txt", ".text", ".md", ".markdown", ".jsonl", ".ndjson", NULL};
  for (size_t i = 0; EXT[i]; i++)
    if (strcasecmp(dot, EXT[i]) == 0) return true;
  return false;
}

static int S_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct dirid { dev_t dev; ino_t ino; } dirid;

/* Walk a directory tree iteratively, files in sorted order. */
/* An entry met in the walk: a file to read, or a directory to enter. */
typedef struct walk_ent { char *path; bool dir; } walk_ent;

/* Read the directory root and those below it, depth first, every
 * directory's entries in name order, files and subdirectories alike (as
 * `find | sort` lists them): the text files become inputs. */
static int S_walk(batch *B, const char *root, lc_buf *errs) {
  int rc = 0;
  walk_ent *stack = malloc(sizeof *stack * 16);
  size_t ns = 0, cs = 16;
  dirid *seen = NULL;
  size_t nseen = 0, cseen = 0;
  if (!stack) return -1;
  stack[0].path = strdup(root);
  stack[0].dir = true;
  if (!stack[0].path) { free(stack); return -1; }
  ns = 1;
  while (ns) {
    walk_ent top = stack[--ns];
    char *dir = top.path;
    if (!top.dir) { /* a text file, in its place in the order */
      if (!S_add_input(B, dir, dir)) rc = -1;
      free(dir);
      continue;
    }
    struct stat st;
    if (stat(dir, &st) != 0) {
      if (!S_add_failed(B, dir, errno)) rc = -1;
      free(dir);
      continue;
    }
    bool loop = false;
    for (size_t i = 0; i < nseen; i++)
      if (seen[i].dev == st.st_dev && seen[i].ino == st.st_ino) loop = true;
    if (loop) {
      S_msg(errs, dir, "%s", "directory loop, not entered again");
      free(dir);
      continue;
    }
    if (nseen == cseen) {
      size_t c = cseen ? cseen * 2 : 16;
      dirid *s2 = realloc(seen, c * sizeof *s2);
      if (!s2) { free(dir); rc = -1; break; }
      seen = s2;
      cseen = c;
    }
    seen[nseen].dev = st.st_dev;
    seen[nseen++].ino = st.st_ino;
    DIR *d = opendir(dir);
    if (!d) {
      if (!S_add_failed(B, dir, errno)) rc = -1;
      free(dir);
      continue;
    }
    char **names = NULL;
    size_t nn = 0, cn = 0;
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
      if (e->d_name[0] == '.') continue; /* hidden files, . and .. */
      if (nn == cn) {
        cn = cn ? cn * 2 : 32;
        char **n2 = realloc(names, cn * sizeof *n2);
        if (!n2) break;
        names = n2;
      }
      names[nn] = strdup(e->d_name);
      if (names[nn]) nn++;
    }
    closedir(d);
    if (nn) qsort(names, nn, sizeof *names, S_cmp);
    /* the entries pushed in reverse, so they pop in name order */
    size_t dl = strlen(dir);
    bool slash = dl && dir[dl - 1] == '/'; /* archive/ names archive/x.txt */
    for (size_t i = nn; i-- > 0;) {
      char *p = NULL;
      if (asprintf(&p, slash ? "%s%s" : "%s/%s", dir, names[i]) < 0) { p = NULL; }
      free(names[i]);
      if (!p) { rc = -1; continue; }
      struct stat ls;
      if (lstat(p, &ls) != 0) {
        if (!S_add_failed(B, p, errno)) rc = -1;
        free(p);
        continue;
      }
      if (S_ISLNK(ls.st_mode)) {
        if (!B->cli->follow || stat(p, &ls) != 0) { free(p); continue; }
      }
      bool isdir = S_ISDIR(ls.st_mode);
      if (!isdir && !(S_ISREG(ls.st_mode) && S_text_name(p))) { free(p); continue; }
      if (ns == cs) {
        walk_ent *s2 = realloc(stack, cs * 2 * sizeof *s2);
        if (!s2) { free(p); rc = -1; continue; }
        stack = s2;
        cs *= 2;
      }
      stack[ns].path = p;
      stack[ns++].dir = isdir;
    }
    free(names);
    free(dir);
  }
  while (ns) free(stack[--ns].path);
  free(stack);
  free(seen);
  return rc;
}

static int S_add_path(batch *B, const char *p, lc_buf *errs) {
  if (strcmp(p, "-") == 0) return S_add_input(B, NULL, "-") ? 0 : -1;
  struct stat st;
  if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
    if (!B->cli->recursive) {
      /* reported when its turn comes, so the message keeps input order */
      return S_add_input(B, p, p) ? 0 : -1;
    }
    return S_walk(B, p, errs);
  }
  return S_add_input(B, p, p) ? 0 : -1;
}

/* Read a whole file (or stdin); returns 0, or an errno. */
static int S_read_all(const char *path, char **data, size_t *len) {
  int fd = path ? open(path, O_RDONLY | O_CLOEXEC) : 0;
  if (fd < 0) return errno;
  struct stat st;
  bool known = fstat(fd, &st) == 0;
  if (known && S_ISDIR(st.st_mode)) {
    if (path) close(fd);
    return EISDIR;
  }
  size_t cap = (known && S_ISREG(st.st_mode) && st.st_size > 0) ? (size_t)st.st_size + 1 : 65536;
  char *buf = malloc(cap);
  size_t n = 0;
  int err = 0;
  if (!buf) err = ENOMEM;
  while (!err) {
    if (n == cap) {
      size_t nc = cap * 2;
      char *b2 = realloc(buf, nc);
      if (!b2) { err = ENOMEM; break; }
      buf = b2;
      cap = nc;
    }
    ssize_t k = read(fd, buf + n, cap - n);
    if (k < 0) { if (errno == EINTR) continue; err = errno; break; }
    if (k == 0) break;
    n += (size_t)k;
  }
  if (path) close(fd);
  if (!err && n == cap) { /* room for the terminating NUL the parser adds */
    char *b2 = realloc(buf, n + 1);
    if (!b2) err = ENOMEM; else buf = b2;
  }
  if (err) { free(buf); return err; }
  *data = buf;
  *len = n;
  return 0;
}

/* Is the file named as JSON Lines (.jsonl, .ndjson)? */
static bool S_jsonl_name(const char *n) {
  const char *dot = strrchr(n, '.');
  return dot && (strcasecmp(dot, ".jsonl") == 0 || strcasecmp(dot, ".ndjson") == 0);
}

/* Is the input read as JSON Lines: all of them with --input jsonl, else
 * those named .jsonl or .ndjson? */
static bool S_is_jsonl(const batch *B, const input *f) {
  return B->cli->jsonl_input ||
         (B->cli->opt.input == LC_INPUT_AUTO && f->path && S_jsonl_name(f->name));
}

/* ---- JSON Lines input, a line at a time ------------------------------- */

#define LINES_BUF 65536

/* Open a JSON Lines input (NULL: standard input); returns 0, or an errno. */
static int S_lines_open(lines *r, const input *f) {
  memset(r, 0, sizeof *r);
  r->fd = f->path ? open(f->path, O_RDONLY | O_CLOEXEC) : 0;
  if (r->fd < 0) return errno;
  r->own = f->path != NULL;
  struct stat st;
  int e = 0;
  if (fstat(r->fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) e = EISDIR;
    r->regular = S_ISREG(st.st_mode);
  }
  if (!e && !(r->buf = malloc(LINES_BUF))) e = ENOMEM;
  if (e) {
    if (r->own) close(r->fd);
    memset(r, 0, sizeof *r);
    return e;
  }
  r->cap = LINES_BUF;
  r->name = f->name;
  return 0;
}

static void S_lines_close(lines *r) {
  if (r->own) close(r->fd);
  free(r->buf);
  memset(r, 0, sizeof *r);
}

/* The next line, without its newline, at *p (n bytes, valid until the next
 * call): 1, 0 at the end, or -1 with errno set on a read error. */
static int S_lines_get(lines *r, const char **p, size_t *n) {
  for (;;) {
    const char *nl = memchr(r->buf + r->scan, '\n', r->end - r->scan);
    if (nl || (r->eof && r->start < r->end)) {
      size_t e = nl ? (size_t)(nl - r->buf) : r->end;
      *p = r->buf + r->start;
      *n = e - r->start;
      r->start = r->scan = nl ? e + 1 : e;
      r->lineno++;
      return 1;
    }
    if (r->eof) return 0;
    /* no whole line left: move the part to the front, and read more */
    size_t part = r->end - r->start;
    if (r->start) memmove(r->buf, r->buf + r->start, part);
    r->start = 0;
    r->scan = r->end = part;
    size_t want = LINES_BUF;
    while (want < part * 2) want *= 2;
    if (want * 4 <= r->cap) { /* a long line has gone: give its room back */
      char *b = realloc(r->buf, want);
      if (b) { r->buf = b; r->cap = want; }
    }
    if (r->end == r->cap) {
      char *b = realloc(r->buf, r->cap * 2);
      if (!b) { errno = ENOMEM; return -1; }
      r->buf = b;
      r->cap *= 2;
    }
    ssize_t k = read(r->fd, r->buf + r->end, r->cap - r->end);
    if (k < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (k == 0) r->eof = true;
    r->end += (size_t)k;
  }
}

/* Can the next job be made without waiting for input?  Only a JSON Lines
 * input that is not a regular file (a pipe, a terminal) can keep us
 * waiting, when no whole line of it is at hand. */
static bool S_ready(batch *B) {
  lines *r = &B->rd;
  if (!r->buf || r->regular || r->eof) return true;
  if (memchr(r->buf + r->scan, '\n', r->end - r->scan)) return true;
  r->scan = r->end;
  struct pollfd pf = {.fd = r->fd, .events = POLLIN};
  return poll(&pf, 1, 0) != 0;
}

/* jansson allocates through this, so that an allocation that fails is
 * known: jansson may report it as a syntax error, or parse on without what
 * it could not keep. */
static _Thread_local bool S_json_oom;
static void *S_json_malloc(size_t n) {
  void *p = malloc(n);
  if (!p) S_json_oom = true;
  return p;
}

/* The job of one line {"id","text"} of a JSON Lines input: the record's
 * text, or an error saying why the line is not such a record.  False when
 * out of memory. */
static bool S_jsonl_job(job *j, const char *file, size_t lineno, const char *p, size_t n) {
  char *name = NULL; /* FILE:LINE, the record's name when it has no id */
  if (asprintf(&name, "%s:%zu", file, lineno) < 0) return false;
  json_error_t jerr;
  S_json_oom = false;
  json_t *o = json_loadb(p, n, JSON_REJECT_DUPLICATES, &jerr);
  if (S_json_oom) {
    json_decref(o);
    free(name);
    return false;
  }
  json_t *id = o ? json_object_get(o, "id") : NULL;
  json_t *text = o ? json_object_get(o, "text") : NULL;
  char idbuf[64];
  const char *idstr = NULL;
  if (json_is_string(id)) idstr = json_string_value(id);
  else if (json_is_integer(id)) {
    snprintf(idbuf, sizeof idbuf, "%lld", (long long)json_integer_value(id));
    idstr = idbuf;
  }
  bool ok = true;
  int k = 0;
  if (!o && strstr(jerr.text, "JSON_ALLOW_NUL")) /* not a library flag's name to the user */
    k = asprintf(&j->error, "%s: a record's text may not hold a NUL character (\\u0000)", name);
  else if (!o && jerr.column > 0) /* jansson counts characters, as our columns do */
    k = asprintf(&j->error, "%s:%d: not JSON: %s", name, jerr.column, jerr.text);
  else if (!o)
    k = asprintf(&j->error, "%s: not JSON: %s", name, jerr.text);
  else if (!json_is_object(o) || !json_is_string(text) || !idstr)
    k = asprintf(&j->error, "%s: expected an object with \"id\" and \"text\"", name);
  else {
    size_t tl = json_string_length(text);
    j->data = malloc(tl + 1);
    if (j->data) { memcpy(j->data, json_string_value(text), tl); j->dlen = tl; }
    else ok = false;
  }
  if (k < 0) { j->error = NULL; ok = false; }
  if (idstr) {
    j->name = strdup(idstr);
    if (!j->name) ok = false;
    free(name);
  } else {
    j->name = name;
  }
  json_decref(o);
  return ok;
}

/* Make the next job, in input order, into j (cleared): an input that is not
 * JSON Lines is one job; a JSON Lines input gives one for each line that is
 * not blank, read when it is wanted, or one that reports that it cannot be
 * read.  Returns 1, 0 when no input is left, or -1 when out of memory. */
static int S_next_job(batch *B, job *j) {
  for (;;) {
    lines *r = &B->rd;
    if (r->buf) {
      const char *p;
      size_t n;
      int k = S_lines_get(r, &p, &n);
      if (k > 0) {
        if (r->lineno == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3, n -= 3; /* a BOM */
        while (n && (p[n - 1] == '\r' || p[n - 1] == ' ')) n--;
        if (!n) continue;
        return S_jsonl_job(j, r->name, r->lineno, p, n) ? 1 : -1;
      }
      int e = errno;
      const char *name = r->name;
      S_lines_close(r);
      if (k == 0) continue;
      if (e == ENOMEM) return -1;
      /* a read error: the lines before it stand, this job reports it */
      j->name = strdup(name);
      if (!j->name || asprintf(&j->error, "%s: %s", name, strerror(e)) < 0) {
        j->error = NULL;
        return -1;
      }
      return 1;
    }
    if (B->in_next == B->nin) return 0;
    input *f = &B->in[B->in_next++];
    if (f->error) { /* met in the walk, not readable */
      j->name = f->name;
      j->error = f->error;
      f->name = f->error = NULL;
      return 1;
    }
    if (!S_is_jsonl(B, f)) { /* the job reads it itself */
      j->path = f->path;
      j->size = f->size;
      j->name = f->name;
      f->path = f->name = NULL;
      return 1;
    }
    int e = S_lines_open(r, f);
    if (e == ENOMEM) return -1;
    if (e) { /* a job that reports it, as an unreadable transcript does */
      j->name = strdup(f->name);
      if (!j->name || asprintf(&j->error, "%s: %s", f->name,
                               e == EISDIR ? "is a directory (use -r to read it)" : strerror(e)) < 0) {
        j->error = NULL;
        return -1;
      }
      return 1;
    }
  }
}

/* Make the next job in its slot of the ring, which holds no job now: the
 * one before there was written.  No worker looks at it before nread says
 * it is made.  Returns as S_next_job. */
static int S_make_job(batch *B) {
  job *j = &B->jobs[B->nread % B->cap];
  j->seq = B->nread;
  int k = S_next_job(B, j);
  if (k > 0 && !j->path) j->size = j->dlen; /* a JSON Lines record; a file's: its input's */
  return k;
}

static void S_write(sink *s, const char *p, size_t n);

/* The sink of the job at the head of the queue: straight to the output. */
typedef struct head_ctx { batch *B; job *j; } head_ctx;
static int S_head_write(void *c, const char *p, size_t n) {
  head_ctx *h = c;
  batch *B = h->B;
  if (!h->j->streamed) { /* the separator a JSON array needs before it */
    if (B->json_array && !B->first) S_write(&B->out, ",\n", 2);
    h->j->streamed = true;
  }
  B->first = false;
  /* in a JSON array a document ends without its newline, as in main */
  if (B->json_array && n && p[n - 1] == '\n') n--;
  S_write(&B->out, p, n);
  return !B->out.failed;
}

/* ---- one document ----------------------------------------------------- */

/* With --format jsonl, an input that could not be read or analysed gives a
 * record {"schema":1,"file":NAME,"error":MESSAGE}: MESSAGE is its first
 * error on standard error (the line of j->err at `at`) without "lichang: ". */
static void S_error_record(batch *B, job *j, size_t at) {
  if (B->fmt != LC_FORMAT_JSONL || B->cli->aggregate) return;
  const char *m = j->err.ptr && at < j->err.len ? j->err.ptr + at : "error";
  if (strncmp(m, "lichang: ", 9) == 0) m += 9;
  const char *nl = strchr(m, '\n');
  lc_buf_puts(&j->out, "{\"schema\":1,\"file\":");
  lc_json_cstr(&j->out, j->name);
  lc_buf_puts(&j->out, ",\"error\":");
  lc_json_str(&j->out, m, nl ? (size_t)(nl - m) : strlen(m));
  lc_buf_puts(&j->out, "}\n");
}

/* Does the output show a speaker (with --topic, a position)?  Counted after
 * the filters, as the output is; without one, as the document has them. */
static bool S_found(const lc_doc *doc, const lc_render_options *opt) {
  bool topic = opt->topic && *opt->topic;
  if (!topic && !(opt->speaker && *opt->speaker) && !(opt->role && *opt->role))
    return lc_doc_speaker_count(doc) > 0;
  lc_render f;
  lc_agg_filter(&f, doc, opt);
  if (topic) {
    for (size_t i = 0; doc->an && i < doc->an->positions.len; i++) {
      const lc_position *p = &LC_AT(doc->an->positions, lc_position, i);
      if (lc_keep_speaker(&f, p->speaker) && lc_keep_topic(&f, p->topic)) return true;
    }
    return false;
  }
  for (size_t i = 0; i < doc->speakers.len; i++)
    if (!LC_AT(doc->speakers, lc_speaker, i).narrator && lc_keep_speaker(&f, (int)i)) return true;
  return false;
}

static void S_run_job(batch *B, job *j) {
  lc_cli *cli = B->cli;
  char *data = NULL;
  size_t len = 0;
  const char *name = j->name;
  if (j->error) {
    lc_buf_printf(&j->err, "lichang: %s\n", j->error);
    j->status = 2;
  } else if (j->data) {
    data = j->data;
    len = j->dlen;
    j->data = NULL;
  } else {
    int e = S_read_all(j->path, &data, &len);
    if (e) {
      S_msg(&j->err, name, "%s", e == EISDIR ? "is a directory (use -r to read it)" : strerror(e));
      j->status = 2;
    }
  }
  if (j->status == 2) {
    S_error_record(B, j, 0);
    return;
  }
  lc_doc *doc = NULL;
  lc_status st = lc_doc_parse_owned(name, data, len, &cli->opt, cli->lex, &doc);
  if (!doc) {
    S_msg(&j->err, name, "%s", lc_status_message(st));
    j->status = 2;
    S_error_record(B, j, 0);
    return;
  }
  size_t first_error = SIZE_MAX; /* where the first error's message starts in j->err */
  for (size_t i = 0; i < lc_doc_diag_count(doc); i++) {
    const lc_diag *d = lc_doc_diag(doc, i);
    if (d->is_error && first_error == SIZE_MAX) first_error = j->err.len;
    if (d->line)
      lc_buf_printf(&j->err, "lichang: %s:%zu:%zu: %s%s\n", name, d->line, d->col,
                    d->is_error ? "" : "warning: ", d->msg);
    else
      lc_buf_printf(&j->err, "lichang: %s: %s%s\n", name, d->is_error ? "" : "warning: ", d->msg);
  }
  if (st != LC_OK) {
    j->status = 2;
    if (first_error == SIZE_MAX) { /* a failure no diagnostic told */
      first_error = j->err.len;
      S_msg(&j->err, name, "%s", lc_status_message(st));
    }
    S_error_record(B, j, first_error);
    lc_doc_free(doc);
    return;
  }
  j->status = S_found(doc, &B->ropt) ? 0 : 1;
  if (cli->aggregate) {
    j->agg = lc_agg_doc_new(doc, &B->ropt);
    if (!j->agg) j->out.oom = true;
  } else {
    /* the job at the head of the queue streams its output as it is made
     * (main waits for it); the others keep theirs until their turn */
    pthread_mutex_lock(&B->mu);
    bool head = j->seq == B->written;
    pthread_mutex_unlock(&B->mu);
    if (head) {
      head_ctx hc = {B, j};
      lc_status rs = lc_doc_render_stream(doc, B->fmt, &B->ropt, S_head_write, &hc);
      if (rs == LC_ENOMEM) j->out.oom = true;
    } else {
      char *buf = NULL;
      size_t blen = 0;
      if (lc_doc_render(doc, B->fmt, &B->ropt, &buf, &blen) != LC_OK) {
        j->out.oom = true;
      } else {
        j->out.ptr = buf;
        j->out.len = blen;
        j->out.cap = blen + 1;
      }
    }
  }
  lc_doc_free(doc);
  /* what a large document took goes back to the system now (its analysis
   * scratch too): with -j, the next large one may be analysed in another
   * thread, and memory kept by this one would add to it */
  if (j->size >= BUDGET_FLOOR) {
    lc_analysis_release();
#ifdef __GLIBC__
    malloc_trim(0);
#endif
  }
}

/* May the next job start now (B->mu held)?  Jobs start in order, once
 * made, at most a window of them ahead of the one written next, and only
 * while the inputs of the jobs started and not yet written fit the memory
 * budget: a document takes about three times its size while it is
 * analysed, and a job that is done keeps its output (about twice its size)
 * until its turn, so two large files are not analysed at once (peak memory
 * stays near that of the largest, whatever -j is).  The job written next
 * always fits: nothing before it is in memory any more. */
static bool S_may_start(const batch *B) {
  if (B->next >= B->nread || B->next >= B->written + B->window) return false;
  size_t sz = B->jobs[B->next % B->cap].size;
  return B->inflight == 0 || (sz <= B->budget && B->inflight <= B->budget - sz);
}

/* Take the next job (B->mu held, S_may_start true). */
static job *S_take(batch *B) {
  job *j = &B->jobs[B->next++ % B->cap];
  B->inflight += j->size;
  return j;
}

static void *S_worker(void *arg) {
  batch *B = arg;
  for (;;) {
    pthread_mutex_lock(&B->mu);
    /* a job that may start, or none will ever be */
    while (!B->failed && !S_may_start(B) && !(B->eof && B->next >= B->nread))
      pthread_cond_wait(&B->cv_work, &B->mu);
    if (B->failed || B->next >= B->nread) { pthread_mutex_unlock(&B->mu); return NULL; }
    job *j = S_take(B);
    pthread_mutex_unlock(&B->mu);
    S_run_job(B, j);
    pthread_mutex_lock(&B->mu);
    j->done = true;
    pthread_cond_broadcast(&B->cv_done);
    pthread_mutex_unlock(&B->mu);
  }
}

/* ---- output ----------------------------------------------------------- */

static void S_write(sink *s, const char *p, size_t n) {
  if (s->failed || !n) return;
  if (fwrite(p, 1, n, s->fp) != n) { s->failed = true; s->err = errno; }
}

/* The bar, and done/total; only the count while JSON Lines input is still
 * being read (how many records are left is not known). */
static void S_progress(batch *B, size_t done, bool end) {
  if (end) { fputs("\r\033[K", stderr); return; }
  if (!B->eof && B->any_jsonl) { fprintf(stderr, "\r%zu", done); return; }
  size_t total = B->eof ? B->nread : B->nin;
  size_t w = 30, fill = total ? done * w / total : w;
  char bar[64];
  for (size_t i = 0; i < w; i++) bar[i] = i < fill ? '#' : '.';
  bar[w] = 0;
  fprintf(stderr, "\r[%s] %zu/%zu", bar, done, total);
}

/* The file a chain of symbolic links ends at (it may not exist yet), so
 * that -o writes through a link instead of replacing it.  Returns 0, or an
 * errno; *out is malloc'd. */
static int S_follow_links(const char *path, char **out) {
  char *p = strdup(path);
  if (!p) return ENOMEM;
  for (int hops = 0;; hops++) {
    struct stat st;
    if (lstat(p, &st) != 0 || !S_ISLNK(st.st_mode)) { *out = p; return 0; }
    if (hops == 40) { free(p); return ELOOP; }
    char link[4096];
    ssize_t n = readlink(p, link, sizeof link - 1);
    if (n < 0) { int e = errno; free(p); return e; }
    link[n] = 0;
    const char *slash = strrchr(p, '/');
    char *next = NULL;
    if (link[0] == '/' || !slash) next = strdup(link);
    else if (asprintf(&next, "%.*s/%s", (int)(slash - p), p, link) < 0) next = NULL;
    free(p);
    if (!next) return ENOMEM;
    p = next;
  }
}

/* -o's temporary file while it exists, for the signal handler. */
static char *volatile S_sig_tmp;
static const int S_SIGNALS[] = {SIGHUP, SIGINT, SIGTERM};

/* Killed by SIGHUP, SIGINT or SIGTERM: remove the temporary file, then die
 * of the signal as if there were no handler (it is reset on entry, and not
 * blocked while the handler runs).  unlink and raise are async-signal-safe. */
static void S_on_signal(int sig) {
  int e = errno;
  char *p = S_sig_tmp;
  if (p) unlink(p);
  raise(sig);
  errno = e;
}

/* Handlers for the signals that are not ignored (nohup, or a background job
 * of a shell without job control, keeps them ignored). */
static void S_catch_signals(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = S_on_signal;
  sa.sa_flags = SA_RESETHAND | SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  for (size_t i = 0; i < sizeof S_SIGNALS / sizeof *S_SIGNALS; i++) {
    struct sigaction old;
    if (sigaction(S_SIGNALS[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
      sigaction(S_SIGNALS[i], &sa, NULL);
  }
}

/* Open the output of -o.  A regular file (or a new one) is written to a
 * temporary file beside it, renamed at the end, with the mode the file had
 * (a new one: 0666 less the umask); what cannot be replaced (a device, a
 * FIFO) is written straight; a directory fails at the rename, as before.
 * Returns 0, or an errno. */
static int S_open_output(sink *s, const char *path) {
  struct stat st;
  int e;
  bool exists = stat(path, &st) == 0;
  if (exists && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) { /* /dev/stdout's link too */
    int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return errno;
    if (!(s->fp = fdopen(fd, "w"))) { e = errno; close(fd); return e; }
    return 0;
  }
  if ((e = S_follow_links(path, &s->dest))) return e;
  if (asprintf(&s->tmp, "%s.tmpXXXXXX", s->dest) < 0) { s->tmp = NULL; return ENOMEM; }
  int fd = mkstemp(s->tmp);
  if (fd < 0) { e = errno; free(s->tmp); s->tmp = NULL; return e; }
  mode_t mode = st.st_mode & 0777;
  if (!exists) {
    mode_t um = umask(0); /* no other thread yet */
    umask(um);
    mode = 0666 & ~um;
  }
  if (fchmod(fd, mode) != 0 || !(s->fp = fdopen(fd, "w"))) {
    e = errno;
    close(fd);
    unlink(s->tmp);
    free(s->tmp);
    s->tmp = NULL;
    return e;
  }
  return 0;
}

/* Start the output: standard output, or -o FILE (with the signal handlers
 * that remove its temporary file).  False, said on stderr, when it cannot. */
static bool S_start_output(sink *s, const char *output) {
  memset(s, 0, sizeof *s);
  s->fp = stdout;
  if (!output || strcmp(output, "-") == 0) return true;
  /* the temporary file is known to the handler from its creation on */
  sigset_t block, was;
  sigemptyset(&block);
  for (size_t i = 0; i < sizeof S_SIGNALS / sizeof *S_SIGNALS; i++) sigaddset(&block, S_SIGNALS[i]);
  pthread_sigmask(SIG_BLOCK, &block, &was);
  S_catch_signals();
  int e = S_open_output(s, output);
  S_sig_tmp = s->tmp;
  pthread_sigmask(SIG_SETMASK, &was, NULL);
  if (e) {
    fprintf(stderr, "lichang: %s: %s\n", output, strerror(e));
    free(s->dest);
    return false;
  }
  return true;
}

/* Finish the output: flush and close are where late write errors show.
 * The temporary file of -o becomes FILE when `keep`, else it is removed.
 * False, said on stderr (unless the reader went away), on a write error. */
static bool S_end_output(sink *s, bool keep, const char *output) {
  if (!s->failed && fflush(s->fp) != 0) { s->failed = true; s->err = errno; }
  if (s->fp != stdout) {
    if (s->tmp && !s->failed && fsync(fileno(s->fp)) != 0 && errno != EINVAL) {
      s->failed = true;
      s->err = errno;
    }
    if (fclose(s->fp) != 0 && !s->failed) { s->failed = true; s->err = errno; }
  } else if (fclose(stdout) != 0 && !s->failed) {
    s->failed = true;
    s->err = errno;
  }
  if (s->tmp) {
    if (!s->failed && keep && rename(s->tmp, s->dest) != 0) {
      s->failed = true;
      s->err = errno;
    }
    if (s->failed || !keep) unlink(s->tmp);
    S_sig_tmp = NULL;
    free(s->tmp);
  }
  free(s->dest);
  if (s->failed && s->err != EPIPE)
    fprintf(stderr, "lichang: %s: write error: %s\n", output ? output : "standard output",
            strerror(s->err));
  return !s->failed;
}

int lc_cli_write(const lc_cli *cli, const char *p, size_t n) {
  sink s;
  if (!S_start_output(&s, cli->output)) return 2;
  S_write(&s, p, n);
  return S_end_output(&s, true, cli->output) ? 0 : 2;
}

/* Free what a job holds and clear it, for the next job in its slot. */
static void S_clear_job(job *j) {
  free(j->path);
  free(j->name);
  free(j->data);
  free(j->error);
  lc_buf_free(&j->out);
  lc_buf_free(&j->err);
  lc_agg_doc_free(j->agg);
  memset(j, 0, sizeof *j);
}

/* Free the inputs, the ring of jobs and the JSON Lines input being read. */
static void S_free_jobs(batch *B) {
  for (size_t i = 0; B->jobs && i < B->cap; i++) S_clear_job(&B->jobs[i]);
  free(B->jobs);
  B->jobs = NULL;
  for (size_t i = 0; i < B->nin; i++) { free(B->in[i].path); free(B->in[i].name); free(B->in[i].error); }
  free(B->in);
  B->in = NULL;
  B->nin = 0;
  if (B->rd.buf) S_lines_close(&B->rd);
}

/* Flush what is written so far (before waiting for input). */
static void S_flush(sink *s) {
  if (!s->failed && fflush(s->fp) != 0) { s->failed = true; s->err = errno; }
}

int lc_cli_check_filters(const lc_cli *cli) {
  /* a topic id or a role that does not exist is a mistake, not "nothing
   * found": say so, with the ones there are */
  const char *bad_kind = NULL, *bad_val = NULL;
  lc_buf known = {0};
  if (cli->render.topic && lc_lexicon_topic_find(cli->lex, cli->render.topic) < 0) {
    bad_kind = "topic";
    bad_val = cli->render.topic;
    for (size_t k = 0; k < lc_lexicon_topic_count(cli->lex); k++)
      lc_buf_printf(&known, "%s%s", k ? ", " : "", lc_lexicon_topic_id(cli->lex, k));
  } else if (cli->render.role) {
    bool found = false;
    for (int r = 1; *lc_role_name((lc_role)r); r++) {
      found |= strcmp(lc_role_name((lc_role)r), cli->render.role) == 0;
      lc_buf_printf(&known, "%s%s", r > 1 ? ", " : "", lc_role_name((lc_role)r));
    }
    if (!found) { bad_kind = "role"; bad_val = cli->render.role; }
  }
  if (bad_kind) {
    fprintf(stderr, "lichang: unknown %s '%s' (%ss: %s)\n", bad_kind, bad_val, bad_kind,
            known.ptr ? known.ptr : "none");
    lc_buf_free(&known);
    return 2;
  }
  lc_buf_free(&known);
  return 0;
}

int lc_cli_run(lc_cli *cli) {
#ifdef __GLIBC__
  /* A document's memory is freed before the next one takes as much again:
   * glibc would give the top of the heap back to the system after each
   * (brk, or madvise in a thread's arena, which stops the other threads
   * to flush their address translations) and fault it in again, zeroed.
   * Keep up to 64 MiB; blocks of 4 MiB and more (a large file's text)
   * still come from mmap and go back when freed. */
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
  if (lc_cli_check_filters(cli)) return 2;
  batch B;
  memset(&B, 0, sizeof B);
  B.cli = cli;
  json_set_alloc_funcs(S_json_malloc, free);
  B.ropt = cli->render;
  B.ropt.tsv_header = 0;    /* written once, below */
  B.ropt.html_fragment = 1; /* the page is written once, below */
  bool tty = isatty(1);
  B.fmt = cli->format >= 0 ? (lc_format)cli->format : (tty && !cli->output ? LC_FORMAT_TEXT : LC_FORMAT_JSON);
  if (B.fmt == LC_FORMAT_TEXT) {
    const char *nc = getenv("NO_COLOR");
    B.ropt.color = cli->color >= 0 ? cli->color : (tty && !cli->output && !(nc && *nc));
  }
  int rc_any = 1, rc_err = 0;
  size_t analysed = 0; /* documents read and analysed (not refused) */
  lc_buf errs = {0};

  /* inputs */
  int r = 0;
  for (size_t i = 0; i < cli->nfiles && r >= 0; i++) {
    int k = S_add_path(&B, cli->files[i], &errs);
    if (k < 0) r = -1; else if (k) rc_err = 2;
  }
  if (cli->files_from) {
    FILE *fp = strcmp(cli->files_from, "-") == 0 ? stdin : fopen(cli->files_from, "r");
    if (!fp) {
      S_msg(&errs, cli->files_from, "%s", strerror(errno));
      rc_err = 2;
    } else {
      char *line = NULL;
      size_t cap = 0;
      ssize_t n;
      while (r >= 0 && (n = getline(&line, &cap, fp)) >= 0) {
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
        if (!n) continue;
        int k = S_add_path(&B, line, &errs);
        if (k < 0) r = -1; else if (k) rc_err = 2;
      }
      free(line);
      if (fp != stdin) fclose(fp);
    }
  }
  if (cli->nfiles == 0 && !cli->files_from && r >= 0) r = S_add_input(&B, NULL, "-") ? 0 : -1;
  if (errs.len) fputs(errs.ptr, stderr);
  lc_buf_free(&errs);
  for (size_t i = 0; i < B.nin; i++)
    if (S_is_jsonl(&B, &B.in[i])) B.any_jsonl = true;

  /* the memory budget: the largest input, or a few MiB when all are small
   * (small documents analysed side by side stay well within the 16 MiB
   * that the memory target allows beyond three times the largest) */
  B.budget = BUDGET_FLOOR;
  for (size_t i = 0; i < B.nin; i++) {
    struct stat st;
    if (B.in[i].path && stat(B.in[i].path, &st) == 0 && S_ISREG(st.st_mode))
      B.in[i].size = (size_t)st.st_size;
    if (B.in[i].size > B.budget) B.budget = B.in[i].size;
  }

  /* the ring of jobs, and its first two: whether there are none, one or
   * several decides how the output begins */
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  int nthreads = cli->jobs > 0 ? cli->jobs : (cores > 0 ? (int)cores : 1);
  B.cap = (size_t)nthreads * 3; /* the window, and the jobs that enter it next */
  if (r >= 0 && !(B.jobs = calloc(B.cap, sizeof *B.jobs))) r = -1;
  while (r >= 0 && !B.eof && B.nread < 2) {
    /* a second line not yet there (a program that writes a line and waits
     * for its answer): not waited for, and taken to be coming */
    if (B.nread == 1 && !S_ready(&B)) break;
    int k = S_make_job(&B);
    if (k < 0) r = -1; else if (k == 0) B.eof = true; else B.nread++;
  }
  if (r < 0) { fputs("lichang: out of memory\n", stderr); S_free_jobs(&B); return 2; }
  /* how many documents there are, when it is known: two means two or more */
  size_t njobs = B.eof ? B.nread : !B.any_jsonl ? B.nin : 2;
  if ((size_t)nthreads > njobs) nthreads = njobs ? (int)njobs : 1;
  B.window = (size_t)nthreads * 2;

  /* output */
  if (!S_start_output(&B.out, cli->output)) { S_free_jobs(&B); return 2; }

  pthread_mutex_init(&B.mu, NULL);
  pthread_cond_init(&B.cv_work, NULL);
  pthread_cond_init(&B.cv_done, NULL);
  bool progress = cli->progress > 0 || (cli->progress < 0 && isatty(2) && njobs > 1);
  bool json_array = B.fmt == LC_FORMAT_JSON && njobs > 1 && !cli->aggregate;
  B.json_array = json_array;
  B.first = true;
  lc_agg *agg = cli->aggregate ? lc_agg_new(cli->lex) : NULL;
  if (cli->aggregate && !agg) B.failed = true;
  if (json_array) S_write(&B.out, "[\n", 2);
  if (B.fmt == LC_FORMAT_JSON && !njobs && !cli->aggregate) S_write(&B.out, "[]\n", 3); /* still JSON */
  if (B.fmt == LC_FORMAT_TSV && !cli->aggregate && njobs)
    S_write(&B.out, lc_tsv_header(B.ropt.records), strlen(lc_tsv_header(B.ropt.records)));
  if (B.fmt == LC_FORMAT_HTML && !cli->aggregate) {
    lc_buf h = {0};
    lc_html_begin(&h, njobs == 1 ? B.jobs[0].name : "lichang report");
    S_write(&B.out, h.ptr, h.len);
    lc_buf_free(&h);
  }
  /* the prologue is out before any worker may stream.  This thread is one
   * of the -j workers: it takes the next job whenever the one it must
   * write next is not done, so -j 1 starts no thread at all (no hand-over
   * of each document and back), and so does a run when no thread could be
   * started (memory is short). */
  pthread_t *th = nthreads > 1 ? calloc((size_t)nthreads - 1, sizeof *th) : NULL;
  int started = 0;
  for (int i = 0; th && i < nthreads - 1; i++)
    if (pthread_create(&th[started], NULL, S_worker, &B) == 0) started++;

  /* job i, the next to write: this thread makes the jobs (reads JSON
   * Lines) while the ring has room, unless the input would keep it waiting
   * with jobs to finish and write; else it runs the next job; else it
   * waits for one to be done.  Before it waits for input, what is written
   * is flushed: a reader that waits for a record's result gets it. */
  for (size_t i = 0;; i++) {
    job *j = NULL;
    pthread_mutex_lock(&B.mu);
    for (;;) {
      if (i < B.nread && B.jobs[i % B.cap].done) { j = &B.jobs[i % B.cap]; break; }
      if (B.failed) break;
      if (!B.eof && B.nread < i + B.cap) {
        bool ready = S_ready(&B);
        if (ready || i == B.nread) {
          pthread_mutex_unlock(&B.mu);
          if (!ready) S_flush(&B.out);
          int k = S_make_job(&B);
          pthread_mutex_lock(&B.mu);
          if (k < 0) { fputs("lichang: out of memory\n", stderr); B.failed = true; }
          else if (k == 0) B.eof = true;
          else B.nread++;
          /* a worker may wait for this job (or for the end) */
          if (k <= 0 || (B.next == B.nread - 1 && S_may_start(&B)))
            pthread_cond_broadcast(&B.cv_work);
          continue;
        }
      }
      if (i == B.nread) break; /* no job is left */
      if (S_may_start(&B)) {
        job *k = S_take(&B);
        pthread_mutex_unlock(&B.mu);
        S_run_job(&B, k);
        pthread_mutex_lock(&B.mu);
        k->done = true;
        continue;
      }
      pthread_cond_wait(&B.cv_done, &B.mu);
    }
    pthread_mutex_unlock(&B.mu);
    if (!j) break;
    if (j->err.len) { /* over the progress bar's line, which is drawn again */
      if (progress) fputs("\r\033[K", stderr);
      fputs(j->err.ptr, stderr);
      fflush(stderr);
    }
    if (j->out.oom) { fputs("lichang: out of memory\n", stderr); B.failed = true; }
    if (j->status == 0) rc_any = 0;
    if (j->status != 2) analysed++;
    if (j->status == 2) rc_err = 2;
    if (agg && j->agg) { if (!lc_agg_add(agg, j->agg)) B.failed = true; }
    if (j->out.len) {
      if (json_array && !B.first && !j->streamed) S_write(&B.out, ",\n", 2);
      size_t n = j->out.len;
      if (json_array && n && j->out.ptr[n - 1] == '\n') n--;
      S_write(&B.out, j->out.ptr, n);
      B.first = false;
    }
    size_t jsize = j->size;
    S_clear_job(j); /* its slot is free for job i + cap */
    pthread_mutex_lock(&B.mu);
    B.written = i + 1;
    B.inflight -= jsize;
    if (B.out.failed) B.failed = true;
    pthread_cond_broadcast(&B.cv_work);
    pthread_mutex_unlock(&B.mu);
    if (progress) S_progress(&B, i + 1, false);
    if (B.out.failed) break;
  }
  pthread_mutex_lock(&B.mu);
  if (B.out.failed) B.failed = true;
  pthread_cond_broadcast(&B.cv_work);
  pthread_cond_broadcast(&B.cv_done);
  pthread_mutex_unlock(&B.mu);
  for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
  free(th);
  if (progress) S_progress(&B, 0, true);
  if (json_array && !B.out.failed) S_write(&B.out, "\n]\n", 3);
  if (B.fmt == LC_FORMAT_HTML && !cli->aggregate) {
    lc_buf h = {0};
    lc_html_end(&h);
    S_write(&B.out, h.ptr, h.len);
    lc_buf_free(&h);
  }
  if (agg) {
    lc_buf a = {0};
    lc_agg_render(agg, B.fmt, &a);
    if (a.oom) B.failed = true;
    S_write(&B.out, a.ptr, a.len);
    lc_buf_free(&a);
    lc_agg_free(agg);
  }
  S_free_jobs(&B);
  pthread_mutex_destroy(&B.mu);
  pthread_cond_destroy(&B.cv_work);
  pthread_cond_destroy(&B.cv_done);

  lc_normalize_release(); /* this thread's normaliser, if it parsed a document */
  lc_analysis_release();  /* and its analysis scratch */
  /* when no input could be analysed, an existing FILE is kept as it was */
  bool nothing = analysed == 0 && !cli->aggregate;
  if (!S_end_output(&B.out, !B.failed && !nothing, cli->output)) return 2;
  if (B.failed) return 2;
  return rc_err ? 2 : rc_any;
}
