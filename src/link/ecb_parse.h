/* Tags and parses the listed sentences of an ECB+ corpus with attache's own
 * models, on the gold tokens (so mention offsets stay aligned), and stores
 * lemma, UPOS, head and relation in each token. */
#ifndef ATTACHE_LINK_ECB_PARSE_H
#define ATTACHE_LINK_ECB_PARSE_H

#include "attache.h"
#include "link/ecb.h"

/* engine must hold the tagger and the parser. Returns 0, or -1 with err
 * naming the document. */
int ecb_parse(ecb_corpus *c, const attache_engine *engine, char *err, size_t errlen);

#endif
