/* render.h: what every emitter shares (render.c).  Emitters read the
 * finished document model only. */
#ifndef LICHANG_RENDER_H
#define LICHANG_RENDER_H

#include "internal.h"
#include "analysis.h"
#include "escape.h"

typedef struct lc_render {
  const lc_doc *doc;
  const lc_render_options *opt;
  lc_buf *out;
  int speaker; /* speaker filter: index, -1 for all, -2 when nothing matches */
  int topic;   /* topic filter: index, -1 for all, -2 when nothing matches */
  size_t vhint, thint, lhint; /* where the last offset was found in the
                                 view map, the text map and the lines */
  lc_buf orig; /* original bytes put back together (lc_render_orig) */
} lc_render;

/* Original byte offsets of a view span. */
void lc_orig_span(const lc_doc *doc, size_t vs, size_t ve, size_t *os, size_t *oe);
/* The same, and the line of a view offset, fast for offsets in order. */
void lc_render_span(lc_render *r, size_t vs, size_t ve, size_t *os, size_t *oe);
size_t lc_render_line(lc_render *r, size_t v);
/* The original bytes [os, oe) (lc_orig_bytes); NULL when memory ran out. */
const char *lc_render_orig(lc_render *r, size_t os, size_t oe);
/* Do the filters keep this speaker / topic / turn? */
bool lc_keep_speaker(const lc_render *r, int speaker);
bool lc_keep_topic(const lc_render *r, int topic);
const char *lc_topic_id(const lc_doc *doc, int topic);

void lc_emit_json(lc_render *r, bool pretty_lines);
void lc_emit_text(lc_render *r);
void lc_emit_tsv(lc_render *r);
void lc_emit_md(lc_render *r);
void lc_emit_html(lc_render *r);
/* The page around one or more documents' HTML (emit_html.c). */
void lc_html_begin(lc_buf *b, const char *title);
void lc_html_end(lc_buf *b);
void lc_html_matrix(lc_buf *b, const char *const *rows, size_t nrows,
                    const char *const *cols, size_t ncols, const int *cells,
                    const char *const *notes);
/* tsv: the header line for a kind of records (emit_tsv.c) */
const char *lc_tsv_header(lc_records r);
#include "lexicon.h"

#endif
