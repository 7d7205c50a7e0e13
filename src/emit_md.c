/* emit_md.c: a Markdown report: per speaker, positions by topic with
 * quoted evidence and line references, then figures and summaries.  The
 * HTML emitter renders this same report with libcmark. */
#include <math.h>
#include <string.h>
#include "render.h"

static void S_text(lc_render *r, size_t vs, size_t ve) {
  size_t a = lc_view_to_text(r->doc, vs, false), z = lc_view_to_text(r->doc, ve, true);
  lc_md_text(r->out, r->doc->text + a, z > a ? z - a : 0);
}

static void S_str(lc_buf *b, const char *s) { lc_md_text(b, s, strlen(s)); }

/* The speaker x topic matrix as a Markdown (GFM) table. */
static void S_matrix(lc_render *r) {
  const lc_doc *doc = r->doc;
  const lc_analysis *an = doc->an;
  lc_buf *b = r->out;
  size_t nt = doc->lex ? lc_lexicon_topic_count(doc->lex) : 0;
  if (!an || !an->positions.len || !nt) return;
  lc_buf_puts(b, "| Speaker |");
  for (size_t t = 0; t < nt; t++) {
    if (!lc_keep_topic(r, (int)t)) continue;
    lc_buf_putc(b, ' ');
    S_str(b, lc_topic_id(doc, (int)t));
    lc_buf_puts(b, " |");
  }
  lc_buf_puts(b, "\n|---|");
  for (size_t t = 0; t < nt; t++) if (lc_keep_topic(r, (int)t)) lc_buf_puts(b, "---|");
  lc_buf_putc(b, '\n');
  for (size_t s = 0; s < doc->speakers.len; s++) {
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, s);
    if (sp->narrator || !lc_keep_speaker(r, (int)s)) continue;
    bool any = false;
    for (size_t i = 0; i < an->positions.len; i++)
      if (LC_AT(an->positions, lc_position, i).speaker == (int)s) any = true;
    if (!any) continue;
    lc_buf_puts(b, "| ");
    S_str(b, sp->name);
    lc_buf_puts(b, " |");
    for (size_t t = 0; t < nt; t++) {
      if (!lc_keep_topic(r, (int)t)) continue;
      const char *cell = "";
      for (size_t i = 0; i < an->positions.len; i++) {
        const lc_position *p = &LC_AT(an->positions, lc_position, i);
        if (p->speaker == (int)s && p->topic == (int)t && !p->reported)
          cell = lc_stance_name(p->stance);
      }
      lc_buf_printf(b, " %s |", cell);
    }
    lc_buf_putc(b, '\n');
  }
  lc_buf_putc(b, '\n');
}

void lc_emit_md_report(lc_render *r, bool tables) {
  const lc_doc *doc = r->doc;
  const lc_analysis *an = doc->an;
  lc_buf *b = r->out;
  lc_buf_puts(b, "# ");
  S_str(b, doc->title ? doc->title : doc->name);
  lc_buf_puts(b, "\n\n- File: ");
  S_str(b, doc->name);
  if (doc->date) { lc_buf_puts(b, "\n- Date: "); S_str(b, doc->date); }
  if (doc->source) { lc_buf_puts(b, "\n- Source: "); S_str(b, doc->source); }
  lc_buf_puts(b, "\n\n## Speakers\n\n");
  for (size_t s = 0; s < doc->speakers.len; s++) {
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, s);
    if (!lc_keep_speaker(r, (int)s)) continue;
    lc_buf_puts(b, "- **");
    S_str(b, sp->name);
    lc_buf_printf(b, "** (%s): %zu turns, %zu characters\n", lc_role_name(sp->role), sp->turns,
                  sp->chars);
  }
  lc_buf_putc(b, '\n');
  if (tables) S_matrix(r);
  lc_buf_puts(b, "## Positions\n\n");
  bool any = false;
  for (size_t s = 0; an && s < doc->speakers.len; s++) {
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, s);
    if (!lc_keep_speaker(r, (int)s)) continue;
    bool head = false;
    for (size_t i = 0; i < an->positions.len; i++) {
      const lc_position *p = &LC_AT(an->positions, lc_position, i);
      if (p->speaker != (int)s || !lc_keep_topic(r, p->topic)) continue;
      if (!head) {
        lc_buf_puts(b, "### ");
        S_str(b, sp->name);
        lc_buf_printf(b, " (%s)\n\n", lc_role_name(sp->role));
        head = any = true;
      }
      lc_buf_printf(b, "- **%s** ", lc_stance_name(p->stance));
      S_str(b, lc_topic_id(doc, p->topic));
      lc_buf_printf(b, " (score %.2f%s)\n", (double)p->score,
                    p->reported ? ", reported by the narrator" : "");
      for (size_t j = 0; j < p->evidence.len && j < 3; j++) {
        const lc_evidence *e = &LC_AT(p->evidence, lc_evidence, j);
        const lc_sentence *se = &LC_AT(an->sentences, lc_sentence, e->sentence);
        lc_buf_puts(b, "  - “");
        S_text(r, se->start, se->end);
        lc_buf_printf(b, "” (line %zu", lc_view_line(doc, se->start));
        if (e->answers >= 0) {
          const lc_sentence *q = &LC_AT(an->sentences, lc_sentence, e->answers);
          lc_buf_printf(b, "; %s line %zu: “", e->agreement ? "agrees with" : "disputes",
                        lc_view_line(doc, q->start));
          S_text(r, q->start, q->end);
          lc_buf_puts(b, "”");
        }
        lc_buf_puts(b, ")\n");
      }
    }
    if (head) lc_buf_putc(b, '\n');
  }
  if (!any) lc_buf_puts(b, "No positions found.\n\n");
  if (an && an->claims.len) {
    lc_buf_puts(b, "## Figures\n\n");
    for (size_t i = 0; i < an->claims.len; i++) {
      const lc_claim *c = &LC_AT(an->claims, lc_claim, i);
      if (!lc_keep_speaker(r, c->speaker)) continue;
      const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, c->speaker);
      lc_buf_puts(b, "- ");
      S_str(b, sp->name);
      lc_buf_puts(b, ": ");
      S_text(r, c->start, c->end);
      lc_buf_printf(b, " = %.15g%s%s (line %zu)\n", c->value, c->unit[0] ? " " : "", c->unit,
                    lc_view_line(doc, c->start));
    }
    lc_buf_putc(b, '\n');
  }
  if (an && an->summaries.len) {
    lc_buf_puts(b, "## Summaries\n\n");
    for (size_t i = 0; i < an->summaries.len; i++) {
      const lc_summary *su = &LC_AT(an->summaries, lc_summary, i);
      if (!lc_keep_speaker(r, su->speaker)) continue;
      lc_buf_puts(b, "- **");
      S_str(b, LC_AT(doc->speakers, lc_speaker, su->speaker).name);
      lc_buf_puts(b, "**:");
      for (size_t j = 0; j < su->sentences.len; j++) {
        const lc_sentence *se = &LC_AT(an->sentences, lc_sentence, LC_AT(su->sentences, int, j));
        lc_buf_putc(b, ' ');
        S_text(r, se->start, se->end);
      }
      lc_buf_putc(b, '\n');
    }
    lc_buf_putc(b, '\n');
  }
}

void lc_emit_md(lc_render *r) { lc_emit_md_report(r, true); }
