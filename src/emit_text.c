/*
 * emit_text.c: a person's view for a terminal.  One line per turn, speaker
 * names padded to the same display width (CJK characters are two columns
 * wide), then each speaker's positions.  Colour only when asked.
 */
#include <string.h>
#include <unistr.h>
#include "lexicon.h"
#include "render.h"

#define TEXT_PREVIEW 60 /* display columns of a turn shown on its line */

static void S_pad(lc_buf *b, size_t w, size_t want) {
  for (; w < want; w++) lc_buf_putc(b, ' ');
}

/* Append at most `cols` display columns of s[0..n), newlines as spaces,
 * ending with … when cut.  The text space is valid UTF-8, but a span's ends
 * may cut a character: what is ill-formed becomes one U+FFFD. */
static void S_preview(lc_buf *b, const char *s, size_t n, size_t cols) {
  size_t w = 0;
  for (size_t i = 0; i < n;) {
    size_t l = lc_u8len((unsigned char)s[i]);
    ucs4_t uc;
    if ((unsigned char)s[i] >= 0x80 && (i + l > n || u8_mbtoucr(&uc, (const uint8_t *)s + i, n - i) != (int)l)) {
      /* one U+FFFD per maximal ill-formed subsequence, as escape.c writes */
      if (w + 1 > cols) { lc_buf_puts(b, "…"); return; }
      lc_buf_puts(b, "\xEF\xBF\xBD");
      w++;
      i += lc_u8_bad_len((const unsigned char *)s + i, n - i);
      continue;
    }
    size_t cw = lc_u8_width(s + i, l);
    if (w + cw > cols) { lc_buf_puts(b, "…"); return; }
    unsigned char c = (unsigned char)s[i];
    bool c1 = c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] < 0xA0; /* U+0080..U+009F */
    if (c == '\n' || c == '\t' || c == '\r') {
      if (w && b->len && b->ptr[b->len - 1] != ' ') { lc_buf_putc(b, ' '); w++; }
    } else if (c < 0x20 || c == 0x7F || c1) {
      /* never pass terminal control sequences from the input through */
      lc_buf_puts(b, "\xEF\xBF\xBD");
      w++;
    } else {
      lc_buf_put(b, s + i, l);
      w += cw;
    }
    i += l;
  }
}

static void S_text_of(const lc_doc *doc, size_t vs, size_t ve, const char **s, size_t *n) {
  size_t a = lc_view_to_text(doc, vs, false), z = lc_view_to_text(doc, ve, true);
  *s = doc->text + a;
  *n = z > a ? z - a : 0;
}

void lc_emit_text(lc_render *r) {
  const lc_doc *doc = r->doc;
  lc_buf *b = r->out;
  const char *bold = r->opt->color ? "\033[1m" : "", *dim = r->opt->color ? "\033[2m" : "",
             *off = r->opt->color ? "\033[0m" : "";
  lc_buf_printf(b, "%s== ", bold);
  S_preview(b, doc->name, strlen(doc->name), 200);
  if (doc->title) { lc_buf_puts(b, ": "); S_preview(b, doc->title, strlen(doc->title), 200); }
  lc_buf_printf(b, "%s\n", off);
  /* name column width */
  size_t width = 0;
  for (size_t i = 0; i < doc->speakers.len; i++) {
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, i);
    size_t w = lc_u8_width(sp->name, strlen(sp->name));
    if (w > width) width = w;
  }
  if (width > 24) width = 24;
  int section = -1;
  for (size_t i = 0; i < doc->turns.len; i++) {
    const lc_turn *t = &LC_AT(doc->turns, lc_turn, i);
    if (!lc_keep_speaker(r, t->speaker)) continue;
    if (t->section != section && t->section >= 0) {
      const lc_section *s = &LC_AT(doc->sections, lc_section, t->section);
      const char *hs;
      size_t hn;
      S_text_of(doc, s->hstart, s->hend, &hs, &hn);
      lc_buf_printf(b, "\n%s## ", bold);
      S_preview(b, hs, hn, 200);
      lc_buf_printf(b, "%s\n", off);
    }
    section = t->section;
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, t->speaker);
    lc_buf_printf(b, "%s%5zu%s  %s", dim, lc_view_line(doc, t->lstart), off, bold);
    size_t before = b->len;
    S_preview(b, sp->name, strlen(sp->name), width);
    size_t w = lc_u8_width(b->ptr + before, b->len - before);
    lc_buf_puts(b, off);
    S_pad(b, w, width);
    lc_buf_puts(b, "  ");
    const char *ts;
    size_t tn;
    S_text_of(doc, t->start, t->end, &ts, &tn);
    S_preview(b, ts, tn, TEXT_PREVIEW);
    lc_buf_putc(b, '\n');
    lc_buf_flush_point(b);
  }
  /* positions, per speaker */
  const lc_analysis *an = doc->an;
  if (!an || !an->positions.len) return;
  lc_buf_printf(b, "\n%sPositions%s\n", bold, off);
  for (size_t si = 0; si < doc->speakers.len; si++) {
    if (!lc_keep_speaker(r, (int)si)) continue;
    bool head = false;
    for (size_t i = 0; i < an->positions.len; i++) {
      const lc_position *p = &LC_AT(an->positions, lc_position, i);
      if (p->speaker != (int)si || !lc_keep_topic(r, p->topic)) continue;
      const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, si);
      if (!head) {
        lc_buf_printf(b, "\n%s", bold);
        S_preview(b, sp->name, strlen(sp->name), 60);
        lc_buf_printf(b, "%s (%s)\n", off, lc_role_name(sp->role));
        head = true;
      }
      const char *col = "";
      if (r->opt->color)
        col = p->stance == LC_STANCE_SUPPORT ? "\033[32m"
              : p->stance == LC_STANCE_OPPOSE ? "\033[31m"
              : p->stance == LC_STANCE_MIXED  ? "\033[33m" : "";
      lc_buf_printf(b, "  %s%-8s%s %-20s score %+.1f%s\n", col, lc_stance_name(p->stance), off,
                    lc_topic_id(doc, p->topic), (double)p->score,
                    p->reported ? "  (reported by the narrator)" : "");
      for (size_t j = 0; j < p->evidence.len && j < 3; j++) {
        const lc_evidence *e = &LC_AT(p->evidence, lc_evidence, j);
        const lc_sentence *s = &LC_AT(an->sentences, lc_sentence, e->sentence);
        const char *ss;
        size_t sn;
        S_text_of(doc, s->start, s->end, &ss, &sn);
        lc_buf_printf(b, "    %sline %zu%s  ", dim, lc_view_line(doc, s->start), off);
        S_preview(b, ss, sn, 70);
        if (e->answers >= 0) {
          const lc_sentence *q = &LC_AT(an->sentences, lc_sentence, e->answers);
          lc_buf_printf(b, "  %s(%s line %zu)%s", dim, e->agreement ? "agrees with" : "disputes",
                        lc_view_line(doc, q->start), off);
        }
        lc_buf_putc(b, '\n');
      }
    }
  }
}
