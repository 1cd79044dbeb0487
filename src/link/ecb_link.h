/* Cross-document event coreference on ECB+ with gold mentions: what a
 * mention looks like to the pair model (stems, sentence and document
 * tf-idf vectors, names, numbers, context), the stem-pair priors counted on
 * training topics, the pair features, and the two clustering steps
 * (documents first, then mentions within each group of documents). */
#ifndef ATTACHE_LINK_ECB_LINK_H
#define ATTACHE_LINK_ECB_LINK_H

#include "link/ecb.h"
#include "link/ecb_args.h"
#include "link/logreg.h"
#include "link/sparse.h"
#include "link/strmap.h"
#include "link/wordnet.h"

enum { ECB_MAX_STEMS = 8, ECB_NBASE = 58, ECB_NFEAT = 2 * ECB_NBASE };

typedef struct ecb_mrep {
	int32_t head;                  /* stem id of the first content word, not a number */
	int32_t stems[ECB_MAX_STEMS];  /* content stems of the span */
	uint8_t nstems;
	at_svec sent;                  /* tf-idf of the sentence without the mention */
	at_svec ctx;                   /* content stems within 3 tokens */
	at_svec names;                 /* capitalised words of the sentence */
	at_svec nums;                  /* numbers of the sentence */
	at_wn_sense wn;                /* WordNet senses of the head word */
	uint32_t repeats;              /* other mentions with this head in the document */
	ecb_args args;                 /* participants, from attache's parse */
	at_svec argvec;                /* tf-idf of the content stems within the arguments */
} ecb_mrep;

typedef struct ecb_repr {
	const ecb_corpus *c;
	const at_wordnet *wordnet;     /* NULL when WordNet is not installed */
	at_arena *arena;
	at_strmap vocab;               /* stems, names ("N:") and numbers ("#:") */
	at_svec *docvec;               /* per document, tf-idf of every content stem */
	at_svec *docnames;             /* per document, tf-idf of its names and numbers */
	ecb_mrep *m;                   /* per mention */
} ecb_repr;

/* wordnet may be NULL. */
int ecb_repr_build(ecb_repr *r, const ecb_corpus *c, const at_wordnet *wordnet);
void ecb_repr_free(ecb_repr *r);

/* Coreference counts of head-stem pairs among mention pairs of one topic. */
typedef struct ecb_priors {
	at_arena *arena;
	at_strmap pairs;
	uint32_t *pos, *tot;
	size_t cap;
	double base_same, base_diff;
	double heads[2];        /* mentions with a coreferent partner, mentions */
} ecb_priors;

/* Counts over the topics t with (fold < 0 || t % 2 == fold). */
int ecb_priors_build(ecb_priors *p, const ecb_repr *r, int fold);
void ecb_priors_free(ecb_priors *p);

void ecb_pair_features(const ecb_repr *r, const ecb_priors *p, size_t i, size_t j, float *x);

/* Trains the pair model on the mention pairs within each subtopic of a
 * training corpus (stem priors cross-fitted over two folds of topics). */
int ecb_train(at_logreg *model, const ecb_repr *train, int epochs);

/* Per mention, how often a mention with its head had a coreferent partner
 * in the topics the priors were counted on; NULL when out of memory. */
float *ecb_head_rates(const ecb_repr *r, const ecb_priors *p);

/* Pairwise coreference probabilities of all mentions (n x n). */
float *ecb_pair_probs(const ecb_repr *r, const ecb_priors *p, const at_logreg *model);
/* How documents are grouped (ecb_group_docs). */
typedef struct ecb_grouping {
	double threshold; /* average link on the documents' similarity */
	double attach;    /* a group of one or two documents joins the group of its most
			   * similar document when above this (0: never) */
	double split;     /* a group splits when across < split x within (0: never) ... */
	size_t min_part;  /* ... and each part holds at least this many documents */
} ecb_grouping;

/* Groups documents by the mean of two cosines (content stems; names and
 * numbers, which tell apart two events of one kind), by average link above
 * the threshold; a group of one or two documents then joins the group of
 * its most similar document when their similarity is above attach; then a
 * group whose two halves (the last merge of average link within it) have a
 * mean similarity across below split x the lower of the two within, and
 * each at least min_part documents, is split in two. Returns per-document
 * group labels, or NULL when out of memory. */
int *ecb_group_docs(const ecb_repr *r, const ecb_grouping *g);
/* The steps apart, for tuning: the documents' similarity (n x n, the mean
 * of the two cosines), the attachment of small groups and the split of the
 * groups that average link on it found. Return 0 or -1. */
float *ecb_doc_similarity(const ecb_repr *r);
int ecb_attach_small(const float *sim, size_t ndocs, int *group, double attach);
int ecb_split_groups(const float *sim, size_t ndocs, int *group, double split, size_t min_part);
/* Clusters the mentions within each document group; cluster[i] gets labels
 * unique across the corpus. single (NULL: none) holds per mention the
 * probability that it has no coreferent partner (link/ecb_single.h): above
 * 0.5 the mention stays alone. Returns 0 or -1. */
int ecb_cluster_mentions(const ecb_repr *r, const float *prob, const float *single, const int *group,
			 double threshold, int *cluster);

#endif
