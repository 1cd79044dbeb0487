#include "eval/link_eval.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "link/agglo.h"
#include "link/conll_out.h"
#include "link/ecb_link.h"
#include "link/ecb_merge.h"
#include "link/ecb_parse.h"
#include "link/ecb_single.h"

/* A split loaded and ready to cluster: its pair probabilities come from the
 * model trained on the train split and the priors counted there; single,
 * per mention, the probability that it has no coreferent partner. */
typedef struct split {
	ecb_corpus corpus;
	ecb_repr repr;
	float *prob, *single, *rate;
	int *key, *cluster, *group;
	int *first; /* the clusters of the first round, before the merge of clusters */
} split;

static void split_free(split *s)
{
	free(s->prob);
	free(s->single);
	free(s->rate);
	free(s->key);
	free(s->cluster);
	free(s->group);
	free(s->first);
	ecb_repr_free(&s->repr);
	ecb_corpus_free(&s->corpus);
}

static int split_load_topics(split *s, const at_link_eval_opts *o, const at_wordnet *wn,
			     const attache_engine *engine, const int *topics, size_t nt, char *err,
			     size_t errlen)
{
	memset(s, 0, sizeof *s);
	if (ecb_load(&s->corpus, o->dir, o->csv, topics, nt, err, errlen) != 0 ||
	    ecb_parse(&s->corpus, engine, err, errlen) != 0)
		return -1;
	size_t n = s->corpus.nmentions;
	s->key = malloc((n + 1) * sizeof *s->key);
	s->cluster = malloc((n + 1) * sizeof *s->cluster);
	s->first = malloc((n + 1) * sizeof *s->first);
	if (!s->key || !s->cluster || !s->first || ecb_repr_build(&s->repr, &s->corpus, wn) != 0) {
		snprintf(err, errlen, "%s: out of memory", o->dir);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		s->key[i] = s->corpus.mentions[i].gold;
	return 0;
}

static int split_load(split *s, const at_link_eval_opts *o, const at_wordnet *wn,
		      const attache_engine *engine, enum ecb_split which, char *err, size_t errlen)
{
	int topics[45];
	size_t nt = ecb_split_topics(which, topics);
	return split_load_topics(s, o, wn, engine, topics, nt, err, errlen);
}

/* Out-of-fold pair probabilities on the training topics: two halves (odd
 * and even topics), each scored by a model trained on the other. */
static int cross_fit(split *fold, const at_link_eval_opts *o, const at_wordnet *wn,
		     const attache_engine *engine, char *err, size_t errlen)
{
	int all[45], topics[2][45];
	size_t nt = ecb_split_topics(ECB_TRAIN, all), n[2] = {0, 0};
	for (size_t i = 0; i < nt; i++)
		topics[all[i] % 2][n[all[i] % 2]++] = all[i];
	for (int f = 0; f < 2; f++)
		if (split_load_topics(&fold[f], o, wn, engine, topics[f], n[f], err, errlen) != 0)
			return -1;
	for (int f = 0; f < 2; f++) {
		at_logreg model;
		ecb_priors priors;
		if (ecb_train(&model, &fold[1 - f].repr, 16) != 0 ||
		    ecb_priors_build(&priors, &fold[1 - f].repr, -1) != 0) {
			snprintf(err, errlen, "%s: out of memory while training", o->dir);
			return -1;
		}
		fold[f].prob = ecb_pair_probs(&fold[f].repr, &priors, &model);
		fold[f].rate = ecb_head_rates(&fold[f].repr, &priors);
		ecb_priors_free(&priors);
		if (!fold[f].prob || !fold[f].rate) {
			snprintf(err, errlen, "%s: out of memory", o->dir);
			return -1;
		}
	}
	return 0;
}

static int score_at(split *s, double men_thr, at_coref_scores *out)
{
	int rc = ecb_cluster_mentions(&s->repr, s->prob, s->single, s->group, men_thr, s->cluster);
	if (rc == 0)
		rc = at_coref_score(s->key, s->cluster, s->corpus.nmentions, out);
	return rc;
}

/* Pairwise F1 of a document grouping against the gold subtopics (a topic's
 * ecb and ecbplus documents report two different events). */
static double grouping_f1(const ecb_corpus *c, const int *group)
{
	double both = 0, pred = 0, gold = 0;
	for (size_t i = 0; i < c->ndocs; i++)
		for (size_t j = i + 1; j < c->ndocs; j++) {
			int g = c->docs[i].topic == c->docs[j].topic && c->docs[i].plus == c->docs[j].plus;
			int p = group[i] == group[j];
			both += g && p, pred += p, gold += g;
		}
	return both > 0 ? 2 * both / (pred + gold) : 0;
}

/* The document threshold, attachment threshold, split ratio and least part
 * of a split that best recover the subtopics of dev and of the two halves
 * of the training topics together (the sum of their pairwise F1): dev alone
 * is eight topics. */
enum { DOC_THRESHOLDS = 21, ATTACHES = 6, SPLIT_RATIOS = 9, MIN_PARTS = 4 };

static double doc_threshold(int d) { return 0.04 + 0.01 * d; }
static double attach_threshold(int a) { return a ? 0.02 + 0.02 * a : 0; }
static double split_ratio(int q) { return q ? 0.4 + 0.05 * q : 0; }
static size_t min_part(int m) { return (size_t)m + 2; }

typedef double grouping_grid[DOC_THRESHOLDS][ATTACHES][SPLIT_RATIOS][MIN_PARTS];

/* Adds the grouping F1 of one split at every point of the grid to f;
 * average link runs once per threshold, the attachment once per its
 * threshold. */
static int add_grouping_f1(const split *s, grouping_grid f)
{
	size_t n = s->corpus.ndocs;
	float *sim = ecb_doc_similarity(&s->repr);
	int *base = malloc((n + 1) * sizeof *base), *attached = malloc((n + 1) * sizeof *attached);
	int *group = malloc((n + 1) * sizeof *group);
	int rc = sim && base && attached && group ? 0 : -1;
	for (int d = 0; rc == 0 && d < DOC_THRESHOLDS; d++) {
		rc = at_agglo_average(sim, n, doc_threshold(d), base) < 0 ? -1 : 0;
		for (int a = 0; rc == 0 && a < ATTACHES; a++) {
			memcpy(attached, base, n * sizeof *attached);
			rc = ecb_attach_small(sim, n, attached, attach_threshold(a));
			for (int q = 0; rc == 0 && q < SPLIT_RATIOS; q++)
				for (int m = 0; rc == 0 && m < MIN_PARTS; m++) {
					memcpy(group, attached, n * sizeof *group);
					rc = ecb_split_groups(sim, n, group, split_ratio(q), min_part(m));
					if (rc == 0)
						f[d][a][q][m] += grouping_f1(&s->corpus, group);
				}
		}
	}
	free(sim), free(base), free(attached), free(group);
	return rc;
}

static int tune_groups(split *dev, split *folds, at_link_eval_result *res)
{
	double (*f)[ATTACHES][SPLIT_RATIOS][MIN_PARTS] = calloc(DOC_THRESHOLDS, sizeof *f), best = -1;
	if (!f || add_grouping_f1(dev, f) != 0 || add_grouping_f1(&folds[0], f) != 0 ||
	    add_grouping_f1(&folds[1], f) != 0) {
		free(f);
		return -1;
	}
	for (int d = 0; d < DOC_THRESHOLDS; d++)
		for (int a = 0; a < ATTACHES; a++)
			for (int q = 0; q < SPLIT_RATIOS; q++)
				for (int m = 0; m < MIN_PARTS; m++)
					if (f[d][a][q][m] > best) {
						best = f[d][a][q][m];
						res->doc_threshold = doc_threshold(d);
						res->doc_attach = attach_threshold(a);
						res->doc_split = split_ratio(q);
						res->doc_min_part = min_part(m);
					}
	free(f);
	return 0;
}

static int group_docs(split *s, const at_link_eval_result *res)
{
	ecb_grouping g = {res->doc_threshold, res->doc_attach, res->doc_split, res->doc_min_part};
	s->group = ecb_group_docs(&s->repr, &g);
	return s->group ? 0 : -1;
}

static int single_probs(split *s, const at_logreg *model)
{
	ecb_single_input in = {&s->repr, s->prob, s->group, s->rate};
	s->single = ecb_single_probs(model, &in);
	return s->single ? 0 : -1;
}

/* The mention classifier of singletons learns from the pair probabilities
 * of the training halves, which are out of fold as dev's and test's are:
 * each half is scored by the classifier trained on the other, dev and test
 * by the one trained on both. */
static int fit_singles(split *folds, split *dev, split *test)
{
	ecb_single_input in[2] = {{&folds[0].repr, folds[0].prob, folds[0].group, folds[0].rate},
				  {&folds[1].repr, folds[1].prob, folds[1].group, folds[1].rate}};
	at_logreg half[2], both;
	if (ecb_single_train(&half[0], &in[0], 1) || ecb_single_train(&half[1], &in[1], 1) ||
	    ecb_single_train(&both, in, 2))
		return -1;
	return single_probs(&folds[0], &half[1]) || single_probs(&folds[1], &half[0]) ||
	       single_probs(dev, &both) || (test && single_probs(test, &both)) ? -1 : 0;
}

/* The mention threshold with the best sum of CoNLL F1 over dev and the two
 * out-of-fold halves of the training topics. */
static int tune_mentions(split *dev, split *folds, at_link_eval_result *res, FILE *log)
{
	double best = -1;
	for (int m = 0; m <= 36; m++) {
		double mt = 0.05 + 0.025 * m;
		at_coref_scores sc;
		if (score_at(dev, mt, &sc) != 0)
			return -1;
		/* The mention threshold is tuned on dev and the two out-of-fold
		 * halves of the training topics together: dev alone is eight
		 * topics, and its best threshold was lower than both halves'. */
		at_coref_scores cv[2];
		if (score_at(&folds[0], mt, &cv[0]) != 0 ||
		    score_at(&folds[1], mt, &cv[1]) != 0)
			return -1;
		double total = sc.conll + cv[0].conll + cv[1].conll;
		if (total > best) {
			best = total;
			res->dev = sc;
			res->train_cv[0] = cv[0].conll;
			res->train_cv[1] = cv[1].conll;
			res->mention_threshold = mt;
		}
	}
	if (log)
		fprintf(log, "tuned on dev and train: document threshold %.2f, attach %.2f, split %.2f (parts of %zu"
			" or more), mention threshold %.2f (dev %.2f, odd %.2f, even %.2f, sum %.2f)\n",
			res->doc_threshold, res->doc_attach, res->doc_split, res->doc_min_part,
			res->mention_threshold, 100 * res->dev.conll, 100 * res->train_cv[1], 100 * res->train_cv[0], 100 * best);
	return 0;
}

/* The second round, over clusters (link/ecb_merge.h): the first round of
 * each split at the tuned mention threshold, a cluster-pair model trained
 * on the first rounds of the training halves (each half merged by the model
 * of the other, dev and test by the one trained on both), and the merge
 * threshold with the best sum of CoNLL F1 over dev and the two halves. */
static int merge_split(split *s, const at_logreg *model, double threshold, at_coref_scores *out)
{
	ecb_merge_input in = {&s->repr, s->prob, s->single, s->group, s->first};
	if (ecb_merge_apply(model, &in, threshold, s->cluster) != 0)
		return -1;
	return at_coref_score(s->key, s->cluster, s->corpus.nmentions, out);
}

static int first_round(split *s, double threshold)
{
	return ecb_cluster_mentions(&s->repr, s->prob, s->single, s->group, threshold, s->first);
}

static int merge_round(split *folds, split *dev, split *test, at_link_eval_result *res, FILE *log)
{
	double mt = res->mention_threshold;
	if (first_round(&folds[0], mt) || first_round(&folds[1], mt) || first_round(dev, mt) ||
	    (test && first_round(test, mt)))
		return -1;
	ecb_merge_input in[2] = {{&folds[0].repr, folds[0].prob, folds[0].single, folds[0].group, folds[0].first},
				 {&folds[1].repr, folds[1].prob, folds[1].single, folds[1].group, folds[1].first}};
	at_logreg half[2], both;
	if (ecb_merge_train(&half[0], &in[0], 1) || ecb_merge_train(&half[1], &in[1], 1) ||
	    ecb_merge_train(&both, in, 2))
		return -1;
	double best = -1, chosen = 1.0;
	for (int q = 0; q <= 12; q++) {
		double thr = 0.2 + 0.05 * q;
		at_coref_scores sc, cv[2];
		if (merge_split(dev, &both, thr, &sc) || merge_split(&folds[0], &half[1], thr, &cv[0]) ||
		    merge_split(&folds[1], &half[0], thr, &cv[1]))
			return -1;
		double total = sc.conll + cv[0].conll + cv[1].conll;
		if (log)
			fprintf(log, "merge threshold %.2f: dev %.2f odd %.2f even %.2f sum %.2f\n", thr,
				100 * sc.conll, 100 * cv[1].conll, 100 * cv[0].conll, 100 * total);
		if (total > best) {
			best = total, chosen = thr;
			res->dev = sc;
			res->train_cv[0] = cv[0].conll;
			res->train_cv[1] = cv[1].conll;
		}
	}
	res->merge_threshold = chosen;
	at_coref_scores sc;
	if (merge_split(dev, &both, chosen, &sc) != 0)
		return -1;
	return test ? merge_split(test, &both, chosen, &res->test) : 0;
}

static int write_output(const char *path, split *dev, split *test, char *err, size_t errlen)
{
	FILE *f = fopen(path, "w");
	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	int rc = 0;
	if (test)
		rc = ecb_conll_write(f, &test->corpus, test->cluster, "ecbplus_test");
	if (rc == 0)
		rc = ecb_conll_write(f, &dev->corpus, dev->cluster, "ecbplus_dev");
	if (fclose(f) != 0 || rc != 0) {
		snprintf(err, errlen, "%s: write error", path);
		return -1;
	}
	return 0;
}

static int evaluate(const at_link_eval_opts *o, const at_wordnet *wn, const attache_engine *engine,
		    at_link_eval_result *res, split *train, split *dev, split *test, split *folds,
		    char *err, size_t errlen)
{
	at_logreg model;
	ecb_priors priors;
	if (split_load(train, o, wn, engine, ECB_TRAIN, err, errlen) != 0 ||
	    split_load(dev, o, wn, engine, ECB_DEV, err, errlen) != 0)
		return -1;
	if (!o->dev_only && split_load(test, o, wn, engine, ECB_TEST, err, errlen) != 0)
		return -1;
	if (o->log)
		fprintf(o->log, "ECB+: train %zu mentions, dev %zu, test %zu\n", train->corpus.nmentions,
			dev->corpus.nmentions, test->corpus.nmentions);
	if (ecb_train(&model, &train->repr, 16) != 0 || ecb_priors_build(&priors, &train->repr, -1) != 0) {
		snprintf(err, errlen, "%s: out of memory while training", o->dir);
		return -1;
	}
	if (cross_fit(folds, o, wn, engine, err, errlen) != 0) {
		ecb_priors_free(&priors);
		return -1;
	}
	dev->prob = ecb_pair_probs(&dev->repr, &priors, &model);
	dev->rate = ecb_head_rates(&dev->repr, &priors);
	if (!o->dev_only)
		test->prob = ecb_pair_probs(&test->repr, &priors, &model),
		test->rate = ecb_head_rates(&test->repr, &priors);
	ecb_priors_free(&priors);
	split *tested = o->dev_only ? NULL : test;
	if (!dev->prob || !dev->rate || (tested && (!test->prob || !test->rate)) || tune_groups(dev, folds, res) != 0 ||
	    group_docs(dev, res) || group_docs(&folds[0], res) || group_docs(&folds[1], res) ||
	    (tested && group_docs(test, res)) || fit_singles(folds, dev, tested) != 0 ||
	    tune_mentions(dev, folds, res, o->log) != 0 || merge_round(folds, dev, tested, res, o->log) != 0) {
		snprintf(err, errlen, "%s: out of memory while clustering", o->dir);
		return -1;
	}
	res->dev_mentions = dev->corpus.nmentions;
	res->dev_docs = dev->corpus.ndocs;
	if (!o->dev_only) {
		res->test_mentions = test->corpus.nmentions;
		res->test_docs = test->corpus.ndocs;
		for (size_t d = 0; d < test->corpus.ndocs; d++)
			if ((size_t)test->group[d] + 1 > res->test_groups)
				res->test_groups = (size_t)test->group[d] + 1;
	}
	if (o->output)
		return write_output(o->output, dev, tested, err, errlen);
	return 0;
}

int at_link_eval_run(const at_link_eval_opts *o, at_link_eval_result *res, char *err, size_t errlen)
{
	split train, dev, test, folds[2];
	memset(res, 0, sizeof *res);
	memset(folds, 0, sizeof folds);
	memset(&train, 0, sizeof train);
	memset(&dev, 0, sizeof dev);
	memset(&test, 0, sizeof test);
	char wnerr[512];
	const char *wndir = o->wordnet_dir ? o->wordnet_dir : "/usr/share/wordnet";
	at_wordnet *wn = at_wordnet_load(wndir, wnerr, sizeof wnerr);
	if (!wn && o->log)
		fprintf(o->log, "WordNet not used (install wordnet-base): %s\n", wnerr);
	res->wordnet = wn != NULL;
	/* The participants of each mention come from attache's own tagger
	 * and parser, run on the gold tokens. */
	attache_options eo;
	attache_options_init(&eo);
	eo.model_dir = o->model_dir;
	eo.stages = ATTACHE_STAGE_PARSE;
	attache_engine *engine = attache_engine_new(&eo, err, errlen);
	int rc = engine ? evaluate(o, wn, engine, res, &train, &dev, &test, folds, err, errlen) : -1;
	attache_engine_free(engine);
	at_wordnet_free(wn);
	split_free(&train);
	split_free(&dev);
	split_free(&test);
	split_free(&folds[0]);
	split_free(&folds[1]);
	return rc;
}
