/*
 * fuzz_lexicon: the lexicon loader.  The input is split at the first two
 * 0xFF bytes into topics.tsv, cues.tsv and speakers.tsv, written to a
 * temporary directory (a file whose part is missing is not written, which
 * the loader must take as "skip").  lc_lexicon_load must return LC_OK, or
 * LC_ELEXICON with "FILE:LINE: message" naming a file it was given and a
 * line that file has.  A lexicon that loads then reads a small transcript.
 */
#include <ctype.h>
#include <unistd.h>
#include "fuzz_common.h"

static char S_dir[64];
static const char *const S_FILES[3] = {"topics.tsv", "cues.tsv", "speakers.tsv"};

static void S_cleanup(void) {
  char p[128];
  for (int i = 0; i < 3; i++) {
    snprintf(p, sizeof p, "%s/%s", S_dir, S_FILES[i]);
    unlink(p);
  }
  rmdir(S_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  const char *tmp = getenv("TMPDIR");
  snprintf(S_dir, sizeof S_dir, "%s/lichang-fuzz-lex-XXXXXX",
           tmp && *tmp && strlen(tmp) < 30 ? tmp : "/tmp");
  if (!mkdtemp(S_dir)) { perror("fuzz_lexicon: mkdtemp"); exit(2); }
  atexit(S_cleanup);
  return 0;
}

static const char TRANSCRIPT[] =
    "記者：你怎麼看出口管制和關稅？\n\n"
    "黃仁勳：我認為出口管制是失敗的，中國市場非常重要。\n\n"
    "記者：Jensen, do you support the AI diffusion rule?\n\n"
    "Jensen Huang: No. It hurts the ecosystem, and 老黃 said so before.\n";

/* Lines a file has, as getline counts them. */
static size_t S_lines(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) k += s[i] == '\n';
  return k + (n && s[n - 1] != '\n');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!S_dir[0]) LLVMFuzzerInitialize(NULL, NULL);
  const char *in = (const char *)data;
  const char *part[3] = {NULL, NULL, NULL};
  size_t plen[3] = {0, 0, 0};
  size_t np = 0, start = 0;
  for (size_t i = 0; i < size && np < 2; i++) {
    if (data[i] != 0xFF) continue;
    part[np] = in + start;
    plen[np++] = i - start;
    start = i + 1;
  }
  part[np] = in + start; /* the last part keeps any later 0xFF */
  plen[np] = size - start;
  char path[3][128];
  for (int i = 0; i < 3; i++) {
    snprintf(path[i], sizeof path[i], "%s/%s", S_dir, S_FILES[i]);
    unlink(path[i]);
    if (!part[i]) continue;
    FILE *fp = fopen(path[i], "wb");
    if (!fp || fwrite(part[i], 1, plen[i], fp) != plen[i] || fclose(fp) != 0) {
      perror("fuzz_lexicon: write");
      exit(2);
    }
  }

  const char *dirs[1] = {S_dir};
  char err[512];
  memset(err, 'X', sizeof err);
  lc_lexicon *lex = NULL;
  lc_status st = lc_lexicon_load(dirs, 1, &lex, err, sizeof err);
  FZ_CHECK(st == LC_OK || st == LC_ELEXICON, "lc_lexicon_load returned %s",
           lc_status_message(st));
  FZ_CHECK(memchr(err, 0, sizeof err) != NULL, "the error buffer is not terminated");
  if (st != LC_OK) {
    FZ_CHECK(lex == NULL, "a failed load handed out a lexicon");
    /* FILE:LINE: message, FILE one of ours, LINE one it has */
    int which = -1;
    size_t pl = 0;
    for (int i = 0; i < 3; i++) {
      pl = strlen(path[i]);
      if (part[i] && strncmp(err, path[i], pl) == 0 && err[pl] == ':') { which = i; break; }
    }
    FZ_CHECK(which >= 0, "the message does not start with a given file: \"%s\"", err);
    const char *p = err + pl + 1;
    char *end;
    unsigned long line = strtoul(p, &end, 10);
    FZ_CHECK(end > p && isdigit((unsigned char)*p) && end[0] == ':' && end[1] == ' ' && end[2],
             "not FILE:LINE: message: \"%s\"", err);
    size_t have = S_lines(part[which], plen[which]);
    FZ_CHECK(line >= 1 && line <= have, "line %lu, but %s has %zu lines: \"%s\"", line,
             S_FILES[which], have, err);
    /* lines are checked before any field is quoted, so this holds */
    if (!fz_known("msgutf8"))
      FZ_CHECK(fz_u8_valid(err, strlen(err)), "the message is not valid UTF-8: \"%s\"", err);
    return 0;
  }
  FZ_CHECK(lex != NULL, "LC_OK without a lexicon");
  FZ_CHECK(err[0] == 0, "LC_OK with a message: \"%.100s\"", err);

  size_t nt = lc_lexicon_topic_count(lex);
  for (size_t i = 0; i < nt; i++) {
    const char *id = lc_lexicon_topic_id(lex, i);
    FZ_CHECK(id && *id, "topic %zu has no id", i);
  }
  FZ_CHECK(lc_lexicon_topic_id(lex, nt) == NULL, "a topic id past the end");
  char *terms = lc_lexicon_topic_terms(lex);
  FZ_CHECK(terms != NULL, "lc_lexicon_topic_terms returned NULL");
  FZ_CHECK(fz_u8_valid(terms, strlen(terms)), "topic terms are not valid UTF-8");
  free(terms);

  lc_doc *doc = NULL;
  lc_status ds = fz_parse("fixed.txt", TRANSCRIPT, sizeof TRANSCRIPT - 1, LC_INPUT_TEXT, 0, lex,
                          &doc);
  FZ_CHECK(ds == LC_OK, "the fixed transcript was refused: %s", lc_status_message(ds));
  fz_ctx c;
  fz_ctx_init(&c, TRANSCRIPT, sizeof TRANSCRIPT - 1);
  lc_render_options ro;
  memset(&ro, 0, sizeof ro);
  ro.tsv_header = 1;
  for (int pass = 0; pass < 2; pass++) {
    /* the second pass filters by the first topic, when there is one */
    if (pass == 1 && nt == 0) break;
    if (pass == 1) ro.topic = lc_lexicon_topic_id(lex, 0);
    char *out;
    size_t len = fz_render(doc, LC_FORMAT_JSON, &ro, &out);
    json_t *j = fz_check_json(&c, out, len, 0);
    json_decref(j);
    free(out);
    len = fz_render(doc, LC_FORMAT_TEXT, &ro, &out);
    FZ_CHECK(fz_u8_valid(out, len), "text output is not valid UTF-8");
    free(out);
  }
  fz_ctx_free(&c);
  lc_doc_free(doc);
  lc_lexicon_free(lex);
  return 0;
}
