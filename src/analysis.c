/* analysis.c: placeholder until positions land. */
#include <stdlib.h>
#include "analysis.h"

const char *lc_stance_name(int stance) {
  static const char *const N[] = {"neutral", "support", "oppose", "mixed"};
  return stance >= 0 && stance < 4 ? N[stance] : "neutral";
}

lc_status lc_analyse(lc_doc *doc) { (void)doc; return LC_OK; }

void lc_analysis_free(lc_analysis *an) { free(an); }

size_t lc_doc_position_count(const lc_doc *doc) {
  return doc->an ? doc->an->positions.len : 0;
}
