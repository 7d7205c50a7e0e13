#include "render.h"
void lc_emit_md(lc_render *r) { (void)r; }
