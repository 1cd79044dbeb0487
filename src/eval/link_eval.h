/* `attache eval link`: cross-document event coreference on ECB+ with gold
 * mentions. Trains the pair model, the classifier of singletons and the
 * model of the second round over clusters on the train topics, tunes the
 * grouping of documents and the mention and merge thresholds on the dev
 * topics and the two halves of the train topics (out of fold), scores dev
 * and test. */
#ifndef ATTACHE_EVAL_LINK_EVAL_H
#define ATTACHE_EVAL_LINK_EVAL_H

#include <stdio.h>

#include "link/coref_score.h"

typedef struct at_link_eval_opts {
	const char *dir;     /* the folder holding the topic folders */
	const char *csv;     /* ECBplus_coreference_sentences.csv */
	const char *output;  /* CoNLL file for the predicted clusters, or NULL */
	const char *wordnet_dir; /* WordNet's dict folder; NULL: /usr/share/wordnet */
	const char *model_dir;   /* tagger.atm and parser.atm; NULL: the engine's default */
	int dev_only;        /* skip the test split (tests use this) */
	FILE *log;           /* progress lines, or NULL */
} at_link_eval_opts;

typedef struct at_link_eval_result {
	at_coref_scores dev, test;
	size_t dev_mentions, test_mentions, dev_docs, test_docs;
	size_t test_groups;  /* document groups found in the test split */
	double doc_threshold, mention_threshold;
	double merge_threshold; /* the second round merges two clusters scored above it */
	double doc_attach;   /* a group of one or two documents joins its nearest document's above this */
	double doc_split;    /* a document group splits when across < this x within, 0: never */
	size_t doc_min_part; /* ... and each of its two parts has at least this many documents */
	double train_cv[2];  /* CoNLL F1 of the odd and even training topics, out of fold */
	int wordnet;         /* WordNet features were used */
} at_link_eval_result;

int at_link_eval_run(const at_link_eval_opts *opts, at_link_eval_result *res, char *err, size_t errlen);

#endif
