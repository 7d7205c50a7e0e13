/*
 * lexicon.c: load topics.tsv, cues.tsv and speakers.tsv (plain UTF-8 TSV,
 * a header line, # comments) from one or more directories, normalise every
 * term as the view is normalised, and build the automaton.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include "lexicon.h"

#define MAX_FIELDS 6

static const char *const CUE_KINDS[LC_CUE_NKINDS] = {
    "polarity", "negator", "intensifier", "restrict", "harm", "agree",
    "disagree", "report", "others", "hedge", "question", "relax", "neutral"};

typedef struct loader {
  lc_lexicon *lex;
  const char *file;
  size_t line;
  char *err;
  size_t errlen;
} loader;

static lc_status S_fail(loader *L, const char *fmt, const char *arg) {
  if (L->errlen) {
    char msg[512];
    snprintf(msg, sizeof msg, fmt, arg ? arg : "");
    if (L->line) snprintf(L->err, L->errlen, "%s:%zu: %s", L->file, L->line, msg);
    else snprintf(L->err, L->errlen, "%s: %s", L->file, msg); /* not about a line */
    /* a message cut short must not end inside a character */
    size_t n = strlen(L->err);
    while (n && u8_check((const uint8_t *)L->err, n)) L->err[--n] = 0;
  }
  return LC_ELEXICON;
}

static uint32_t S_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

/* Open-addressing index from a string key to a vector index. */
static bool S_index_put(int32_t **tab, size_t *cap, const lc_vec *v,
                        size_t keyoff, int32_t id) {
  if ((size_t)(id + 1) * 2 > *cap) {
    size_t ncap = *cap ? *cap * 2 : 1024;
    while ((size_t)(id + 1) * 2 > ncap) ncap *= 2;
    int32_t *nt = malloc(ncap * sizeof *nt);
    if (!nt) return false;
    memset(nt, -1, ncap * sizeof *nt);
    free(*tab);
    *tab = nt;
    *cap = ncap;
    for (int32_t i = 0; i < id; i++) {
      const char *k = *(char **)((char *)v->items + (size_t)i * v->size + keyoff);
      size_t s = S_hash(k, strlen(k)) & (ncap - 1);
      while (nt[s] >= 0) s = (s + 1) & (ncap - 1);
      nt[s] = i;
    }
  }
  const char *k = *(char **)((char *)v->items + (size_t)id * v->size + keyoff);
  size_t s = S_hash(k, strlen(k)) & (*cap - 1);
  while ((*tab)[s] >= 0) s = (s + 1) & (*cap - 1);
  (*tab)[s] = id;
  return true;
}

static int32_t S_index_get(const int32_t *tab, size_t cap, const lc_vec *v,
                           size_t keyoff, const char *key, size_t n) {
  if (!cap) return -1;
  size_t s = S_hash(key, n) & (cap - 1);
  while (tab[s] >= 0) {
    const char *k = *(char **)((char *)v->items + (size_t)tab[s] * v->size + keyoff);
    if (strlen(k) == n && memcmp(k, key, n) == 0) return tab[s];
    s = (s + 1) & (cap - 1);
  }
  return -1;
}

/* The term with this normalised text, created if new. */
static lc_term *S_term(lc_lexicon *lex, const char *raw) {
  size_t n;
  char *key = lc_normalize_str(raw, strlen(raw), &n);
  if (!key) return NULL;
  /* trim spaces that normalisation may have produced */
  int32_t id = S_index_get(lex->term_hash, lex->term_hcap, &lex->terms,
                           offsetof(lc_term, text), key, n);
  if (id >= 0) { free(key); return &LC_AT(lex->terms, lc_term, id); }
  lc_term *t = lc_vec_push(&lex->terms);
  if (!t) { free(key); return NULL; }
  t->text = key;
  t->len = n;
  t->chars = lc_u8_count(key, n);
  t->pays.size = sizeof(lc_payload);
  t->latin = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)key[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) t->latin = true;
  }
  if (!S_index_put(&lex->term_hash, &lex->term_hcap, &lex->terms,
                   offsetof(lc_term, text), (int32_t)lex->terms.len - 1))
    return NULL;
  return t;
}

/* Add or replace a payload (same type, kind and topic replace). */
static bool S_pay(lc_term *t, lc_payload p) {
  lc_payload *ps = t->pays.items;
  for (size_t i = 0; i < t->pays.len; i++)
    if (ps[i].type == p.type && ps[i].kind == p.kind && ps[i].topic == p.topic) {
      ps[i].value = p.value;
      return true;
    }
  lc_payload *q = lc_vec_push(&t->pays);
  if (!q) return false;
  *q = p;
  return true;
}

/* The range of each cue kind's value (README: polarity -3..+3, harm a
 * negative strength, hedge a multiplier below 1, scopes in characters);
 * report, others, question and neutral carry no real value. */
static const float CUE_RANGE[LC_CUE_NKINDS][2] = {
    {-3, 3}, {0, 100}, {0, 10}, {0, 100}, {-3, 0}, {0, 3},
    {0, 3}, {-10, 100}, {-10, 100}, {0, 1}, {-10, 100}, {0, 100}, {-10, 100}};

/* A finite number from lo to hi, or a FILE:LINE error that says which of
 * the three it is not; `what` names the field, `kind` its kind or NULL. */
static lc_status S_number(loader *L, const char *what, const char *kind, const char *s,
                          float lo, float hi, float *out) {
  char *end;
  errno = 0;
  double d = strtod(s, &end);
  const char *why = NULL;
  if (end == s || *end) why = "is not a number";
  else if (isnan(d) || (isinf(d) && errno != ERANGE)) why = "is not a finite number";
  if (!why && errno != ERANGE && d >= lo && d <= hi) {
    *out = (float)d;
    return LC_OK;
  }
  char fmt[128];
  if (why) snprintf(fmt, sizeof fmt, "%s '%%s' %s", what, why);
  else snprintf(fmt, sizeof fmt, "%s '%%s' out of range%s%s (%g to %g)", what,
                kind ? " for " : "", kind ? kind : "", lo, hi);
  return S_fail(L, fmt, s);
}

int lc_lexicon_topic_find(const lc_lexicon *lex, const char *id) {
  const lc_topic *t = lex->topics.items;
  for (size_t i = 0; i < lex->topics.len; i++)
    if (strcmp(t[i].id, id) == 0) return (int)i;
  return -1;
}

static lc_status S_row_topics(loader *L, char **f, size_t nf) {
  if (nf != 4) return S_fail(L, "expected 4 fields (topic, kind, term, weight)", NULL);
  lc_lexicon *lex = L->lex;
  for (const char *c = f[0]; *c; c++)
    if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_'))
      return S_fail(L, "topic id '%s' must be lower-case letters, digits, _", f[0]);
  lc_topic_kind kind;
  if (strcmp(f[1], "policy") == 0) kind = LC_TOPIC_POLICY;
  else if (strcmp(f[1], "openness") == 0) kind = LC_TOPIC_OPENNESS;
  else return S_fail(L, "kind '%s' is neither policy nor openness", f[1]);
  float w;
  lc_status st = S_number(L, "weight", NULL, f[3], -10, 10, &w);
  if (st != LC_OK) return st;
  /* a negative weight: the term names the topic's opposite (自由貿易 for
   * tariffs_trade), and a judgement of it counts the other way */
  uint8_t opposite = w < 0;
  if (opposite) w = -w;
  int ti = lc_lexicon_topic_find(lex, f[0]);
  if (ti < 0) {
    lc_topic *t = lc_vec_push(&lex->topics);
    if (!t || !(t->id = lc_strndup(f[0], strlen(f[0])))) return LC_ENOMEM;
    t->kind = kind;
    ti = (int)lex->topics.len - 1;
  } else {
    LC_AT(lex->topics, lc_topic, ti).kind = kind;
  }
  lc_term *t = S_term(lex, f[2]);
  if (!t) return LC_ENOMEM;
  if (!t->len) return S_fail(L, "empty term", NULL);
  lc_payload p = {LC_PAY_TOPIC, opposite, 0, ti, w};
  return S_pay(t, p) ? LC_OK : LC_ENOMEM;
}

static lc_status S_row_cues(loader *L, char **f, size_t nf) {
  if (nf != 3) return S_fail(L, "expected 3 fields (kind, term, value)", NULL);
  L->lex->ncues++;
  int kind = -1;
  for (int k = 0; k < LC_CUE_NKINDS; k++)
    if (strcmp(f[0], CUE_KINDS[k]) == 0) kind = k;
  if (kind < 0) return S_fail(L, "unknown cue kind '%s'", f[0]);
  float v;
  lc_status st = S_number(L, "value", CUE_KINDS[kind], f[2], CUE_RANGE[kind][0],
                          CUE_RANGE[kind][1], &v);
  if (st != LC_OK) return st;
  lc_term *t = S_term(L->lex, f[1]);
  if (!t) return LC_ENOMEM;
  if (!t->len) return S_fail(L, "empty term", NULL);
  lc_payload p = {LC_PAY_CUE, (uint8_t)kind, (uint8_t)lc_cue_tag(kind, t->text, t->len), -1, v};
  return S_pay(t, p) ? LC_OK : LC_ENOMEM;
}

static lc_status S_row_speakers(loader *L, char **f, size_t nf) {
  if (nf != 3) return S_fail(L, "expected 3 fields (canonical, alias, kind)", NULL);
  lc_alias_kind kind;
  if (strcmp(f[2], "person") == 0) kind = LC_ALIAS_PERSON;
  else if (strcmp(f[2], "org") == 0) kind = LC_ALIAS_ORG;
  else return S_fail(L, "kind '%s' is neither person nor org", f[2]);
  lc_lexicon *lex = L->lex;
  for (int pass = 0; pass < 2; pass++) { /* the alias, and the canonical itself */
    const char *raw = pass == 0 ? f[1] : f[0];
    size_t n;
    char *key = lc_normalize_str(raw, strlen(raw), &n);
    if (!key) return LC_ENOMEM;
    int32_t id = S_index_get(lex->alias_hash, lex->alias_hcap, &lex->aliases,
                             offsetof(lc_alias, key), key, n);
    lc_alias *a;
    if (id >= 0) {
      a = &LC_AT(lex->aliases, lc_alias, id);
      if (pass == 1) { free(key); continue; } /* keep earlier canonical row */
      free(key);
      free(a->canon);
      free(a->canon_key);
    } else {
      a = lc_vec_push(&lex->aliases);
      if (!a) { free(key); return LC_ENOMEM; }
      a->key = key;
      if (!S_index_put(&lex->alias_hash, &lex->alias_hcap, &lex->aliases,
                       offsetof(lc_alias, key), (int32_t)lex->aliases.len - 1))
        return LC_ENOMEM;
    }
    a->canon = lc_strndup(f[0], strlen(f[0]));
    a->canon_key = lc_normalize_str(f[0], strlen(f[0]), NULL);
    a->kind = kind;
    if (!a->canon || !a->canon_key) return LC_ENOMEM;
  }
  return LC_OK;
}

typedef lc_status (*row_fn)(loader *, char **, size_t);

static lc_status S_load_file(loader *L, const char *path, const char *header,
                             row_fn row) {
  L->file = path;
  L->line = 0;
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    if (errno == ENOENT) return LC_OK;
    return S_fail(L, "%s", strerror(errno));
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  bool seen_header = false;
  lc_status st = LC_OK;
  while ((got = getline(&line, &cap, fp)) >= 0) {
    L->line++;
    size_t n = (size_t)got;
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
    char *s = line;
    if (L->line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) s += 3, n -= 3;
    if (memchr(s, 0, n)) { st = S_fail(L, "NUL byte in line", NULL); break; }
    if (u8_check((const uint8_t *)s, n)) { st = S_fail(L, "invalid UTF-8", NULL); break; }
    size_t k = 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t')) k++;
    if (k == n || s[k] == '#') continue;
    if (!seen_header) {
      if (strcmp(s, header) != 0) {
        char want[128];
        snprintf(want, sizeof want, "%s", header);
        for (char *c = want; *c; c++) if (*c == '\t') *c = ',';
        st = S_fail(L, "the header line must be the columns %s, tab-separated", want);
        break;
      }
      seen_header = true;
      continue;
    }
    char *f[MAX_FIELDS + 1];
    size_t nf = 0;
    char *p = s;
    for (;;) {
      if (nf > MAX_FIELDS) break;
      f[nf++] = p;
      char *tab = strchr(p, '\t');
      if (!tab) break;
      *tab = 0;
      p = tab + 1;
    }
    bool empty = false;
    for (size_t i = 0; i < nf && i <= MAX_FIELDS; i++) {
      /* trim spaces around fields */
      char *a = f[i], *b = a + strlen(a);
      while (*a == ' ') a++;
      while (b > a && b[-1] == ' ') *--b = 0;
      f[i] = a;
      if (!*a) empty = true;
    }
    if (nf > MAX_FIELDS) { st = S_fail(L, "too many fields", NULL); break; }
    if (empty) { st = S_fail(L, "empty field", NULL); break; }
    st = row(L, f, nf);
    if (st != LC_OK) break;
  }
  if (st == LC_OK && ferror(fp)) {
    int e = errno;
    L->line = 0; /* the file's error, not a line's */
    st = S_fail(L, "%s", strerror(e));
  }
  free(line);
  fclose(fp);
  return st;
}

lc_status lc_lexicon_load(const char *const *dirs, size_t ndirs,
                          lc_lexicon **out, char *err, size_t errlen) {
  if (errlen) err[0] = 0;
  lc_lexicon *lex = calloc(1, sizeof *lex);
  if (!lex) return LC_ENOMEM;
  lex->topics.size = sizeof(lc_topic);
  lex->terms.size = sizeof(lc_term);
  lex->aliases.size = sizeof(lc_alias);
  loader L = {lex, NULL, 0, err, errlen};
  lc_status st = LC_OK;
  char path[4096];
  for (size_t d = 0; d < ndirs && st == LC_OK; d++) {
    snprintf(path, sizeof path, "%s/topics.tsv", dirs[d]);
    st = S_load_file(&L, path, "topic\tkind\tterm\tweight", S_row_topics);
    if (st != LC_OK) break;
    snprintf(path, sizeof path, "%s/cues.tsv", dirs[d]);
    st = S_load_file(&L, path, "kind\tterm\tvalue", S_row_cues);
    if (st != LC_OK) break;
    snprintf(path, sizeof path, "%s/speakers.tsv", dirs[d]);
    st = S_load_file(&L, path, "canonical\talias\tkind", S_row_speakers);
  }
  /* alias names are terms too, so mentions are found in the same scan */
  for (size_t i = 0; st == LC_OK && i < lex->aliases.len; i++) {
    lc_alias *a = &LC_AT(lex->aliases, lc_alias, i);
    lc_term *t = S_term(lex, a->key);
    if (!t) { st = LC_ENOMEM; break; }
    lc_payload p = {LC_PAY_ALIAS, (uint8_t)a->kind, 0, (int)i, 1};
    if (!S_pay(t, p)) st = LC_ENOMEM;
  }
  lc_normalize_release();
  if (st == LC_OK) st = lc_ac_build(&lex->ac, &lex->terms);
  if (st != LC_OK) {
    if (st == LC_ENOMEM && errlen) snprintf(err, errlen, "out of memory");
    lc_lexicon_free(lex);
    return st;
  }
  *out = lex;
  return LC_OK;
}

void lc_lexicon_free(lc_lexicon *lex) {
  if (!lex) return;
  for (size_t i = 0; i < lex->topics.len; i++) free(LC_AT(lex->topics, lc_topic, i).id);
  for (size_t i = 0; i < lex->terms.len; i++) {
    lc_term *t = &LC_AT(lex->terms, lc_term, i);
    free(t->text);
    lc_vec_free(&t->pays);
  }
  for (size_t i = 0; i < lex->aliases.len; i++) {
    lc_alias *a = &LC_AT(lex->aliases, lc_alias, i);
    free(a->key);
    free(a->canon);
    free(a->canon_key);
  }
  lc_vec_free(&lex->topics);
  lc_vec_free(&lex->terms);
  lc_vec_free(&lex->aliases);
  free(lex->alias_hash);
  free(lex->term_hash);
  lc_ac_free(&lex->ac);
  free(lex);
}

lc_alias_kind lc_lexicon_alias(const lc_lexicon *lex, const char *key, size_t n,
                               const char **canon, const char **canon_key) {
  int32_t id = S_index_get(lex->alias_hash, lex->alias_hcap, &lex->aliases,
                           offsetof(lc_alias, key), key, n);
  if (id < 0) return LC_ALIAS_NONE;
  const lc_alias *a = &LC_AT(lex->aliases, lc_alias, id);
  if (canon) *canon = a->canon;
  if (canon_key) *canon_key = a->canon_key;
  return a->kind;
}

size_t lc_lexicon_topic_count(const lc_lexicon *lex) { return lex->topics.len; }
size_t lc_lexicon_cue_count(const lc_lexicon *lex) { return lex->ncues; }

const char *lc_lexicon_topic_id(const lc_lexicon *lex, size_t i) {
  return i < lex->topics.len ? LC_AT(lex->topics, lc_topic, i).id : NULL;
}

static char *S_topic_terms(const lc_lexicon *lex, int only) {
  lc_buf b = {0};
  for (size_t i = 0; i < lex->terms.len; i++) {
    const lc_term *t = &LC_AT(lex->terms, lc_term, i);
    bool topic = false;
    for (size_t k = 0; k < t->pays.len; k++) {
      const lc_payload *p = &LC_AT(t->pays, lc_payload, k);
      if (p->type == LC_PAY_TOPIC && (only < 0 || p->topic == only)) topic = true;
    }
    if (!topic) continue;
    lc_buf_put(&b, t->text, t->len);
    lc_buf_putc(&b, '\n');
  }
  if (b.oom) { lc_buf_free(&b); return NULL; }
  if (!b.ptr) return calloc(1, 1);
  return b.ptr;
}

char *lc_lexicon_topic_terms(const lc_lexicon *lex) { return S_topic_terms(lex, -1); }

char *lc_lexicon_topic_terms_of(const lc_lexicon *lex, const char *topic_id) {
  int k = lc_lexicon_topic_find(lex, topic_id);
  return k < 0 ? calloc(1, 1) : S_topic_terms(lex, k);
}
