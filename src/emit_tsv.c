/* emit_tsv.c: one row per record, a header line first; --records picks
 * positions, turns, claims or speakers.  Every row has the header's
 * number of columns; tabs, newlines and backslashes in text are escaped. */
#include <string.h>
#include "render.h"

static const char *const HEADER[] = {
    "file\tspeaker\tname\trole\ttopic\tstance\tscore\treported\tevidence\tline\tstart\tend\ttext\n",
    "file\tturn\tspeaker\tname\trole\tsection\tline\tstart\tend\ttext\n",
    "file\tspeaker\tname\tturn\tline\tstart\tend\ttext\tvalue\tunit\n",
    "file\tspeaker\tname\trole\tlabels\tturns\tchars\n"};

const char *lc_tsv_header(lc_records r) {
  return (unsigned)r < 4 ? HEADER[r] : HEADER[0];
}

static void S_str(lc_buf *b, const char *s) {
  lc_tsv_field(b, s, strlen(s));
  lc_buf_putc(b, '\t');
}

static void S_span(lc_render *r, size_t vs, size_t ve) {
  size_t os, oe;
  lc_render_span(r, vs, ve, &os, &oe);
  lc_buf_printf(r->out, "%zu\t%zu\t", os, oe);
  const char *p = lc_render_orig(r, os, oe);
  if (p) lc_tsv_field(r->out, p, oe - os);
}

void lc_emit_tsv(lc_render *r) {
  const lc_doc *doc = r->doc;
  const lc_analysis *an = doc->an;
  lc_buf *b = r->out;
  lc_records rec = r->opt->records;
  if (r->opt->tsv_header) lc_buf_puts(b, lc_tsv_header(rec));
  if (rec == LC_RECORDS_SPEAKERS) {
    for (size_t i = 0; i < doc->speakers.len; i++) {
      const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, i);
      if (!lc_keep_speaker(r, (int)i)) continue;
      S_str(b, doc->name);
      lc_buf_printf(b, "s%zu\t", i + 1);
      S_str(b, sp->name);
      S_str(b, lc_role_name(sp->role));
      for (size_t j = 0; j < sp->labels.len; j++) {
        const char *l = LC_AT(sp->labels, char *, j);
        if (j) lc_buf_putc(b, '|');
        lc_tsv_field(b, l, strlen(l));
      }
      lc_buf_printf(b, "\t%zu\t%zu\n", sp->turns, sp->chars);
      lc_buf_flush_point(b);
    }
  } else if (rec == LC_RECORDS_TURNS) {
    for (size_t i = 0; i < doc->turns.len; i++) {
      const lc_turn *t = &LC_AT(doc->turns, lc_turn, i);
      if (!lc_keep_speaker(r, t->speaker)) continue;
      const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, t->speaker);
      S_str(b, doc->name);
      lc_buf_printf(b, "t%zu\ts%d\t", i + 1, t->speaker + 1);
      S_str(b, sp->name);
      S_str(b, lc_role_name(sp->role));
      if (t->section >= 0) lc_buf_printf(b, "h%d\t", t->section + 1); else lc_buf_puts(b, "\t");
      lc_buf_printf(b, "%zu\t", lc_render_line(r, t->lstart));
      S_span(r, t->start, t->end);
      lc_buf_putc(b, '\n');
      lc_buf_flush_point(b);
    }
  } else if (rec == LC_RECORDS_CLAIMS) {
    for (size_t i = 0; an && i < an->claims.len; i++) {
      const lc_claim *c = &LC_AT(an->claims, lc_claim, i);
      if (!lc_keep_speaker(r, c->speaker)) continue;
      const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, c->speaker);
      S_str(b, doc->name);
      lc_buf_printf(b, "s%d\t", c->speaker + 1);
      S_str(b, sp->name);
      lc_buf_printf(b, "t%d\t%zu\t", c->turn + 1, lc_render_line(r, c->start));
      S_span(r, c->start, c->end);
      lc_buf_printf(b, "\t%.15g\t", c->value);
      lc_tsv_field(b, c->unit, strlen(c->unit));
      lc_buf_putc(b, '\n');
    }
  } else {
    for (size_t i = 0; an && i < an->positions.len; i++) {
      const lc_position *p = &LC_AT(an->positions, lc_position, i);
      if (!lc_keep_speaker(r, p->speaker) || !lc_keep_topic(r, p->topic)) continue;
      const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, p->speaker);
      S_str(b, doc->name);
      lc_buf_printf(b, "s%d\t", p->speaker + 1);
      S_str(b, sp->name);
      S_str(b, lc_role_name(sp->role));
      S_str(b, lc_topic_id(doc, p->topic));
      lc_buf_printf(b, "%s\t%.2f\t%s\t%zu\t", lc_stance_name(p->stance), (double)p->score,
                    p->reported ? "true" : "false", p->evidence.len);
      if (p->evidence.len) {
        const lc_evidence *e = p->evidence.items;
        const lc_sentence *s = &LC_AT(an->sentences, lc_sentence, e->sentence);
        lc_buf_printf(b, "%zu\t", lc_render_line(r, s->start));
        S_span(r, s->start, s->end);
      } else {
        lc_buf_puts(b, "\t\t\t");
      }
      lc_buf_putc(b, '\n');
    }
  }
}
