/* The ECB+ corpus (EventCorefBank+, LREC 2014 release) as the cross-document
 * event coreference evaluation sees it: the documents of a set of topics,
 * their tokens, the sentences listed in ECBplus_coreference_sentences.csv,
 * and the gold event mentions of those sentences with their gold clusters. */
#ifndef ATTACHE_LINK_ECB_H
#define ATTACHE_LINK_ECB_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

typedef struct ecb_token {
	uint32_t sent;        /* the token's sentence attribute */
	uint32_t number;      /* position in the sentence, from 0 */
	const char *text;
	/* From attache's tagger and parser (link/ecb_parse.h), on listed
	 * sentences only: lemma NULL, head -1 elsewhere. */
	const char *lemma;
	int32_t head;         /* token index in the doc of the syntactic head, -1 for the root */
	uint8_t upos, deprel; /* core/tags.h ids */
} ecb_token;

typedef struct ecb_doc {
	const char *name;     /* file name without .xml: "36_10ecbplus" */
	int topic, number, plus;
	ecb_token *tokens;    /* in file order */
	size_t ntokens;
	uint8_t *listed;      /* per sentence attribute: listed in the CSV */
	uint32_t nsents;      /* 1 + the highest sentence attribute */
} ecb_doc;

typedef struct ecb_mention {
	uint32_t doc;         /* index into corpus docs */
	uint32_t sent;
	uint32_t first, last; /* token indexes into the doc (lowest/highest number) */
	int32_t gold;         /* gold cluster, dense from 0 */
} ecb_mention;

typedef struct ecb_corpus {
	at_arena *arena;
	ecb_doc *docs;
	size_t ndocs;
	ecb_mention *mentions; /* by document, then first token */
	size_t nmentions;
	size_t ngold;          /* number of gold clusters */
} ecb_corpus;

/* Loads the documents of the given topics from dir (the folder holding the
 * topic folders) with the sentence list csv. Returns 0, or -1 with err naming
 * the file. Free with ecb_corpus_free. */
int ecb_load(ecb_corpus *c, const char *dir, const char *csv, const int *topics, size_t ntopics,
	     char *err, size_t errlen);
void ecb_corpus_free(ecb_corpus *c);

/* The standard split of the topics (Cybulska and Vossen 2015). */
enum ecb_split { ECB_TRAIN, ECB_DEV, ECB_TEST };
/* Fills topics (room for 45) and returns how many. */
size_t ecb_split_topics(enum ecb_split split, int *topics);

#endif
