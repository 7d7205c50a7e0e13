#include "render.h"
void lc_emit_html(lc_render *r) { (void)r; }
void lc_html_begin(lc_buf *b, const char *title) { (void)b; (void)title; }
void lc_html_end(lc_buf *b) { (void)b; }
