/* Tokenizer and sentence splitter: fills doc->tokens, doc->words (forms
 * only) and doc->sents. English clitics become UD multiword tokens. */
#ifndef ATTACHE_TOKENIZE_H
#define ATTACHE_TOKENIZE_H

#include "core/doc.h"
#include "text/sentsplit.h"

/* With the learned boundary model (models/sentsplit.atm, see sentsplit.h);
 * model NULL means rules only. Returns 0, or -1 when out of memory. */
int at_tokenize_with(const at_sentsplit *model, at_doc *doc);
/* Rules only. */
int at_tokenize(at_doc *doc);

#endif
