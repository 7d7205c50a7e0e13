/*
 * lichang.h: the public API of lichang (立場), a reader of interview
 * transcripts that finds speakers, turns, sections and the positions each
 * speaker takes.
 *
 * Ownership: every object returned through an out-parameter belongs to the
 * caller and is released with the matching *_free function; every pointer
 * returned by an accessor stays owned by the object it came from and lives
 * as long as that object.  A lexicon is read-only after lc_lexicon_load and
 * may be shared by any number of threads; a document belongs to one thread.
 */
#ifndef LICHANG_H
#define LICHANG_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LICHANG_VERSION "0.1.0"
/* Version of the JSON document schema ("schema" field). */
#define LICHANG_SCHEMA 1

typedef enum lc_status {
  LC_OK = 0,
  LC_ENOMEM,   /* out of memory */
  LC_EIO,      /* read or write error */
  LC_EBINARY,  /* input looks binary (NUL bytes) */
  LC_EUTF16,   /* input is UTF-16 or UTF-32, not UTF-8 */
  LC_EUTF8,    /* invalid UTF-8 and strict mode */
  LC_ELEXICON, /* a lexicon file is malformed */
  LC_EUSAGE,   /* bad argument to an API function */
  LC_ETOOBIG,  /* input larger than the library can address */
  LC_EENCODING /* input is in a legacy encoding (Big5, GB18030), not UTF-8 */
} lc_status;

/* A static English message for a status; never NULL. */
const char *lc_status_message(lc_status st);

/* ---- lexicons --------------------------------------------------------- */

typedef struct lc_lexicon lc_lexicon;

/*
 * Load the lexicons (topics.tsv, cues.tsv, speakers.tsv) from each directory
 * in dirs, in order; a later directory adds entries and overrides same-named
 * ones.  A directory lacking a file is skipped for that file.  On error,
 * returns LC_ELEXICON (or LC_EIO) and writes "FILE:LINE: message" into err
 * (if errlen > 0).  The caller frees *out with lc_lexicon_free.
 */
lc_status lc_lexicon_load(const char *const *dirs, size_t ndirs,
                          lc_lexicon **out, char *err, size_t errlen);
void lc_lexicon_free(lc_lexicon *lex);

/* Number of topics, and the id of topic i (owned by the lexicon). */
size_t lc_lexicon_topic_count(const lc_lexicon *lex);
const char *lc_lexicon_topic_id(const lc_lexicon *lex, size_t i);
/* Number of cue entries (rows of cues.tsv) loaded. */
size_t lc_lexicon_cue_count(const lc_lexicon *lex);
/*
 * Every topic term, one per line, in the normalised form matching uses
 * (for a fair `grep -F -f` comparison).  The caller frees the string.
 */
char *lc_lexicon_topic_terms(const lc_lexicon *lex);
/* The same for one topic (by id; an unknown id has none). */
char *lc_lexicon_topic_terms_of(const lc_lexicon *lex, const char *topic_id);

/* ---- documents -------------------------------------------------------- */

typedef enum lc_input {
  LC_INPUT_AUTO = 0, /* Markdown when the name ends in .md/.markdown */
  LC_INPUT_TEXT,
  LC_INPUT_MARKDOWN
} lc_input;

typedef struct lc_options {
  lc_input input;
  int strict; /* invalid UTF-8 is an error instead of a warning */
} lc_options;

typedef struct lc_doc lc_doc;

/*
 * Read, validate, segment and analyse one document held in memory.  name is
 * used in messages and output (it may be "-" for standard input) and is
 * copied; bytes are copied too.  lex may be NULL (no aliases, no positions).
 *
 * Returns LC_OK, or the reason the document was refused.  In every case but
 * LC_ENOMEM *out receives a document, whose diagnostics say what was wrong
 * and where; the caller frees it with lc_doc_free.
 */
lc_status lc_doc_parse(const char *name, const char *bytes, size_t len,
                       const lc_options *opt, const lc_lexicon *lex,
                       lc_doc **out);
void lc_doc_free(lc_doc *doc);

/*
 * The same, taking ownership of bytes (a malloc'd buffer of at least len + 1
 * bytes), which saves a copy of a large input.  bytes is freed by
 * lc_doc_free, or at once when the call returns LC_ENOMEM.
 */
lc_status lc_doc_parse_owned(const char *name, char *bytes, size_t len,
                             const lc_options *opt, const lc_lexicon *lex,
                             lc_doc **out);

/* Diagnostics (warnings and the error, if any), in input order. */
typedef struct lc_diag {
  size_t line;   /* 1-based; 0 when not about a place */
  size_t col;    /* 1-based, in characters */
  int is_error;  /* 1 when this diagnostic refused the document */
  const char *msg;
} lc_diag;
size_t lc_doc_diag_count(const lc_doc *doc);
const lc_diag *lc_doc_diag(const lc_doc *doc, size_t i);
/* The status lc_doc_parse returned for this document. */
lc_status lc_doc_status(const lc_doc *doc);

/* Counts, for exit codes and summaries. */
size_t lc_doc_speaker_count(const lc_doc *doc); /* excludes the narrator */
size_t lc_doc_turn_count(const lc_doc *doc);
size_t lc_doc_position_count(const lc_doc *doc);

/* ---- output ----------------------------------------------------------- */

typedef enum lc_format {
  LC_FORMAT_JSON = 0,
  LC_FORMAT_JSONL,
  LC_FORMAT_TEXT,
  LC_FORMAT_TSV,
  LC_FORMAT_MD,
  LC_FORMAT_HTML
} lc_format;

typedef enum lc_records {
  LC_RECORDS_POSITIONS = 0,
  LC_RECORDS_TURNS,
  LC_RECORDS_CLAIMS,
  LC_RECORDS_SPEAKERS
} lc_records;

typedef struct lc_render_options {
  lc_records records;   /* tsv: which rows */
  int color;            /* text: ANSI colours */
  int tsv_header;       /* tsv: print the header line */
  const char *speaker;  /* filter: a speaker name or alias, or NULL */
  const char *topic;    /* filter: a topic id, or NULL */
  const char *role;     /* filter: a role, or NULL */
  int html_fragment;    /* html: the document's part only, no page around it */
} lc_render_options;

/*
 * Render a document in a format, appending to *buf (a malloc'd buffer of
 * *len bytes, or NULL/0 to start one).  The caller frees *buf with free().
 */
lc_status lc_doc_render(const lc_doc *doc, lc_format fmt,
                        const lc_render_options *opt, char **buf,
                        size_t *len);

/*
 * Render, handing the output to write(ctx, bytes, n) in chunks as it is
 * made, so a large document needs no buffer of its size.  A write that
 * returns 0 stops the rendering with LC_EIO.
 */
lc_status lc_doc_render_stream(const lc_doc *doc, lc_format fmt,
                               const lc_render_options *opt,
                               int (*write)(void *ctx, const char *p, size_t n),
                               void *ctx);

#ifdef __cplusplus
}
#endif
#endif
