/*
 * fuzz_markdown: the Markdown path (front matter, libcmark behind its
 * guard, bold labels) and every output format.  See fuzz_structure.h for
 * the option byte and the checks; the input is always LC_INPUT_MARKDOWN.
 */
#include "fuzz_structure.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  fz_load_shipped_lexicon();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return fz_structure(data, size, 1);
}
