/*
 * stages.c: where one file's time goes, stage by stage, in one process
 * (no reading from disk, no writing): the structure alone (a parse with no
 * lexicon: clean, normalise, labels, blocks, turns, speakers), the lexicon
 * scan alone over the raw bytes, the whole parse with the lexicon
 * (structure, scan, positions, claims, summaries), and rendering JSON Lines
 * to nowhere.  Medians of five rounds.  Built and run by `make stages`:
 *   build/stages FILE            (lexicon from $LICHANG_DATADIR, else data/)
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "lichang.h"
#include "internal.h"
#include "lexicon.h"

#define ROUNDS 5

static double S_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int S_nowhere(void *ctx, const char *p, size_t n) {
  (void)p;
  *(size_t *)ctx += n;
  return 1;
}

static int S_cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double S_median(double *v) {
  qsort(v, ROUNDS, sizeof *v, S_cmp);
  return v[ROUNDS / 2];
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fputs("usage: stages FILE\n", stderr);
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  if (!f) { perror(argv[1]); return 2; }
  size_t cap = 1 << 20, n = 0, k;
  char *buf = malloc(cap);
  while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
    n += k;
    if (n == cap) {
      char *nb = realloc(buf, cap *= 2);
      if (!nb) { free(buf); buf = NULL; }
      buf = nb;
    }
  }
  fclose(f);
  if (!buf) { fputs("stages: out of memory\n", stderr); return 2; }
  const char *dir = getenv("LICHANG_DATADIR");
  const char *dirs[1] = {dir && *dir ? dir : "data"};
  lc_lexicon *lex = NULL;
  char err[256];
  double t0 = S_now();
  if (lc_lexicon_load(dirs, 1, &lex, err, sizeof err) != LC_OK) {
    fprintf(stderr, "stages: %s\n", err);
    free(buf);
    return 2;
  }
  double tload = S_now() - t0;
  double ts[ROUNDS], tscan[ROUNDS], tall[ROUNDS], trender[ROUNDS];
  size_t nmatch = 0, out = 0, npos = 0;
  lc_vec matches = LC_VEC(lc_match);
  for (int r = 0; r < ROUNDS; r++) {
    lc_doc *d = NULL;
    t0 = S_now();
    lc_doc_parse(argv[1], buf, n, NULL, NULL, &d);
    ts[r] = S_now() - t0;
    lc_doc_free(d);
    matches.len = 0;
    t0 = S_now();
    if (!lc_ac_scan(lex, buf, n, 0, &matches)) { fputs("stages: out of memory\n", stderr); return 2; }
    tscan[r] = S_now() - t0;
    nmatch = matches.len;
    t0 = S_now();
    lc_doc_parse(argv[1], buf, n, NULL, lex, &d);
    tall[r] = S_now() - t0;
    npos = d ? lc_doc_position_count(d) : 0;
    out = 0;
    t0 = S_now();
    if (d) lc_doc_render_stream(d, LC_FORMAT_JSONL, NULL, S_nowhere, &out);
    trender[r] = S_now() - t0;
    lc_doc_free(d);
  }
  double s = S_median(ts), sc = S_median(tscan), a = S_median(tall), re = S_median(trender);
  double mb = (double)n / 1e6;
  printf("%s: %.1f MB, %zu term matches, %zu positions, %.1f MB of JSON Lines; "
         "lexicon load %.1f ms; medians of %d rounds\n",
         argv[1], mb, nmatch, npos, (double)out / 1e6, tload * 1e3, ROUNDS);
  printf("%-46s %8s %9s\n", "stage", "seconds", "MB/s");
  printf("%-46s %8.3f %9.1f\n", "structure alone (parse, no lexicon)", s, mb / s);
  printf("%-46s %8.3f %9.1f\n", "term scan alone (raw bytes)", sc, mb / sc);
  printf("%-46s %8.3f %9.1f\n", "analysis (parse with lexicon, less structure)", a - s, mb / (a - s));
  printf("%-46s %8.3f %9.1f\n", "render JSON Lines (to nowhere)", re, mb / re);
  printf("%-46s %8.3f %9.1f\n", "total (parse with lexicon + render)", a + re, mb / (a + re));
  lc_vec_free(&matches);
  lc_lexicon_free(lex);
  free(buf);
  return 0;
}
