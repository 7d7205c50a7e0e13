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
/* Are --topic and --role ones that exist (cli->lex loaded)?  0, or 2 after
 * a message that lists those there are. */
int lc_cli_check_filters(const lc_cli *cli);

/* Write p (n bytes) where the command writes: cli->output (-o, through a
 * temporary file) or standard output; returns the exit code (0, or 2 after
 * a message). */
int lc_cli_write(const lc_cli *cli, const char *p, size_t n);

#endif
