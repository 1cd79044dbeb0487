/* The participants of an ECB+ event mention, read from attache's dependency
 * tree (link/ecb_parse.h): two reports of one event share them, two events
 * of one kind (the falls of two climbers) differ in them. */
#ifndef ATTACHE_LINK_ECB_ARGS_H
#define ATTACHE_LINK_ECB_ARGS_H

#include "link/ecb.h"
#include "link/sparse.h"
#include "link/strmap.h"

typedef struct ecb_args {
	int32_t agent, patient; /* lemma ids ("L:lemma") of the argument heads, -1 for none */
	at_svec names;          /* proper nouns within the arguments ("N:word", as the sentence's) */
	at_svec nums;           /* numbers within the arguments */
	uint32_t *tokens;       /* every token within the arguments (doc indexes) */
	uint32_t ntokens;
} ecb_args;

/* Fills a for mention m of document d; buf has room for 2 x the sentence's
 * tokens. Ids are added to vocab. Returns 0 or -1 (out of memory). */
int ecb_args_find(at_strmap *vocab, at_arena *arena, const ecb_doc *d, const ecb_mention *m,
		  int32_t *buf, ecb_args *a);

#endif
