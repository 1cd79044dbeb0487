/* Sentence splitting over the tokens of a document. Rules decide the clear
 * cases (blank lines, final punctuation, abbreviations, headlines on their
 * own line); an optional learned model (kind "sentsplit") decides every
 * token gap inside a paragraph, which matters for web text where many
 * sentences have no final punctuation. */
#ifndef ATTACHE_SENTSPLIT_H
#define ATTACHE_SENTSPLIT_H

#include <stdio.h>

#include "core/doc.h"

/* Longest sentence the splitter makes, in tokens: later stages keep
 * per-sentence arrays and a run-on text must not make them huge. */
#define AT_MAX_SENT_TOKENS 250

typedef struct at_sentsplit at_sentsplit;

/* Loads models/sentsplit.atm (kind "sentsplit"); NULL with err set. */
at_sentsplit *at_sentsplit_load(const char *path, char *err, size_t errlen);
void at_sentsplit_free(at_sentsplit *model);

/* Trains the boundary model on the gold sentences of train (a document
 * from at_conllu_read), keeping the epoch that scores best on dev, and
 * saves it to path. Progress goes to log. Returns 0, or -1 with err set. */
int at_sentsplit_train(const at_doc *train, const at_doc *dev, unsigned epochs, const char *path,
		       FILE *log, char *err, size_t errlen);

/* Fills doc->sents from doc->tokens (model may be NULL: rules only).
 * Returns 0, or -1 when out of memory. */
int at_split_sentences(at_doc *doc, const at_sentsplit *model);

/* Tokens and words only (no sentences): at_tokenize without the split. */
int at_tokenize_words(at_doc *doc);

#endif
