/* batch.h: the command-line driver over many inputs (batch.c). */
#ifndef LICHANG_BATCH_H
#define LICHANG_BATCH_H

#include <stdbool.h>
#include "lichang.h"

typedef struct lc_cli {
  lc_options opt;
  lc_render_options render;
  int format;   /* lc_format, or -1 for the default */
  int color;    /* -1 auto */
  int progress; /* -1 auto */
  int jobs;     /* 0 = number of cores */
  bool recursive, follow, aggregate, jsonl_input;
  const char *output;
  const char *files_from;
  const lc_lexicon *lex;
  const char **files;
  size_t nfiles;
} lc_cli;

/* Run the whole command; returns the exit code. */
int lc_cli_run(lc_cli *cli);

#endif
