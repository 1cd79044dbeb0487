/* Features of the tagger: what it knows of a word (computed once per word)
 * and the feature hashes of one position given the tags already chosen. */
#ifndef ATTACHE_TAG_FEATURES_H
#define ATTACHE_TAG_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#define TAG_MAX_FEATURES 64

typedef struct tag_word {
	uint64_t lower;       /* hash of the ASCII-lowercased form */
	uint64_t form;        /* hash of the form as written */
	uint64_t shape;       /* Xxxx, dd-dd, x.x. ... */
	uint64_t prefix[3];   /* lowercased, 1 to 3 bytes */
	uint64_t suffix[4];   /* lowercased, 1 to 4 bytes */
	uint64_t amb;         /* ambiguity class: the tags seen for the word (0: unseen) */
	uint64_t amb_lower;   /* the same for its lowercased form */
	uint64_t cluster;     /* distributional class (0: none) */
	uint32_t flags;
	uint32_t sentcase;    /* how much of the sentence is capitalised (0-3) */
	uint32_t readings;    /* WordNet readings of a rare word (tag/wordnet.h) */
	uint32_t names;       /* place-name bits (tag/names.h) */
	uint32_t unseen;      /* not in the training data at all: no feature of its
			       * form or lowercased form has a weight */
} tag_word;

/* Fills everything but amb, amb_lower, cluster, sentcase, readings, names
 * and unseen. */
void tag_word_init(tag_word *w, const char *form);
/* Fills what depends on the whole sentence (sentcase). */
void tag_words_context(tag_word *ws, size_t n);

/* The hashes of the lowercased and written forms (lexicon keys). */
uint64_t tag_hash_lower(const char *form);

/* Feature hashes of word i of words[0..n) given the classes of the two
 * words before it (prev1, prev2; -1 before the sentence). Returns how many
 * were written to out (at most TAG_MAX_FEATURES). They are the word's own
 * features (tag_features_word) followed by those of its context. */
size_t tag_features(const tag_word *words, size_t n, size_t i, int prev1, int prev2,
		    uint64_t *out);
/* The features that depend only on the word and whether it comes first:
 * their scores can be summed once per word type (the tagger's memo). */
size_t tag_features_word(const tag_word *w, int first, uint64_t *out);
size_t tag_features_context(const tag_word *words, size_t n, size_t i, int prev1, int prev2,
			    uint64_t *out);

/* The features of the second pass, appended to out: the classes the first
 * pass gave word i and the three words after it (first[0..n)). Returns how many
 * were written (at most TAG_RIGHT_FEATURES). */
#define TAG_RIGHT_FEATURES 13
size_t tag_features_right(const tag_word *words, size_t n, size_t i, const uint16_t *first,
			  int prev1, uint64_t *out);

#endif
