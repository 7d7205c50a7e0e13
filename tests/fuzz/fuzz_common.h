/*
 * fuzz_common.h: what the lichang fuzz targets share: the shipped lexicon
 * (loaded once), an independent UTF-8 reference decoder, and the checks
 * every target makes on the JSON document.  Each target includes this file
 * once; everything here is static.
 *
 * A failed check prints what was expected and calls abort(), which libFuzzer
 * and AFL++ both report as a crash with the input saved.
 *
 * The reference decoder is written here, not borrowed from the library or
 * libunistring, so the checks do not share the code they check: one U+FFFD
 * per maximal subpart of an ill-formed sequence (Unicode 15, section 3.9,
 * table 3-7), which is what lichang promises.
 */
#ifndef LICHANG_FUZZ_COMMON_H
#define LICHANG_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include <unistr.h>
#include "lichang.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Not every target uses every helper. */
#define FZ_UNUSED __attribute__((unused))

/*
 * UBSan reports are recoverable in these builds (so a suppressions file can
 * silence a known report while fuzzing goes on: FUZZ_UBSAN_SUPP in
 * fuzz.mk), but every unsuppressed report stops the run like a crash.
 * UBSAN_OPTIONS in the environment adds to these.
 */
const char *__ubsan_default_options(void);
const char *__ubsan_default_options(void) { return "halt_on_error=1:print_stacktrace=1"; }

static lc_lexicon *FZ_LEX; /* the shipped lexicon, read-only, never freed */

#define FZ_CHECK(cond, ...)                                                    \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "\nfuzz check failed: %s (%s:%d)\n  ", #cond, __FILE__,  \
              __LINE__);                                                       \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
      abort();                                                                 \
    }                                                                          \
  } while (0)

/* Load the shipped lexicon from $LICHANG_DATADIR, else ./data. */
FZ_UNUSED static void fz_load_shipped_lexicon(void) {
  if (FZ_LEX) return;
  const char *dir = getenv("LICHANG_DATADIR");
  if (!dir || !*dir) dir = "data";
  const char *dirs[1] = {dir};
  char err[512];
  lc_status st = lc_lexicon_load(dirs, 1, &FZ_LEX, err, sizeof err);
  if (st != LC_OK) {
    fprintf(stderr, "fuzz: cannot load the lexicon from %s: %s\n"
                    "  (run from the repository root or set LICHANG_DATADIR)\n",
            dir, err[0] ? err : lc_status_message(st));
    exit(2);
  }
}

/*
 * Known library bugs the fuzzers may be told to step over while fuzzing, so
 * they find other things: LICHANG_FUZZ_KNOWN is a comma-separated list
 * (fuzz.mk's FUZZ_KNOWN).  Replays of saved regressions run without it.
 *   fffd  lichang makes one U+FFFD of some ill-formed sequences that Unicode
 *         splits into several (surrogates, overlongs, > U+10FFFF): compare
 *         texts with runs of U+FFFD collapsed.
 *   textctl  the text format copies control characters (ESC, BEL...) from
 *         the input to the terminal: skip that check.
 *   filterutf8  a --speaker filter that is not valid UTF-8 is read past its
 *         end (lc_normalize_str): give fuzz_render valid filters only.
 *   msgutf8  a lexicon error message cut at its buffer's end can split a
 *         UTF-8 character: skip that check.
 */
FZ_UNUSED static int fz_known(const char *what) {
  const char *k = getenv("LICHANG_FUZZ_KNOWN");
  size_t n = strlen(what);
  while (k && *k) {
    const char *e = strchr(k, ',');
    size_t l = e ? (size_t)(e - k) : strlen(k);
    if (l == n && memcmp(k, what, n) == 0) return 1;
    k = e ? e + 1 : NULL;
  }
  return 0;
}

/* Runs of U+FFFD made one, in place; returns the new length. */
FZ_UNUSED static size_t fz_collapse_fffd_inplace(char *s, size_t n) {
  size_t j = 0;
  for (size_t i = 0; i < n;) {
    if (i + 3 <= n && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0) {
      int prev = j >= 3 && memcmp(s + j - 3, "\xEF\xBF\xBD", 3) == 0;
      if (!prev) { memmove(s + j, s + i, 3); j += 3; }
      i += 3;
      continue;
    }
    s[j++] = s[i++];
  }
  return j;
}

FZ_UNUSED static const char *fz_collapse_fffd(const char *s, size_t *n) {
  char *c = malloc(*n + 1);
  if (!c) abort();
  memcpy(c, s, *n);
  *n = fz_collapse_fffd_inplace(c, *n);
  return c;
}

/* ---- reference UTF-8 ---------------------------------------------------- */

/* Length of the well-formed character at s, or 0; *sub receives the length
 * of the maximal subpart when ill-formed (at least 1). */
FZ_UNUSED static size_t fz_u8_char(const unsigned char *s, size_t n, size_t *sub) {
  unsigned char c = s[0];
  unsigned char lo = 0x80, hi = 0xBF;
  size_t need;
  *sub = 1;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  size_t k = 1;
  for (; k <= need; k++) {
    if (k >= n) break;
    unsigned char b = s[k];
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) break;
  }
  if (k == need + 1) return k;
  *sub = k;
  return 0;
}

/* s with every maximal ill-formed subpart replaced by U+FFFD (malloc'd). */
FZ_UNUSED static char *fz_u8_repair(const char *s, size_t n, size_t *outlen) {
  char *o = malloc(n * 3 + 1);
  size_t j = 0;
  if (!o) abort();
  for (size_t i = 0; i < n;) {
    size_t sub, l = fz_u8_char((const unsigned char *)s + i, n - i, &sub);
    if (l) { memcpy(o + j, s + i, l); j += l; i += l; continue; }
    memcpy(o + j, "\xEF\xBF\xBD", 3);
    j += 3;
    i += sub;
  }
  o[j] = 0;
  *outlen = j;
  return o;
}

/* 1 at every offset where a character (or an ill-formed subpart) starts,
 * and at n; the only offsets a span may start or end at. */
FZ_UNUSED static unsigned char *fz_u8_bounds(const char *s, size_t n) {
  unsigned char *b = calloc(n + 1, 1);
  if (!b) abort();
  for (size_t i = 0; i < n;) {
    size_t sub, l = fz_u8_char((const unsigned char *)s + i, n - i, &sub);
    b[i] = 1;
    i += l ? l : sub;
  }
  b[n] = 1;
  return b;
}

FZ_UNUSED static int fz_u8_valid(const char *s, size_t n) {
  return u8_check((const uint8_t *)s, n) == NULL;
}

/* Lines of the original as lichang counts them: LF, CRLF and lone CR end a
 * line; a final line without an end counts too. */
FZ_UNUSED static size_t fz_count_lines(const char *s, size_t n) {
  size_t lines = 1;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n') lines++;
    else if (s[i] == '\r' && !(i + 1 < n && s[i + 1] == '\n')) lines++;
  }
  return lines;
}

/* Case-insensitive search for an ASCII needle in bytes. */
FZ_UNUSED static int fz_contains_ci(const char *h, size_t n, const char *needle) {
  size_t m = strlen(needle);
  for (size_t i = 0; i + m <= n; i++) {
    size_t k = 0;
    while (k < m) {
      char a = h[i + k], b = needle[k];
      if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
      if (a != b) break;
      k++;
    }
    if (k == m) return 1;
  }
  return 0;
}

/* ---- the JSON document -------------------------------------------------- */

typedef struct fz_ctx {
  const char *in;   /* the original bytes */
  size_t inlen;
  size_t nlines;
  unsigned char *bounds;
} fz_ctx;

FZ_UNUSED static void fz_ctx_init(fz_ctx *c, const char *in, size_t n) {
  c->in = in;
  c->inlen = n;
  c->nlines = fz_count_lines(in, n);
  c->bounds = fz_u8_bounds(in, n);
}

FZ_UNUSED static void fz_ctx_free(fz_ctx *c) { free(c->bounds); }

FZ_UNUSED static void fz_show(const char *what, const char *s, size_t n) {
  fprintf(stderr, "  %s (%zu bytes): \"", what, n);
  for (size_t i = 0; i < n && i < 400; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch >= 0x20 && ch < 0x7F && ch != '"' && ch != '\\') fputc(ch, stderr);
    else fprintf(stderr, "\\x%02X", ch);
  }
  fprintf(stderr, "%s\"\n", n > 400 ? "..." : "");
}

/* Every object with integer "start"/"end": a span of the original on
 * character boundaries; with "text": exactly the original bytes there
 * (repaired as the JSON escaper promises); "line"/"end_line" within the
 * file.  Nesting in the document is shallow, so recursion is fine here. */
FZ_UNUSED static void fz_walk(const fz_ctx *c, json_t *v, const char *path) {
  if (json_is_array(v)) {
    size_t i;
    json_t *e;
    json_array_foreach(v, i, e) fz_walk(c, e, path);
    return;
  }
  if (!json_is_object(v)) return;
  json_t *js = json_object_get(v, "start"), *je = json_object_get(v, "end");
  if (json_is_integer(js) && json_is_integer(je)) {
    json_int_t s = json_integer_value(js), e = json_integer_value(je);
    FZ_CHECK(s >= 0 && s <= e && (size_t)e <= c->inlen,
             "%s: span %lld..%lld outside the input (%zu bytes)", path,
             (long long)s, (long long)e, c->inlen);
    FZ_CHECK(c->bounds[s] && c->bounds[e],
             "%s: span %lld..%lld cuts a UTF-8 character", path, (long long)s,
             (long long)e);
    json_t *jt = json_object_get(v, "text");
    if (jt) {
      FZ_CHECK(json_is_string(jt), "%s: text is not a string", path);
      size_t want_len;
      char *want = fz_u8_repair(c->in + s, (size_t)(e - s), &want_len);
      size_t got_len = json_string_length(jt);
      const char *got = json_string_value(jt);
      if (fz_known("fffd")) {
        got = fz_collapse_fffd(got, &got_len);
        want_len = fz_collapse_fffd_inplace(want, want_len);
      }
      if (got_len != want_len || memcmp(got, want, got_len) != 0) {
        fz_show("original span", c->in + s, (size_t)(e - s));
        fz_show("text in JSON", got, got_len);
        FZ_CHECK(0, "%s: text differs from the original bytes %lld..%lld", path,
                 (long long)s, (long long)e);
      }
      free(want);
      if (fz_known("fffd")) free((char *)got);
    }
  } else {
    FZ_CHECK(!js && !je, "%s: start/end present but not both integers", path);
  }
  static const char *const LINES[] = {"line", "end_line"};
  for (int k = 0; k < 2; k++) {
    json_t *jl = json_object_get(v, LINES[k]);
    if (!jl) continue;
    FZ_CHECK(json_is_integer(jl) && json_integer_value(jl) >= 1 &&
                 (size_t)json_integer_value(jl) <= c->nlines,
             "%s: %s %lld outside 1..%zu", path, LINES[k],
             (long long)json_integer_value(jl), c->nlines);
  }
  const char *key;
  json_t *e;
  json_object_foreach(v, key, e) {
    if (json_is_array(e) || json_is_object(e)) fz_walk(c, e, key);
  }
}

/* Does the speakers array hold this id ("s3")? */
FZ_UNUSED static int fz_has_speaker(json_t *doc, const char *id) {
  json_t *sp = json_object_get(doc, "speakers"), *e;
  size_t i;
  json_array_foreach(sp, i, e) {
    const char *x = json_string_value(json_object_get(e, "id"));
    if (x && strcmp(x, id) == 0) return 1;
  }
  return 0;
}

/*
 * Check one JSON (or JSONL) rendering of a document parsed from in[0..n).
 * jsonl: the object must be on one line.  Returns the parsed document
 * (caller json_decref's it).
 */
FZ_UNUSED static json_t *fz_check_json(const fz_ctx *c, const char *out, size_t len, int jsonl) {
  FZ_CHECK(len > 0 && out[len - 1] == '\n', "JSON output does not end with a newline");
  if (jsonl) {
    const char *nl = memchr(out, '\n', len);
    FZ_CHECK(nl == out + len - 1, "JSONL record spans more than one line");
  }
  FZ_CHECK(fz_u8_valid(out, len), "JSON output is not valid UTF-8");
  json_error_t err;
  json_t *doc = json_loadb(out, len, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &err);
  if (!doc) {
    fz_show("output", out, len);
    FZ_CHECK(0, "JSON output does not parse: %d:%d: %s", err.line, err.column, err.text);
  }
  FZ_CHECK(json_is_object(doc), "JSON output is not an object");
  FZ_CHECK(json_integer_value(json_object_get(doc, "schema")) == LICHANG_SCHEMA,
           "schema is not %d", LICHANG_SCHEMA);
  fz_walk(c, doc, "document");
  /* turns: in input order, not overlapping, each naming a listed speaker */
  json_t *turns = json_object_get(doc, "turns"), *t;
  size_t i;
  json_int_t prev_end = 0;
  json_array_foreach(turns, i, t) {
    json_int_t s = json_integer_value(json_object_get(t, "start"));
    json_int_t e = json_integer_value(json_object_get(t, "end"));
    FZ_CHECK(s >= prev_end, "turn %zu starts at %lld, before the previous turn ends (%lld)",
             i + 1, (long long)s, (long long)prev_end);
    prev_end = e;
    const char *sp = json_string_value(json_object_get(t, "speaker"));
    FZ_CHECK(sp && fz_has_speaker(doc, sp), "turn %zu names speaker %s, not listed", i + 1,
             sp ? sp : "(none)");
  }
  return doc;
}

/* Render fmt into a fresh buffer; the caller frees *out. */
FZ_UNUSED static size_t fz_render(const lc_doc *doc, lc_format fmt, const lc_render_options *ro,
                        char **out) {
  char *buf = NULL;
  size_t len = 0;
  lc_status st = lc_doc_render(doc, fmt, ro, &buf, &len);
  FZ_CHECK(st == LC_OK, "lc_doc_render(format %d) returned %s", (int)fmt,
           lc_status_message(st));
  FZ_CHECK(len == 0 || buf, "lc_doc_render gave %zu bytes and no buffer", len);
  *out = buf;
  return len;
}

/* Every line of a TSV rendering has as many fields as the first. */
FZ_UNUSED static void fz_check_tsv(const char *out, size_t len) {
  size_t want = (size_t)-1, fields = 1, line = 1;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)out[i];
    FZ_CHECK(c >= 0x20 || c == '\t' || c == '\n', "TSV line %zu holds control byte 0x%02X",
             line, c);
    if (c == '\t') fields++;
    if (c == '\n') {
      if (want == (size_t)-1) want = fields;
      FZ_CHECK(fields == want, "TSV line %zu has %zu fields, the first has %zu", line, fields,
               want);
      fields = 1;
      line++;
    }
  }
  FZ_CHECK(len == 0 || out[len - 1] == '\n', "TSV output does not end with a newline");
}

/* Plain text without colour: nothing a terminal would act on (C0 controls
 * but tab and newline, DEL, C1 controls U+0080..U+009F). */
FZ_UNUSED static void fz_check_text(const char *out, size_t len, int color) {
  if (color || fz_known("textctl")) return;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)out[i];
    FZ_CHECK((c >= 0x20 && c != 0x7F) || c == '\t' || c == '\n',
             "text output holds control byte 0x%02X at %zu", c, i);
    FZ_CHECK(!(c == 0xC2 && i + 1 < len && (unsigned char)out[i + 1] < 0xA0),
             "text output holds a C1 control (C2 %02X) at %zu", (unsigned char)out[i + 1], i);
  }
}

/* The diagnostics agree with the status. */
FZ_UNUSED static void fz_check_diags(const lc_doc *doc, lc_status st) {
  size_t n = lc_doc_diag_count(doc), errors = 0;
  for (size_t i = 0; i < n; i++) {
    const lc_diag *d = lc_doc_diag(doc, i);
    FZ_CHECK(d && d->msg && *d->msg, "diagnostic %zu has no message", i);
    FZ_CHECK(fz_u8_valid(d->msg, strlen(d->msg)), "diagnostic %zu is not valid UTF-8", i);
    FZ_CHECK(d->line == 0 || d->col >= 1, "diagnostic %zu: line %zu but column 0", i, d->line);
    errors += d->is_error != 0;
  }
  FZ_CHECK(lc_doc_diag(doc, n) == NULL, "lc_doc_diag past the end is not NULL");
  FZ_CHECK(lc_doc_status(doc) == st, "lc_doc_status %d differs from the parse status %d",
           (int)lc_doc_status(doc), (int)st);
  if (st == LC_OK) FZ_CHECK(errors == 0, "status OK but %zu error diagnostics", errors);
  else FZ_CHECK(errors > 0, "status %s but no error diagnostic", lc_status_message(st));
}

/* Parse with lichang; aborts on LC_ENOMEM (fuzz inputs are small). */
FZ_UNUSED static lc_status fz_parse(const char *name, const char *in, size_t n, lc_input input,
                          int strict, const lc_lexicon *lex, lc_doc **doc) {
  lc_options o = {input, strict};
  lc_status st = lc_doc_parse(name, in, n, &o, lex, doc);
  FZ_CHECK(st != LC_ENOMEM && *doc, "lc_doc_parse returned %s on %zu bytes",
           lc_status_message(st), n);
  FZ_CHECK(st == LC_OK || st == LC_EBINARY || st == LC_EUTF16 || st == LC_EUTF8 || st == LC_EENCODING,
           "unexpected status %s", lc_status_message(st));
  fz_check_diags(*doc, st);
  return st;
}

#endif
