#include "link/ecb_args.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "core/tags.h"

enum role { ROLE_NONE, ROLE_AGENT, ROLE_PATIENT, ROLE_OTHER };

/* Which argument a dependent of the event word is: "police arrested him",
 * "Apple's acquisition of X", "the attack in Mumbai on Friday". Modifiers
 * of the event itself (amod "deadly", advmod) are not participants. */
static enum role role_of(int deprel)
{
	const char *name = at_deprel_names[deprel];
	if (strcmp(name, "nsubj") == 0 || strcmp(name, "nsubj:pass") == 0 ||
	    strcmp(name, "csubj") == 0 || strcmp(name, "obl:agent") == 0 ||
	    strcmp(name, "nmod:poss") == 0)
		return ROLE_AGENT;
	if (strcmp(name, "obj") == 0 || strcmp(name, "iobj") == 0)
		return ROLE_PATIENT;
	if (strncmp(name, "obl", 3) == 0 || strncmp(name, "nmod", 4) == 0 ||
	    strcmp(name, "compound") == 0 || strcmp(name, "appos") == 0 ||
	    strcmp(name, "nummod") == 0)
		return ROLE_OTHER;
	return ROLE_NONE;
}

/* prefix + the word in lower case. */
static int32_t word_id(at_strmap *vocab, const char *prefix, const char *word)
{
	char key[136];
	int n = snprintf(key, sizeof key, "%s%s", prefix, word);
	if (n < 0)
		return -1;
	size_t len = (size_t)n < sizeof key ? (size_t)n : sizeof key - 1;
	for (size_t i = strlen(prefix); i < len; i++)
		key[i] = (char)tolower((unsigned char)key[i]);
	return at_strmap_add(vocab, key, len);
}

static int32_t lemma_id(at_strmap *vocab, const ecb_token *t)
{
	return word_id(vocab, "L:", t->lemma ? t->lemma : t->text);
}

/* The token of the span that the tree attaches outside it. */
static uint32_t span_head(const ecb_doc *d, const ecb_mention *m)
{
	for (uint32_t t = m->first; t <= m->last; t++) {
		int32_t h = d->tokens[t].head;
		if (h < (int32_t)m->first || h > (int32_t)m->last)
			return t;
	}
	return m->first;
}

/* The dependent of top whose subtree holds t, or -1 when t is not below
 * top. The depth bound guards against a cycle in a malformed tree. */
static int32_t branch_of(const ecb_doc *d, uint32_t t, uint32_t top)
{
	int32_t prev = -1, cur = (int32_t)t;
	for (int depth = 0; cur >= 0 && depth < 64; depth++) {
		if (cur == (int32_t)top)
			return prev;
		prev = cur;
		cur = d->tokens[cur].head;
	}
	return -1;
}

/* A subject the event word shares with the word it depends on: "arrested
 * and charged" (conj), "tried to flee" (xcomp), "launched an attack" (obj
 * of a light verb). Token index in [lo, hi], or -1. */
static int32_t inherited_agent(const ecb_doc *d, uint32_t h, uint32_t lo, uint32_t hi)
{
	int32_t gov = d->tokens[h].head;
	if (gov < 0)
		return -1;
	const char *rel = at_deprel_names[d->tokens[h].deprel];
	if (strcmp(rel, "conj") != 0 && strcmp(rel, "xcomp") != 0 && strcmp(rel, "obj") != 0)
		return -1;
	for (uint32_t t = lo; t <= hi; t++)
		if (d->tokens[t].head == gov && role_of(d->tokens[t].deprel) == ROLE_AGENT &&
		    d->tokens[t].upos != AT_PRON)
			return (int32_t)t;
	return -1;
}

/* Adds token t, which lies within argument b of the event word. */
static int add_arg_token(at_strmap *vocab, const ecb_doc *d, uint32_t t, int32_t b, ecb_args *a,
			 int32_t *names, size_t *nn, int32_t *nums, size_t *nnum)
{
	const ecb_token *arg = &d->tokens[b], *tok = &d->tokens[t];
	a->tokens[a->ntokens++] = t;
	if (t == (uint32_t)b) {
		enum role role = role_of(arg->deprel);
		int32_t *slot = role == ROLE_AGENT ? &a->agent : role == ROLE_PATIENT ? &a->patient : NULL;
		if (slot && *slot < 0 && (*slot = lemma_id(vocab, arg)) < 0)
			return -1;
	}
	int32_t id = 0;
	if (tok->upos == AT_PROPN && (id = word_id(vocab, "N:", tok->text)) >= 0)
		names[(*nn)++] = id;
	else if (tok->upos == AT_NUM && (id = lemma_id(vocab, tok)) >= 0)
		nums[(*nnum)++] = id;
	return id < 0 ? -1 : 0;
}

int ecb_args_find(at_strmap *vocab, at_arena *arena, const ecb_doc *d, const ecb_mention *m,
		  int32_t *buf, ecb_args *a)
{
	memset(a, 0, sizeof *a);
	a->agent = a->patient = -1;
	uint32_t lo = m->first, hi = m->last;
	while (lo > 0 && d->tokens[lo - 1].sent == m->sent)
		lo--;
	while (hi + 1 < d->ntokens && d->tokens[hi + 1].sent == m->sent)
		hi++;
	size_t span = hi - lo + 1, nn = 0, nnum = 0;
	int32_t *names = buf, *nums = buf + span;
	a->tokens = AT_NEW_N(arena, uint32_t, span);
	if (!a->tokens)
		return -1;
	uint32_t h = span_head(d, m);
	for (uint32_t t = lo; t <= hi && d->tokens[h].lemma; t++) {
		if (t >= m->first && t <= m->last)
			continue;
		int32_t b = branch_of(d, t, h);
		if (b < 0 || role_of(d->tokens[b].deprel) == ROLE_NONE ||
		    d->tokens[b].upos == AT_PRON || d->tokens[b].upos == AT_DET)
			continue;
		if (add_arg_token(vocab, d, t, b, a, names, &nn, nums, &nnum) != 0)
			return -1;
	}
	if (a->agent < 0 && d->tokens[h].lemma) {
		int32_t t = inherited_agent(d, h, lo, hi);
		if (t >= 0 && (a->agent = lemma_id(vocab, &d->tokens[t])) < 0)
			return -1;
	}
	if (at_svec_build(&a->names, arena, names, nn, NULL) != 0 ||
	    at_svec_build(&a->nums, arena, nums, nnum, NULL) != 0)
		return -1;
	return 0;
}
