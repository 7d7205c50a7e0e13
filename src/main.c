/*
 * main.c: the lichang command.  Only this file (and batch.c) prints to the
 * terminal or exits; the library reports through statuses and diagnostics.
 *
 * Exit codes: 0 success; 1 no speaker (or, with --topic, no position)
 * found in any input, after the filters; 2 an error (usage, unreadable input, write error).
 */
#include <errno.h>
#include <limits.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lichang.h"
#include "batch.h"

#ifndef LICHANG_DATADIR
#define LICHANG_DATADIR "/usr/local/share/lichang"
#endif

static const char USAGE[] =
    "Usage: lichang [OPTION]... [FILE]...\n"
    "Find speakers, turns, sections and each speaker's positions in interview\n"
    "transcripts.  With no FILE, or when FILE is -, read standard input.\n"
    "\n"
    "Input:\n"
    "  --input FORMAT      text, markdown or jsonl (default: by file name: .md and\n"
    "                      .markdown Markdown, .jsonl and .ndjson JSON Lines)\n"
    "  --strict            invalid UTF-8 is an error, not a warning\n"
    "  -r, --recursive     read directories, recursively\n"
    "  -L, --dereference   follow symbolic links under directories\n"
    "      --files-from F  read file names from F (- for standard input), one a line\n"
    "  --lexicon DIR       add (or override) lexicon entries from DIR\n"
    "Output:\n"
    "  -f, --format FMT    json, jsonl, tsv, md, html or text (default: text on a\n"
    "                      terminal, json otherwise)\n"
    "  --records KIND      tsv rows: positions, turns, claims or speakers\n"
    "  --aggregate         one speaker x topic matrix over all inputs\n"
    "  -o, --output FILE   write to FILE (atomically: a temporary file, renamed)\n"
    "  --color, --no-color colour in text output (default: on a terminal, unless\n"
    "                      NO_COLOR is set)\n"
    "  --speaker NAME      only this speaker (any alias)\n"
    "  --topic ID          only this topic\n"
    "  --role ROLE         only speakers with this role: interviewer, interviewee,\n"
    "                      host, guest, reporter, official, commentator, narrator,\n"
    "                      mentioned\n"
    "  --terms             print the topic terms matching uses, one a line (of one\n"
    "                      topic with --topic)\n"
    "Batch:\n"
    "  -j, --jobs N        documents at once, in N threads (default: number of cores)\n"
    "  --progress, --no-progress  a progress bar on standard error\n"
    "\n"
    "  -h, --help          this help\n"
    "  -V, --version       the version\n"
    "\n"
    "Exit status: 0 success; 1 no speaker (with --topic: no position) found in\n"
    "any input after the filters; 2 an error (usage, unreadable file, write error).\n";

static int S_usage_error(const char *msg, const char *arg) {
  fprintf(stderr, "lichang: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
  fprintf(stderr, "Try 'lichang --help' for more information.\n");
  return 2;
}

/* Standard output flushed and closed: 0, or 2 after a message. */
static int S_flush_stdout(void) {
  if (fflush(stdout) == 0 && !ferror(stdout) && fclose(stdout) == 0) return 0;
  if (errno != EPIPE) fprintf(stderr, "lichang: write error: %s\n", strerror(errno));
  return 2;
}

/* The shipped lexicon directory: $LICHANG_DATADIR, the build tree next to
 * the binary, or the installed one. */
static const char *S_data_dir(char *buf, size_t n) {
  const char *env = getenv("LICHANG_DATADIR");
  if (env && *env) return env;
  char exe[PATH_MAX];
  ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (k > 0) {
    exe[k] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = 0;
      const char *cands[] = {"%s/../data", "%s/../share/lichang"};
      for (size_t i = 0; i < 2; i++) {
        int w = snprintf(buf, n, cands[i], exe);
        if (w < 0 || (size_t)w >= n) continue; /* a path too long to hold */
        char probe[PATH_MAX + 32];
        snprintf(probe, sizeof probe, "%s/topics.tsv", buf);
        if (access(probe, R_OK) == 0) return buf;
      }
    }
  }
  return LICHANG_DATADIR;
}

static bool S_arg(int argc, char **argv, int *i, const char *s, const char *l,
                  const char **val) {
  const char *a = argv[*i];
  size_t ll = l ? strlen(l) : 0;
  if (l && strncmp(a, l, ll) == 0 && a[ll] == '=') { *val = a + ll + 1; return true; }
  if ((s && strcmp(a, s) == 0) || (l && strcmp(a, l) == 0)) {
    if (*i + 1 >= argc) { *val = NULL; return true; }
    *val = argv[++*i];
    return true;
  }
  return false;
}

int main(int argc, char **argv) {
  /* large vectors from mmap, so growing them is an mremap, not a copy that
   * briefly needs both the old and the new block */
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  lc_cli cli;
  memset(&cli, 0, sizeof cli);
  cli.format = -1;
  cli.color = -1;
  cli.progress = -1;
  cli.render.tsv_header = 1;
  const char **files = calloc((size_t)argc + 1, sizeof *files);
  const char *lexdirs[8];
  size_t nlex = 1;
  bool terms = false, only_files = false;
  if (!files) { fputs("lichang: out of memory\n", stderr); return 2; }
  size_t nfiles = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v = NULL;
    if (only_files || a[0] != '-' || strcmp(a, "-") == 0) { files[nfiles++] = a; continue; }
    if (strcmp(a, "--") == 0) { only_files = true; continue; }
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(USAGE, stdout);
      free(files);
      return S_flush_stdout();
    }
    if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
      printf("lichang %s (JSON schema %d)\n", LICHANG_VERSION, LICHANG_SCHEMA);
      free(files);
      return S_flush_stdout();
    }
    if (strcmp(a, "--strict") == 0) { cli.opt.strict = 1; continue; }
    if (strcmp(a, "-r") == 0 || strcmp(a, "--recursive") == 0) { cli.recursive = true; continue; }
    if (strcmp(a, "-L") == 0 || strcmp(a, "--dereference") == 0) { cli.follow = true; continue; }
    if (a[1] != '-' && a[1] && strspn(a + 1, "rL") == strlen(a + 1)) { /* -rL, as getopt would */
      for (const char *c = a + 1; *c; c++) *(*c == 'r' ? &cli.recursive : &cli.follow) = true;
      continue;
    }
    if (strcmp(a, "--aggregate") == 0) { cli.aggregate = true; continue; }
    if (strcmp(a, "--color") == 0 || strcmp(a, "--colour") == 0) { cli.color = 1; continue; }
    if (strcmp(a, "--no-color") == 0 || strcmp(a, "--no-colour") == 0) { cli.color = 0; continue; }
    if (strcmp(a, "--progress") == 0) { cli.progress = 1; continue; }
    if (strcmp(a, "--no-progress") == 0) { cli.progress = 0; continue; }
    if (strcmp(a, "--terms") == 0) { terms = true; continue; }
    if (S_arg(argc, argv, &i, NULL, "--input", &v)) {
      if (!v) return free(files), S_usage_error("--input needs a value", NULL);
      cli.jsonl_input = false; /* the last --input counts */
      cli.opt.input = LC_INPUT_AUTO;
      if (strcmp(v, "text") == 0 || strcmp(v, "txt") == 0) cli.opt.input = LC_INPUT_TEXT;
      else if (strcmp(v, "markdown") == 0 || strcmp(v, "md") == 0) cli.opt.input = LC_INPUT_MARKDOWN;
      else if (strcmp(v, "jsonl") == 0) cli.jsonl_input = true;
      else return free(files), S_usage_error("unknown input format (text, markdown or jsonl)", v);
      continue;
    }
    if (S_arg(argc, argv, &i, "-f", "--format", &v)) {
      static const char *const F[] = {"json", "jsonl", "text", "tsv", "md", "html"};
      if (!v) return free(files), S_usage_error("--format needs a value", NULL);
      cli.format = -1;
      for (int k = 0; k < 6; k++) if (strcmp(v, F[k]) == 0) cli.format = k;
      if (strcmp(v, "markdown") == 0) cli.format = LC_FORMAT_MD;
      if (cli.format < 0)
        return free(files), S_usage_error("unknown format (json, jsonl, tsv, md, html or text)", v);
      continue;
    }
    if (S_arg(argc, argv, &i, NULL, "--records", &v)) {
      static const char *const R[] = {"positions", "turns", "claims", "speakers"};
      int k = -1;
      if (!v) return free(files), S_usage_error("--records needs a value", NULL);
      for (int q = 0; q < 4; q++) if (strcmp(v, R[q]) == 0) k = q;
      if (k < 0)
        return free(files), S_usage_error("unknown --records kind (positions, turns, claims or speakers)", v);
      cli.render.records = (lc_records)k;
      continue;
    }
    if (S_arg(argc, argv, &i, "-o", "--output", &v)) {
      if (!v) return free(files), S_usage_error("--output needs a file", NULL);
      cli.output = v;
      continue;
    }
    if (S_arg(argc, argv, &i, NULL, "--files-from", &v)) {
      if (!v) return free(files), S_usage_error("--files-from needs a file", NULL);
      cli.files_from = v;
      continue;
    }
    if (S_arg(argc, argv, &i, NULL, "--lexicon", &v)) {
      if (!v) return free(files), S_usage_error("--lexicon needs a directory", NULL);
      if (nlex >= 8) return free(files), S_usage_error("too many --lexicon directories", NULL);
      /* a directory given by hand must be there (the shipped one may be missing: a warning) */
      struct stat st;
      int e = stat(v, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
      if (e) {
        fprintf(stderr, "lichang: %s: %s\n", v, strerror(e));
        free(files);
        return 2;
      }
      lexdirs[nlex++] = v;
      continue;
    }
    if (S_arg(argc, argv, &i, NULL, "--speaker", &v)) { cli.render.speaker = v; if (!v) goto missing; continue; }
    if (S_arg(argc, argv, &i, NULL, "--topic", &v)) { cli.render.topic = v; if (!v) goto missing; continue; }
    if (S_arg(argc, argv, &i, NULL, "--role", &v)) { cli.render.role = v; if (!v) goto missing; continue; }
    if (S_arg(argc, argv, &i, "-j", "--jobs", &v)) {
      char *end;
      long n = v ? strtol(v, &end, 10) : 0;
      if (!v || *end || n < 1 || n > 1024)
        return free(files), S_usage_error("-j needs a number from 1 to 1024", v);
      cli.jobs = (int)n;
      continue;
    }
    if (strncmp(a, "-j", 2) == 0 && a[2]) {
      char *end;
      long n = strtol(a + 2, &end, 10);
      if (*end || n < 1 || n > 1024) return free(files), S_usage_error("-j needs a number from 1 to 1024", a + 2);
      cli.jobs = (int)n;
      continue;
    }
    free(files);
    return S_usage_error("unknown option", a);
  missing:
    free(files);
    return S_usage_error("option needs a value", a);
  }
  char datadir[PATH_MAX];
  lexdirs[0] = S_data_dir(datadir, sizeof datadir);
  char err[512];
  lc_lexicon *lex = NULL;
  lc_status st = lc_lexicon_load(lexdirs, nlex, &lex, err, sizeof err);
  if (st != LC_OK) {
    fprintf(stderr, "lichang: %s\n", err[0] ? err : lc_status_message(st));
    free(files);
    return 2;
  }
  /* without topics or cues every position would be silently missing; a
   * --lexicon directory with none of the files is a mistake too */
  const char *lack = lc_lexicon_topic_count(lex) == 0 ? "topics.tsv"
                     : lc_lexicon_cue_count(lex) == 0 ? "cues.tsv" : NULL;
  if (lack) {
    fprintf(stderr, "lichang: %s/%s: no %s loaded: set LICHANG_DATADIR to the directory of "
                    "lichang's lexicons (topics.tsv, cues.tsv, speakers.tsv)\n",
            lexdirs[0], lack, lack[0] == 't' ? "topics" : "cues");
    lc_lexicon_free(lex);
    free(files);
    return 2;
  }
  for (size_t d = 1; d < nlex; d++) {
    static const char *const F[] = {"topics.tsv", "cues.tsv", "speakers.tsv"};
    bool any = false;
    for (int k = 0; k < 3 && !any; k++) {
      char p[PATH_MAX + 16];
      snprintf(p, sizeof p, "%s/%s", lexdirs[d], F[k]);
      any = access(p, F_OK) == 0;
    }
    if (!any) {
      fprintf(stderr, "lichang: %s: no lexicon file in it (topics.tsv, cues.tsv, speakers.tsv)\n",
              lexdirs[d]);
      lc_lexicon_free(lex);
      free(files);
      return 2;
    }
  }
  if (terms) { /* to -o FILE too; of one topic with --topic */
    const char *bad = NULL;
    if (nfiles) bad = "--terms reads no FILE";
    else if (cli.render.speaker || cli.render.role) bad = "--terms takes --topic, not --speaker or --role";
    cli.lex = lex;
    if (bad || lc_cli_check_filters(&cli)) {
      lc_lexicon_free(lex);
      free(files);
      return bad ? S_usage_error(bad, NULL) : 2;
    }
    char *t = cli.render.topic ? lc_lexicon_topic_terms_of(lex, cli.render.topic)
                               : lc_lexicon_topic_terms(lex);
    int rc = 2;
    if (t) rc = lc_cli_write(&cli, t, strlen(t));
    else fputs("lichang: out of memory\n", stderr);
    free(t);
    lc_lexicon_free(lex);
    free(files);
    return rc;
  }
  cli.lex = lex;
  cli.files = files;
  cli.nfiles = nfiles;
  int rc = lc_cli_run(&cli);
  lc_lexicon_free(lex);
  free(files);
  return rc;
}
