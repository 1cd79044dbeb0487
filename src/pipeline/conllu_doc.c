/* attache_doc_from_conllu: pretokenized input for attache parse --pretokenized
 * and the evaluations. */
#include "attache.h"
#include "core/doc.h"
#include "text/conllu.h"

#include <stdio.h>

attache_doc *attache_doc_from_conllu(const char *data, size_t len, const char *id, char *err,
				     size_t errlen)
{
	char why[256];
	const char *name = id ? id : "conllu";
	at_doc *doc = at_conllu_read(data, len, name, why, sizeof why);
	if (!doc) {
		snprintf(err, errlen, "%s: %s", name, why);
		return NULL;
	}
	/* Keep the segmentation, drop what the stages predict. */
	for (size_t i = 0; i < doc->nwords; i++) {
		at_word *w = &doc->words[i];
		w->lemma = NULL;
		w->feats = NULL;
		w->upos = w->xpos = w->deprel = 0;
		w->head = -1;
	}
	return (attache_doc *)doc;
}
