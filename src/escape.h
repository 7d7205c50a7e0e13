/* escape.h: output escaping for every format (escape.c). */
#ifndef LICHANG_ESCAPE_H
#define LICHANG_ESCAPE_H

#include "internal.h"

/* A JSON string literal (quotes included); invalid UTF-8 becomes \ufffd. */
void lc_json_str(lc_buf *b, const char *s, size_t n);
/* The same for bytes known to be valid UTF-8 without NUL: eight bytes at a
 * time where nothing needs escaping. */
void lc_json_str_utf8(lc_buf *b, const char *s, size_t n);
/* The same for a C string; NULL prints null. */
void lc_json_cstr(lc_buf *b, const char *s);
/* A TSV field: \t \n \r \\ escaped, other controls become spaces. */
void lc_tsv_field(lc_buf *b, const char *s, size_t n);
/* HTML text or attribute value: < > & " ' escaped. */
void lc_html_text(lc_buf *b, const char *s, size_t n);
/* Markdown inline text: punctuation backslash-escaped, newlines as spaces. */
void lc_md_text(lc_buf *b, const char *s, size_t n);

#endif
