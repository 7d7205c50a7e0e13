/* aggregate.h: the archive view, a speaker x topic matrix over many
 * documents (aggregate.c). */
#ifndef LICHANG_AGGREGATE_H
#define LICHANG_AGGREGATE_H

#include "internal.h"
#include "render.h"

typedef struct lc_agg lc_agg;
typedef struct lc_agg_doc lc_agg_doc;

/* The filters of opt (--speaker by any name or alias, --topic, --role)
 * resolved for one document, for lc_keep_speaker and lc_keep_topic: what
 * the matrix and the exit status count is what the output shows. */
void lc_agg_filter(lc_render *r, const lc_doc *doc, const lc_render_options *opt);

/* What one document contributes (its speakers' own positions that the
 * filters keep); made on a worker thread. */
lc_agg_doc *lc_agg_doc_new(const lc_doc *doc, const lc_render_options *opt);
void lc_agg_doc_free(lc_agg_doc *d);

lc_agg *lc_agg_new(const lc_lexicon *lex);
/* Add one document's rows, in input order; false when out of memory. */
bool lc_agg_add(lc_agg *a, const lc_agg_doc *d);
void lc_agg_render(const lc_agg *a, lc_format fmt, lc_buf *out);
void lc_agg_free(lc_agg *a);

#endif
