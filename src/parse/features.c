#include "parse/features.h"
#include "core/hash.h"

#include <string.h>

enum { NONE_TAG = 255, ROOT_TAG = 254 };

int at_psent_alloc(at_psent *ps, at_arena *a, int max_n)
{
	size_t n = (size_t)max_n + 2;
	ps->word = AT_NEW_N(a, uint64_t, n);
	ps->suffix = AT_NEW_N(a, uint64_t, n);
	ps->lemma = AT_NEW_N(a, uint64_t, n);
	ps->xpos = AT_NEW_N(a, uint8_t, n);
	ps->upos = AT_NEW_N(a, uint8_t, n);
	return ps->word && ps->suffix && ps->lemma && ps->xpos && ps->upos ? 0 : -1;
}

static uint64_t lower_hash(const char *s, size_t len, size_t from)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = from; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		h ^= c;
		h *= 1099511628211ULL;
	}
	return h;
}

void at_psent_fill(at_psent *ps, const at_word *w, int n)
{
	ps->n = n;
	ps->word[0] = 0;
	ps->suffix[0] = 0;
	ps->lemma[0] = 0;
	ps->xpos[0] = ps->upos[0] = NONE_TAG;
	for (int i = 1; i <= n; i++) {
		const char *f = w[i - 1].form ? w[i - 1].form : "";
		size_t len = strlen(f);
		ps->word[i] = lower_hash(f, len, 0);
		ps->suffix[i] = lower_hash(f, len, len > 3 ? len - 3 : 0) + 1;
		ps->lemma[i] = w[i - 1].lemma ? lower_hash(w[i - 1].lemma, strlen(w[i - 1].lemma), 0) : ps->word[i];
		ps->xpos[i] = w[i - 1].xpos;
		ps->upos[i] = w[i - 1].upos;
	}
	ps->word[n + 1] = 0x726f6f74;
	ps->suffix[n + 1] = 0x726f6f74;
	ps->lemma[n + 1] = 0x726f6f74;
	ps->xpos[n + 1] = ps->upos[n + 1] = ROOT_TAG;
}

static inline uint64_t mix3(uint64_t id, uint64_t a, uint64_t b, uint64_t c)
{
	uint64_t h = at_hash_mix(id * 0x2545f4914f6cdd1dULL, a);
	h = at_hash_mix(h, b);
	return at_hash_mix(h, c);
}

static int distance(int a, int b)
{
	int d = a > b ? a - b : b - a;
	return d < 5 ? d : d < 10 ? 6 : 7;
}

int at_pfeat_transition(const at_psent *ps, const at_pstate *s, uint64_t *out)
{
	int s0 = at_pstate_s(s, 0), s1 = at_pstate_s(s, 1), s2 = at_pstate_s(s, 2);
	int b0 = at_pstate_b(s, 0), b1 = at_pstate_b(s, 1), b2 = at_pstate_b(s, 2);
	const uint64_t *w = ps->word;
	const uint8_t *p = ps->xpos, *u = ps->upos;
	const uint8_t *l = s->label;
	int s0l = s->lc1[s0], s0r = s->rc1[s0], s0l2 = s->lc2[s0], s0r2 = s->rc2[s0];
	int b0l = s->lc1[b0], b0l2 = s->lc2[b0];
	int s1l = s->lc1[s1], s1r = s->rc1[s1], s1r2 = s->rc2[s1];
	int d = s0 && b0 ? distance(s0, b0) : 0;
	int d1 = s0 && s1 ? distance(s0, s1) : 0;
	int n = 0;
#define F(a, b, c) (out[n] = mix3((uint64_t)n + 1, (a), (b), (c)), n++)
	/* single words */
	F(w[s0], p[s0], 0); F(w[s0], 0, 0); F(p[s0], 0, 0);
	F(w[b0], p[b0], 0); F(w[b0], 0, 0); F(p[b0], 0, 0);
	F(w[b1], p[b1], 0); F(w[b1], 0, 0); F(p[b1], 0, 0);
	F(w[b2], p[b2], 0); F(w[b2], 0, 0); F(p[b2], 0, 0);
	F(w[s1], p[s1], 0); F(w[s1], 0, 0); F(p[s1], 0, 0);
	F(w[s2], p[s2], 0); F(p[s2], 0, 0);
	/* pairs */
	F(w[s0] * 31 + p[s0], w[b0], p[b0]);
	F(w[s0], p[s0], w[b0]);
	F(w[s0], w[b0], p[b0]);
	F(w[s0], p[s0], p[b0]);
	F(p[s0], w[b0], p[b0]);
	F(w[s0], w[b0], 0);
	F(p[s0], p[b0], 0);
	F(p[b0], p[b1], 0);
	F(w[s1] * 31 + p[s1], w[s0], p[s0]);
	F(w[s1], w[s0], 0);
	F(p[s1], p[s0], 0);
	F(w[s1], p[s1], p[s0]);
	F(p[s1], w[s0], p[s0]);
	F(w[s1], w[b0], 0);
	F(p[s1], p[b0], 0);
	F(u[s1], u[s0], u[b0]);
	F(u[s0], u[b0], 0);
	/* triples */
	F(p[b0], p[b1], p[b2]);
	F(p[s0], p[b0], p[b1]);
	F(p[s1], p[s0], p[b0]);
	F(p[s2], p[s1], p[s0]);
	F(p[s0], p[s0l], p[b0]);
	F(p[s0], p[s0r], p[b0]);
	F(p[s0], p[b0], p[b0l]);
	F(p[s1], p[s1r], p[s0]);
	F(p[s1], p[s0], p[s0l]);
	F(p[s1], p[s0], p[s0r]);
	F(p[s1], p[s0], p[b1]);
	/* distance */
	F(w[s0], d, 0); F(p[s0], d, 0); F(w[b0], d, 0); F(p[b0], d, 0);
	F(w[s0] * 31 + w[b0], d, 0);
	F(p[s0], p[b0], d);
	F(p[s1], p[s0], d1);
	F(w[s1] * 31 + w[s0], d1, 0);
	/* valency */
	F(w[s0], s->nright[s0], 0); F(p[s0], s->nright[s0], 0);
	F(w[s0], s->nleft[s0], 0); F(p[s0], s->nleft[s0], 0);
	F(w[b0], s->nleft[b0], 0); F(p[b0], s->nleft[b0], 0);
	F(p[s1], s->nright[s1], 0); F(p[s1], s->nleft[s1], 0);
	/* children */
	F(w[s0l], 0, 0); F(p[s0l], 0, 0); F(l[s0l], 0, 0);
	F(w[s0r], 0, 0); F(p[s0r], 0, 0); F(l[s0r], 0, 0);
	F(w[b0l], 0, 0); F(p[b0l], 0, 0); F(l[b0l], 0, 0);
	F(w[s1r], 0, 0); F(p[s1r], 0, 0); F(l[s1r], 0, 0);
	F(p[s1l], l[s1l], 0);
	F(w[s0l2], 0, 0); F(p[s0l2], 0, 0); F(l[s0l2], 0, 0);
	F(w[s0r2], 0, 0); F(p[s0r2], 0, 0); F(l[s0r2], 0, 0);
	F(w[b0l2], 0, 0); F(p[b0l2], 0, 0); F(l[b0l2], 0, 0);
	F(p[s0], p[s0l], p[s0l2]);
	F(p[s0], p[s0r], p[s0r2]);
	F(p[b0], p[b0l], p[b0l2]);
	F(p[s1], p[s1r], p[s1r2]);
	F(p[s0], l[s0l], l[s0r]);
	F(p[b0], l[b0l], p[s0]);
	/* label sets */
	F(w[s0], s->rset[s0], 0); F(p[s0], s->rset[s0], 0);
	F(w[s0], s->lset[s0], 0); F(p[s0], s->lset[s0], 0);
	F(w[b0], s->lset[b0], 0); F(p[b0], s->lset[b0], 0);
	F(p[s1], s->rset[s1], 0); F(p[s1], s->lset[s1], 0);
	/* words around the top of the stack (the buffer hides s0+1 once
	 * s0 has right children) */
	F(p[s0], s0 ? p[s0 + 1] : NONE_TAG, p[b0]);
	F(p[s0], s0 > 1 ? p[s0 - 1] : NONE_TAG, p[b0]);
	F(p[b0], b0 > 1 ? p[b0 - 1] : NONE_TAG, p[s0]);
	F(ps->suffix[s0], p[b0], 0);
	F(ps->suffix[b0], p[s0], 0);
	/* lemmas and universal tags: they generalise over inflection and
	 * hedge against XPOS errors */
	const uint64_t *m = ps->lemma;
	F(m[s0], u[s0], 0); F(m[b0], u[b0], 0); F(m[s1], u[s1], 0);
	F(m[s0], m[b0], 0); F(m[s1], m[s0], 0);
	F(m[s0], u[b0], 0); F(u[s0], m[b0], 0);
	F(u[s0], u[b0], u[b1]); F(u[s2], u[s1], u[s0]);
	F(u[s0], u[s0l], u[s0r]); F(u[b0], u[b0l], 0);
#undef F
	return n;
}

int at_pfeat_label(const at_psent *ps, const at_pstate *s, int head, int dep, uint64_t *out)
{
	const uint64_t *w = ps->word;
	const uint8_t *p = ps->xpos, *u = ps->upos;
	const uint8_t *l = s->label;
	int right = dep > head;
	int sib = right ? s->rc1[head] : s->lc1[head];
	int dl = s->lc1[dep], dr = s->rc1[dep];
	int d = distance(head, dep);
	int n = 0;
#define F(a, b, c) (out[n] = mix3((uint64_t)n + 1000, (a), (b), (c)), n++)
	F(w[dep], right, 0); F(p[dep], right, 0); F(u[dep], right, 0);
	F(w[head], right, 0); F(p[head], right, 0); F(u[head], right, 0);
	F(p[head], p[dep], right);
	F(w[head], p[dep], right);
	F(p[head], w[dep], right);
	F(w[head] * 31 + w[dep], right, 0);
	F(u[head] * 256 + u[dep], right, d);
	F(p[dep], right, d);
	F(p[dep], s->lset[dep], 0);
	F(p[dep], s->rset[dep], 0);
	F(p[head], s->lset[head], right);
	F(p[head], s->rset[head], right);
	F(p[head] * 256 + p[dep], l[sib], right);
	F(p[dep], l[dl], l[dr]);
	F(w[dep], l[dl], 0);
	F(p[dep], p[dl], l[dl]);
	F(p[dep], p[dr], l[dr]);
	F(p[dep], dep > 1 ? p[dep - 1] : NONE_TAG, right);
	F(p[dep], p[dep + 1], right);
	F(p[head], head > 1 ? p[head - 1] : NONE_TAG, p[dep]);
	F(p[head], p[head + 1 <= ps->n + 1 ? head + 1 : 0], p[dep]);
	F(ps->suffix[dep], p[dep], right);
	F(ps->suffix[head], p[head], right);
	F(w[dep], p[head], u[sib]);
	F(p[dep], s->nleft[dep], s->nright[dep]);
	F(ps->lemma[head], ps->lemma[dep], right);
	F(ps->lemma[head], u[dep], right);
#undef F
	return n;
}
