/*
 * blocks.c: plain text -> blocks.
 *
 * Paragraphs are separated by blank lines; a file with no blank line has a
 * paragraph per line.  A line that starts with an accepted speaker label or
 * a bullet starts a new block.  A paragraph of one short line without
 * sentence punctuation is a heading.  A parenthesised source line at the
 * very end, such as "（某某研究院）", becomes a block of its own.
 */
#include <string.h>
#include "internal.h"

static bool S_blank(const char *v, size_t s, size_t e) {
  for (size_t i = s; i < e; i++)
    if (v[i] != ' ' && v[i] != '\t' && v[i] != '\n') return false;
  return true;
}

static size_t S_line_end(const lc_doc *doc, size_t li) {
  const size_t *ls = doc->lines.items;
  size_t e = li + 1 < doc->lines.len ? ls[li + 1] : doc->vlen;
  while (e > ls[li] && (doc->view[e - 1] == '\n')) e--;
  return e;
}

/* Length of a bullet at v[i..e), or 0: •, ‧, ・, ●, ◆, ■, ▪, -, *, +, 1. 1、 (1) */
size_t lc_bullet_len(const char *v, size_t i, size_t e) {
  static const char *const B[] = {"\xE2\x80\xA2", "\xE2\x80\xA7", "\xE3\x83\xBB",
                                   "\xE2\x97\x8F", "\xE2\x97\x86", "\xE2\x96\xA0",
                                   "\xE2\x96\xAA", "\xC2\xB7", "\xE2\x97\x8B", NULL};
  unsigned char c0 = (unsigned char)v[i];
  if (c0 >= 0x80 && c0 != 0xE2 && c0 != 0xE3 && c0 != 0xC2) return 0; /* most text */
  for (size_t k = 0; B[k]; k++) {
    size_t l = strlen(B[k]);
    if (i + l <= e && memcmp(v + i, B[k], l) == 0) {
      size_t j = i + l;
      while (j < e && v[j] == ' ') j++;
      return j - i;
    }
  }
  if (i + 1 < e && (v[i] == '-' || v[i] == '*' || v[i] == '+') && v[i + 1] == ' ')
    return 2;
  size_t j = i;
  bool paren = j < e && v[j] == '(';
  if (paren) j++;
  size_t d = 0;
  while (j < e && v[j] >= '0' && v[j] <= '9' && d < 3) j++, d++;
  if (d && paren && j < e && v[j] == ')') return j + 1 - i;
  if (d && !paren && j + 1 < e && (v[j] == '.' || v[j] == ')') && v[j + 1] == ' ')
    return j + 2 - i;
  if (d && !paren && j + 3 <= e && memcmp(v + j, "\xE3\x80\x81", 3) == 0) /* 、 */
    return j + 3 - i;
  return 0;
}

/* Is the one-line text v[s..e) shaped like a heading? */
bool lc_heading_like(const char *v, size_t s, size_t e) {
  while (s < e && v[s] == ' ') s++;
  while (e > s && v[e - 1] == ' ') e--;
  if (s >= e || e - s > 4 * 40) return false; /* more than 40 characters */
  size_t chars = lc_u8_count(v + s, e - s);
  if (chars < 2 || chars > 40) return false;
  size_t l;
  uint32_t last = lc_u8prev(v, e, &l);
  uint32_t first = lc_u8dec((const unsigned char *)v + s, &l);
  if (lc_is_sentence_end(last) || last == ',' || last == ':' || last == 0x3001 ||
      last == '.' || last == 0x3002)
    return false;
  /* wholly in brackets: a source or stage direction, not a heading */
  if ((first == '(' && last == ')') || (first == 0x300C && last == 0x300D)) return false;
  if (first == 0x300C || first == 0x201C || first == '"') return false;
  static const char *const PART[] = {"嗎", "吗", "呢", "吧", "啊", "呀", "嘛", NULL};
  for (size_t k = 0; PART[k]; k++) {
    size_t pl = strlen(PART[k]);
    if (e - s >= pl && memcmp(v + e - pl, PART[k], pl) == 0) return false;
  }
  size_t letters = 0;
  for (size_t i = s; i < e;) {
    uint32_t c = lc_u8dec((const unsigned char *)v + i, &l);
    if (c == 0x3002 || c == '!' || c == '?' || c == ';') return false;
    if (lc_is_cjk(c) || (c >= 'a' && c <= 'z')) letters++;
    i += l;
  }
  return letters * 2 >= chars; /* mostly words, not numbers or symbols */
}

bool lc_italic_only(const char *v, size_t s, size_t e) {
  return e - s > 2 && (v[s] == '*' || v[s] == '_') && v[e - 1] == v[s] && v[s + 1] != v[s] &&
         v[e - 2] != v[s];
}

bool lc_headline_like(const char *v, size_t s, size_t e) {
  if (lc_heading_like(v, s, e)) return true;
  while (e > s && (v[e - 1] == ' ' || v[e - 1] == '\n')) e--;
  while (s < e && v[s] == ' ') s++;
  if (e <= s || (v[e - 1] != '?' && v[e - 1] != '!')) return false;
  size_t chars = lc_u8_count(v + s, e - s);
  if (chars < 4 || chars > 40) return false;
  for (size_t k = s; k + 1 < e; k++)
    if (v[k] == '?' || v[k] == '!' || (k + 3 <= e && memcmp(v + k, "。", 3) == 0)) return false;
  return true;
}

static lc_block *S_push(lc_doc *doc, lc_block_kind kind, size_t start, size_t end,
                        size_t line, size_t end_line) {
  lc_block *b = lc_vec_push(&doc->blocks);
  if (!b) return NULL;
  b->kind = kind;
  b->start = start;
  b->end = end;
  b->cstart = start;
  b->line = line;
  b->end_line = end_line;
  b->label = -1;
  return b;
}

/* Is v[s..e) (the inside of a closing bracket line) an organisation's name,
 * a source such as 某某研究院, 綠洲週報, Reuters, 記者某某／台北報導?  A note
 * or a marker (記者會結束, 完, 本文根據錄音整理) is not. */
static bool S_org_like(const char *v, size_t s, size_t e) {
  static const char *const ORG_END[] = {
      "研究院", "研究所", "中心", "大學", "大学", "學院", "学院", "公司", "集團", "集团",
      "社", "報", "报", "網", "网", "台", "臺", "電視", "电视", "新聞", "新闻", "協會",
      "协会", "基金會", "基金会", "委員會", "委员会", "學會", "学会", "部", "局", "署",
      "院", "週刊", "周刊", "雜誌", "杂志", "電台", "电台", "媒體", "媒体", "通訊", "通讯",
      "銀行", "银行", "智庫", "智库", "組織", "组织", "聯盟", "联盟", "實驗室", "实验室",
      "事務所", "事务所", "辦公室", "办公室", "電", "电", "報導", "报道", "供稿", "提供",
      "授權", "授权", "室", "所", "會", "会", "處", "处", "團", "团", "刊", "館", "馆",
      NULL};
  size_t latin = 0, other = 0;
  for (size_t i = s; i < e;) {
    size_t l;
    uint32_t c = lc_u8dec((const unsigned char *)v + i, &l);
    if ((c >= 'a' && c <= 'z') || c == ' ' || c == '.' || c == '&' || c == '-') latin++;
    else other++;
    i += l;
  }
  if (!other && latin) return true; /* Reuters, Bloomberg News */
  for (size_t k = 0; ORG_END[k]; k++) {
    size_t l = strlen(ORG_END[k]);
    if (e - s > l && memcmp(v + e - l, ORG_END[k], l) == 0) return true;
  }
  return false;
}

/* Split a trailing "（…）" line off the last block: a source note such as
 * "（某某研究院）" (doc->source_*), or, on a line of its own, an editor's
 * note or marker (（完）, （本文根據錄音整理，…）), which the turns make
 * narration. */
lc_status lc_blocks_source(lc_doc *doc) {
  if (!doc->blocks.len) return LC_OK;
  lc_block *b = &LC_AT(doc->blocks, lc_block, doc->blocks.len - 1);
  const char *v = doc->view;
  if (b->kind == LC_BLOCK_HEADING && !b->md_heading) return LC_OK;
  size_t e = b->end;
  if (e <= b->start || v[e - 1] != ')') return LC_OK;
  /* find the matching '(' on the same line */
  size_t i = e - 1, depth = 0, chars = 0;
  for (;;) {
    if (v[i] == ')') depth++;
    else if (v[i] == '(' && --depth == 0) break;
    if (v[i] == '\n' || i == b->start) return LC_OK;
    if (((unsigned char)v[i] & 0xC0) != 0x80) chars++;
    if (chars > 60) return LC_OK;
    i--;
  }
  size_t open = i;
  if (open + 2 >= e) return LC_OK;
  bool source = chars <= 40;
  for (size_t k = open + 1; k < e - 1 && source;) {
    size_t l;
    uint32_t c = lc_u8dec((const unsigned char *)v + k, &l);
    if (c == 0x3002 || c == ',' || c == '!' || c == '?' || c == ':' || c == 0x3001) source = false;
    k += l;
  }
  if (source) source = S_org_like(v, open + 1, e - 1);
  /* it must stand alone: on a line of its own, or (a source) after a
   * sentence's end */
  size_t p = open;
  while (p > b->start && v[p - 1] == ' ') p--;
  size_t line = lc_view_line(doc, open);
  if (p == b->start) {
    if (!source) return LC_OK; /* a block of its own already */
    b->kind = LC_BLOCK_OTHER;
  } else if (v[p - 1] == '\n') {
    size_t before = p - 1;
    b->end = before;
    b->end_line = line - 1;
    if (!S_push(doc, source ? LC_BLOCK_OTHER : LC_BLOCK_PARAGRAPH, open, e, line, line))
      return LC_ENOMEM;
  } else {
    if (!source) return LC_OK;
    size_t l;
    uint32_t c = lc_u8prev(v, p, &l);
    if (!(lc_is_sentence_end(c) || lc_is_closing(c) || c == '.')) return LC_OK;
    b->end = p;
    if (!S_push(doc, LC_BLOCK_OTHER, open, e, line, line)) return LC_ENOMEM;
  }
  if (!source) return LC_OK;
  doc->source_start = open;
  doc->source_end = e;
  return LC_OK;
}

/* Is line li, v[a..z), right after a turn's last sentence in the block cur,
 * a section heading: short, without sentence punctuation, with a blank line
 * and then a label after it (答：…。\n關稅問題\n\n問：…)?  lab[0..nlab) are
 * the labels from line li on. */
static bool S_heading_between_turns(const lc_doc *doc, const lc_block *cur, size_t li,
                                    size_t a, size_t z, const lc_label *lab, size_t nlab) {
  const char *v = doc->view;
  const size_t *ls = doc->lines.items;
  size_t nl = doc->lines.len;
  if (li + 2 >= nl || !S_blank(v, ls[li + 1], S_line_end(doc, li + 1))) return false;
  if (!lc_heading_like(v, a, z) || lc_u8_count(v + a, z - a) > 25) return false;
  /* a line that goes on with the answer (但長期來說…) or thanks (謝謝) is no heading */
  static const char *const ON[] = {"但", "可是", "不過", "不过", "而且", "所以", "因此", "然而",
                                   "只是", "還有", "还有", "另外", "因為", "因为", "如果", "也",
                                   "就", "謝謝", "谢谢", "好的", "是的", "嗯", "對", "对", NULL};
  for (size_t k = 0; ON[k]; k++) {
    size_t n = strlen(ON[k]);
    if (z - a >= n && memcmp(v + a, ON[k], n) == 0) return false;
  }
  size_t l;
  uint32_t c = lc_u8prev(v, cur->end, &l);
  if (!(lc_is_sentence_end(c) || c == 0x3002 || c == '.' || lc_is_closing(c))) return false;
  size_t nx = li + 2;
  while (nx < nl && S_blank(v, ls[nx], S_line_end(doc, nx))) nx++;
  if (nx >= nl) return false;
  size_t s = ls[nx], e = S_line_end(doc, nx);
  for (size_t k = 0; k < nlab && lab[k].start < e; k++)
    if (lab[k].start >= s) return true;
  return false;
}

lc_status lc_blocks_text(lc_doc *doc) {
  const char *v = doc->view;
  const size_t *ls = doc->lines.items;
  size_t nl = doc->lines.len;
  const lc_label *lab = doc->labels.items;
  size_t nlab = doc->labels.len, li_lab = 0;

  size_t first = 0;
  while (first < nl && ls[first] < doc->body_start) first++;
  bool any_blank = false;
  for (size_t li = first; li < nl && !any_blank; li++)
    if (S_blank(v, ls[li], S_line_end(doc, li))) any_blank = true;

  lc_block *cur = NULL;
  for (size_t li = first; li < nl; li++) {
    size_t s = ls[li], e = S_line_end(doc, li);
    if (S_blank(v, s, e)) { cur = NULL; continue; }
    size_t a = s, z = e;
    while (a < z && (v[a] == ' ' || v[a] == '\t')) a++;
    while (z > a && (v[z - 1] == ' ' || v[z - 1] == '\t')) z--;
    while (li_lab < nlab && lab[li_lab].start < s) li_lab++;
    int label = (li_lab < nlab && lab[li_lab].start < e) ? (int)li_lab : -1;
    size_t bl = label < 0 ? lc_bullet_len(v, a, z) : 0;
    bool hash = label < 0 && v[a] == '#';
    size_t hl = 0;
    if (hash) {
      while (a + hl < z && v[a + hl] == '#' && hl < 7) hl++;
      hash = hl <= 6 && (a + hl == z || v[a + hl] == ' ');
    }
    if (cur && !any_blank) cur = NULL;
    if (cur && (label >= 0 || bl || hash)) cur = NULL;
    if (cur && cur->kind == LC_BLOCK_HEADING) cur = NULL;
    if (cur && cur->label >= 0 && S_heading_between_turns(doc, cur, li, a, z, lab + li_lab,
                                                          nlab - li_lab))
      cur = NULL; /* a heading of its own, below */
    if (cur) { /* continue the paragraph */
      cur->end = z;
      cur->end_line = li + 1;
      continue;
    }
    lc_block_kind kind = bl ? LC_BLOCK_LIST_ITEM : hash ? LC_BLOCK_HEADING : LC_BLOCK_PARAGRAPH;
    cur = S_push(doc, kind, a, z, li + 1, li + 1);
    if (!cur) return LC_ENOMEM;
    cur->label = label;
    if (label >= 0) cur->cstart = lab[label].cstart;
    else if (bl) cur->cstart = a + bl;
    else if (hash) {
      cur->level = (int)hl;
      cur->md_heading = true;
      cur->cstart = a + hl;
      while (cur->cstart < z && v[cur->cstart] == ' ') cur->cstart++;
    }
  }
  /* one-line paragraphs that look like headings, standing alone */
  lc_block *b = doc->blocks.items;
  for (size_t i = 0; i < doc->blocks.len; i++) {
    if (b[i].kind != LC_BLOCK_PARAGRAPH || b[i].label >= 0 || b[i].line != b[i].end_line)
      continue;
    if (!lc_heading_like(v, b[i].start, b[i].end)) continue;
    if (!any_blank) {
      /* without blank lines, only a line between two longer ones */
      size_t chars = lc_u8_count(v + b[i].start, b[i].end - b[i].start);
      if (chars > 25) continue;
      if (i + 1 < doc->blocks.len && b[i + 1].kind == LC_BLOCK_PARAGRAPH &&
          b[i + 1].label < 0 && lc_heading_like(v, b[i + 1].start, b[i + 1].end))
        continue;
    }
    b[i].kind = LC_BLOCK_HEADING;
    b[i].level = 0;
  }
  return lc_blocks_source(doc);
}
