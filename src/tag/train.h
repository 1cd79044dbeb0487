/* Training the tagger and lemmatizer on CoNLL-U treebanks. */
#ifndef ATTACHE_TAG_TRAIN_H
#define ATTACHE_TAG_TRAIN_H

#include <stddef.h>
#include <stdio.h>

#define TAG_MAX_SHUFFLES 8

typedef struct at_tagger_train_options {
	const char *const *train;  /* CoNLL-U files, .zst allowed */
	size_t ntrain;
	const char *const *extra;  /* more treebanks for the tags only (not lemmas, FEATS) */
	size_t nextra;
	const char *dev;           /* for early stopping and the reported figures */
	const char *out;           /* the model file written */
	const char *wordnet;       /* WordNet's dict folder, or NULL for none */
	const char *names;         /* gazetteer TSV for the place-name feature, or NULL */
	unsigned seed;             /* shuffling: same seed, same model */
	unsigned iterations;       /* at most this many passes */
	unsigned patience;         /* stop after this many passes without a dev gain */
	unsigned fixed_min_count;  /* see tag/model.h */
	float fixed_min_share;     /* ... and seen with one class this often (0 to 1) */
	unsigned restrict_min_count;
	float prune;               /* averaged weights below this are dropped */
	float prune_second;        /* the same for the second pass */
	int two_pass;              /* add a second pass that sees the first's tags on the right */
	float sure_margin;         /* see tag/model.h */
	unsigned memo_words;       /* frequent words whose own features the tagger
				    * sums once at load (0: none) */
	unsigned memo_min_count;   /* ... seen at least this often in training */
	unsigned shuffles;         /* perceptrons per pass, each on its own order of the
				    * sentences, averaged into one (1 to TAG_MAX_SHUFFLES) */
	FILE *log;                 /* progress, or NULL */
} at_tagger_train_options;

void at_tagger_train_defaults(at_tagger_train_options *o);
/* Writes the best model on dev to o->out. Returns 0, or -1 with err set. */
int at_tagger_train(const at_tagger_train_options *o, char *err, size_t errlen);

#endif
