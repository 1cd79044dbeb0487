/* Matching a verb and its dictionary patterns over its clause. */
#ifndef ATTACHE_MATCH_H
#define ATTACHE_MATCH_H

#include "events/sview.h"

typedef struct at_verb_match {
	const char *code;   /* "" when the dictionary says "no event" */
	const char *rcode;  /* the target's act back ("[042:043]"), or "" */
	int weight;         /* words the winning pattern needed, 0 for the bare verb */
	int spells_negation; /* the pattern itself matched "not", "never", ... */
	int swap;           /* the pattern makes the subject the target */
} at_verb_match;

/* Looks up the word at p (lemma, then form) and picks the code of the most
 * specific pattern whose words all appear in p's clause (those before the
 * verb before it, those after after it), else the verb's own code.
 * scratch holds sv->n indexes. 1 when p is a verb of the dictionary. */
int at_match_verb(const at_sview *sv, int32_t p, int32_t *scratch, at_verb_match *out);

#endif
