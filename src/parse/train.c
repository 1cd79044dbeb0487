#include "parse/train.h"
#include "core/modelfile.h"
#include "core/tags.h"
#include "learn/perceptron.h"
#include "learn/weights.h"
#include "parse/beam.h"
#include "parse/decode.h"
#include "parse/features.h"
#include "parse/model.h"
#include "parse/system.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_TRAIN_WORDS = 30000 };

/* One sentence with its gold tree, by position (root = n+1). */
typedef struct example {
	at_psent ps;
	int16_t *gold_head;
	uint8_t *gold_label;
	const at_word *words;
} example;

typedef struct examples {
	example *v;
	size_t n;
	int max_n;
} examples;

/* Weights being learnt: w, and u = sum of (step * update), so that the
 * average over all steps is w - u / step (Daumé 2006). */
typedef struct table {
	float *w;
	double *u;
	size_t size;
} table;

typedef struct trainer {
	table trans;
	uint64_t trans_mask;
	at_perceptron *label;
	int out_of_memory;  /* set by a label update that could not grow */
	double step;
	uint64_t rng;
	at_plabel_cands cands;
	int root;
	double explore;
	int beam;
	int16_t *snap_trans;   /* averaged weights as shipped */
	void *snap_label;      /* averaged label weights: learn/weights.h section */
	size_t snap_label_size;
	at_weights snap_label_view;
	float label_prune;
} trainer;

static uint64_t next_random(uint64_t *state)
{
	uint64_t x = *state;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*state = x;
	return x * 2685821657736338717ULL;
}

static int table_alloc(table *t, size_t size)
{
	t->size = size;
	t->w = calloc(size, sizeof *t->w);
	t->u = calloc(size, sizeof *t->u);
	return t->w && t->u ? 0 : -1;
}

static void table_free(table *t)
{
	free(t->w);
	free(t->u);
}

static int sentence_is_tree(const at_word *w, int n)
{
	int roots = 0;
	for (int i = 0; i < n; i++) {
		if (w[i].head < 0 || w[i].head > n || w[i].deprel == 0)
			return 0;
		roots += w[i].head == 0;
	}
	return roots == 1;
}

static int build_examples(const at_doc *doc, at_arena *a, examples *ex)
{
	ex->v = AT_NEW_N(a, example, doc->nsents ? doc->nsents : 1);
	if (!ex->v)
		return -1;
	for (size_t i = 0; i < doc->nsents; i++) {
		const at_sentence *s = &doc->sents[i];
		const at_word *w = doc->words + s->word_first;
		int n = (int)s->word_count;
		if (n == 0 || n > MAX_TRAIN_WORDS || !sentence_is_tree(w, n))
			continue;
		example *e = &ex->v[ex->n++];
		e->words = w;
		e->gold_head = AT_NEW_N(a, int16_t, n + 2);
		e->gold_label = AT_NEW_N(a, uint8_t, n + 2);
		if (!e->gold_head || !e->gold_label || at_psent_alloc(&e->ps, a, n) != 0)
			return -1;
		at_psent_fill(&e->ps, w, n);
		for (int k = 1; k <= n; k++) {
			e->gold_head[k] = (int16_t)(w[k - 1].head == 0 ? n + 1 : w[k - 1].head);
			e->gold_label[k] = w[k - 1].deprel;
		}
		if (n > ex->max_n)
			ex->max_n = n;
	}
	return 0;
}

static void collect_cands(trainer *t, const examples *ex)
{
	for (size_t i = 0; i < ex->n; i++) {
		const example *e = &ex->v[i];
		for (int k = 1; k <= e->ps.n; k++) {
			int h = e->gold_head[k];
			int uh = e->ps.upos[h], ud = e->ps.upos[k];
			if (h == e->ps.n + 1 || uh >= AT_UPOS_COUNT || ud >= AT_UPOS_COUNT)
				continue;
			t->cands[k > h][uh][ud] |= 1ULL << e->gold_label[k];
		}
	}
}

static void table_update(table *t, size_t i, float by, double step)
{
	t->w[i] += by;
	t->u[i] += step * by;
}

static void trans_scores(const trainer *t, const uint64_t *f, int nf, double *score)
{
	for (int a = 0; a < AT_PA_COUNT; a++)
		score[a] = 0;
	for (int i = 0; i < nf; i++) {
		const float *row = t->trans.w + (f[i] & t->trans_mask) * AT_PA_COUNT;
		for (int a = 0; a < AT_PA_COUNT; a++)
			score[a] += row[a];
	}
}

static void trans_update(trainer *t, const uint64_t *f, int nf, int action, float by)
{
	for (int i = 0; i < nf; i++)
		table_update(&t->trans, (f[i] & t->trans_mask) * AT_PA_COUNT + (size_t)action, by, t->step);
}

static int predict_label(const trainer *t, const at_psent *ps, const uint64_t *f, int nf,
			 int head, int dep)
{
	at_pweights view = {.cands = &t->cands, .root = t->root};
	uint64_t cands = at_plabel_candidates(&view, ps, head, dep);
	float score[64];
	at_perceptron_score(t->label, f, (size_t)nf, score);
	int best = 0;
	for (int l = 1; l < 64; l++)
		if ((cands >> l & 1) && (!best || score[l] > score[best]))
			best = l;
	return best;
}

/* Predicts the label of head → dep, learns from the gold one when the arc
 * is right, and returns the label the state keeps. */
static int train_label(trainer *t, const example *e, const at_pstate *s, int head, int dep)
{
	if (head == e->ps.n + 1)
		return t->root;
	uint64_t f[AT_PLFEAT_MAX];
	int nf = at_pfeat_label(&e->ps, s, head, dep, f);
	int best = predict_label(t, &e->ps, f, nf, head, dep);
	if (e->gold_head[dep] != head)
		return best;
	int gold = e->gold_label[dep];
	if (best != gold && at_perceptron_update(t->label, f, (size_t)nf, (unsigned)gold, (unsigned)best) != 0)
		t->out_of_memory = 1;
	at_perceptron_tick(t->label);
	t->step += 1;
	return gold;
}

static void train_sentence(trainer *t, const example *e, at_pstate *s, int explore)
{
	uint64_t f[AT_PFEAT_MAX];
	at_pstate_init(s, e->ps.n);
	while (!at_pstate_terminal(s)) {
		int nf = at_pfeat_transition(&e->ps, s, f);
		double score[AT_PA_COUNT];
		trans_scores(t, f, nf, score);
		int cost[AT_PA_COUNT], min_cost = 1 << 30, pred = -1, gold = -1;
		for (int a = 0; a < AT_PA_COUNT; a++) {
			if (!at_pstate_legal(s, a))
				continue;
			cost[a] = at_pstate_cost(s, e->gold_head, a);
			if (cost[a] < min_cost)
				min_cost = cost[a];
			if (pred < 0 || score[a] > score[pred])
				pred = a;
		}
		for (int a = 0; a < AT_PA_COUNT; a++)
			if (at_pstate_legal(s, a) && cost[a] == min_cost &&
			    (gold < 0 || score[a] > score[gold]))
				gold = a;
		int next = gold;
		if (cost[pred] > min_cost) {
			trans_update(t, f, nf, gold, 1.0f);
			trans_update(t, f, nf, pred, -1.0f);
			if (explore && (double)(next_random(&t->rng) >> 11) * 0x1.0p-53 < t->explore)
				next = pred;
		} else {
			next = pred;
		}
		t->step += 1;
		int label = 0;
		if (next != AT_PA_SHIFT) {
			int h, d;
			at_pstate_arc(s, next, &h, &d);
			label = train_label(t, e, s, h, d);
		}
		at_pstate_apply(s, next, label);
	}
}

static void beam_trans(const void *ctx, const uint64_t *f, int nf, double *out)
{
	trans_scores(ctx, f, nf, out);
}

static int beam_label(const void *ctx, const at_psent *ps, const at_pstate *s, int head, int dep)
{
	const trainer *t = ctx;
	if (head == ps->n + 1)
		return t->root;
	uint64_t f[AT_PLFEAT_MAX];
	int nf = at_pfeat_label(ps, s, head, dep, f);
	return predict_label(t, ps, f, nf, head, dep);
}

/* The gold sequence for beam training: a zero-cost (or least-cost, for
 * non-projective trees) action, arcs before shifts. */
static int oracle_action(const at_pstate *s, const int16_t *gold)
{
	static const int order[AT_PA_COUNT] = {AT_PA_LEFT, AT_PA_RIGHT, AT_PA_SHIFT};
	int best = -1, best_cost = 0;
	for (int i = 0; i < AT_PA_COUNT; i++) {
		int a = order[i];
		if (!at_pstate_legal(s, a))
			continue;
		int cost = at_pstate_cost(s, gold, a);
		if (best < 0 || cost < best_cost) {
			best = a;
			best_cost = cost;
		}
	}
	return best;
}

/* Adds `by` to the weights of the actions of hist[0..steps). */
static void replay_update(trainer *t, const example *e, at_pstate *s, const uint16_t *hist,
			  int steps, float by)
{
	uint64_t f[AT_PFEAT_MAX];
	at_pstate_init(s, e->ps.n);
	for (int k = 0; k < steps; k++) {
		int nf = at_pfeat_transition(&e->ps, s, f);
		trans_update(t, f, nf, hist[k] & 3, by);
		at_pstate_apply(s, hist[k] & 3, hist[k] >> 2);
	}
}

static int same_actions(const uint16_t *a, const uint16_t *b, int steps)
{
	for (int k = 0; k < steps; k++)
		if ((a[k] & 3) != (b[k] & 3))
			return 0;
	return 1;
}

/* Scratch of beam training, sized for the longest sentence. */
typedef struct beam_work {
	at_pbeam beam;
	at_pstate gold;
	uint16_t *gold_hist, *viol_hist;
} beam_work;

/* Runs the beam beside the gold sequence and updates at the step where
 * the best item beats the gold prefix by most (max-violation). */
static void train_sentence_beam(trainer *t, const example *e, at_pstate *s, beam_work *w)
{
	at_pscorer sc = {t, beam_trans, beam_label};
	uint64_t f[AT_PFEAT_MAX];
	at_pstate_init(&w->gold, e->ps.n);
	at_pbeam_start(&w->beam, e->ps.n);
	double gold_score = 0, max_violation = 0;
	int worst = 0;
	for (int step = 0; !at_pstate_terminal(&w->gold); step++) {
		int nf = at_pfeat_transition(&e->ps, &w->gold, f);
		double score[AT_PA_COUNT];
		trans_scores(t, f, nf, score);
		int action = oracle_action(&w->gold, e->gold_head), label = 0;
		gold_score += score[action];
		if (action != AT_PA_SHIFT) {
			int h, d;
			at_pstate_arc(&w->gold, action, &h, &d);
			label = train_label(t, e, &w->gold, h, d);
		}
		w->gold_hist[step] = (uint16_t)(action | label << 2);
		at_pstate_apply(&w->gold, action, label);
		at_pbeam_step(&w->beam, &sc, &e->ps);
		double violation = at_pbeam_best_score(&w->beam) - gold_score;
		/* Ties count as errors, or zero weights would never move. */
		if (violation >= max_violation &&
		    !same_actions(at_pbeam_best_hist(&w->beam), w->gold_hist, step + 1)) {
			max_violation = violation;
			worst = step + 1;
			memcpy(w->viol_hist, at_pbeam_best_hist(&w->beam), (size_t)worst * sizeof *w->viol_hist);
		}
	}
	if (worst) {
		replay_update(t, e, s, w->gold_hist, worst, 1.0f);
		replay_update(t, e, s, w->viol_hist, worst, -1.0f);
	}
	t->step += 1;
}

static void quantize(const table *t, double step, int16_t *out)
{
	double max = 0;
	for (size_t i = 0; i < t->size; i++) {
		double v = fabs(t->w[i] - t->u[i] / step);
		if (v > max)
			max = v;
	}
	double scale = max > 0 ? 32767.0 / max : 0;
	for (size_t i = 0; i < t->size; i++)
		out[i] = (int16_t)lrint((t->w[i] - t->u[i] / step) * scale);
}

/* The averaged weights as the model will hold them; -1 when out of memory. */
static int snapshot(trainer *t, at_pweights *wt)
{
	quantize(&t->trans, t->step, t->snap_trans);
	free(t->snap_label);
	t->snap_label = at_perceptron_export(t->label, t->label_prune, &t->snap_label_size);
	if (!t->snap_label || at_weights_view(&t->snap_label_view, t->snap_label, t->snap_label_size) != 0)
		return -1;
	*wt = (at_pweights){t->snap_trans, t->trans_mask, &t->snap_label_view, &t->cands, t->root,
			    t->beam};
	return 0;
}

/* LAS on the universal relation, over every word (punctuation included). */
static double evaluate(const at_pweights *wt, const examples *ex, at_pstate *s, at_pbeam *b,
		       double *uas)
{
	size_t total = 0, head_ok = 0, both_ok = 0;
	for (size_t i = 0; i < ex->n; i++) {
		const example *e = &ex->v[i];
		at_pdecode(wt, &e->ps, s, b);
		for (int k = 1; k <= e->ps.n; k++) {
			total++;
			if (s->head[k] != e->gold_head[k])
				continue;
			head_ok++;
			both_ok += at_deprel_universal(s->label[k]) == at_deprel_universal(e->gold_label[k]);
		}
	}
	*uas = total ? 100.0 * (double)head_ok / (double)total : 0;
	return total ? 100.0 * (double)both_ok / (double)total : 0;
}

static void shuffle(size_t *order, size_t n, uint64_t *rng)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = (size_t)(next_random(rng) % i);
		size_t tmp = order[i - 1];
		order[i - 1] = order[j];
		order[j] = tmp;
	}
}

static int write_model(const trainer *t, const int16_t *trans, const void *label,
		       size_t label_size, const at_parser_train_opts *o, const char *path, char *err,
		       size_t errlen)
{
	at_parser_meta meta = {o->trans_bits, (uint32_t)at_deprel_count, (uint32_t)t->beam};
	at_model_writer *w = at_model_writer_new("parser", AT_PARSER_VERSION);
	if (!w || at_model_writer_add(w, "meta", &meta, sizeof meta) != 0 ||
	    at_model_writer_add(w, "trans", trans, t->trans.size * sizeof *trans) != 0 ||
	    at_model_writer_add(w, "label", label, label_size) != 0 ||
	    at_model_writer_add(w, "cands", &t->cands, sizeof t->cands) != 0) {
		at_model_writer_free(w);
		snprintf(err, errlen, "%s: out of memory", path);
		return -1;
	}
	int rc = at_model_writer_save(w, path, err, errlen);
	at_model_writer_free(w);
	return rc;
}

void at_parser_train_defaults(at_parser_train_opts *o)
{
	memset(o, 0, sizeof *o);
	o->seed = 1;
	o->iterations = 25;
	o->patience = 6;
	o->trans_bits = 20;
	o->explore = 0.6;  /* better than 0.9 on EWT dev with jack-knifed tags */
	o->beam = 1;
}

static int trainer_init(trainer *t, const at_parser_train_opts *o)
{
	memset(t, 0, sizeof *t);
	t->trans_mask = ((uint64_t)1 << o->trans_bits) - 1;
	t->step = 1;
	t->rng = o->seed * 0x9e3779b97f4a7c15ULL + 0x1234567ULL;
	t->root = at_deprel_id("root");
	t->explore = o->explore;
	t->beam = o->beam < 1 ? 1 : o->beam > AT_PBEAM_MAX ? AT_PBEAM_MAX : o->beam;
	t->label_prune = o->label_prune;
	size_t ntrans = (size_t)AT_PA_COUNT << o->trans_bits;
	if (table_alloc(&t->trans, ntrans) != 0 || !(t->label = at_perceptron_new(64)))
		return -1;
	t->snap_trans = malloc(ntrans * sizeof *t->snap_trans);
	return t->snap_trans ? 0 : -1;
}

static void trainer_free(trainer *t)
{
	table_free(&t->trans);
	at_perceptron_free(t->label);
	free(t->snap_trans);
	free(t->snap_label);
}

typedef struct best_model {
	int16_t *trans;
	void *label;
	size_t label_size;
	double las;
	int iteration;
} best_model;

static int run_passes(trainer *t, const examples *tr, const examples *dv, at_pstate *s,
		      beam_work *w, const at_parser_train_opts *o, best_model *best)
{
	size_t *order = malloc((tr->n ? tr->n : 1) * sizeof *order);
	if (!order)
		return -1;
	for (size_t i = 0; i < tr->n; i++)
		order[i] = i;
	best->las = -1;
	for (int it = 1; it <= o->iterations; it++) {
		shuffle(order, tr->n, &t->rng);
		for (size_t i = 0; i < tr->n; i++) {
			if (t->beam > 1)
				train_sentence_beam(t, &tr->v[order[i]], s, w);
			else
				train_sentence(t, &tr->v[order[i]], s, it > 1);
		}
		at_pweights wt;
		if (t->out_of_memory || snapshot(t, &wt) != 0) {
			free(order);
			return -1;
		}
		double uas = 0, las = 0;
		if (dv->n)
			las = evaluate(&wt, dv, s, &w->beam, &uas);
		if (o->log)
			fprintf(o->log, "iteration %d: dev UAS %.2f LAS %.2f\n", it, uas, las);
		if (!dv->n || las > best->las) {
			best->las = las;
			best->iteration = it;
			memcpy(best->trans, t->snap_trans, t->trans.size * sizeof *best->trans);
			free(best->label);
			best->label = t->snap_label;
			best->label_size = t->snap_label_size;
			t->snap_label = NULL;
		} else if (it - best->iteration >= o->patience) {
			break;
		}
	}
	free(order);
	return 0;
}

static int alloc_beam_work(beam_work **out, at_arena *a, int width, int max_n)
{
	beam_work *w = *out = AT_NEW(a, beam_work);
	if (!w || at_pbeam_alloc(&w->beam, a, width, max_n) != 0 ||
	    at_pstate_alloc(&w->gold, a, max_n) != 0)
		return -1;
	w->gold_hist = AT_NEW_N(a, uint16_t, 2 * (size_t)max_n + 2);
	w->viol_hist = AT_NEW_N(a, uint16_t, 2 * (size_t)max_n + 2);
	return w->gold_hist && w->viol_hist ? 0 : -1;
}

int at_parser_train(const at_doc *train, const at_doc *dev, const char *out_path,
		    const at_parser_train_opts *o, char *err, size_t errlen)
{
	at_arena *a = at_arena_new(1 << 20);
	trainer t = {0};
	examples tr = {0}, dv = {0};
	best_model best = {0};
	at_pstate s;
	beam_work *w = NULL;
	int rc = -1;
	if (!a || trainer_init(&t, o) != 0 || build_examples(train, a, &tr) != 0 ||
	    (dev && build_examples(dev, a, &dv) != 0) ||
	    at_pstate_alloc(&s, a, tr.max_n > dv.max_n ? tr.max_n : dv.max_n) != 0 ||
	    !(best.trans = malloc(t.trans.size * sizeof *best.trans)) ||
	    alloc_beam_work(&w, a, t.beam, tr.max_n > dv.max_n ? tr.max_n : dv.max_n) != 0) {
		snprintf(err, errlen, "%s: out of memory while training", out_path);
		goto done;
	}
	if (tr.n == 0) {
		snprintf(err, errlen, "%s: no training sentence has a complete tree", train->id);
		goto done;
	}
	collect_cands(&t, &tr);
	if (o->log)
		fprintf(o->log, "training on %zu sentences, %zu dev sentences\n", tr.n, dv.n);
	if (run_passes(&t, &tr, &dv, &s, w, o, &best) != 0) {
		snprintf(err, errlen, "%s: out of memory while training", out_path);
		goto done;
	}
	if (o->log)
		fprintf(o->log, "kept iteration %d (dev LAS %.2f)\n", best.iteration, best.las);
	rc = write_model(&t, best.trans, best.label, best.label_size, o, out_path, err, errlen);
done:
	free(best.trans);
	free(best.label);
	trainer_free(&t);
	at_arena_free(a);
	return rc;
}
