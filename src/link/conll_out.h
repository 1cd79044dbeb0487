/* Predicted ECB+ clusters in the CoNLL coreference format, exactly as
 * ../shared/tools/ecb-conll-format.md describes: a whole split is one CoNLL
 * document, one line per token of the listed sentences. */
#ifndef ATTACHE_LINK_CONLL_OUT_H
#define ATTACHE_LINK_CONLL_OUT_H

#include <stdio.h>

#include "link/ecb.h"

/* Writes "#begin document (NAME); part 000" ... "#end document", where
 * cluster[i] (non-negative) is the predicted cluster of mention i of c.
 * Returns 0, or -1 on a write error or out of memory. */
int ecb_conll_write(FILE *f, const ecb_corpus *c, const int *cluster, const char *name);

#endif
