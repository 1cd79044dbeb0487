/* Verb patterns over the clause of a predicate: which code a verb takes. */
#include "events/match.h"

#include <string.h>

/* A run of words of the clause, in sentence order. */
typedef struct region {
	const int32_t *w;
	int n;
} region;

/* Does the space-separated phrase match at region position k? Returns the
 * position after it, or -1. */
static int match_phrase(const at_sview *sv, region r, int k, const char *phrase)
{
	char word[96];
	/* the common case, cheaply: the first word differs in its first letter */
	if (k < r.n && *phrase != sv->form[r.w[k]][0] && *phrase != sv->lemma[r.w[k]][0])
		return -1;
	while (*phrase) {
		size_t n = strcspn(phrase, " ");
		if (n >= sizeof word || k >= r.n)
			return -1;
		memcpy(word, phrase, n);
		word[n] = '\0';
		if (!at_sview_word_is(sv, r.w[k], word))
			return -1;
		k++;
		phrase += n;
		while (*phrase == ' ')
			phrase++;
	}
	return k;
}

/* Terms t..end of an element, consecutively from region position k. */
static int match_terms(const at_sview *sv, region r, int k, const uint32_t *t, const uint32_t *end)
{
	if (t == end)
		return k;
	const at_verb_dict *d = sv->dict;
	if (!(*t & AT_VD_SYNSET)) {
		int next = match_phrase(sv, r, k, d->strings + *t);
		return next < 0 ? -1 : match_terms(sv, r, next, t + 1, end);
	}
	uint32_t s = *t & ~AT_VD_SYNSET;
	if (s >= d->nsynsets)
		return -1;
	const at_vd_synset *set = &d->synsets[s];
	for (uint32_t i = 0; i < set->count && set->first + i < d->nsphrases; i++) {
		int next = match_phrase(sv, r, k, d->strings + d->sphrases[set->first + i]);
		if (next >= 0 && (next = match_terms(sv, r, next, t + 1, end)) >= 0)
			return next;
	}
	return -1;
}

/* Elements in order, with gaps, each consecutive inside. */
static int match_elems(const at_sview *sv, region r, const at_vd_elem *e, int n)
{
	const at_verb_dict *d = sv->dict;
	int k = 0;
	for (int i = 0; i < n; i++) {
		if (e[i].first_term + e[i].nterms > d->nterms)
			return 0;
		const uint32_t *t = d->terms + e[i].first_term;
		int end = -1;
		for (; k < r.n && end < 0; k++)
			end = match_terms(sv, r, k, t, t + e[i].nterms);
		if (end < 0)
			return 0;
		k = end;
	}
	return 1;
}

static int phrase_near(const at_sview *sv, int32_t p, const char *phrase, int dir)
{
	if (!*phrase)
		return 1;
	int32_t idx[4];
	int n = 0;
	for (int32_t i = p + dir; n < 4 && i >= 0 && (uint32_t)i < sv->n; i += dir)
		idx[n++] = i;
	if (dir < 0)
		for (int i = 0; i < n / 2; i++) {
			int32_t t = idx[i];
			idx[i] = idx[n - 1 - i];
			idx[n - 1 - i] = t;
		}
	region r = {idx, n};
	for (int k = 0; k < n; k++)
		if (match_phrase(sv, r, k, phrase) >= 0)
			return 1;
	return 0;
}

/* TABARI's verbs are stems ("abus*"): the longest one the form starts
 * with. */
static int find_stem(const at_sview *sv, int32_t p, const at_vd_verb **out)
{
	char stem[64];
	size_t len = strlen(sv->form[p]);
	if (len >= sizeof stem - 1)
		return 0;
	for (size_t n = len; n >= 3; n--) {
		memcpy(stem, sv->form[p], n);
		stem[n] = '*';
		stem[n + 1] = '\0';
		size_t count = 0;
		const at_vd_verb *v = at_vd_lookup(sv->dict, stem, &count);
		if (v) {
			out[0] = v;
			return 1;
		}
	}
	return 0;
}

/* The dictionary entries for the verb at p whose particles ("call off")
 * are there: those that need particles when any match, else the plain
 * ones; in file order, so later dictionaries come last. The form is
 * looked up before the lemma. */
static int find_entries(const at_sview *sv, int32_t p, const at_vd_verb **out, int max)
{
	const at_verb_dict *d = sv->dict;
	/* the form first: a dictionary may code "met" apart from "meet" */
	const char *keys[2] = {sv->form[p], sv->lemma[p]};
	for (int k = 0; k < 2; k++) {
		if (k == 1 && strcmp(keys[0], keys[1]) == 0)
			break;
		size_t count = 0;
		const at_vd_verb *v = at_vd_lookup(d, keys[k], &count);
		int n = 0, with_particles = 0;
		for (size_t i = 0; i < count; i++) {
			if (!phrase_near(sv, p, d->strings + v[i].before, -1) ||
			    !phrase_near(sv, p, d->strings + v[i].after, +1))
				continue;
			int particles = v[i].before || v[i].after;
			if (particles && !with_particles)
				n = 0;
			with_particles |= particles;
			if (particles == with_particles && n < max)
				out[n++] = &v[i];
		}
		if (n > 0)
			return n;
	}
	return find_stem(sv, p, out);
}

/* Is i in the clause of p: reached from i going up before any other clause
 * head, or through the clausal complement of p ("allowed that Mordor isn't
 * a pleasant place": the patterns of ALLOW read the complement)? */
static int in_clause(const at_sview *sv, int32_t p, int32_t i)
{
	for (uint32_t steps = 0; i >= 0 && steps <= sv->n; steps++) {
		if (i == p)
			return 1;
		if (at_sview_is_clause(sv, i) && !(sv->role[i] == AT_R_CCOMP && sv->head[i] == p))
			return 0;
		i = sv->head[i];
	}
	return 0;
}

/* "won't try to clash", "indicated it would act": the words before a
 * controlled verb or a complement clause include those of the verbs above
 * it. */
static int in_governors(const at_sview *sv, int32_t p, int32_t i)
{
	for (int depth = 0; sv->head[p] >= 0 && depth < 4; depth++) {
		if (sv->role[p] != AT_R_XCOMP && sv->role[p] != AT_R_CCOMP)
			return 0;
		p = sv->head[p];
		if (i == p || in_clause(sv, p, i))
			return 1;
	}
	return 0;
}

static int match_block(const at_sview *sv, uint32_t block, region pre, region post, at_verb_match *out)
{
	const at_verb_dict *d = sv->dict;
	if (block >= d->nblocks)
		return 0;
	const at_vd_block *b = &d->blocks[block];
	for (uint32_t k = 0; k < b->count && b->first + k < d->npatterns; k++) {
		const at_vd_pattern *pat = &d->patterns[b->first + k];
		if (pat->first_elem + pat->npre + pat->npost > d->nelems)
			continue;
		const at_vd_elem *e = d->elems + pat->first_elem;
		if (match_elems(sv, pre, e, pat->npre) && match_elems(sv, post, e + pat->npre, pat->npost)) {
			out->code = pat->code;
			out->rcode = pat->rcode;
			out->weight = (int)pat->weight;
			out->spells_negation = (pat->flags & AT_VD_NEGATION) != 0;
			out->swap = (pat->flags & AT_VD_SWAP) != 0;
			return 1;
		}
	}
	return 0;
}

int at_match_verb(const at_sview *sv, int32_t p, int32_t *scratch, at_verb_match *out)
{
	const at_vd_verb *entries[8];
	int nentries = find_entries(sv, p, entries, 8);
	if (nentries == 0)
		return 0;
	int n = 0, split = 0;
	int32_t colon = at_sview_colon_after(sv, p);
	for (uint32_t i = 0; i < (uint32_t)colon; i++) {
		if ((int32_t)i == p || !(in_clause(sv, p, (int32_t)i) || ((int32_t)i < p && in_governors(sv, p, (int32_t)i))))
			continue;
		if ((int32_t)i < p)
			split++;
		scratch[n++] = (int32_t)i;
	}
	region pre = {scratch, split}, post = {scratch + split, n - split};
	out->weight = 0;
	out->spells_negation = out->swap = 0;
	/* a later dictionary (attache's supplement) overrides an earlier one */
	for (int i = nentries; i-- > 0;)
		if (match_block(sv, entries[i]->block, pre, post, out))
			return 1;
	/* no pattern: the latest entry that codes the bare verb, or says
	 * it codes nothing ("---") */
	out->code = out->rcode = "";
	for (int i = nentries; i-- > 0 && !out->code[0] && !out->rcode[0];) {
		out->code = entries[i]->code;
		out->rcode = entries[i]->rcode;
	}
	return 1;
}
