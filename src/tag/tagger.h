/* Part-of-speech tagger and lemmatizer: fills upos, xpos, feats and lemma of
 * every word. The model is read-only once loaded and shared by threads. */
#ifndef ATTACHE_TAGGER_H
#define ATTACHE_TAGGER_H

#include "core/doc.h"

typedef struct at_tagger at_tagger;

at_tagger *at_tagger_load(const char *path, char *err, size_t errlen);
void at_tagger_free(at_tagger *t);
/* Tags every sentence of doc. Returns 0, or -1 when out of memory. */
int at_tagger_tag(const at_tagger *t, at_doc *doc);

#endif
