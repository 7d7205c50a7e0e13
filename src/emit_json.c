/* emit_json.c: the JSON document (schema LICHANG_SCHEMA), one object per
 * document on one line; jsonl uses the same object. */
#include <string.h>
#include "lexicon.h"
#include "render.h"

/* The original bytes [os, oe) as a JSON string. */
static void S_orig_str(lc_render *r, size_t os, size_t oe) {
  const char *p = lc_render_orig(r, os, oe);
  if (!p) return;
  if (r->doc->orig_valid) lc_json_str_utf8(r->out, p, oe - os);
  else lc_json_str(r->out, p, oe - os);
}

static void S_span_text(lc_render *r, size_t vs, size_t ve) {
  size_t os, oe;
  lc_render_span(r, vs, ve, &os, &oe);
  lc_buf *b = r->out;
  LC_LIT(b, "\"start\":");
  lc_buf_int(b, (long long)os);
  LC_LIT(b, ",\"end\":");
  lc_buf_int(b, (long long)oe);
  LC_LIT(b, ",\"text\":");
  S_orig_str(r, os, oe);
}

static void S_speakers(lc_render *r) {
  const lc_doc *doc = r->doc;
  lc_buf *b = r->out;
  lc_buf_puts(b, ",\"speakers\":[");
  bool first = true;
  for (size_t i = 0; i < doc->speakers.len; i++) {
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, i);
    if (!lc_keep_speaker(r, (int)i)) continue;
    if (!first) lc_buf_putc(b, ',');
    first = false;
    lc_buf_printf(b, "{\"id\":\"s%zu\",\"name\":", i + 1);
    lc_json_cstr(b, sp->name);
    lc_buf_puts(b, ",\"role\":");
    lc_json_cstr(b, lc_role_name(sp->role));
    lc_buf_puts(b, ",\"labels\":[");
    for (size_t j = 0; j < sp->labels.len; j++) {
      if (j) lc_buf_putc(b, ',');
      lc_json_cstr(b, LC_AT(sp->labels, char *, j));
    }
    lc_buf_printf(b, "],\"turns\":%zu,\"chars\":%zu}", sp->turns, sp->chars);
  }
  lc_buf_putc(b, ']');
}

static void S_sections(lc_render *r) {
  const lc_doc *doc = r->doc;
  lc_buf *b = r->out;
  lc_buf_puts(b, ",\"sections\":[");
  for (size_t i = 0; i < doc->sections.len; i++) {
    const lc_section *s = &LC_AT(doc->sections, lc_section, i);
    if (i) lc_buf_putc(b, ',');
    size_t hs, he, os, oe;
    lc_render_span(r, s->hstart, s->hend, &hs, &he);
    lc_render_span(r, s->start, s->end, &os, &oe);
    lc_buf_printf(b, "{\"id\":\"h%zu\",\"title\":", i + 1);
    S_orig_str(r, hs, he);
    lc_buf_printf(b, ",\"line\":%zu,\"start\":%zu,\"end\":%zu}", s->line, os, oe);
  }
  lc_buf_putc(b, ']');
}

static void S_turns(lc_render *r) {
  const lc_doc *doc = r->doc;
  lc_buf *b = r->out;
  lc_buf_puts(b, ",\"turns\":[");
  bool first = true;
  for (size_t i = 0; i < doc->turns.len; i++) {
    const lc_turn *t = &LC_AT(doc->turns, lc_turn, i);
    if (!lc_keep_speaker(r, t->speaker)) continue;
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, t->speaker);
    if (!first) lc_buf_putc(b, ',');
    first = false;
    LC_LIT(b, "{\"id\":\"t");
    lc_buf_int(b, (long long)i + 1);
    LC_LIT(b, "\",\"speaker\":\"s");
    lc_buf_int(b, t->speaker + 1);
    LC_LIT(b, "\",\"role\":\"");
    lc_buf_puts(b, lc_role_name(sp->role));
    LC_LIT(b, "\",\"section\":");
    if (t->section >= 0) {
      LC_LIT(b, "\"h");
      lc_buf_int(b, t->section + 1);
      lc_buf_putc(b, '"');
    } else {
      LC_LIT(b, "null");
    }
    LC_LIT(b, ",\"line\":");
    lc_buf_int(b, (long long)lc_render_line(r, t->lstart));
    if (t->is_question) LC_LIT(b, ",\"question\":true,");
    else LC_LIT(b, ",\"question\":false,");
    S_span_text(r, t->start, t->end);
    lc_buf_putc(b, '}');
    lc_buf_flush_point(b);
  }
  lc_buf_putc(b, ']');
}

static const char *const BLOCK_KIND[] = {"paragraph", "heading", "list_item", "quote",
                                         "code", "html", "thematic_break", "other",
                                         "front_matter"};

static void S_blocks(lc_render *r) {
  const lc_doc *doc = r->doc;
  lc_buf *b = r->out;
  /* front matter is metadata, not a block of text */
  const lc_block *fm = doc->blocks.len ? doc->blocks.items : NULL;
  if (fm && fm->kind == LC_BLOCK_FRONT_MATTER) {
    size_t os, oe;
    lc_render_span(r, fm->start, fm->end, &os, &oe);
    lc_buf_printf(b, ",\"front_matter\":{\"line\":%zu,\"end_line\":%zu,\"start\":%zu,\"end\":%zu}",
                  fm->line, fm->end_line, os, oe);
  } else {
    lc_buf_puts(b, ",\"front_matter\":null");
  }
  lc_buf_puts(b, ",\"blocks\":[");
  bool first = true;
  for (size_t i = 0; i < doc->blocks.len; i++) {
    const lc_block *k = &LC_AT(doc->blocks, lc_block, i);
    if (k->kind == LC_BLOCK_FRONT_MATTER) continue;
    size_t os, oe;
    lc_render_span(r, k->start, k->end, &os, &oe);
    if (!first) lc_buf_putc(b, ',');
    first = false;
    LC_LIT(b, "{\"kind\":\"");
    lc_buf_puts(b, BLOCK_KIND[k->kind]);
    LC_LIT(b, "\",\"line\":");
    lc_buf_int(b, (long long)k->line);
    LC_LIT(b, ",\"end_line\":");
    lc_buf_int(b, (long long)k->end_line);
    LC_LIT(b, ",\"start\":");
    lc_buf_int(b, (long long)os);
    LC_LIT(b, ",\"end\":");
    lc_buf_int(b, (long long)oe);
    lc_buf_putc(b, '}');
    lc_buf_flush_point(b);
  }
  lc_buf_putc(b, ']');
}

static void S_sentence_ref(lc_render *r, int si) {
  const lc_analysis *an = r->doc->an;
  const lc_sentence *s = &LC_AT(an->sentences, lc_sentence, si);
  LC_LIT(r->out, "\"turn\":\"t");
  lc_buf_int(r->out, s->turn + 1);
  LC_LIT(r->out, "\",\"line\":");
  lc_buf_int(r->out, (long long)lc_render_line(r, s->start));
  lc_buf_putc(r->out, ',');
  S_span_text(r, s->start, s->end);
}

static void S_positions(lc_render *r) {
  const lc_doc *doc = r->doc;
  const lc_analysis *an = doc->an;
  lc_buf *b = r->out;
  lc_buf_puts(b, ",\"positions\":[");
  bool first = true;
  for (size_t i = 0; an && i < an->positions.len; i++) {
    const lc_position *p = &LC_AT(an->positions, lc_position, i);
    if (!lc_keep_speaker(r, p->speaker) || !lc_keep_topic(r, p->topic)) continue;
    if (!first) lc_buf_putc(b, ',');
    first = false;
    LC_LIT(b, "{\"speaker\":\"s");
    lc_buf_int(b, p->speaker + 1);
    LC_LIT(b, "\",\"topic\":");
    lc_json_cstr(b, lc_topic_id(doc, p->topic));
    LC_LIT(b, ",\"stance\":\"");
    lc_buf_puts(b, lc_stance_name(p->stance));
    LC_LIT(b, "\",\"score\":");
    lc_buf_fixed2(b, (double)p->score);
    if (p->reported) LC_LIT(b, ",\"reported\":true");
    else LC_LIT(b, ",\"reported\":false");
    if (p->source_speaker >= 0) {
      LC_LIT(b, ",\"source\":\"s");
      lc_buf_int(b, p->source_speaker + 1);
      lc_buf_putc(b, '"');
    }
    lc_buf_puts(b, ",\"evidence\":[");
    for (size_t j = 0; j < p->evidence.len; j++) {
      const lc_evidence *e = &LC_AT(p->evidence, lc_evidence, j);
      if (j) lc_buf_putc(b, ',');
      lc_buf_putc(b, '{');
      S_sentence_ref(r, e->sentence);
      LC_LIT(b, ",\"score\":");
      lc_buf_fixed2(b, (double)e->score);
      LC_LIT(b, ",\"cues\":[");
      for (size_t k = 0; k < e->cues.len; k++) {
        const lc_cue_hit *c = &LC_AT(e->cues, lc_cue_hit, k);
        size_t os, oe;
        lc_render_span(r, c->start, c->end, &os, &oe);
        if (k) lc_buf_putc(b, ',');
        S_orig_str(r, os, oe);
      }
      lc_buf_puts(b, "],\"terms\":[");
      for (size_t k = 0; k < e->terms.len; k++) {
        const lc_cue_hit *c = &LC_AT(e->terms, lc_cue_hit, k);
        size_t os, oe;
        lc_render_span(r, c->start, c->end, &os, &oe);
        if (k) lc_buf_putc(b, ',');
        S_orig_str(r, os, oe);
      }
      lc_buf_putc(b, ']');
      if (e->answers >= 0) {
        lc_buf_puts(b, ",\"agreement\":");
        lc_buf_puts(b, e->agreement ? "\"agree\"" : "\"disagree\"");
        lc_buf_puts(b, ",\"answers\":{");
        S_sentence_ref(r, e->answers);
        lc_buf_putc(b, '}');
      }
      lc_buf_putc(b, '}');
    }
    lc_buf_puts(b, "]}");
    lc_buf_flush_point(b);
  }
  lc_buf_putc(b, ']');
}

static void S_claims(lc_render *r) {
  const lc_doc *doc = r->doc;
  const lc_analysis *an = doc->an;
  lc_buf *b = r->out;
  lc_buf_puts(b, ",\"claims\":[");
  bool first = true;
  for (size_t i = 0; an && i < an->claims.len; i++) {
    const lc_claim *c = &LC_AT(an->claims, lc_claim, i);
    if (!lc_keep_speaker(r, c->speaker)) continue;
    if (!first) lc_buf_putc(b, ',');
    first = false;
    LC_LIT(b, "{\"speaker\":\"s");
    lc_buf_int(b, c->speaker + 1);
    LC_LIT(b, "\",\"turn\":\"t");
    lc_buf_int(b, c->turn + 1);
    LC_LIT(b, "\",\"line\":");
    lc_buf_int(b, (long long)lc_render_line(r, c->start));
    lc_buf_putc(b, ',');
    S_span_text(r, c->start, c->end);
    LC_LIT(b, ",\"value\":");
    lc_buf_g15(b, c->value);
    LC_LIT(b, ",\"unit\":");
    lc_json_cstr(b, c->unit);
    const lc_sentence *s = &LC_AT(an->sentences, lc_sentence, c->sentence);
    lc_buf_puts(b, ",\"sentence\":{");
    S_span_text(r, s->start, s->end);
    lc_buf_puts(b, "}}");
    lc_buf_flush_point(b);
  }
  lc_buf_putc(b, ']');
}

static void S_summaries(lc_render *r) {
  const lc_doc *doc = r->doc;
  const lc_analysis *an = doc->an;
  lc_buf *b = r->out;
  lc_buf_puts(b, ",\"summaries\":[");
  bool first = true;
  for (size_t i = 0; an && i < an->summaries.len; i++) {
    const lc_summary *s = &LC_AT(an->summaries, lc_summary, i);
    if (!lc_keep_speaker(r, s->speaker)) continue;
    if (!first) lc_buf_putc(b, ',');
    first = false;
    LC_LIT(b, "{\"speaker\":\"s");
    lc_buf_int(b, s->speaker + 1);
    LC_LIT(b, "\",\"sentences\":[");
    for (size_t j = 0; j < s->sentences.len; j++) {
      const lc_sentence *se = &LC_AT(an->sentences, lc_sentence, LC_AT(s->sentences, int, j));
      size_t os, oe;
      lc_render_span(r, se->start, se->end, &os, &oe);
      if (j) lc_buf_putc(b, ',');
      S_orig_str(r, os, oe);
    }
    lc_buf_puts(b, "]}");
  }
  lc_buf_putc(b, ']');
}

void lc_emit_json(lc_render *r, bool jsonl) {
  const lc_doc *doc = r->doc;
  lc_buf *b = r->out;
  (void)jsonl;
  lc_buf_printf(b, "{\"schema\":%d,\"file\":", LICHANG_SCHEMA);
  lc_json_cstr(b, doc->name);
  lc_buf_puts(b, ",\"title\":");
  lc_json_cstr(b, doc->title);
  lc_buf_puts(b, ",\"date\":");
  lc_json_cstr(b, doc->date);
  lc_buf_puts(b, ",\"source\":");
  lc_json_cstr(b, doc->source);
  S_speakers(r);
  S_sections(r);
  S_turns(r);
  S_positions(r);
  S_claims(r);
  S_summaries(r);
  S_blocks(r);
  lc_buf_puts(b, "}\n");
}
