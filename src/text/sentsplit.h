/* Sentence splitting over the tokens of a document. Rules decide the clear
 * cases (blank lines, final punctuation, abbreviations, headlines on their
 * own line); an optional learned model (kind "sentsplit") decides every
 * token gap inside a paragraph, which matters for web text where many
 * sentences have no final punctuation. */
#ifndef ATTACHE_SENTSPLIT_H
#define ATTACHE_SENTSPLIT_H

#include "core/doc.h"

/* Longest sentence the splitter makes, in tokens: later stages keep
 * per-sentence arrays and a run-on text must not make them huge. */
#define AT_MAX_SENT_TOKENS 250

typedef struct at_sentsplit at_sentsplit;

/* Fills doc->sents from doc->tokens (model may be NULL: rules only).
 * Returns 0, or -1 when out of memory. */
int at_split_sentences(at_doc *doc, const at_sentsplit *model);

/* Tokens and words only (no sentences): at_tokenize without the split. */
int at_tokenize_words(at_doc *doc);

#endif
