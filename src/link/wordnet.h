/* WordNet 3.0 (the Debian wordnet-base files, read at evaluation or
 * training time only) as evidence that two event words can name the same
 * event: shared synsets (synonyms), derivational links ("shooting" - "shoot")
 * and direct hypernyms ("murder" - "kill"). Nouns and verbs only. */
#ifndef ATTACHE_LINK_WORDNET_H
#define ATTACHE_LINK_WORDNET_H

#include <stddef.h>
#include <stdint.h>

typedef struct at_wordnet at_wordnet;

/* Loads dir/data.noun, dir/data.verb, dir/noun.exc and dir/verb.exc.
 * NULL with err when they are missing. */
at_wordnet *at_wordnet_load(const char *dir, char *err, size_t errlen);
void at_wordnet_free(at_wordnet *wn);

enum { AT_WN_MAX = 48 };

/* What one word reaches: its synsets, and the synsets one derivational or
 * hypernym link away. Sorted, for intersections. */
typedef struct at_wn_sense {
	uint64_t syn[AT_WN_MAX], near[AT_WN_MAX];
	uint8_t nsyn, nnear;
} at_wn_sense;

/* The senses of an inflected word (lowercased, base forms by the WordNet
 * exception lists and suffix rules). */
void at_wordnet_senses(const at_wordnet *wn, const char *word, at_wn_sense *out);
/* 3 when the two share a synset, 2 when one link joins them, 1 when they
 * link to a common synset (co-hyponyms, shared derivations), else 0. */
int at_wordnet_relation(const at_wn_sense *a, const at_wn_sense *b);

#endif
