/*
 * fuzz_clean: the cleaning stage (BOM, CR/CRLF, NUL, invalid UTF-8) through
 * the public API.  Byte 0 bit 0 turns strict mode on; the rest is a plain
 * text document.
 *
 * Checks: the status agrees with the bytes (strict refuses exactly the
 * ill-formed inputs); every span in the JSON is on the original's character
 * boundaries and every "text" equals the original bytes there; the output
 * is valid UTF-8.  Two variants must agree with the original: line ends
 * turned into LF, and a leading BOM removed (offsets shift by 3).
 */
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  fz_load_shipped_lexicon();
  return 0;
}

/* Parse, render JSON, check; returns the parsed JSON (or NULL if refused). */
static json_t *S_run(const char *in, size_t n, int strict, lc_status *stp) {
  lc_doc *doc = NULL;
  lc_status st = fz_parse("fuzz.txt", in, n, LC_INPUT_TEXT, strict, FZ_LEX, &doc);
  *stp = st;
  /* a refused document still renders (its diagnostics say why) */
  char *out;
  size_t len = fz_render(doc, LC_FORMAT_JSON, NULL, &out);
  fz_ctx c;
  fz_ctx_init(&c, in, n);
  json_t *j = fz_check_json(&c, out, len, 0);
  if (st != LC_OK) {
    FZ_CHECK(json_array_size(json_object_get(j, "turns")) == 0,
             "a refused document has turns");
  }
  fz_ctx_free(&c);
  free(out);
  lc_doc_free(doc);
  return j;
}

static int S_has_nul(const char *s, size_t n) { return memchr(s, 0, n) != NULL; }

/* Turn i's text with CRLF and CR made LF. */
static char *S_lf(const char *s, size_t n, size_t *outlen) {
  char *o = malloc(n + 1);
  size_t j = 0;
  if (!o) abort();
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\r') {
      if (i + 1 < n && s[i + 1] == '\n') continue;
      o[j++] = '\n';
    } else {
      o[j++] = s[i];
    }
  }
  *outlen = j;
  return o;
}

/* The variant's turns must be the original's, text for text and line for
 * line; shift is added to the variant's offsets (BOM) or -1 for "don't
 * compare offsets" (line ends). */
static void S_compare(json_t *a, json_t *b, const char *what, long shift) {
  json_t *ta = json_object_get(a, "turns"), *tb = json_object_get(b, "turns");
  FZ_CHECK(json_array_size(ta) == json_array_size(tb), "%s: %zu turns, variant has %zu", what,
           json_array_size(ta), json_array_size(tb));
  FZ_CHECK(json_array_size(json_object_get(a, "speakers")) ==
               json_array_size(json_object_get(b, "speakers")),
           "%s: speaker counts differ", what);
  FZ_CHECK(json_array_size(json_object_get(a, "sections")) ==
               json_array_size(json_object_get(b, "sections")),
           "%s: section counts differ", what);
  for (size_t i = 0; i < json_array_size(ta); i++) {
    json_t *x = json_array_get(ta, i), *y = json_array_get(tb, i);
    json_t *xt = json_object_get(x, "text"), *yt = json_object_get(y, "text");
    size_t xl, yl;
    char *xs = S_lf(json_string_value(xt), json_string_length(xt), &xl);
    char *ys = S_lf(json_string_value(yt), json_string_length(yt), &yl);
    if (xl != yl || memcmp(xs, ys, xl) != 0) {
      fz_show("turn text", json_string_value(xt), json_string_length(xt));
      fz_show("variant's", json_string_value(yt), json_string_length(yt));
      FZ_CHECK(0, "%s: turn %zu text differs", what, i + 1);
    }
    free(xs);
    free(ys);
    FZ_CHECK(json_equal(json_object_get(x, "line"), json_object_get(y, "line")),
             "%s: turn %zu line differs", what, i + 1);
    FZ_CHECK(json_equal(json_object_get(x, "speaker"), json_object_get(y, "speaker")),
             "%s: turn %zu speaker differs", what, i + 1);
    if (shift >= 0) {
      json_int_t xs0 = json_integer_value(json_object_get(x, "start"));
      json_int_t ys0 = json_integer_value(json_object_get(y, "start"));
      FZ_CHECK(xs0 == ys0 + shift, "%s: turn %zu starts at %lld, variant at %lld (+%ld)", what,
               i + 1, (long long)xs0, (long long)ys0, shift);
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  int strict = data[0] & 1;
  const char *in = (const char *)data + 1;
  size_t n = size - 1;
  lc_status st;
  json_t *a = S_run(in, n, strict, &st);

  /* strict refuses exactly ill-formed input (NUL is refused anyway) */
  int valid = fz_u8_valid(in, n) && !S_has_nul(in, n);
  if (!strict) FZ_CHECK(st != LC_EUTF8, "not strict, yet refused as invalid UTF-8");
  else if (valid) FZ_CHECK(st != LC_EUTF8, "strict refused valid UTF-8");
  else FZ_CHECK(st != LC_OK, "strict accepted ill-formed UTF-8");

  if (st == LC_OK && memchr(in, '\r', n)) {
    size_t vl;
    char *v = S_lf(in, n, &vl);
    lc_status vst;
    json_t *b = S_run(v, vl, strict, &vst);
    if (vst == LC_OK) S_compare(a, b, "CR/CRLF -> LF", -1);
    json_decref(b);
    free(v);
  }
  if (st == LC_OK && n >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0 &&
      !(n >= 6 && memcmp(in + 3, "\xEF\xBB\xBF", 3) == 0)) {
    lc_status vst;
    json_t *b = S_run(in + 3, n - 3, strict, &vst);
    if (vst == LC_OK) S_compare(a, b, "without BOM", 3);
    json_decref(b);
  }
  json_decref(a);
  return 0;
}
