/* Training of the sentence boundary model: an averaged perceptron (Collins
 * 2002) over the candidate gaps of our own tokenization of the training
 * text, labelled by where the gold sentences end. Decoding is greedy and
 * left to right, as at run time, so "tokens since the last boundary" sees
 * the model's own earlier decisions. */
#include "eval/tokenize_eval.h"
#include "text/sentsplit_learn.h"

#include <stdlib.h>
#include <string.h>

enum { WEIGHT_BITS = 18 };

typedef struct {
	float *w, *total;
	uint32_t *stamp;   /* update count when total was last brought up to date */
	uint32_t clock;    /* decisions seen so far: the averaging unit */
	uint32_t mask;
	const uint8_t *gold_end;  /* per token: a gold sentence ends after it */
	size_t mistakes;
} trainer;

/* gold_end[i] for each token of sys: whether a gold sentence of gold ends
 * where the token ends (compared on whitespace-free offsets). */
static uint8_t *gold_ends(const at_doc *gold, const at_doc *sys)
{
	uint32_t *pos = at_non_space_positions(gold->text, gold->len);
	uint8_t *ends = calloc(sys->ntokens + 1, 1);
	uint8_t *at = pos ? calloc((size_t)pos[gold->len] + 1, 1) : NULL;
	if (pos && ends && at) {
		for (size_t s = 0; s < gold->nsents; s++)
			at[pos[gold->sents[s].end]] = 1;
		for (size_t t = 0; t < sys->ntokens; t++)
			ends[t] = at[pos[sys->tokens[t].end]];
	} else {
		free(ends);
		ends = NULL;
	}
	free(pos);
	free(at);
	return ends;
}

static void bring_up_to_date(trainer *t, uint64_t f)
{
	uint32_t k = (uint32_t)f & t->mask;
	t->total[k] += (float)(t->clock - t->stamp[k]) * t->w[k];
	t->stamp[k] = t->clock;
}

static int learn(void *ctx, size_t token, const uint64_t *feats, size_t n, int rule)
{
	(void)rule;
	trainer *t = ctx;
	float score = 0.0f;
	for (size_t k = 0; k < n; k++)
		score += t->w[feats[k] & t->mask];
	int guess = score > 0.0f, gold = t->gold_end[token];
	t->clock++;
	if (guess != gold) {
		t->mistakes++;
		for (size_t k = 0; k < n; k++) {
			bring_up_to_date(t, feats[k]);
			t->w[feats[k] & t->mask] += gold ? 1.0f : -1.0f;
		}
	}
	return guess;
}

/* The averaged weights, written into avg. */
static void average(trainer *t, float *avg)
{
	for (uint32_t k = 0; k <= t->mask; k++) {
		float total = t->total[k] + (float)(t->clock - t->stamp[k]) * t->w[k];
		avg[k] = t->clock ? total / (float)t->clock : 0.0f;
	}
}

static int save(const float *w, size_t count, const char *path, char *err, size_t errlen)
{
	at_model_writer *mw = at_model_writer_new(AT_SENTSPLIT_KIND, AT_SENTSPLIT_VERSION);
	if (!mw || at_model_writer_add(mw, "weights", w, count * sizeof *w) != 0) {
		snprintf(err, errlen, "%s: out of memory", path);
		at_model_writer_free(mw);
		return -1;
	}
	int rc = at_model_writer_save(mw, path, err, errlen);
	at_model_writer_free(mw);
	return rc;
}

static int run_epochs(trainer *t, at_doc *sys, const at_doc *dev, unsigned epochs, float *avg,
		      float *best, FILE *log, char *err, size_t errlen)
{
	size_t count = (size_t)t->mask + 1;
	double best_f1 = -1.0;
	for (unsigned e = 1; e <= epochs; e++) {
		t->mistakes = 0;
		if (at_split_sentences_by(sys, learn, t) != 0) {
			snprintf(err, errlen, "out of memory while training");
			return -1;
		}
		average(t, avg);
		at_sentsplit model = {NULL, avg, t->mask};
		at_tokenize_scores s;
		if (at_tokenize_eval(dev, &model, &s, err, errlen) != 0)
			return -1;
		double f1 = at_span_f1(&s.sents);
		if (log)
			fprintf(log, "epoch %u: %zu mistakes, dev Sentences F1 %.2f\n", e, t->mistakes, f1);
		if (f1 > best_f1) {
			best_f1 = f1;
			memcpy(best, avg, count * sizeof *best);
		}
	}
	return 0;
}

int at_sentsplit_train(const at_doc *train, const at_doc *dev, unsigned epochs, const char *path,
		       FILE *log, char *err, size_t errlen)
{
	size_t count = (size_t)1 << WEIGHT_BITS;
	trainer t = {0};
	t.mask = (uint32_t)(count - 1);
	t.w = calloc(count, sizeof *t.w);
	t.total = calloc(count, sizeof *t.total);
	t.stamp = calloc(count, sizeof *t.stamp);
	float *avg = malloc(count * sizeof *avg), *best = malloc(count * sizeof *best);
	at_doc *sys = at_doc_new(train->id, train->text, train->len);
	uint8_t *ends = NULL;
	int rc = -1;
	if (!t.w || !t.total || !t.stamp || !avg || !best || !sys || at_tokenize_words(sys) != 0 ||
	    !(ends = gold_ends(train, sys))) {
		snprintf(err, errlen, "out of memory while preparing the training data");
		goto done;
	}
	t.gold_end = ends;
	if (run_epochs(&t, sys, dev, epochs, avg, best, log, err, errlen) == 0)
		rc = save(best, count, path, err, errlen);
done:
	free(t.w);
	free(t.total);
	free(t.stamp);
	free(avg);
	free(best);
	free(ends);
	at_doc_free(sys);
	return rc;
}
