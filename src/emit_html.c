/*
 * emit_html.c: a standalone page.  The report is the Markdown report
 * rendered by libcmark (without CMARK_OPT_UNSAFE, so raw HTML never passes;
 * and every piece of input text was escaped before it reached Markdown),
 * plus a speaker x topic table coloured by stance, written here with every
 * cell escaped.
 */
#include <stdlib.h>
#include <string.h>
#include <cmark.h>
#include "render.h"

void lc_emit_md_report(lc_render *r, bool tables);

void lc_html_begin(lc_buf *b, const char *title) {
  lc_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  lc_html_text(b, title, strlen(title));
  lc_buf_puts(b,
              "</title>\n<style>\n"
              "body{font-family:system-ui,'Noto Sans CJK TC','Noto Sans TC',sans-serif;"
              "max-width:60em;margin:2em auto;padding:0 1em;line-height:1.6;color:#222}\n"
              "table.matrix{border-collapse:collapse;margin:1em 0}\n"
              ".matrix th,.matrix td{border:1px solid #999;padding:.3em .6em;text-align:center}\n"
              ".matrix th{background:#eee}\n"
              ".support{background:#b7e4b0}.oppose{background:#f4b6b6}"
              ".mixed{background:#f7e3a1}.neutral{background:#e4e4e4}\n"
              "section.doc{border-top:2px solid #ccc;margin-top:2em}\n"
              "</style>\n</head>\n<body>\n");
}

void lc_html_end(lc_buf *b) { lc_buf_puts(b, "</body>\n</html>\n"); }

/* The coloured speaker x topic table. */
void lc_html_matrix(lc_buf *b, const char *const *rows, size_t nrows,
                    const char *const *cols, size_t ncols, const int *cells,
                    const char *const *notes) {
  lc_buf_puts(b, "<table class=\"matrix\">\n<tr><th>Speaker</th>");
  for (size_t c = 0; c < ncols; c++) {
    lc_buf_puts(b, "<th>");
    lc_html_text(b, cols[c], strlen(cols[c]));
    lc_buf_puts(b, "</th>");
  }
  lc_buf_puts(b, "</tr>\n");
  for (size_t r = 0; r < nrows; r++) {
    lc_buf_puts(b, "<tr><th>");
    lc_html_text(b, rows[r], strlen(rows[r]));
    lc_buf_puts(b, "</th>");
    for (size_t c = 0; c < ncols; c++) {
      int st = cells[r * ncols + c];
      if (st < 0) { lc_buf_puts(b, "<td></td>"); continue; }
      const char *name = lc_stance_name(st);
      lc_buf_printf(b, "<td class=\"%s\">%s", name, name);
      const char *note = notes ? notes[r * ncols + c] : NULL;
      if (note && *note) {
        lc_buf_puts(b, "<br><small>");
        lc_html_text(b, note, strlen(note));
        lc_buf_puts(b, "</small>");
      }
      lc_buf_puts(b, "</td>");
    }
    lc_buf_puts(b, "</tr>\n");
  }
  lc_buf_puts(b, "</table>\n");
}

/* This document's own positions as a coloured speaker x topic table. */
static void S_matrix(lc_render *r, lc_buf *b) {
  const lc_doc *doc = r->doc;
  const lc_analysis *an = doc->an;
  size_t nt = doc->lex ? lc_lexicon_topic_count(doc->lex) : 0;
  if (!an || !an->positions.len || !nt) return;
  const char **rows = calloc(doc->speakers.len + 1, sizeof *rows);
  const char **cols = calloc(nt + 1, sizeof *cols);
  int *cells = malloc((doc->speakers.len + 1) * (nt + 1) * sizeof *cells);
  int *colmap = malloc((nt + 1) * sizeof *colmap);
  size_t nr = 0, nc = 0;
  if (rows && cols && cells && colmap) {
    for (size_t t = 0; t < nt; t++)
      if (lc_keep_topic(r, (int)t)) { colmap[nc] = (int)t; cols[nc++] = lc_topic_id(doc, (int)t); }
    for (size_t s = 0; s < doc->speakers.len; s++) {
      const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, s);
      if (sp->narrator || !lc_keep_speaker(r, (int)s)) continue;
      bool any = false;
      for (size_t c = 0; c < nc; c++) {
        cells[nr * nc + c] = -1;
        for (size_t i = 0; i < an->positions.len; i++) {
          const lc_position *p = &LC_AT(an->positions, lc_position, i);
          if (p->speaker == (int)s && p->topic == colmap[c] && !p->reported) {
            cells[nr * nc + c] = p->stance;
            any = true;
          }
        }
      }
      if (any) rows[nr++] = sp->name;
    }
    if (nr) lc_html_matrix(b, rows, nr, cols, nc, cells, NULL);
  } else {
    b->oom = true;
  }
  free(rows);
  free(cols);
  free(cells);
  free(colmap);
}

void lc_emit_html(lc_render *r) {
  const lc_doc *doc = r->doc;
  lc_buf *b = r->out;
  if (!r->opt->html_fragment) lc_html_begin(b, doc->title ? doc->title : doc->name);
  lc_buf_puts(b, "<section class=\"doc\">\n");
  /* the report, rendered by cmark; the matrix goes under its title */
  lc_buf md = {0}, table = {0};
  lc_render mr = *r;
  mr.out = &md;
  lc_emit_md_report(&mr, false);
  char *html = md.oom ? NULL : cmark_markdown_to_html(md.ptr ? md.ptr : "", md.len, CMARK_OPT_DEFAULT);
  if (!html) b->oom = true;
  S_matrix(r, &table);
  if (table.oom) b->oom = true;
  if (html) {
    const char *h1 = strstr(html, "</h1>\n");
    size_t cut = h1 ? (size_t)(h1 - html) + 6 : 0;
    lc_buf_put(b, html, cut);
    if (table.len) lc_buf_put(b, table.ptr, table.len);
    lc_buf_puts(b, html + cut);
    free(html);
  }
  lc_buf_free(&md);
  lc_buf_free(&table);
  lc_buf_puts(b, "</section>\n");
  if (!r->opt->html_fragment) lc_html_end(b);
}
