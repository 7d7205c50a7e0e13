#include <stdlib.h>
#include "aggregate.h"
struct lc_agg_doc { int x; };
struct lc_agg { int x; };
lc_agg_doc *lc_agg_doc_new(const lc_doc *doc, const lc_render_options *opt) { (void)doc; (void)opt; return calloc(1, sizeof(lc_agg_doc)); }
void lc_agg_doc_free(lc_agg_doc *d) { free(d); }
lc_agg *lc_agg_new(const lc_lexicon *lex) { (void)lex; return calloc(1, sizeof(lc_agg)); }
bool lc_agg_add(lc_agg *a, const lc_agg_doc *d) { (void)a; (void)d; return true; }
void lc_agg_render(const lc_agg *a, lc_format fmt, lc_buf *out) { (void)a; (void)fmt; (void)out; }
void lc_agg_free(lc_agg *a) { free(a); }
