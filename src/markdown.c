/*
 * markdown.c: YAML front matter, and Markdown -> blocks through libcmark.
 *
 * libcmark 0.30.2 (Debian 12) is quadratic on some inline shapes and deep
 * nesting.  We only need block structure, so cmark never sees the text as
 * written: it gets a copy in which inline markup characters are replaced by
 * 'x' (same length, so lines and columns still match), at most MAX_DEPTH
 * container markers are kept on a line, and the document is handed over in
 * chunks of about CHUNK bytes cut at blank lines that close every block.
 */
#include <stdlib.h>
#include <string.h>
#include <cmark.h>
#include "internal.h"

#define MAX_DEPTH 32
#define CHUNK (256 * 1024)


static size_t S_line_end(const lc_doc *doc, size_t li) {
  const size_t *ls = doc->lines.items;
  size_t e = li + 1 < doc->lines.len ? ls[li + 1] : doc->vlen;
  while (e > ls[li] && doc->view[e - 1] == '\n') e--;
  return e;
}

static char *S_strip_value(const char *s, size_t n) {
  while (n && (*s == ' ' || *s == '\t')) s++, n--;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
  if (n >= 2 && ((s[0] == '"' && s[n - 1] == '"') || (s[0] == '\'' && s[n - 1] == '\'')))
    s++, n -= 2;
  return lc_strndup(s, n);
}

/* Front matter: a first line "---", key: value lines, a closing "---" or
 * "...".  Values are taken from the text (not the case-folded view). */
lc_status lc_front_matter(lc_doc *doc) {
  const size_t *ls = doc->lines.items;
  size_t nl = doc->lines.len;
  const char *v = doc->view;
  if (nl < 2 || S_line_end(doc, 0) != 3 || memcmp(v, "---", 3) != 0) return LC_OK;
  size_t close = 0;
  for (size_t li = 1; li < nl && li < 200; li++) {
    size_t s = ls[li], e = S_line_end(doc, li);
    if ((e - s == 3 && (memcmp(v + s, "---", 3) == 0 || memcmp(v + s, "...", 3) == 0))) {
      close = li;
      break;
    }
  }
  if (!close) return LC_OK;
  for (size_t li = 1; li < close; li++) {
    size_t s = ls[li], e = S_line_end(doc, li);
    const char *c = memchr(v + s, ':', e - s);
    if (!c) continue;
    size_t kl = (size_t)(c - (v + s));
    char **slot = NULL;
    if (kl == 5 && memcmp(v + s, "title", 5) == 0) slot = &doc->title;
    else if (kl == 4 && memcmp(v + s, "date", 4) == 0) slot = &doc->date;
    else if (kl == 6 && memcmp(v + s, "source", 6) == 0) slot = &doc->source;
    if (!slot || *slot) continue;
    size_t ts, te;
    lc_view_span_to_text(doc, (size_t)(c - v) + 1, e, &ts, &te);
    *slot = S_strip_value(doc->text + ts, te - ts);
    if (!*slot) return LC_ENOMEM;
    if (slot == &doc->title) { doc->title_start = (size_t)(c - v) + 1; doc->title_end = e; }
  }
  doc->body_start = close + 1 < nl ? ls[close + 1] : doc->vlen;
  lc_block *b = lc_vec_push(&doc->blocks);
  if (!b) return LC_ENOMEM;
  b->kind = LC_BLOCK_FRONT_MATTER;
  b->start = 0;
  b->end = S_line_end(doc, close);
  b->cstart = 0;
  b->line = 1;
  b->end_line = close + 1;
  b->label = -1;
  return LC_OK;
}

/* Write the neutralised copy of line v[s..e) into out (same length). */
static void S_neutral_line(const char *v, size_t s, size_t e, char *out) {
  memcpy(out, v + s, e - s);
  size_t i = s, depth = 0;
  for (;;) { /* container prefix */
    while (i < e && (v[i] == ' ' || v[i] == '\t')) i++;
    if (i >= e) return;
    size_t m = 0;
    if (v[i] == '>') m = 1;
    else if ((v[i] == '-' || v[i] == '+' || v[i] == '*') && (i + 1 == e || v[i + 1] == ' '))
      m = 1;
    else {
      size_t j = i, d = 0;
      while (j < e && v[j] >= '0' && v[j] <= '9' && d < 9) j++, d++;
      if (d && j < e && (v[j] == '.' || v[j] == ')') && (j + 1 == e || v[j + 1] == ' '))
        m = j + 1 - i;
    }
    if (!m) break;
    if (++depth > MAX_DEPTH) {
      for (size_t k = i; k < i + m; k++) out[k - s] = 'x';
      i += m;
      break;
    }
    i += m;
  }
  if (i >= e) return;
  /* block-level lines stay as written */
  bool rule = true;
  for (size_t k = i; k < e; k++)
    if (!strchr("-*_= \t", v[k])) { rule = false; break; }
  if (rule || v[i] == '<') return;
  size_t k = i;
  if (v[k] == '`' || v[k] == '~') { while (k < e && (v[k] == '`' || v[k] == '~')) k++; }
  else if (v[k] == '#') { while (k < e && v[k] == '#') k++; }
  for (; k < e; k++)
    if (strchr("*_[]!`<>&\\", v[k])) out[k - s] = 'x';
}

static lc_block_kind S_kind(cmark_node *n) {
  switch (cmark_node_get_type(n)) {
  case CMARK_NODE_HEADING: return LC_BLOCK_HEADING;
  case CMARK_NODE_CODE_BLOCK: return LC_BLOCK_CODE;
  case CMARK_NODE_HTML_BLOCK: return LC_BLOCK_HTML;
  case CMARK_NODE_THEMATIC_BREAK: return LC_BLOCK_THEMATIC;
  default: break;
  }
  for (cmark_node *p = cmark_node_parent(n); p; p = cmark_node_parent(p)) {
    cmark_node_type t = cmark_node_get_type(p);
    if (t == CMARK_NODE_ITEM) return LC_BLOCK_LIST_ITEM;
    if (t == CMARK_NODE_BLOCK_QUOTE) return LC_BLOCK_QUOTE;
  }
  return LC_BLOCK_PARAGRAPH;
}

/* Content start of a line: after containers, list markers and heading #. */
static size_t S_content(const char *v, size_t i, size_t e) {
  for (int guard = 0; guard < MAX_DEPTH * 2 && i < e; guard++) {
    while (i < e && (v[i] == ' ' || v[i] == '\t')) i++;
    if (i < e && v[i] == '>') { i++; continue; }
    size_t bl = lc_bullet_len(v, i, e);
    if (bl && !(v[i] == '*' && i + 1 < e && v[i + 1] == '*')) { i += bl; continue; }
    break;
  }
  size_t h = 0;
  while (i + h < e && v[i + h] == '#' && h < 7) h++;
  if (h && h <= 6 && (i + h == e || v[i + h] == ' ')) i += h;
  while (i < e && v[i] == ' ') i++;
  return i;
}

typedef struct lines_ctx {
  lc_doc *doc;
  const lc_label *lab;
  size_t nlab, li_lab;
  bool *covered;
  size_t first_line; /* index of the first body line */
} lines_ctx;

/* Add a leaf block over view lines [l0, l1] (0-based), split at labels. */
static lc_status S_leaf(lines_ctx *C, cmark_node *n, size_t l0, size_t l1) {
  lc_doc *doc = C->doc;
  const char *v = doc->view;
  const size_t *ls = doc->lines.items;
  lc_block_kind kind = S_kind(n);
  lc_block *cur = NULL;
  for (size_t li = l0; li <= l1 && li < doc->lines.len; li++) {
    if (C->covered[li - C->first_line]) continue;
    C->covered[li - C->first_line] = true;
    size_t s = ls[li], e = S_line_end(doc, li);
    size_t a = s, z = e;
    while (a < z && (v[a] == ' ' || v[a] == '\t')) a++;
    while (z > a && (v[z - 1] == ' ' || v[z - 1] == '\t')) z--;
    if (a == z) { continue; }
    while (C->li_lab < C->nlab && C->lab[C->li_lab].start < s) C->li_lab++;
    int label = (C->li_lab < C->nlab && C->lab[C->li_lab].start < e) ? (int)C->li_lab : -1;
    bool code = kind == LC_BLOCK_CODE || kind == LC_BLOCK_HTML;
    if (cur && (label < 0 || code)) {
      cur->end = z;
      cur->end_line = li + 1;
      continue;
    }
    cur = lc_vec_push(&doc->blocks);
    if (!cur) return LC_ENOMEM;
    cur->kind = kind;
    cur->start = a;
    cur->end = z;
    cur->line = cur->end_line = li + 1;
    cur->label = code ? -1 : label;
    cur->cstart = cur->label >= 0 ? C->lab[label].cstart : S_content(v, a, z);
    if (kind == LC_BLOCK_HEADING) {
      cur->level = cmark_node_get_heading_level(n);
      cur->md_heading = true;
      kind = LC_BLOCK_PARAGRAPH; /* a setext underline is not a new heading */
    }
  }
  return LC_OK;
}

static lc_status S_parse_chunk(lines_ctx *C, const char *buf, size_t len,
                               size_t line0) {
  cmark_node *root = cmark_parse_document(buf, len, CMARK_OPT_DEFAULT);
  if (!root) return LC_ENOMEM;
  lc_status st = LC_OK;
  cmark_node *n = cmark_node_first_child(root);
  while (n && st == LC_OK) {
    cmark_node_type t = cmark_node_get_type(n);
    bool container = t == CMARK_NODE_BLOCK_QUOTE || t == CMARK_NODE_LIST ||
                     t == CMARK_NODE_ITEM;
    if (container && cmark_node_first_child(n)) { n = cmark_node_first_child(n); continue; }
    if (!container) {
      int sl = cmark_node_get_start_line(n), el = cmark_node_get_end_line(n);
      if (sl >= 1 && el >= sl)
        st = S_leaf(C, n, line0 + (size_t)sl - 1, line0 + (size_t)el - 1);
    }
    /* next in document order, iteratively */
    while (n && n != root && !cmark_node_next(n)) n = cmark_node_parent(n);
    if (!n || n == root) break;
    n = cmark_node_next(n);
  }
  cmark_node_free(root);
  return st;
}

lc_status lc_blocks_markdown(lc_doc *doc) {
  const char *v = doc->view;
  const size_t *ls = doc->lines.items;
  size_t nl = doc->lines.len, first = 0;
  while (first < nl && ls[first] < doc->body_start) first++;
  if (first >= nl) return LC_OK;
  /* cmark's copy of one chunk at a time (not of the whole document: peak
   * memory stays within three times the file) */
  size_t ccap = CHUNK * 2;
  char *copy = malloc(ccap);
  bool *covered = calloc(nl - first + 1, 1);
  if (!copy || !covered) { free(copy); free(covered); return LC_ENOMEM; }
  lines_ctx C = {doc, doc->labels.items, doc->labels.len, 0, covered, first};
  lc_status st = LC_OK;
  /* chunks: cut before a line at column 0 that follows a blank line, when
   * no fence is open and the chunk is big enough */
  size_t cstart_line = first;
  bool fence = false, prev_blank = false;
  for (size_t li = first; li <= nl && st == LC_OK; li++) {
    bool cut = li == nl;
    if (!cut) {
      size_t s = ls[li], e = S_line_end(doc, li);
      bool blank = true;
      for (size_t k = s; k < e; k++) if (v[k] != ' ' && v[k] != '\t') { blank = false; break; }
      if (!blank && (e - s >= 3) && (memcmp(v + s, "```", 3) == 0 || memcmp(v + s, "~~~", 3) == 0))
        fence = !fence;
      if (prev_blank && !blank && !fence && v[s] != ' ' && v[s] != '\t' &&
          ls[li] - ls[cstart_line] >= CHUNK)
        cut = true;
      prev_blank = blank;
    }
    if (cut) {
      size_t s = ls[cstart_line], e = li < nl ? ls[li] : doc->vlen;
      if (e - s + 1 > ccap) {
        while (e - s + 1 > ccap) ccap *= 2;
        char *c2 = realloc(copy, ccap);
        if (!c2) { st = LC_ENOMEM; break; }
        copy = c2;
      }
      for (size_t k = cstart_line; k < li; k++)
        S_neutral_line(v, ls[k], k + 1 < nl ? ls[k + 1] : doc->vlen, copy + (ls[k] - s));
      st = S_parse_chunk(&C, copy, e - s, cstart_line);
      cstart_line = li;
    }
  }
  /* lines no leaf covered (link definitions, stray markup) keep their text */
  for (size_t li = first; li < nl && st == LC_OK; li++) {
    if (covered[li - first]) continue;
    size_t s = ls[li], e = S_line_end(doc, li), a = s, z = e;
    while (a < z && (v[a] == ' ' || v[a] == '\t')) a++;
    while (z > a && (v[z - 1] == ' ' || v[z - 1] == '\t')) z--;
    if (a == z) continue;
    lc_block *b = lc_vec_push(&doc->blocks);
    if (!b) { st = LC_ENOMEM; break; }
    b->kind = LC_BLOCK_OTHER;
    b->start = a; b->end = z; b->cstart = a;
    b->line = b->end_line = li + 1;
    b->label = -1;
  }
  free(copy);
  free(covered);
  if (st != LC_OK) return st;
  /* blocks in document order */
  lc_block *b = doc->blocks.items;
  size_t nb = doc->blocks.len;
  for (size_t i = 1; i < nb; i++) { /* insertion sort: nearly sorted already */
    lc_block t = b[i];
    size_t j = i;
    while (j > 0 && b[j - 1].start > t.start) { b[j] = b[j - 1]; j--; }
    b[j] = t;
  }
  /* bold-only or short standalone paragraphs are headings too; one wholly
   * in italics (*本文經受訪者確認*) is an aside: a credit, a note */
  for (size_t i = 0; i < nb; i++) {
    if (b[i].kind != LC_BLOCK_PARAGRAPH || b[i].label >= 0 || b[i].line != b[i].end_line)
      continue;
    size_t s = b[i].cstart, e = b[i].end;
    if (lc_italic_only(v, s, e)) continue;
    if (e - s > 4 && v[s] == '*' && v[s + 1] == '*' && v[e - 1] == '*' && v[e - 2] == '*')
      s += 2, e -= 2;
    if (lc_heading_like(v, s, e)) b[i].kind = LC_BLOCK_HEADING; /* its title drops the ** */
  }
  return lc_blocks_source(doc);
}
