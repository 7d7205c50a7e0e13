/*
 * unit.c: C unit tests of the library's stages.  Prints "N passed, N failed".
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>
#include <unistr.h>
#include "lichang.h"
#include "internal.h"
#include "lexicon.h"
#include "escape.h"
#include "analysis.h"

static int passed, failed;
#define CHECK(cond)                                                            \
  do {                                                                         \
    if (cond) passed++;                                                        \
    else { failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); }  \
  } while (0)

static lc_lexicon *LEX;

/* A small deterministic generator for the property tests of this file. */
static uint64_t rng = 88172645463325252ull;
static uint32_t next_rand(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng >> 16);
}

static lc_doc *parse(const char *s, size_t n, int input, int strict) {
  lc_options o = {(lc_input)input, strict};
  lc_doc *d = NULL;
  lc_doc_parse("t.txt", s, n, &o, LEX, &d);
  return d;
}

static void test_maximal_subparts(void) {
  /* "a" E4 BD (truncated 3-byte) "b" C0 80 (two invalid) "c" */
  const char in[] = "a\xE4\xBD" "b\xC0\x80" "c";
  lc_doc *d = parse(in, sizeof in - 1, LC_INPUT_TEXT, 0);
  CHECK(d && d->tlen == 1 + 3 + 1 + 6 + 1);
  CHECK(d && memcmp(d->text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD" "c", 12) == 0);
  CHECK(d && lc_doc_diag_count(d) == 3);
  const lc_diag *g = d ? lc_doc_diag(d, 1) : NULL;
  CHECK(g && g->line == 1 && g->col == 4); /* a, U+FFFD, b, then here */
  /* offsets of text map back to the original bytes */
  CHECK(d && lc_text_to_orig(d, 4, false) == 3);  /* 'b' */
  CHECK(d && lc_text_to_orig(d, 11, false) == 6); /* 'c' */
  lc_doc_free(d);
  d = parse(in, sizeof in - 1, LC_INPUT_TEXT, 1);
  CHECK(d && lc_doc_status(d) == LC_EUTF8);
  lc_doc_free(d);
}

/* One U+FFFD per maximal subpart, as Unicode 3.9 and Python count them. */
static void test_fffd_count(void) {
  static const struct { const char *in; size_t n, want; } C[] = {
      {"\xED\xA0\x80", 3, 3}, {"\xF4\x90\x80\x80", 4, 4}, {"\xE0\x80\x80", 3, 3},
      {"\xF0\x80\x80\x80", 4, 4}, {"\xF5\x80", 2, 2}, {"\xC0\xAF", 2, 2},
      {"\xE4\xBD", 2, 1}, {"\xF0\x9F\x98", 3, 1}, {"\xE4\xBDx", 3, 1}};
  for (size_t i = 0; i < sizeof C / sizeof C[0]; i++) {
    lc_doc *d = parse(C[i].in, C[i].n, LC_INPUT_TEXT, 0);
    size_t fffd = 0;
    for (size_t k = 0; d && k + 3 <= d->tlen; k++)
      if (memcmp(d->text + k, "\xEF\xBF\xBD", 3) == 0) fffd++;
    CHECK(fffd == C[i].want);
    lc_doc_free(d);
  }
}

static void test_line_ends(void) {
  const char *lf = "問：第一個問題？\n答：第一個回答。\n\n問：第二？\n答：好。\n";
  const char *crlf = "\xEF\xBB\xBF問：第一個問題？\r\n答：第一個回答。\r\n\r\n問：第二？\r\n答：好。";
  const char *cr = "問：第一個問題？\r答：第一個回答。\r\r問：第二？\r答：好。\r";
  lc_doc *a = parse(lf, strlen(lf), LC_INPUT_TEXT, 0);
  lc_doc *b = parse(crlf, strlen(crlf), LC_INPUT_TEXT, 0);
  lc_doc *c = parse(cr, strlen(cr), LC_INPUT_TEXT, 0);
  CHECK(a && b && c);
  CHECK(lc_doc_turn_count(a) == 4 && lc_doc_turn_count(b) == 4 && lc_doc_turn_count(c) == 4);
  CHECK(lc_doc_speaker_count(a) == 2 && lc_doc_speaker_count(b) == 2);
  /* the last turn's text in the CRLF file maps to its original bytes */
  const lc_turn *t = &LC_AT(b->turns, lc_turn, 3);
  size_t os = lc_view_to_orig(b, t->start, false), oe = lc_view_to_orig(b, t->end, true);
  lc_buf tmp = {0};
  CHECK(oe - os == strlen("好。") && memcmp(lc_orig_bytes(b, os, oe, &tmp), "好。", oe - os) == 0);
  lc_buf_free(&tmp);
  lc_doc_free(a);
  lc_doc_free(b);
  lc_doc_free(c);
}

static void test_binary_utf16(void) {
  const char bin[] = "abc\0\0\0def";
  lc_doc *d = parse(bin, sizeof bin - 1, LC_INPUT_TEXT, 0);
  CHECK(d && lc_doc_status(d) == LC_EBINARY);
  lc_doc_free(d);
  const char u16[] = "\xFF\xFE" "a\0b\0";
  d = parse(u16, sizeof u16 - 1, LC_INPUT_TEXT, 0);
  CHECK(d && lc_doc_status(d) == LC_EUTF16);
  lc_doc_free(d);
  d = parse("", 0, LC_INPUT_TEXT, 0);
  CHECK(d && lc_doc_status(d) == LC_OK && lc_doc_turn_count(d) == 0);
  lc_doc_free(d);
}

static void test_normalize(void) {
  size_t n;
  char *s = lc_normalize_str("ＡＢＣ：１２，Ｘ", strlen("ＡＢＣ：１２，Ｘ"), &n);
  CHECK(s && strcmp(s, "abc:12,x") == 0);
  free(s);
  s = lc_normalize_str("e\xCC\x81", 3, &n); /* e + combining acute -> é */
  CHECK(s && strcmp(s, "\xC3\xA9") == 0);
  free(s);
  /* a full-width colon label maps back to its original bytes */
  const char *in = "Ｑ：今天好嗎？\nＡ：很好。\n";
  lc_doc *d = parse(in, strlen(in), LC_INPUT_TEXT, 0);
  CHECK(d && lc_doc_turn_count(d) == 2);
  if (d && lc_doc_turn_count(d) == 2) {
    const lc_turn *t = &LC_AT(d->turns, lc_turn, 1);
    size_t os = lc_view_to_orig(d, t->start, false), oe = lc_view_to_orig(d, t->end, true);
    CHECK(oe - os == strlen("很好。") && memcmp(d->orig + os, "很好。", oe - os) == 0);
  }
  lc_doc_free(d);
}

static void test_automaton(void) {
  lc_vec m = LC_VEC(lc_match);
  const char *s = "ai擴散規則完全錯了,said the h20 chain";
  char *v = lc_normalize_str(s, strlen(s), NULL);
  CHECK(lc_ac_scan(LEX, v, strlen(v), 0, &m));
  bool rule = false, said_ai = false;
  for (size_t i = 0; i < m.len; i++) {
    const lc_match *x = &LC_AT(m, lc_match, i);
    const lc_term *t = &LC_AT(LEX->terms, lc_term, x->term);
    if (t->len == strlen("擴散規則") && memcmp(t->text, "擴散規則", t->len) == 0) rule = true;
    if (strcmp(t->text, "ai") == 0 && x->start > 5) said_ai = true; /* inside "said" */
  }
  CHECK(rule);
  CHECK(!said_ai);
  lc_vec_free(&m);
  free(v);
}

static void test_json_escape(void) {
  lc_buf b = {0};
  lc_json_str(&b, "a\"\\\n\x01\xE2\x80\xA8\xFF", 9);
  CHECK(b.ptr && strcmp(b.ptr, "\"a\\\"\\\\\\n\\u0001\\u2028\\ufffd\"") == 0);
  lc_buf_free(&b);
  /* the fast path for valid UTF-8 agrees with the general one */
  static const char *const J[] = {"", "a", "中文\"引號\"與\\", "0123456789abcdef\x01\x1f\x7f",
                                  "線\u2028段\u2029尾—“”", "\t\r\n很長的一段文字沒有任何需要轉義的字元，一直到這裡。",
                                  /* each special byte alone inside an 8-byte window */
                                  "abcdefghij\\klmnopqrstuvwxyz", "abcdefghij\"klmnopqrstuvwxyz",
                                  "abcdefghij\x1fklmnopqrstuvwxyz", "很長的文字\u2028很長的文字很長的文字",
                                  "路徑是C:\\dir\\file，很長很長很長的文字"};
  for (size_t k = 0; k < sizeof J / sizeof J[0]; k++) {
    lc_buf x = {0}, y = {0};
    lc_json_str(&x, J[k], strlen(J[k]));
    lc_json_str_utf8(&y, J[k], strlen(J[k]));
    CHECK(x.ptr && y.ptr && strcmp(x.ptr, y.ptr) == 0);
    lc_buf_free(&x);
    lc_buf_free(&y);
  }
  /* and at every alignment, with every special byte and the line
   * separators across the edges of sixteen-byte blocks */
  static const char *const P[] = {"a", "中", "\"", "\\", "\n", "\x01", "\x1f", "\u2028", "\u2029",
                                  "“", "—", "\xE2\x80", "\x7f", " ", "文字"};
  int bad = 0;
  for (int round = 0; round < 3000; round++) {
    lc_buf s = {0}, x = {0}, y = {0};
    int parts = (int)(next_rand() % 40);
    for (int k = 0; k < parts; k++) {
      const char *w = P[next_rand() % (sizeof P / sizeof P[0])];
      int rep = next_rand() % 4 == 0 ? (int)(next_rand() % 12) : 1;
      for (int r = 0; r < rep; r++) lc_buf_puts(&s, w);
    }
    /* "\xE2\x80" alone is not valid UTF-8: close it as a dash */
    if (s.len >= 2 && (unsigned char)s.ptr[s.len - 2] == 0xE2) lc_buf_putc(&s, '\x94');
    lc_buf_putc(&s, 0);
    s.len--;
    for (size_t i = 0; i + 1 < s.len; i++)
      if ((unsigned char)s.ptr[i] == 0xE2 && (unsigned char)s.ptr[i + 1] == 0x80 &&
          (i + 2 >= s.len || ((unsigned char)s.ptr[i + 2] & 0xC0) != 0x80))
        s.ptr[i] = 'x', s.ptr[i + 1] = 'y'; /* keep it valid */
    lc_json_str(&x, s.ptr, s.len);
    lc_json_str_utf8(&y, s.ptr, s.len);
    if (!x.ptr || !y.ptr || strcmp(x.ptr, y.ptr) != 0) bad++;
    lc_buf_free(&s);
    lc_buf_free(&x);
    lc_buf_free(&y);
  }
  CHECK(bad == 0);
  lc_html_text(&b, "<script>&", 9);
  CHECK(b.ptr && strcmp(b.ptr, "&lt;script&gt;&amp;") == 0);
  lc_buf_free(&b);
  lc_tsv_field(&b, "a\tb\nc", 5);
  CHECK(b.ptr && strcmp(b.ptr, "a\\tb\\nc") == 0);
  lc_buf_free(&b);
}

static void test_lexicon_errors(void) {
  char dir[] = "/tmp/lichang-unit-XXXXXX";
  if (!mkdtemp(dir)) { CHECK(0); return; }
  char path[256];
  snprintf(path, sizeof path, "%s/cues.tsv", dir);
  FILE *fp = fopen(path, "w");
  fputs("# comment\nkind\tterm\tvalue\npolarity\t好\t1\nbogus\tx\t1\n", fp);
  fclose(fp);
  const char *dirs[] = {dir};
  lc_lexicon *lex = NULL;
  char err[256];
  lc_status st = lc_lexicon_load(dirs, 1, &lex, err, sizeof err);
  CHECK(st == LC_ELEXICON && lex == NULL);
  CHECK(strstr(err, "cues.tsv:4:") != NULL);
  fp = fopen(path, "w");
  fputs("kind\tterm\tvalue\npolarity\t好極了\tabc\n", fp);
  fclose(fp);
  st = lc_lexicon_load(dirs, 1, &lex, err, sizeof err);
  CHECK(st == LC_ELEXICON && strstr(err, "cues.tsv:2:") != NULL);
  remove(path);
  rmdir(dir);
}

static void test_map(void) {
  lc_map m = {LC_VEC(lc_edit)};
  lc_map_add(&m, 2, 0, 2, 1); /* a CR deleted at dst 2 */
  lc_map_add(&m, 5, 3, 6, 1); /* one byte became three at dst 5 */
  CHECK(lc_map_apply(&m, 1, false) == 1);
  CHECK(lc_map_apply(&m, 2, false) == 3);
  CHECK(lc_map_apply(&m, 2, true) == 2);
  CHECK(lc_map_apply(&m, 5, false) == 6);
  CHECK(lc_map_apply(&m, 8, false) == 7);
  CHECK(lc_map_apply(&m, 8, true) == 7);
  lc_vec_free(&m.edits);
}



static int cmp_match(const void *a, const void *b) {
  const lc_match *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->end != y->end) return x->end > y->end ? -1 : 1;
  return (x->term > y->term) - (x->term < y->term);
}

static bool is_word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

/* The scan finds exactly what trying every term at every position finds
 * (Latin terms at word edges), on text made of pieces of the terms
 * themselves, so that matches overlap, nest and run into each other. */
static void test_scan_exhaustive(void) {
  const lc_term *T = LEX->terms.items;
  size_t nt = LEX->terms.len;
  static const char *const FILL[] = {"的", "。", " ", "a", "說", "不", ",", "x1", "中國", "\n"};
  int bad = 0;
  for (int round = 0; round < 40; round++) {
    lc_buf text = {0};
    for (int k = 0; k < 120; k++) {
      if (next_rand() % 3) {
        const lc_term *t = &T[next_rand() % nt];
        /* a whole term, or the start of one cut at a character edge */
        size_t cut = t->len;
        if (next_rand() % 4 == 0) {
          cut = next_rand() % (t->len + 1);
          while (cut < t->len && ((unsigned char)t->text[cut] & 0xC0) == 0x80) cut++;
        }
        lc_buf_put(&text, t->text, cut);
      } else {
        lc_buf_puts(&text, FILL[next_rand() % (sizeof FILL / sizeof FILL[0])]);
      }
    }
    const char *v = text.ptr;
    size_t n = text.len;
    lc_vec got = LC_VEC(lc_match), want = LC_VEC(lc_match);
    CHECK(lc_ac_scan(LEX, v, n, 1000, &got));
    for (size_t i = 0; i < n; i++)
      for (size_t k = 0; k < nt; k++) {
        const lc_term *t = &T[k];
        if (!t->len || t->len > n - i || memcmp(v + i, t->text, t->len) != 0) continue;
        size_t j = i + t->len;
        if (t->latin && ((i > 0 && is_word((unsigned char)v[i - 1]) && is_word((unsigned char)t->text[0])) ||
                         (j < n && is_word((unsigned char)v[j]) && is_word((unsigned char)t->text[t->len - 1]))))
          continue;
        lc_match *m = lc_vec_push(&want);
        m->start = 1000 + i;
        m->end = 1000 + j;
        m->term = (int)k;
      }
    /* the scan reports by start, longest first: already in this order */
    lc_match *g = got.items;
    bool ordered = true;
    for (size_t i = 1; i < got.len; i++) ordered = ordered && cmp_match(&g[i - 1], &g[i]) <= 0;
    qsort(want.items, want.len, sizeof(lc_match), cmp_match);
    bool same = got.len == want.len;
    for (size_t i = 0; same && i < got.len; i++) /* field by field: padding is not set */
      same = cmp_match(&g[i], &LC_AT(want, lc_match, i)) == 0 && g[i].term == LC_AT(want, lc_match, i).term;
    if (!ordered || !same) bad++;
    lc_vec_free(&got);
    lc_vec_free(&want);
    lc_buf_free(&text);
  }
  CHECK(bad == 0);
}

/* The printf of the emitters: its own conversions and the ones it hands on. */
static void test_buf_printf(void) {
  lc_buf b = {0};
  lc_buf_printf(&b, "%zu|%d|%d|%s|%%|%5zu|%-4s|%.2f|%.15g|%+.1f|%c", (size_t)0, -42,
                -2147483647 - 1, "字", (size_t)7, "ab", 0.125, 5.5e9, 0.25, 'z');
  char want[256];
  snprintf(want, sizeof want, "%zu|%d|%d|%s|%%|%5zu|%-4s|%.2f|%.15g|%+.1f|%c", (size_t)0, -42,
           -2147483647 - 1, "字", (size_t)7, "ab", 0.125, 5.5e9, 0.25, 'z');
  CHECK(b.ptr && strcmp(b.ptr, want) == 0);
  lc_buf_free(&b);
  /* %.2f done without printf: ties to even on the exact binary value,
   * negative zero, large values */
  static const double F[] = {0, -0.0, 0.125, 0.375, 1.005, 2.675, -0.001, -1.5, 0.015, 0.025,
                             123456.785, 0.1 + 0.2, -7.995, 1e14 + 0.5, 99.995, 0.3 * 3};
  int bad = 0;
  for (size_t k = 0; k < sizeof F / sizeof F[0]; k++) {
    lc_buf x = {0};
    char w[64];
    lc_buf_printf(&x, "%.2f", F[k]);
    snprintf(w, sizeof w, "%.2f", F[k]);
    if (!x.ptr || strcmp(x.ptr, w) != 0) { bad++; printf("%%.2f of %.17g: %s, want %s\n", F[k], x.ptr ? x.ptr : "", w); }
    lc_buf_free(&x);
  }
  for (int k = 0; k < 20000; k++) { /* scores of every size */
    double d = ((double)next_rand() / 65536.0 - 32768.0) / (double)(1u << (next_rand() % 20));
    lc_buf x = {0};
    char w[64];
    lc_buf_printf(&x, "%.2f", d);
    snprintf(w, sizeof w, "%.2f", d);
    if (!x.ptr || strcmp(x.ptr, w) != 0) bad++;
    lc_buf_free(&x);
  }
  CHECK(bad == 0);
  /* %.15g done without printf where the digits are certain: figures of
   * every size, percentages, halves, values that round up a digit, and
   * the edges of the fixed notation */
  static const double G[] = {0.94, 0.91, 5.6e9, 5.9e9, 50000000, 0.5, 0.05, 1e-4, 9.9999e-5,
                             0.00012345678901234567, 1e15, 999999999999999.4, 999999999999999.6,
                             9.9999999999999995, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 123456789012345.5,
                             -0.94, -5.6e9, 1e14, 99999999999999.99, 0.30000000000000004, 12.5,
                             7e-5, 3.14159265358979, 1e300, -0.0, 0.0, 6.02214076e23};
  int gbad = 0;
  for (size_t k = 0; k < sizeof G / sizeof G[0] + 40000; k++) {
    double d;
    if (k < sizeof G / sizeof G[0]) {
      d = G[k];
    } else { /* random digits at a random scale, and sums of powers of two */
      d = (double)(next_rand() % 1000000000u) * (double)(next_rand() % 100000u + 1);
      int sc = (int)(next_rand() % 36) - 18;
      for (; sc > 0; sc--) d *= 10;
      for (; sc < 0; sc++) d /= 10;
      if (next_rand() % 2) d = -d;
      if (k % 5 == 0) d = (double)(next_rand() % 4096) / (double)(1u << (next_rand() % 24));
    }
    lc_buf x = {0};
    char w[64];
    lc_buf_printf(&x, "%.15g", d);
    snprintf(w, sizeof w, "%.15g", d);
    if (!x.ptr || strcmp(x.ptr, w) != 0) {
      gbad++;
      if (gbad < 5) printf("%%.15g of %.17g: %s, want %s\n", d, x.ptr ? x.ptr : "", w);
    }
    lc_buf_free(&x);
  }
  CHECK(gbad == 0);
  /* integers as printf writes them: every length, both signs, the ends */
  int ibad = 0;
  for (int k = 0; k < 4000; k++) {
    long long v = k < 40 ? (k % 2 ? -1 : 1) * (long long)(1ull << (k % 63)) + (k % 3) - 1
                         : (long long)(((uint64_t)next_rand() << 32 | next_rand()) >> (next_rand() % 64));
    if (k % 5 == 0) v = -v;
    if (k == 0) v = LLONG_MIN;
    if (k == 1) v = LLONG_MAX;
    lc_buf x = {0};
    char w[32];
    lc_buf_int(&x, v);
    snprintf(w, sizeof w, "%lld", v);
    if (!x.ptr || strcmp(x.ptr, w) != 0) ibad++;
    lc_buf_free(&x);
  }
  CHECK(ibad == 0);
  lc_buf_printf(&b, "%s=%zu", "x", (size_t)18446744073709551615ull);
  CHECK(b.ptr && strcmp(b.ptr, "x=18446744073709551615") == 0);
  lc_buf_free(&b);
}

/* Counting characters and folding ASCII case eight bytes at a time agree
 * with the byte-by-byte definitions at every length and alignment. */
static void test_bytes_fast_paths(void) {
  static const char *const P[] = {"A", "z", "中", "Ｚ", "é", "\xF0\x9F\x98\x80", "@", "[", "Q"};
  int bad = 0;
  for (int round = 0; round < 300; round++) {
    lc_buf s = {0};
    int parts = (int)(next_rand() % 24);
    for (int k = 0; k < parts; k++) lc_buf_puts(&s, P[next_rand() % (sizeof P / sizeof P[0])]);
    size_t n = s.len, chars = 0;
    for (size_t i = 0; i < n; i++) chars += ((unsigned char)s.ptr[i] & 0xC0) != 0x80;
    if (lc_u8_count(s.ptr ? s.ptr : "", n) != chars) bad++;
    size_t ol;
    char *low = lc_normalize_str(s.ptr ? s.ptr : "", n, &ol);
    for (size_t i = 0; low && i < ol; i++)
      if (low[i] >= 'A' && low[i] <= 'Z') bad++;
    if (!low || (n && !strchr(low, '@') && strchr(s.ptr, '@'))) bad++;
    free(low);
    lc_buf_free(&s);
  }
  /* long enough for the per-lane counts to be summed more than once */
  for (int round = 0; round < 20; round++) {
    lc_buf s = {0};
    int parts = 1000 + (int)(next_rand() % 9000);
    bool ascii = round < 5; /* every byte counts: the per-lane counts run highest */
    for (int k = 0; k < parts; k++) lc_buf_puts(&s, ascii ? "a" : P[next_rand() % (sizeof P / sizeof P[0])]);
    size_t chars = 0;
    for (size_t i = 0; i < s.len; i++) chars += ((unsigned char)s.ptr[i] & 0xC0) != 0x80;
    if (lc_u8_count(s.ptr, s.len) != chars || chars != (size_t)parts) bad++;
    lc_buf_free(&s);
  }
  CHECK(bad == 0);
  size_t n;
  char *low = lc_normalize_str("ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{中文AI", strlen("ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{中文AI"), &n);
  CHECK(low && strcmp(low, "abcdefghijklmnopqrstuvwxyz@[`{中文ai") == 0);
  free(low);
  /* CJK punctuation is kept as it is; U+3000 and the full-width forms are not */
  low = lc_normalize_str("「好」、。—\xE3\x80\x80！", strlen("「好」、。—\xE3\x80\x80！"), &n);
  CHECK(low && strcmp(low, "「好」、。— !") == 0);
  free(low);
}

/* The normaliser's fast runs (sixteen bytes at a time where the machine
 * allows) give what utf8proc gives for the whole string, at every length
 * and alignment, with the characters that stop a run anywhere in a block:
 * CJK punctuation, capitals, a no-break space, combining marks, Hangul,
 * a ligature, emoji. */
static void test_normalize_runs(void) {
  static const char *const P[] = {"A", "z", "中", "龜", "亞", "Ｚ", "é", "@", "。", "「", "—",
                                  "\xC2\xA0", "\xCC\x81", "가", "ﬁ", "\xF0\x9F\x98\x80",
                                  "\n", " ", "Q", "的"};
  int bad = 0;
  for (int round = 0; round < 3000; round++) {
    lc_buf s = {0};
    int parts = (int)(next_rand() % 64);
    for (int k = 0; k < parts; k++) {
      /* long stretches of one kind, so that whole blocks pass */
      const char *w = P[next_rand() % (sizeof P / sizeof P[0])];
      int rep = next_rand() % 4 == 0 ? (int)(next_rand() % 20) : 1;
      for (int r = 0; r < rep; r++) lc_buf_puts(&s, w);
    }
    size_t ol;
    char *got = lc_normalize_str(s.ptr ? s.ptr : "", s.len, &ol);
    utf8proc_uint8_t *want = NULL;
    utf8proc_ssize_t wl = utf8proc_map((const utf8proc_uint8_t *)(s.ptr ? s.ptr : ""),
                                       (utf8proc_ssize_t)s.len, &want,
                                       UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                           UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    if (!got || wl < 0 || (size_t)wl != ol || memcmp(got, want, ol) != 0) {
      if (++bad < 4) printf("normalise %s: got %s, want %s\n", s.ptr ? s.ptr : "", got ? got : "", want ? (char *)want : "");
    }
    free(got);
    free(want);
    lc_buf_free(&s);
  }
  CHECK(bad == 0);
}

/* Looking an offset up from a hint gives what a search from scratch gives,
 * in any order of queries. */
static void test_map_hint(void) {
  lc_map m = {LC_VEC(lc_edit)};
  size_t dst = 0, src = 0;
  for (int k = 0; k < 500; k++) {
    dst += 1 + next_rand() % 9;
    src = dst + (size_t)k;
    lc_map_add(&m, dst, next_rand() % 3, src, 1 + next_rand() % 3);
  }
  size_t hint = 0;
  int bad = 0;
  for (int q = 0; q < 5000; q++) {
    size_t x = q < 2500 ? (size_t)q : next_rand() % (dst + 20);
    bool end = next_rand() & 1;
    if (lc_map_apply_at(&m, x, end, &hint) != lc_map_apply(&m, x, end)) bad++;
  }
  CHECK(bad == 0);
  lc_vec_free(&m.edits);
}

/* Invalid UTF-8 is found wherever it stands after runs of ASCII and CJK
 * (the validator's fast paths). */
static void test_validate_after_runs(void) {
  int bad = 0;
  for (size_t pre = 0; pre < 20; pre++)
    for (int kind = 0; kind < 3; kind++) {
      lc_buf s = {0};
      for (size_t k = 0; k < pre; k++) lc_buf_puts(&s, kind == 0 ? "a" : kind == 1 ? "中" : (k & 1) ? "x" : "文");
      lc_buf_put(&s, "\xE4\xBD", 2); /* a truncated character */
      lc_buf_puts(&s, "好\n");
      lc_doc *d = parse(s.ptr, s.len, LC_INPUT_TEXT, 1);
      if (!d || lc_doc_status(d) != LC_EUTF8) bad++;
      lc_doc_free(d);
      lc_buf_free(&s);
    }
  CHECK(bad == 0);
}

/* A CR or a NUL is cleaned wherever it stands in a run of ASCII (the
 * validation reads such runs eight bytes at a time): CRLF becomes LF, a
 * lone CR a LF, a NUL (past the first 8,000 bytes) U+FFFD with a warning. */
static void test_clean_in_ascii_runs(void) {
  int bad = 0;
  for (size_t pre = 0; pre < 20; pre++)
    for (int kind = 0; kind < 3; kind++) {
      lc_buf s = {0};
      /* a NUL in the first 8,000 bytes makes the file binary: start later */
      size_t lead = kind == 2 ? 8002 : 0;
      for (size_t k = 0; k + 1 < lead; k += 3) lc_buf_puts(&s, "中");
      if (lead) lc_buf_putc(&s, '\n');
      for (size_t k = 0; k < pre; k++) lc_buf_putc(&s, (char)('a' + k % 26));
      if (kind == 0) lc_buf_put(&s, "\r\n", 2);
      else if (kind == 1) lc_buf_putc(&s, '\r');
      else lc_buf_put(&s, "x\0y", 3);
      lc_buf_puts(&s, "abcdefghijklmnop\n");
      lc_doc *d = parse(s.ptr, s.len, LC_INPUT_TEXT, 0);
      int why = 0;
      if (!d || lc_doc_status(d) != LC_OK) why = 1;
      else if (memchr(d->text, '\r', d->tlen) || memchr(d->text, 0, d->tlen)) why = 2;
      else if (kind < 2 && (d->tlen != pre + 18 || d->text[pre] != '\n')) why = 3;
      else if (kind == 2 && (lc_doc_diag_count(d) != 1 ||
                             memcmp(d->text + lead + pre + 1, "\xEF\xBF\xBD", 3) != 0))
        why = 4;
      if (why) {
        bad++;
        if (bad < 4) printf("clean in ASCII runs: %zu bytes before, case %d: check %d\n", pre, kind, why);
      }
      lc_doc_free(d);
      lc_buf_free(&s);
    }
  CHECK(bad == 0);
}

/* The decision that a file needs no cleaning (made sixteen bytes at a time
 * where the machine allows) is the one libunistring's check makes: valid
 * UTF-8 without a CR.  Valid and invalid sequences of every length, mixed
 * in long runs and at every alignment; a clean file is kept as it is, any
 * other cleaned to valid UTF-8 without a CR. */
static void test_clean_decision(void) {
  static const char *const P[] = {"a", "中", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEF\xBF\xBF",
                                  "\xC2\xA0", "\xF0\x9F\x98\x80", "。", "\n", "Z",
                                  /* from here on, each makes the file need cleaning */
                                  "\xED\xA0\x80", "\xE4\xBD", "\x80", "\xC0\x80",
                                  "\xF4\x90\x80\x80", "\xFF", "\r", "\r\n", "\xE4"};
  const size_t nvalid = 10, np = sizeof P / sizeof P[0];
  int bad = 0;
  for (int round = 0; round < 4000; round++) {
    lc_buf s = {0};
    int parts = (int)(next_rand() % 48);
    for (int k = 0; k < parts; k++) {
      size_t w = next_rand() % 8 ? next_rand() % nvalid : next_rand() % np;
      int rep = next_rand() % 3 == 0 ? (int)(next_rand() % 24) : 1;
      for (int r = 0; r < rep; r++) lc_buf_puts(&s, P[w]);
    }
    const char *str = s.ptr ? s.ptr : "";
    bool clean = !memchr(str, '\r', s.len) && u8_check((const uint8_t *)str, s.len) == NULL;
    lc_doc *d = NULL;
    lc_options o = {LC_INPUT_TEXT, 0};
    lc_doc_parse("t.txt", str, s.len, &o, NULL, &d);
    int why = 0;
    /* mostly ill-formed pairs read as a legacy double-byte encoding: refused */
    if (d && lc_doc_status(d) == LC_EENCODING && !clean) { lc_doc_free(d); lc_buf_free(&s); continue; }
    if (!d || lc_doc_status(d) != LC_OK) why = 1;
    else if ((d->text_map.edits.len == 0) != clean || (clean && d->text != d->orig)) why = 2;
    else if (clean && (d->tlen != s.len || memcmp(d->text, str, s.len) != 0)) why = 3;
    else if (memchr(d->text, '\r', d->tlen) || u8_check((const uint8_t *)d->text, d->tlen)) why = 4;
    else {
      /* the original bytes come back, whole and in any range (the text
       * was written over them when it needed cleaning) */
      lc_buf tmp = {0};
      const char *ob = lc_orig_bytes(d, 0, s.len, &tmp);
      if (!ob || memcmp(ob, str, s.len) != 0) why = 5;
      for (int k = 0; k < 8 && !why && s.len; k++) {
        size_t a = next_rand() % s.len, z = a + next_rand() % (s.len - a + 1);
        ob = lc_orig_bytes(d, a, z, &tmp);
        if (!ob || memcmp(ob, str + a, z - a) != 0) why = 6;
      }
      lc_buf_free(&tmp);
    }
    if (why && ++bad < 4) printf("clean decision, round %d: check %d\n", round, why);
    lc_doc_free(d);
    lc_buf_free(&s);
  }
  CHECK(bad == 0);
}

/* Figures are found wherever they stand (the search for where one may
 * begin goes sixteen bytes at a time): after 0 to 40 characters of ASCII,
 * of CJK or of both, every numeral and form is found with its value. */
static void test_claims_aligned(void) {
  static const struct { const char *text; size_t n; double value; } F[] = {
      {"三成", 1, 0.3}, {"五千萬美元", 1, 5e7}, {"90%", 1, 0.9}, {"四分之一", 1, 0.25},
      {"百分之二十", 1, 0.2}, {"兩億", 1, 2e8}, {"七百萬", 1, 7e6}, {"零點", 0, 0},
      {"1,200億台幣", 1, 1.2e11}, {"六十八萬", 1, 6.8e5}, {"九十九億", 1, 9.9e9},
      {"八百億", 1, 8e10}, {"〇%", 1, 0}, {"二〇二五年", 0, 0}};
  int bad = 0;
  for (size_t pre = 0; pre <= 40; pre++)
    for (int kind = 0; kind < 3; kind++)
      for (size_t f = 0; f < sizeof F / sizeof F[0]; f++) {
        lc_buf s = {0};
        for (size_t k = 0; k < pre; k++)
          lc_buf_puts(&s, kind == 0 ? "a" : kind == 1 ? "中" : (k & 1) ? "x" : "文");
        lc_buf_puts(&s, "的是");
        lc_buf_puts(&s, F[f].text);
        lc_buf_puts(&s, "的人。\n");
        lc_doc *d = parse(s.ptr, s.len, LC_INPUT_TEXT, 0);
        size_t want = F[f].n, got = d && d->an ? d->an->claims.len : 99;
        if (got != want || (want && LC_AT(d->an->claims, lc_claim, 0).value != F[f].value)) {
          if (++bad < 4) printf("claim %s after %zu characters (%d): %zu found\n", F[f].text, pre, kind, got);
        }
        lc_doc_free(d);
        lc_buf_free(&s);
      }
  CHECK(bad == 0);
}

/* Sentences end where they should wherever they stand (the search for the
 * next mark goes sixteen bytes at a time outside quotation marks): after 0
 * to 40 characters of ASCII, of CJK or of both, and with runs of ASCII and
 * CJK between the marks. */
static void test_sentences_aligned(void) {
  static const char *const WANT[] = {"第一句。", "第二句 text here!", "他說「不。好。」然後走了。",
                                     "abcdefghijklmnopqrstuvwxyz 第四句嗎?", "點點...",
                                     "中文中文中文中文中文中文中文中文最後;", "“引號。”之後。"};
  const size_t nw = sizeof WANT / sizeof WANT[0];
  int bad = 0;
  for (size_t pre = 0; pre <= 40; pre++)
    for (int kind = 0; kind < 3; kind++) {
      lc_buf s = {0}, first = {0};
      for (size_t k = 0; k < pre; k++)
        lc_buf_puts(&first, kind == 0 ? "a" : kind == 1 ? "中" : (k & 1) ? "x" : "文");
      lc_buf_puts(&s, first.ptr ? first.ptr : "");
      for (size_t k = 0; k < nw; k++) lc_buf_puts(&s, WANT[k]);
      lc_buf_puts(&s, "\n");
      lc_doc *d = parse(s.ptr, s.len, LC_INPUT_TEXT, 0);
      const lc_analysis *an = d ? d->an : NULL;
      bool ok = an && an->sentences.len == nw;
      for (size_t k = 0; ok && k < nw; k++) {
        const lc_sentence *se = &LC_AT(an->sentences, lc_sentence, k);
        lc_buf w = {0};
        if (k == 0) lc_buf_puts(&w, first.ptr ? first.ptr : "");
        lc_buf_puts(&w, WANT[k]);
        size_t len = se->end - se->start;
        /* the view folds ASCII case and turns “ ” into quotation marks as they are */
        ok = len == w.len && memcmp(d->view + se->start, w.ptr, len) == 0;
        lc_buf_free(&w);
      }
      if (!ok && ++bad < 4)
        printf("sentences after %zu characters (%d): %zu found\n", pre, kind, an ? an->sentences.len : 0);
      lc_doc_free(d);
      lc_buf_free(&s);
      lc_buf_free(&first);
    }
  /* a full stop among the last sixteen bytes of the text, after a long run */
  for (size_t pre = 0; pre <= 40; pre++) {
    lc_buf s = {0};
    for (size_t k = 0; k < pre; k++) lc_buf_putc(&s, 'a');
    lc_buf_puts(&s, "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛。子丑");
    lc_doc *d = parse(s.ptr, s.len, LC_INPUT_TEXT, 0);
    if ((!d || !d->an || d->an->sentences.len != 2) && ++bad < 8)
      printf("final sentences after %zu bytes: %zu found\n", pre, d && d->an ? d->an->sentences.len : 0);
    lc_doc_free(d);
    lc_buf_free(&s);
  }
  CHECK(bad == 0);
}

/* Clause breaks and quotation marks are found wherever they stand in a
 * sentence (sixteen bytes at a time): after 0 to 40 characters of ASCII,
 * of CJK or of both, a condition is still a condition only up to its
 * comma, and a view inside quoted speech is still not the speaker's. */
static void test_clauses_aligned(void) {
  static const struct { const char *text; const char *stance; } A[] = {
      {"好的,如果這樣我支持出口管制。", NULL},
      {"好的,如果這樣,我支持出口管制。", "support"},
      {"有一種看法:「我們完全支持出口管制的這種政策」。", NULL},
      {"有一種看法:\"我們完全支持出口管制的這種政策\"。", NULL},
      {"有一種看法:我們完全支持出口管制的這種政策。", "support"},
      {"我支持出口管制。", "support"}};
  int bad = 0;
  for (size_t pre = 0; pre <= 40; pre++)
    for (int kind = 0; kind < 3; kind++)
      for (size_t a = 0; a < sizeof A / sizeof A[0]; a++) {
        lc_buf s = {0};
        lc_buf_puts(&s, "主持人:你怎麼看?\n黃仁勳:");
        for (size_t k = 0; k < pre; k++)
          lc_buf_puts(&s, kind == 0 ? "a" : kind == 1 ? "嗯" : (k & 1) ? "x" : "嗯");
        lc_buf_puts(&s, A[a].text);
        lc_buf_puts(&s, "\n");
        lc_doc *d = parse(s.ptr, s.len, LC_INPUT_TEXT, 0);
        size_t np = d && d->an ? d->an->positions.len : 99;
        bool ok = A[a].stance ? np == 1 && strcmp(lc_stance_name(LC_AT(d->an->positions, lc_position, 0).stance), A[a].stance) == 0
                              : np == 0;
        if (!ok && ++bad < 4) printf("clause test %zu after %zu characters (%d): %zu positions\n", a, pre, kind, np);
        lc_doc_free(d);
        lc_buf_free(&s);
      }
  CHECK(bad == 0);
}

/* A position keeps its strongest evidence (MAX_EVIDENCE of them, the weakest
 * replaced as stronger ones come): in one long turn of judgements on one
 * topic, the evidence kept is the best by strength, then by order, of the
 * scores the same sentences get alone. */
static void test_evidence_kept(void) {
  static const char *const J[] = {"我支持出口管制。", "我非常支持出口管制。", "我反對出口管制。",
                                  "我強烈反對出口管制。", "我不支持出口管制。", "出口管制很好。",
                                  "出口管制是錯誤的。", "我完全支持出口管制。"};
  const size_t nj = sizeof J / sizeof J[0];
  int bad = 0;
  for (int round = 0; round < 30; round++) {
    size_t n = 9 + next_rand() % 12, pick[24];
    float alone[24];
    lc_buf s = {0};
    lc_buf_puts(&s, "主持人:你怎麼看出口管制?\n黃仁勳:");
    for (size_t k = 0; k < n; k++) {
      pick[k] = next_rand() % nj;
      lc_buf_puts(&s, J[pick[k]]);
      lc_buf w = {0};
      lc_buf_puts(&w, "主持人:你怎麼看出口管制?\n黃仁勳:");
      lc_buf_puts(&w, J[pick[k]]);
      lc_buf_puts(&w, "\n");
      lc_doc *d1 = parse(w.ptr, w.len, LC_INPUT_TEXT, 0);
      alone[k] = 0;
      for (size_t q = 0; d1 && d1->an && q < d1->an->positions.len; q++) {
        const lc_position *p = &LC_AT(d1->an->positions, lc_position, q);
        if (!p->reported && p->evidence.len) alone[k] = LC_AT(p->evidence, lc_evidence, 0).score;
      }
      lc_doc_free(d1);
      lc_buf_free(&w);
    }
    lc_buf_puts(&s, "\n");
    lc_doc *d = parse(s.ptr, s.len, LC_INPUT_TEXT, 0);
    /* the expected: indexes with a score, by |score| then order, the first 8 */
    size_t want[24], nw = 0;
    for (size_t k = 0; k < n; k++) if (alone[k] != 0) want[nw++] = k;
    for (size_t a = 1; a < nw; a++)
      for (size_t b = a; b > 0; b--) {
        float x = fabsf(alone[want[b - 1]]), y = fabsf(alone[want[b]]);
        if (x > y || (x == y && want[b - 1] < want[b])) break;
        size_t t = want[b]; want[b] = want[b - 1]; want[b - 1] = t;
      }
    if (nw > 8) nw = 8;
    const lc_position *p = NULL;
    for (size_t q = 0; d && d->an && q < d->an->positions.len; q++)
      if (!LC_AT(d->an->positions, lc_position, q).reported) p = &LC_AT(d->an->positions, lc_position, q);
    bool ok = p && p->evidence.len == nw;
    for (size_t k = 0; ok && k < nw; k++) {
      const lc_evidence *e = &LC_AT(p->evidence, lc_evidence, k);
      /* sentence 0 is the host's question */
      ok = (size_t)e->sentence == want[k] + 1 && e->score == alone[want[k]];
    }
    if (!ok && ++bad < 4) printf("evidence kept, round %d: %zu of %zu\n", round, p ? p->evidence.len : 0, nw);
    lc_doc_free(d);
    lc_buf_free(&s);
  }
  CHECK(bad == 0);
}

int main(void) {
  const char *dirs[] = {getenv("LICHANG_DATADIR") ? getenv("LICHANG_DATADIR") : "data"};
  char err[256];
  if (lc_lexicon_load(dirs, 1, &LEX, err, sizeof err) != LC_OK) {
    printf("FAIL cannot load lexicon: %s\n0 passed, 1 failed\n", err);
    return 1;
  }
  test_maximal_subparts();
  test_line_ends();
  test_fffd_count();
  test_binary_utf16();
  test_normalize();
  test_normalize_runs();
  test_clean_decision();
  test_claims_aligned();
  test_sentences_aligned();
  test_clauses_aligned();
  test_evidence_kept();
  test_automaton();
  test_json_escape();
  test_lexicon_errors();
  test_map();
  test_scan_exhaustive();
  test_buf_printf();
  test_bytes_fast_paths();
  test_map_hint();
  test_validate_after_runs();
  test_clean_in_ascii_runs();
  lc_lexicon_free(LEX);
  lc_normalize_release();
  lc_analysis_release();
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
