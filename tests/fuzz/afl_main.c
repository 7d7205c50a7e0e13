/*
 * afl_main.c: a main() for the fuzz targets when they are not linked with
 * libFuzzer: under AFL++ (afl-clang-fast, persistent mode when it offers
 * it), or as a plain replay driver over files.
 *
 *   target FILE...   run each file once (exit status non-zero on a crash,
 *                    which the sanitizers turn into an abort)
 *   target < FILE    run standard input once
 *   target           under afl-fuzz: persistent mode, input from AFL++
 *
 * The input is copied into a buffer of exactly its size, as libFuzzer does,
 * so AddressSanitizer sees reads past its end.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
__attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

#ifdef __AFL_FUZZ_TESTCASE_LEN
__AFL_FUZZ_INIT();
#endif

static int S_run_copy(const unsigned char *data, size_t n) {
  unsigned char *copy = malloc(n ? n : 1);
  if (!copy) { fputs("afl_main: out of memory\n", stderr); return 2; }
  if (n) memcpy(copy, data, n);
  LLVMFuzzerTestOneInput(copy, n);
  free(copy);
  return 0;
}

static int S_run_stream(FILE *fp, const char *name) {
  size_t cap = 65536, n = 0;
  unsigned char *buf = malloc(cap);
  if (!buf) { fputs("afl_main: out of memory\n", stderr); return 2; }
  for (;;) {
    if (n == cap) {
      unsigned char *b = realloc(buf, cap *= 2);
      if (!b) { free(buf); fputs("afl_main: out of memory\n", stderr); return 2; }
      buf = b;
    }
    size_t k = fread(buf + n, 1, cap - n, fp);
    n += k;
    if (k == 0) break;
  }
  if (ferror(fp)) { perror(name); free(buf); return 2; }
  int rc = S_run_copy(buf, n);
  free(buf);
  return rc;
}

int main(int argc, char **argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
#ifdef __AFL_FUZZ_TESTCASE_LEN
  if (argc < 2) {
    __AFL_INIT();
    unsigned char *buf = __AFL_FUZZ_TESTCASE_BUF;
    while (__AFL_LOOP(10000)) S_run_copy(buf, (size_t)__AFL_FUZZ_TESTCASE_LEN);
    return 0;
  }
#endif
  if (argc < 2) return S_run_stream(stdin, "standard input");
  int rc = 0;
  for (int i = 1; i < argc; i++) {
    FILE *fp = fopen(argv[i], "rb");
    if (!fp) { perror(argv[i]); rc = 2; continue; }
    fprintf(stderr, "Running: %s\n", argv[i]);
    if (S_run_stream(fp, argv[i])) rc = 2;
    fclose(fp);
  }
  return rc;
}
