/*
 * fuzz_text: the plain-text structure parser (labels, blocks, turns,
 * sections) and every output format.  See fuzz_structure.h for the option
 * byte and the checks.
 */
#include "fuzz_structure.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  fz_load_shipped_lexicon();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return fz_structure(data, size, 0);
}
