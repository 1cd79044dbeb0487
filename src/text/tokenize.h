/* Tokenizer and sentence splitter: fills doc->tokens, doc->words (forms
 * only) and doc->sents. English clitics become UD multiword tokens. */
#ifndef ATTACHE_TOKENIZE_H
#define ATTACHE_TOKENIZE_H

#include "core/doc.h"

/* Returns 0, or -1 when out of memory. */
int at_tokenize(at_doc *doc);

#endif
