/* buffer.c: one growable buffer and one vector type, both geometric. */
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

void lc_buf_grow(lc_buf *b, size_t extra) {
  if (b->oom) return;
  if (b->len + extra + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->len + extra + 1) {
    if (cap > SIZE_MAX / 2) { b->oom = true; return; }
    cap *= 2;
  }
  char *p = realloc(b->ptr, cap);
  if (!p) { b->oom = true; return; }
  b->ptr = p;
  b->cap = cap;
}

void lc_buf_put_slow(lc_buf *b, const void *p, size_t n) {
  lc_buf_grow(b, n);
  if (b->oom) return;
  if (n) memcpy(b->ptr + b->len, p, n);
  b->len += n;
  b->ptr[b->len] = '\0';
}

void lc_buf_puts(lc_buf *b, const char *s) { lc_buf_put(b, s, strlen(s)); }

void lc_buf_putc_slow(lc_buf *b, char c) {
  lc_buf_grow(b, 1);
  if (b->oom) return;
  b->ptr[b->len++] = c;
  b->ptr[b->len] = '\0';
}

/* Two decimal digits at a time: offsets and line numbers are most of the
 * numbers JSON output writes. */
static const char DIGITS2[] = "00010203040506070809101112131415161718192021222324"
                              "25262728293031323334353637383940414243444546474849"
                              "50515253545556575859606162636465666768697071727374"
                              "75767778798081828384858687888990919293949596979899";

static void S_put_uint(lc_buf *b, unsigned long long v, bool neg) {
  char tmp[24], *q = tmp + sizeof tmp;
  while (v >= 100) {
    unsigned r = (unsigned)(v % 100);
    v /= 100;
    q -= 2;
    memcpy(q, DIGITS2 + 2 * r, 2);
  }
  if (v >= 10) {
    q -= 2;
    memcpy(q, DIGITS2 + 2 * v, 2);
  } else {
    *--q = (char)('0' + v);
  }
  if (neg) *--q = '-';
  lc_buf_put(b, q, (size_t)(tmp + sizeof tmp - q));
}

/* "%.2f" of d, exactly as printf writes it, when that can be done without
 * it: d * 100 is exact in a long double of 64 or more mantissa bits (53 +
 * 7), so rounding it to the nearest integer, ties to even, is the correct
 * rounding printf does.  Returns false to leave d to printf. */
static bool S_put_fixed2(lc_buf *b, double d) {
  if (LDBL_MANT_DIG < 64 || !(d > -1e15 && d < 1e15)) return false; /* NaN, infinities, huge */
  long double y = fabsl((long double)d * 100.0L);
  bool neg = signbit(d);
  /* to the nearest integer, ties to even, by hand (nearbyintl saves and
   * restores the floating-point environment on every call) */
  unsigned long long u = (unsigned long long)y;
  long double f = y - (long double)u; /* exact */
  if (f > 0.5L || (f == 0.5L && (u & 1))) u++;
  char tmp[32], *q = tmp + sizeof tmp;
  *--q = (char)('0' + u % 10);
  u /= 10;
  *--q = (char)('0' + u % 10);
  u /= 10;
  *--q = '.';
  do { *--q = (char)('0' + u % 10); u /= 10; } while (u);
  if (neg) *--q = '-';
  lc_buf_put(b, q, (size_t)(tmp + sizeof tmp - q));
  return true;
}

/* "%.15g" of d, exactly as printf writes it, in its fixed notation
 * (1e-4 <= |d| < 1e15, the values claims hold), when the digits are
 * certain.  |d| * 10^P, with P the decimals of 15 significant digits, is
 * a product of two exact long doubles (10^P is exact up to 10^27) with a
 * rounding error below 2^-14 (it is below 2^50), so the integer nearest
 * to it is certain unless the fraction is within 2^-12 of a half: those,
 * and the exponent notation, are left to printf (returns false). */
static bool S_put_g15(lc_buf *b, double d) {
  if (LDBL_MANT_DIG < 64 || !(fabs(d) >= 1e-4 && fabs(d) < 1e15)) return false; /* 0, NaN, infinities */
  long double a = fabsl((long double)d), p10 = 1;
  int P = 0; /* decimals: 14 less the decimal exponent, from a first guess */
  for (long double t = a; t < 1e14L; t *= 10) P++;
  for (long double t = a; t >= 1e15L; t /= 10) P--;
  for (int k = 0; k < P; k++) p10 *= 10;
  unsigned long long n = 0;
  for (int tries = 0;; tries++) {
    if (P < 0 || P > 18 || tries > 2) return false;
    long double y = a * p10, f = y - floorl(y);
    if (fabsl(f - 0.5L) < 0x1p-12L) return false; /* too close to a tie to tell */
    n = (unsigned long long)floorl(y) + (f > 0.5L);
    if (n >= 1000000000000000ull) { P--; p10 /= 10; continue; }   /* rounded up a digit */
    if (n < 100000000000000ull) { P++; p10 *= 10; continue; }
    break;
  }
  int X = 14 - P; /* the decimal exponent of the rounded value */
  if (X < -4 || X >= 15) return false;
  char dig[15], out[40], *o = out;
  for (int k = 14; k >= 0; k--) { dig[k] = (char)('0' + n % 10); n /= 10; }
  int last = 14; /* the last digit printed: trailing zeros of the fraction go */
  while (last > X && last > 0 && dig[last] == '0') last--;
  if (d < 0) *o++ = '-';
  if (X >= 0) {
    for (int k = 0; k <= X; k++) *o++ = dig[k];
    if (last > X) {
      *o++ = '.';
      for (int k = X + 1; k <= last; k++) *o++ = dig[k];
    }
  } else {
    *o++ = '0';
    *o++ = '.';
    for (int k = 0; k < -X - 1; k++) *o++ = '0';
    for (int k = 0; k <= last; k++) *o++ = dig[k];
  }
  lc_buf_put(b, out, (size_t)(o - out));
  return true;
}

void lc_buf_int(lc_buf *b, long long v) {
  S_put_uint(b, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v, v < 0);
}

void lc_buf_fixed2(lc_buf *b, double d) {
  if (!S_put_fixed2(b, d)) lc_buf_printf(b, "%.2f", d);
}

void lc_buf_g15(lc_buf *b, double d) {
  if (!S_put_g15(b, d)) lc_buf_printf(b, "%.15g", d);
}

/* One argument of a conversion lc_buf_printf hands to snprintf. */
typedef struct fmt_arg {
  char conv;
  double d;
  const char *s;
  long long i;
  unsigned long long u;
} fmt_arg;

static int S_fmt_arg(char *dst, size_t room, const char *spec, const fmt_arg *x) {
  switch (x->conv) {
  case 's': return snprintf(dst, room, spec, x->s);
  case 'c': return snprintf(dst, room, spec, (int)x->i);
  case 'd': case 'i': return snprintf(dst, room, spec, x->i);
  case 'u': case 'x': case 'X': return snprintf(dst, room, spec, x->u);
  default: return snprintf(dst, room, spec, x->d);
  }
}

/* printf into the buffer.  %zu, %d, %s and %% are done here, and %.2f and
 * %.15g (scores and figures) when that can be exact; any other conversion
 * goes to snprintf, one at a time. */
void lc_buf_printf(lc_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  const char *p = fmt;
  while (*p) {
    const char *q = p;
    while (*q && *q != '%') q++;
    if (q > p) lc_buf_put(b, p, (size_t)(q - p));
    if (!*q) break;
    p = q + 1;
    if (*p == '%') { lc_buf_putc(b, '%'); p++; continue; }
    if (p[0] == 'z' && p[1] == 'u') { S_put_uint(b, va_arg(ap, size_t), false); p += 2; continue; }
    if (*p == 'd') { lc_buf_int(b, va_arg(ap, int)); p++; continue; }
    if (*p == 's') { lc_buf_puts(b, va_arg(ap, const char *)); p++; continue; }
    size_t exact = strncmp(p, ".2f", 3) == 0 ? 3 : strncmp(p, ".15g", 4) == 0 ? 4 : 0;
    if (exact) { /* the argument is taken only when done here */
      va_list aq;
      va_copy(aq, ap);
      double d = va_arg(aq, double);
      va_end(aq);
      if (exact == 3 ? S_put_fixed2(b, d) : S_put_g15(b, d)) {
        (void)va_arg(ap, double);
        p += exact;
        continue;
      }
    }
    /* another conversion: flags, width, precision, length, then a letter;
     * the argument is taken once, integers widened to long long */
    const char *lm = p + strspn(p, "-+ #0123456789."), *e = lm + strspn(lm, "hlLjzt");
    if (!*e || (size_t)(lm - q) + 4 > 32) { b->oom = true; break; }
    bool z = e > lm && e[-1] == 'z', l = e > lm && e[-1] == 'l';
    fmt_arg x;
    x.conv = *e;
    switch (x.conv) {
    case 'f': case 'g': case 'e': case 'G': case 'E': x.d = va_arg(ap, double); break;
    case 's': x.s = va_arg(ap, const char *); break;
    case 'c': x.i = va_arg(ap, int); break;
    case 'd': case 'i': x.i = z ? va_arg(ap, ptrdiff_t) : l ? va_arg(ap, long) : va_arg(ap, int); break;
    case 'u': case 'x': case 'X':
      x.u = z ? va_arg(ap, size_t) : l ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
      break;
    default: b->oom = true; break; /* a conversion lichang does not use */
    }
    if (b->oom) break;
    char spec[32]; /* flags, width, precision as given; ll for integers */
    size_t sl = (size_t)(lm - q);
    memcpy(spec, q, sl);
    if (strchr("diuxX", x.conv)) { spec[sl++] = 'l'; spec[sl++] = 'l'; }
    spec[sl++] = x.conv;
    spec[sl] = '\0';
    int n = S_fmt_arg(NULL, 0, spec, &x); /* measure, then write */
    if (n < 0) { b->oom = true; break; }
    lc_buf_grow(b, (size_t)n);
    if (b->oom) break;
    b->len += (size_t)S_fmt_arg(b->ptr + b->len, b->cap - b->len, spec, &x);
    p = e + 1;
  }
  va_end(ap);
}

void lc_buf_flush_point(lc_buf *b) {
  if (!b->sink || b->oom || b->len < (256u << 10)) return;
  if (!b->sink(b->sink_ctx, b->ptr, b->len)) b->oom = b->sink_failed = true;
  b->len = 0;
}

void lc_buf_free(lc_buf *b) {
  free(b->ptr);
  b->ptr = NULL;
  b->len = b->cap = 0;
}

bool lc_vec_copy(lc_vec *dst, const lc_vec *src) {
  dst->len = 0;
  if (!src->len) return true;
  if (dst->cap < src->len) { /* copied again and again: grow geometrically */
    size_t cap = dst->cap * 2 > src->len ? dst->cap * 2 : src->len;
    if (cap < 4) cap = 4;
    if (cap > SIZE_MAX / src->size) return false;
    void *p = realloc(dst->items, cap * src->size);
    if (!p) return false;
    dst->items = p;
    dst->cap = cap;
  }
  memcpy(dst->items, src->items, src->len * src->size);
  dst->len = src->len;
  return true;
}

void *lc_vec_push_slow(lc_vec *v) {
  if (v->len == v->cap) {
    /* most vectors stay small; big ones grow by half, less slack */
    size_t cap = !v->cap ? 4 : v->cap * v->size < (1u << 20) ? v->cap * 2 : v->cap + v->cap / 2;
    if (cap > SIZE_MAX / v->size) return NULL;
    void *p = realloc(v->items, cap * v->size);
    if (!p) return NULL;
    v->items = p;
    v->cap = cap;
  }
  void *it = (char *)v->items + v->len * v->size;
  memset(it, 0, v->size);
  v->len++;
  return it;
}

void lc_vec_free(lc_vec *v) {
  free(v->items);
  v->items = NULL;
  v->len = v->cap = 0;
}

char *lc_strndup(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (!p) return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

/* ---- offset maps: sorted edits, binary search ------------------------- */

bool lc_map_add(lc_map *m, size_t dst, uint32_t dlen, size_t src,
                uint32_t slen) {
  lc_edit *e = lc_vec_push(&m->edits);
  if (!e) return false;
  e->dst = dst;
  e->dlen = dlen;
  e->src = src;
  e->slen = slen;
  return true;
}

size_t lc_map_apply(const lc_map *m, size_t dst, bool is_end) {
  size_t hint = 0;
  return lc_map_apply_at(m, dst, is_end, &hint);
}

size_t lc_map_apply_at(const lc_map *m, size_t dst, bool is_end, size_t *hint) {
  const lc_edit *e = m->edits.items;
  size_t n = m->edits.len, lo = 0, hi = n;
  /* lo: the number of edits with e.dst <= dst (for an end offset, e.dst <
   * dst).  Near the hint, gallop forward from it; else search below it. */
#define BEFORE(k) (is_end ? e[k].dst < dst : e[k].dst <= dst)
  size_t h = *hint < n ? *hint : n;
  if (h > 0 && !BEFORE(h - 1)) {
    hi = h;
  } else {
    lo = h;
    size_t step = 1;
    while (lo + step <= n && BEFORE(lo + step - 1)) {
      lo += step;
      step *= 2;
    }
    hi = lo + step <= n ? lo + step - 1 : n;
  }
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (BEFORE(mid)) lo = mid + 1; else hi = mid;
  }
#undef BEFORE
  *hint = lo;
  if (lo == 0) return dst;
  const lc_edit *x = &e[lo - 1];
  if (dst >= x->dst + x->dlen) /* past the edit: shift by its size change */
    return x->src + x->slen + (dst - x->dst - x->dlen);
  /* inside an edited span: its start, or its end for an end offset */
  return is_end ? x->src + x->slen : x->src;
}
