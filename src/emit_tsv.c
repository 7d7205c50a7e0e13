#include "render.h"
void lc_emit_tsv(lc_render *r) { (void)r; }
