#include "link/ecb_single.h"

#include <math.h>
#include <stdlib.h>

#include "core/tags.h"

/* The pair scores of mention i against the others of its document group. */
typedef struct around {
	double top[3];      /* the three highest */
	double own, other;  /* the highest within its document, in other documents */
	double same_head, other_head;
	size_t over_half;   /* partners scored above 0.5 */
	size_t docs, docs_head; /* other documents of the group; those with a mention of its head */
} around;

static void keep_top(double *top, double p)
{
	if (p > top[0])
		top[2] = top[1], top[1] = top[0], top[0] = p;
	else if (p > top[1])
		top[2] = top[1], top[1] = p;
	else if (p > top[2])
		top[2] = p;
}

static void scan_group(const ecb_single_input *in, size_t i, around *a)
{
	const ecb_corpus *c = in->repr->c;
	size_t n = c->nmentions;
	const ecb_mention *mi = &c->mentions[i];
	int g = in->group[mi->doc];
	*a = (around){{0, 0, 0}, 0, 0, 0, 0, 0, 0, 0};
	for (size_t d = 0; d < c->ndocs; d++)
		a->docs += in->group[d] == g && d != mi->doc;
	/* Mentions come by document, so a document's mentions are adjacent. */
	int64_t last_hit = -1;
	for (size_t j = 0; j < n; j++) {
		const ecb_mention *mj = &c->mentions[j];
		if (j == i || in->group[mj->doc] != g)
			continue;
		double p = in->prob[i * n + j];
		keep_top(a->top, p);
		a->over_half += p > 0.5;
		if (in->repr->m[j].head == in->repr->m[i].head)
			a->same_head = p > a->same_head ? p : a->same_head;
		else
			a->other_head = p > a->other_head ? p : a->other_head;
		if (mj->doc == mi->doc) {
			a->own = p > a->own ? p : a->own;
			continue;
		}
		a->other = p > a->other ? p : a->other;
		if (in->repr->m[j].head == in->repr->m[i].head && last_hit != (int64_t)mj->doc)
			a->docs_head++, last_hit = (int64_t)mj->doc;
	}
}

void ecb_single_features(const ecb_single_input *in, size_t i, float *x)
{
	const ecb_repr *r = in->repr;
	const ecb_mention *m = &r->c->mentions[i];
	around a;
	scan_group(in, i, &a);
	double top = a.top[0] < 1e-4 ? 1e-4 : a.top[0] > 1 - 1e-4 ? 1 - 1e-4 : a.top[0];
	uint32_t repeats = r->m[i].repeats;
	float f[ECB_NSINGLE] = {
		1,
		(float)a.top[0],
		(float)a.top[1],
		(float)((a.top[0] + a.top[1] + a.top[2]) / 3),
		(float)(a.over_half > 5 ? 1 : (double)a.over_half / 5),
		(float)a.own,
		(float)a.other,
		(float)(a.docs ? (double)a.docs_head / (double)a.docs : 0),
		(float)(m->last > m->first),
		(float)(r->c->docs[m->doc].tokens[m->first].upos == AT_VERB),
		(float)(repeats > 3 ? 1 : repeats / 3.0),
		(float)(log(top / (1 - top)) / 4),
		(float)a.same_head, (float)a.other_head,
		in->rate[i],
		(float)(log((in->rate[i] + 1e-3) / (1 - in->rate[i] + 1e-3)) / 4),
	};
	for (size_t k = 0; k < ECB_NSINGLE; k++)
		x[k] = f[k];
}

static size_t *gold_sizes(const ecb_corpus *c)
{
	size_t *size = calloc(c->ngold + 1, sizeof *size);
	for (size_t i = 0; size && i < c->nmentions; i++)
		size[c->mentions[i].gold]++;
	return size;
}

int ecb_single_train(at_logreg *model, const ecb_single_input *in, size_t ninputs)
{
	size_t total = 0;
	for (size_t s = 0; s < ninputs; s++)
		total += in[s].repr->c->nmentions;
	float *x = malloc((total + 1) * ECB_NSINGLE * sizeof *x);
	uint8_t *y = malloc(total + 1);
	int rc = x && y ? 0 : -1;
	size_t k = 0;
	for (size_t s = 0; rc == 0 && s < ninputs; s++) {
		const ecb_corpus *c = in[s].repr->c;
		size_t *size = gold_sizes(c);
		if (!size) {
			rc = -1;
			break;
		}
		for (size_t i = 0; i < c->nmentions; i++, k++) {
			ecb_single_features(&in[s], i, x + k * ECB_NSINGLE);
			y[k] = size[c->mentions[i].gold] == 1;
		}
		free(size);
	}
	if (rc == 0)
		rc = at_logreg_train(model, x, y, k, ECB_NSINGLE, 30, 1e-5);
	free(x);
	free(y);
	return rc;
}

float *ecb_single_probs(const at_logreg *model, const ecb_single_input *in)
{
	size_t n = in->repr->c->nmentions;
	float *p = malloc((n + 1) * sizeof *p), x[ECB_NSINGLE];
	for (size_t i = 0; p && i < n; i++) {
		ecb_single_features(in, i, x);
		p[i] = (float)at_logreg_prob(model, x);
	}
	return p;
}
