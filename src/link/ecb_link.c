#include "link/ecb_link.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "link/agglo.h"
#include "link/stem.h"

/* Per token of one document: its stem id (-1 for punctuation) and whether
 * it is a content word, a name or a number. */
typedef struct tok_info {
	int32_t stem, name, num;
	uint8_t content;
} tok_info;

static int has_alnum(const char *s)
{
	for (; *s; s++)
		if (isalnum((unsigned char)*s))
			return 1;
	return 0;
}

static int has_digit(const char *s)
{
	for (; *s; s++)
		if (isdigit((unsigned char)*s))
			return 1;
	return 0;
}

static void lower(const char *s, char *out, size_t outlen)
{
	size_t i = 0;
	for (; s[i] && i + 1 < outlen; i++)
		out[i] = (char)tolower((unsigned char)s[i]);
	out[i] = '\0';
}

static int token_info(ecb_repr *r, const ecb_token *t, tok_info *ti)
{
	ti->stem = ti->name = ti->num = -1;
	ti->content = 0;
	if (!has_alnum(t->text))
		return 0;
	char low[128], key[136];
	lower(t->text, low, sizeof low);
	size_t n = at_stem(t->text, strlen(t->text), key, sizeof key);
	if ((ti->stem = at_strmap_add(&r->vocab, key, n)) < 0)
		return -1;
	ti->content = !at_stem_is_stopword(low) && !at_stem_is_stopword(key);
	if (has_digit(t->text)) {
		int k = snprintf(key, sizeof key, "#:%s", low);
		if ((ti->num = at_strmap_add(&r->vocab, key, (size_t)k)) < 0)
			return -1;
	} else if (isupper((unsigned char)t->text[0]) && t->number > 0 && ti->content) {
		int k = snprintf(key, sizeof key, "N:%s", low);
		if ((ti->name = at_strmap_add(&r->vocab, key, (size_t)k)) < 0)
			return -1;
	}
	return 0;
}

static float *idf_of(const ecb_repr *r, tok_info *const *info)
{
	const ecb_corpus *c = r->c;
	size_t nv = r->vocab.count;
	float *idf = calloc(nv + 1, sizeof *idf);
	int32_t *last = malloc((nv + 1) * sizeof *last);
	if (!idf || !last) {
		free(idf);
		free(last);
		return NULL;
	}
	for (size_t v = 0; v < nv; v++)
		last[v] = -1;
	for (size_t d = 0; d < c->ndocs; d++)
		for (size_t t = 0; t < c->docs[d].ntokens; t++) {
			int32_t ids[3] = {info[d][t].stem, info[d][t].name, info[d][t].num};
			for (int q = 0; q < 3; q++) {
				int32_t s = ids[q];
				if (s >= 0 && last[s] != (int32_t)d)
					last[s] = (int32_t)d, idf[s] += 1;
			}
		}
	for (size_t v = 0; v < nv; v++)
		idf[v] = idf[v] > 0 ? (float)log((1.0 + (double)c->ndocs) / idf[v]) : 0;
	free(last);
	return idf;
}

static int build_mention(ecb_repr *r, const ecb_mention *m, const tok_info *ti, const float *idf,
			 int32_t *buf, ecb_mrep *out)
{
	const ecb_doc *d = &r->c->docs[m->doc];
	out->head = -1;
	uint32_t head_tok = m->first;
	for (uint32_t t = m->first; t <= m->last && t < d->ntokens; t++) {
		if (ti[t].stem < 0)
			continue;
		/* The first content word that is not a number: "took hostage" -> take,
		 * "6.1-magnitude quake" -> magnitude. */
		if (out->head < 0 && ti[t].content && ti[t].num < 0)
			out->head = ti[t].stem, head_tok = t;
		if (ti[t].content && out->nstems < ECB_MAX_STEMS)
			out->stems[out->nstems++] = ti[t].stem;
	}
	if (out->head < 0)
		out->head = ti[m->first].stem;
	if (r->wordnet)
		at_wordnet_senses(r->wordnet, d->tokens[head_tok].text, &out->wn);
	uint32_t lo = m->first, hi = m->last;
	while (lo > 0 && d->tokens[lo - 1].sent == m->sent)
		lo--;
	while (hi + 1 < d->ntokens && d->tokens[hi + 1].sent == m->sent)
		hi++;
	size_t n = 0, nn = 0, nc = 0, nnum = 0;
	int32_t *names = buf + (hi - lo + 1), *ctx = names + (hi - lo + 1), *nums = ctx + (hi - lo + 1);
	for (uint32_t t = lo; t <= hi; t++) {
		if (ti[t].name >= 0)
			names[nn++] = ti[t].name;
		if (ti[t].num >= 0)
			nums[nnum++] = ti[t].num;
		if (t >= m->first && t <= m->last)
			continue;
		if (ti[t].content)
			buf[n++] = ti[t].stem;
		if (ti[t].content && t + 3 >= m->first && t <= m->last + 3)
			ctx[nc++] = ti[t].stem;
	}
	if (at_svec_build(&out->sent, r->arena, buf, n, idf) != 0 ||
	    at_svec_build(&out->ctx, r->arena, ctx, nc, NULL) != 0 ||
	    at_svec_build(&out->names, r->arena, names, nn, NULL) != 0 ||
	    at_svec_build(&out->nums, r->arena, nums, nnum, NULL) != 0)
		return -1;
	if (ecb_args_find(&r->vocab, r->arena, d, m, buf, &out->args) != 0)
		return -1;
	n = 0;
	for (uint32_t k = 0; k < out->args.ntokens; k++)
		if (ti[out->args.tokens[k]].content)
			buf[n++] = ti[out->args.tokens[k]].stem;
	return at_svec_build(&out->argvec, r->arena, buf, n, idf);
}

static int build_vectors(ecb_repr *r, tok_info **info)
{
	const ecb_corpus *c = r->c;
	float *idf = idf_of(r, info);
	size_t most = 0;
	for (size_t d = 0; d < c->ndocs; d++)
		if (c->docs[d].ntokens > most)
			most = c->docs[d].ntokens;
	int32_t *buf = malloc((4 * most + 4) * sizeof *buf);
	int rc = idf && buf ? 0 : -1;
	for (size_t d = 0; rc == 0 && d < c->ndocs; d++) {
		size_t n = 0;
		for (size_t t = 0; t < c->docs[d].ntokens; t++)
			if (info[d][t].content)
				buf[n++] = info[d][t].stem;
		rc = at_svec_build(&r->docvec[d], r->arena, buf, n, idf);
		n = 0;
		for (size_t t = 0; t < c->docs[d].ntokens; t++) {
			if (info[d][t].name >= 0)
				buf[n++] = info[d][t].name;
			if (info[d][t].num >= 0)
				buf[n++] = info[d][t].num;
		}
		if (rc == 0)
			rc = at_svec_build(&r->docnames[d], r->arena, buf, n, idf);
	}
	for (size_t i = 0; rc == 0 && i < c->nmentions; i++)
		rc = build_mention(r, &c->mentions[i], info[c->mentions[i].doc], idf, buf, &r->m[i]);
	/* A document's main event comes back: count each head within its document. */
	for (size_t i = 0; rc == 0 && i < c->nmentions; i++)
		for (size_t j = i + 1; j < c->nmentions && c->mentions[j].doc == c->mentions[i].doc; j++)
			if (r->m[i].head == r->m[j].head)
				r->m[i].repeats++, r->m[j].repeats++;
	free(idf);
	free(buf);
	return rc;
}

int ecb_repr_build(ecb_repr *r, const ecb_corpus *c, const at_wordnet *wordnet)
{
	memset(r, 0, sizeof *r);
	r->c = c;
	r->wordnet = wordnet;
	r->arena = at_arena_new(1 << 20);
	if (!r->arena)
		return -1;
	at_strmap_init(&r->vocab, r->arena);
	r->docvec = AT_NEW_N(r->arena, at_svec, c->ndocs + 1);
	r->docnames = AT_NEW_N(r->arena, at_svec, c->ndocs + 1);
	r->m = AT_NEW_N(r->arena, ecb_mrep, c->nmentions + 1);
	tok_info **info = calloc(c->ndocs + 1, sizeof *info);
	int rc = r->docvec && r->m && info ? 0 : -1;
	for (size_t d = 0; rc == 0 && d < c->ndocs; d++) {
		info[d] = malloc((c->docs[d].ntokens + 1) * sizeof **info);
		rc = info[d] ? 0 : -1;
		for (size_t t = 0; rc == 0 && t < c->docs[d].ntokens; t++)
			rc = token_info(r, &c->docs[d].tokens[t], &info[d][t]);
	}
	if (rc == 0)
		rc = build_vectors(r, info);
	for (size_t d = 0; info && d < c->ndocs; d++)
		free(info[d]);
	free(info);
	if (rc != 0)
		ecb_repr_free(r);
	return rc;
}

void ecb_repr_free(ecb_repr *r)
{
	at_strmap_free(&r->vocab);
	at_arena_free(r->arena);
	memset(r, 0, sizeof *r);
}

static int grow_counts(ecb_priors *p, size_t k);

/* "stemA\x01stemB" with the two in byte order. */
static size_t pair_key(const char *a, const char *b, char *out, size_t outlen)
{
	if (strcmp(a, b) > 0) {
		const char *t = a;
		a = b, b = t;
	}
	int n = snprintf(out, outlen, "%s\x01%s", a, b);
	return n < 0 ? 0 : (size_t)n >= outlen ? outlen - 1 : (size_t)n;
}

static int count_pair(ecb_priors *p, const char *a, const char *b, int coref)
{
	char key[300];
	int32_t k = at_strmap_add(&p->pairs, key, pair_key(a, b, key, sizeof key));
	if (k < 0 || grow_counts(p, (size_t)k) != 0)
		return -1;
	p->pos[k] += (uint32_t)coref;
	p->tot[k]++;
	return 0;
}

static int grow_counts(ecb_priors *p, size_t k)
{
	if (k >= p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 1024;
		uint32_t *pos = realloc(p->pos, cap * sizeof *pos);
		if (pos)
			p->pos = pos;
		uint32_t *tot = realloc(p->tot, cap * sizeof *tot);
		if (tot)
			p->tot = tot;
		if (!pos || !tot)
			return -1;
		memset(p->pos + p->cap, 0, (cap - p->cap) * sizeof *pos);
		memset(p->tot + p->cap, 0, (cap - p->cap) * sizeof *tot);
		p->cap = cap;
	}
	return 0;
}

/* How often a mention with this head has a coreferent mention elsewhere:
 * "say" rarely does, "arrest" usually does. Key: "stem\x02". */
static int count_heads(ecb_priors *p, const ecb_repr *r, int fold)
{
	const ecb_corpus *c = r->c;
	size_t *partners = calloc(c->ngold + 1, sizeof *partners);
	if (!partners)
		return -1;
	for (size_t i = 0; i < c->nmentions; i++)
		partners[c->mentions[i].gold]++;
	int rc = 0;
	char key[200];
	for (size_t i = 0; rc == 0 && i < c->nmentions; i++) {
		if (fold >= 0 && c->docs[c->mentions[i].doc].topic % 2 != fold)
			continue;
		int n = snprintf(key, sizeof key, "%s\x02", r->vocab.keys[r->m[i].head]);
		int32_t k = at_strmap_add(&p->pairs, key, (size_t)n);
		rc = k < 0 || grow_counts(p, (size_t)k) != 0 ? -1 : 0;
		if (rc == 0) {
			p->pos[k] += partners[c->mentions[i].gold] > 1;
			p->tot[k]++;
			p->heads[0] += partners[c->mentions[i].gold] > 1;
			p->heads[1]++;
		}
	}
	free(partners);
	return rc;
}

int ecb_priors_build(ecb_priors *p, const ecb_repr *r, int fold)
{
	memset(p, 0, sizeof *p);
	p->arena = at_arena_new(1 << 16);
	if (!p->arena)
		return -1;
	at_strmap_init(&p->pairs, p->arena);
	const ecb_corpus *c = r->c;
	double same[2] = {1, 2}, diff[2] = {1, 2};
	for (size_t i = 0; i < c->nmentions; i++) {
		const ecb_doc *di = &c->docs[c->mentions[i].doc];
		if (fold >= 0 && di->topic % 2 != fold)
			continue;
		const char *a = r->vocab.keys[r->m[i].head];
		for (size_t j = i + 1; j < c->nmentions; j++) {
			if (c->docs[c->mentions[j].doc].topic != di->topic)
				break;
			int coref = c->mentions[i].gold == c->mentions[j].gold;
			double *base = r->m[i].head == r->m[j].head ? same : diff;
			base[0] += coref, base[1] += 1;
			if (count_pair(p, a, r->vocab.keys[r->m[j].head], coref) != 0) {
				ecb_priors_free(p);
				return -1;
			}
		}
	}
	if (count_heads(p, r, fold) != 0) {
		ecb_priors_free(p);
		return -1;
	}
	p->base_same = same[0] / same[1];
	p->base_diff = diff[0] / diff[1];
	return 0;
}

void ecb_priors_free(ecb_priors *p)
{
	at_strmap_free(&p->pairs);
	free(p->pos);
	free(p->tot);
	at_arena_free(p->arena);
	memset(p, 0, sizeof *p);
}

/* The smoothed coreference rate of a head pair, and how much evidence. */
static double prior_rate(const ecb_priors *p, const char *a, const char *b, int same, double *seen)
{
	char key[300];
	int32_t k = at_strmap_find(&p->pairs, key, pair_key(a, b, key, sizeof key));
	double base = same ? p->base_same : p->base_diff;
	*seen = 0;
	if (k < 0)
		return base;
	*seen = p->tot[k] >= 3;
	return (p->pos[k] + 2 * base) / (p->tot[k] + 2);
}

static double head_rate(const ecb_priors *p, const char *head)
{
	char key[200];
	int n = snprintf(key, sizeof key, "%s\x02", head);
	int32_t k = at_strmap_find(&p->pairs, key, (size_t)n);
	double base = p->heads[1] > 0 ? p->heads[0] / p->heads[1] : 0.5;
	return k < 0 ? base : (p->pos[k] + 2 * base) / (p->tot[k] + 2);
}

static double logit(double p)
{
	p = p < 1e-4 ? 1e-4 : p > 1 - 1e-4 ? 1 - 1e-4 : p;
	return log(p / (1 - p)) / 4;
}

static size_t common_prefix(const char *a, const char *b)
{
	size_t n = 0;
	while (a[n] && a[n] == b[n])
		n++;
	return n;
}

/* Dice coefficient of the character trigrams of two words. */
static double trigram_dice(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	if (na < 3 || nb < 3)
		return strcmp(a, b) == 0;
	size_t shared = 0;
	for (size_t i = 0; i + 3 <= na; i++)
		for (size_t j = 0; j + 3 <= nb; j++)
			if (memcmp(a + i, b + j, 3) == 0) {
				shared++;
				break;
			}
	return 2.0 * (double)shared / (double)(na - 2 + nb - 2);
}

static int svec_has(const at_svec *v, int32_t id)
{
	uint32_t lo = 0, hi = v->n;
	while (lo < hi) {
		uint32_t mid = (lo + hi) / 2;
		if (v->ids[mid] == id)
			return 1;
		if (v->ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* Both present: 1 when they agree, -1 when they differ; 0 otherwise. */
static int agreement(int32_t a, int32_t b)
{
	return a < 0 || b < 0 ? 0 : a == b ? 1 : -1;
}

static int set_agreement(const at_svec *a, const at_svec *b)
{
	return a->n == 0 || b->n == 0 ? 0 : at_svec_shared(a, b) > 0 ? 1 : -1;
}

/* How many of each mention's argument names the other's sentence holds:
 * "Buckley fell" next to "police said Robert Buckley's fall". */
static double names_found(const ecb_mrep *a, const ecb_mrep *b)
{
	uint32_t n = a->args.names.n + b->args.names.n;
	return n ? (double)(at_svec_shared(&a->args.names, &b->names) +
			    at_svec_shared(&b->args.names, &a->names)) / n : 0;
}

static double stem_jaccard(const ecb_mrep *a, const ecb_mrep *b)
{
	size_t inter = 0;
	for (uint8_t i = 0; i < a->nstems; i++)
		for (uint8_t j = 0; j < b->nstems; j++)
			if (a->stems[i] == b->stems[j]) {
				inter++;
				break;
			}
	size_t uni = a->nstems + b->nstems - inter;
	return uni ? (double)inter / (double)uni : 0;
}

void ecb_pair_features(const ecb_repr *r, const ecb_priors *p, size_t i, size_t j, float *x)
{
	const ecb_mrep *a = &r->m[i], *b = &r->m[j];
	const ecb_mention *ma = &r->c->mentions[i], *mb = &r->c->mentions[j];
	const char *ha = r->vocab.keys[a->head], *hb = r->vocab.keys[b->head];
	int same = a->head == b->head;
	double seen, rate = prior_rate(p, ha, hb, same, &seen);
	double sent = at_svec_dot(&a->sent, &b->sent), doc = at_svec_dot(&r->docvec[ma->doc], &r->docvec[mb->doc]);
	uint32_t names = at_svec_shared(&a->names, &b->names), nums = at_svec_shared(&a->nums, &b->nums);
	int same_doc = ma->doc == mb->doc;
	int wn = r->wordnet ? at_wordnet_relation(&a->wn, &b->wn) : 0;
	double ra = head_rate(p, ha), rb = head_rate(p, hb);
	float f[ECB_NBASE] = {
		1,
		(float)same,
		(float)stem_jaccard(a, b),
		(float)(!same && common_prefix(ha, hb) >= 4),
		(float)trigram_dice(ha, hb),
		(float)sent,
		(float)doc,
		(float)same_doc,
		(float)(names > 3 ? 1 : names / 3.0),
		(float)(nums > 2 ? 1 : nums / 2.0),
		(float)at_svec_dot(&a->ctx, &b->ctx),
		(float)rate,
		(float)seen,
		(float)(same * sent),
		(float)(same * doc),
		(float)(!same * doc),
		(float)(same_doc && ma->sent == mb->sent),
		(float)(same * rate),
		(float)(same * same_doc),
		(float)(head_rate(p, ha) * head_rate(p, hb)),
		(float)(same * head_rate(p, ha)),
		(float)(sent > 0.1), (float)(sent > 0.2), (float)(sent > 0.35),
		(float)(doc > 0.2), (float)(doc > 0.35), (float)(doc > 0.5),
		(float)(same * (doc > 0.35)),
		(float)(wn == 3), (float)(wn == 2), (float)(wn == 1), (float)(wn > 0) * (float)sent,
		/* Each head in the other's document or sentence: "the deal to
		 * acquire" next to "the acquisition". */
		(float)(svec_has(&r->docvec[mb->doc], a->head) + svec_has(&r->docvec[ma->doc], b->head)) / 2,
		(float)(svec_has(&b->sent, a->head) + svec_has(&a->sent, b->head)) / 2,
		(float)fmin(ra, rb), (float)logit(rate), (float)logit(fmin(ra, rb)),
		/* Document similarity modulates every other cue. */
		(float)(sent * doc), (float)(at_svec_dot(&a->ctx, &b->ctx) * doc), (float)(rate * doc),
		(float)((wn >= 2) * doc), (float)(stem_jaccard(a, b) * doc), (float)((names > 0) * doc),
		(float)(a->repeats < b->repeats ? a->repeats : b->repeats) / 4,
		(float)((a->repeats > 0) + (b->repeats > 0)) / 2,
		/* The participants (link/ecb_args.h). */
		(float)(agreement(a->args.agent, b->args.agent) > 0),
		(float)(agreement(a->args.agent, b->args.agent) < 0),
		(float)(agreement(a->args.patient, b->args.patient) > 0),
		(float)(agreement(a->args.patient, b->args.patient) < 0),
		(float)(set_agreement(&a->args.names, &b->args.names) > 0),
		(float)(set_agreement(&a->args.names, &b->args.names) < 0),
		(float)(set_agreement(&a->args.nums, &b->args.nums) < 0),
		(float)at_svec_dot(&a->argvec, &b->argvec),
		(float)(a->argvec.n > 0 && b->argvec.n > 0),
		(float)names_found(a, b),
		(float)(a->args.names.n > 0 && b->args.names.n > 0 && names_found(a, b) == 0),
		/* Two sentences that both name people, places or figures and share
		 * none: "a 36-year-old Australian" and "a British climber". */
		(float)(a->names.n > 0 && b->names.n > 0 && names == 0),
		(float)(a->nums.n > 0 && b->nums.n > 0 && nums == 0),
	};
	/* One weight vector for pairs with the same head, one for the others. */
	for (size_t k = 0; k < ECB_NBASE; k++) {
		x[k] = same ? f[k] : 0;
		x[ECB_NBASE + k] = same ? 0 : f[k];
	}
}

int ecb_train(at_logreg *model, const ecb_repr *train, int epochs)
{
	const ecb_corpus *c = train->c;
	ecb_priors folds[2];
	if (ecb_priors_build(&folds[0], train, 0) != 0)
		return -1;
	if (ecb_priors_build(&folds[1], train, 1) != 0) {
		ecb_priors_free(&folds[0]);
		return -1;
	}
	size_t n = 0, cap = 1 << 16;
	float *x = malloc(cap * ECB_NFEAT * sizeof *x);
	uint8_t *y = malloc(cap);
	int rc = x && y ? 0 : -1;
	for (size_t i = 0; rc == 0 && i < c->nmentions; i++) {
		const ecb_doc *di = &c->docs[c->mentions[i].doc];
		int topic = di->topic;
		for (size_t j = i + 1; rc == 0 && j < c->nmentions; j++) {
			const ecb_doc *dj = &c->docs[c->mentions[j].doc];
			if (dj->topic != topic)
				break;
			/* Mentions are clustered within groups of documents about
			 * one event, so that is where the model must tell them
			 * apart: the other subtopic's pairs are left out. */
			if (dj->plus != di->plus)
				continue;
			if (n == cap) {
				cap *= 2;
				float *nx = realloc(x, cap * ECB_NFEAT * sizeof *x);
				uint8_t *ny = realloc(y, cap);
				x = nx ? nx : x, y = ny ? ny : y;
				if (!nx || !ny) {
					rc = -1;
					break;
				}
			}
			/* The priors come from the other fold, as they will at test time. */
			ecb_pair_features(train, &folds[1 - topic % 2], i, j, x + n * ECB_NFEAT);
			y[n++] = c->mentions[i].gold == c->mentions[j].gold;
		}
	}
	if (rc == 0)
		rc = at_logreg_train(model, x, y, n, ECB_NFEAT, epochs, 1e-5);
	free(x);
	free(y);
	ecb_priors_free(&folds[0]);
	ecb_priors_free(&folds[1]);
	return rc;
}

float *ecb_head_rates(const ecb_repr *r, const ecb_priors *p)
{
	size_t n = r->c->nmentions;
	float *rate = malloc((n + 1) * sizeof *rate);
	for (size_t i = 0; rate && i < n; i++)
		rate[i] = (float)head_rate(p, r->vocab.keys[r->m[i].head]);
	return rate;
}

float *ecb_pair_probs(const ecb_repr *r, const ecb_priors *p, const at_logreg *model)
{
	size_t n = r->c->nmentions;
	float *prob = malloc((n * n + 1) * sizeof *prob);
	if (!prob)
		return NULL;
	float x[ECB_NFEAT];
	for (size_t i = 0; i < n; i++) {
		prob[i * n + i] = 1;
		for (size_t j = i + 1; j < n; j++) {
			ecb_pair_features(r, p, i, j, x);
			prob[i * n + j] = prob[j * n + i] = (float)at_logreg_prob(model, x);
		}
	}
	return prob;
}

/* Mean similarity between the members of idx labelled a and those labelled
 * b (a == b: within one, over distinct pairs). */
static double mean_sim(const float *sim, size_t n, const size_t *idx, const int *label, size_t k,
		       int a, int b)
{
	double sum = 0, pairs = 0;
	for (size_t x = 0; x < k; x++)
		for (size_t y = a == b ? x + 1 : 0; y < k; y++)
			if (label[x] == a && label[y] == b)
				sum += sim[idx[x] * n + idx[y]], pairs++;
	return pairs > 0 ? sum / pairs : 0;
}

/* Two events of one kind (two players arrested for drunk driving) can
 * share enough words to end up in one group: a group whose two halves are
 * much closer inside than across is split in two. A half of one or two
 * documents is more often a report that reads unlike the others than a
 * second event, hence the least size of a half. */
static int split_groups(const float *sim, size_t n, int *group, double ratio, size_t min_part)
{
	size_t *idx = malloc((n + 1) * sizeof *idx);
	float *sub = malloc((n * n + 1) * sizeof *sub);
	int *label = malloc((n + 1) * sizeof *label);
	int rc = idx && sub && label ? 0 : -1, next = 0;
	for (size_t d = 0; d < n; d++)
		next = group[d] >= next ? group[d] + 1 : next;
	for (int g = 0, ngroups = next; rc == 0 && g < ngroups; g++) {
		size_t k = 0;
		for (size_t d = 0; d < n; d++)
			if (group[d] == g)
				idx[k++] = d;
		if (k < 2 * min_part)
			continue;
		for (size_t x = 0; x < k; x++)
			for (size_t y = 0; y < k; y++)
				sub[x * k + y] = sim[idx[x] * n + idx[y]];
		if (at_agglo_average_until(sub, k, -1e30, 2, label) != 2) {
			rc = -1;
			break;
		}
		size_t in0 = 0;
		for (size_t x = 0; x < k; x++)
			in0 += label[x] == 0;
		if (in0 < min_part || k - in0 < min_part)
			continue;
		double w0 = mean_sim(sim, n, idx, label, k, 0, 0), w1 = mean_sim(sim, n, idx, label, k, 1, 1);
		if (mean_sim(sim, n, idx, label, k, 0, 1) < ratio * (w0 < w1 ? w0 : w1)) {
			for (size_t x = 0; x < k; x++)
				if (label[x] == 1)
					group[idx[x]] = next;
			next++;
		}
	}
	free(idx), free(sub), free(label);
	return rc;
}

float *ecb_doc_similarity(const ecb_repr *r)
{
	size_t n = r->c->ndocs;
	float *sim = malloc((n * n + 1) * sizeof *sim);
	for (size_t i = 0; sim && i < n; i++)
		for (size_t j = 0; j < n; j++)
			sim[i * n + j] = (float)(0.5 * at_svec_dot(&r->docvec[i], &r->docvec[j]) +
						 0.5 * at_svec_dot(&r->docnames[i], &r->docnames[j]));
	return sim;
}

/* A report that reads unlike the others of its event (a short update, a
 * column) can fall below the threshold alone; its nearest document still
 * shows where it belongs. */
int ecb_attach_small(const float *sim, size_t n, int *group, double attach)
{
	size_t *size = calloc(n + 1, sizeof *size);
	if (!size)
		return -1;
	for (size_t d = 0; d < n; d++)
		size[group[d]]++;
	for (size_t d = 0; attach > 0 && d < n; d++) {
		if (size[group[d]] > 2)
			continue;
		size_t best = n;
		for (size_t e = 0; e < n; e++)
			if (size[group[e]] > 2 && (best == n || sim[d * n + e] > sim[d * n + best]))
				best = e;
		if (best < n && sim[d * n + best] > attach) {
			size[group[d]]--;
			group[d] = group[best];
			size[group[d]]++;
		}
	}
	free(size);
	return 0;
}

int ecb_split_groups(const float *sim, size_t n, int *group, double split, size_t min_part)
{
	return split > 0 ? split_groups(sim, n, group, split, min_part < 2 ? 2 : min_part) : 0;
}

int *ecb_group_docs(const ecb_repr *r, const ecb_grouping *g)
{
	size_t n = r->c->ndocs;
	float *sim = ecb_doc_similarity(r);
	int *group = malloc((n + 1) * sizeof *group);
	if (!sim || !group || at_agglo_average(sim, n, g->threshold, group) < 0 ||
	    ecb_attach_small(sim, n, group, g->attach) != 0 ||
	    ecb_split_groups(sim, n, group, g->split, g->min_part) != 0) {
		free(group);
		group = NULL;
	}
	free(sim);
	return group;
}

int ecb_cluster_mentions(const ecb_repr *r, const float *prob, const float *single, const int *group,
			 double threshold, int *cluster)
{
	const ecb_corpus *c = r->c;
	size_t n = c->nmentions;
	size_t *idx = malloc((n + 1) * sizeof *idx);
	float *sub = malloc((n * n + 1) * sizeof *sub);
	int *label = malloc((n + 1) * sizeof *label);
	uint8_t *done = calloc(n + 1, 1);
	int rc = idx && sub && label && done ? 0 : -1;
	int next = 0;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		if (done[i])
			continue;
		int g = group[c->mentions[i].doc];
		size_t k = 0;
		for (size_t j = i; j < n; j++)
			if (!done[j] && group[c->mentions[j].doc] == g)
				idx[k++] = j, done[j] = 1;
		for (size_t a = 0; a < k; a++)
			for (size_t b = 0; b < k; b++)
				sub[a * k + b] = prob[idx[a] * n + idx[b]];
		/* A mention more likely alone than not joins no cluster: every
		 * average it takes part in falls far below any threshold. */
		for (size_t a = 0; single && a < k; a++)
			if (single[idx[a]] > 0.5f)
				for (size_t b = 0; b < k; b++)
					if (b != a)
						sub[a * k + b] = sub[b * k + a] = -1e6f;
		int count = at_agglo_average(sub, k, threshold, label);
		if (count < 0) {
			rc = -1;
			break;
		}
		for (size_t a = 0; a < k; a++)
			cluster[idx[a]] = next + label[a];
		next += count;
	}
	free(idx), free(sub), free(label), free(done);
	return rc;
}
