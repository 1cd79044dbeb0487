/* Pronouns of people as subjects (he, she, they) link to the entity the
 * text is about: the first person mentioned earlier in the same sentence,
 * else the first one of the nearest sentence before that has one. The
 * first mention of a sentence is usually its subject, which is what a
 * following pronoun most often continues. A person the coder could not
 * code still counts, and keeps he and she uncoded. */
#include "actors/find.h"
#include "core/arena.h"
#include "core/tags.h"

#include <string.h>

#define LOOKBACK_SENTENCES 3

static int pronoun_number(const af_unit *u)
{
	if (strcmp(u->key, "he") == 0 || strcmp(u->key, "she") == 0)
		return 1;
	if (strcmp(u->key, "they") == 0)
		return 2;
	return 0;
}

static int is_subject(const af_state *st, const af_unit *u)
{
	const at_word *w = &st->doc->words[u->word];
	if (w->deprel == 0)
		return 1;
	const char *rel = at_deprel_names[at_deprel_universal(w->deprel)];
	return strcmp(rel, "nsubj") == 0;
}

static int fits(const af_state *st, const at_mention *m, int number)
{
	if (m->entity < 0 || !m->is_person)
		return 0;
	return (st->ents[m->entity].plural ? 2 : 1) == number;
}

/* Keeps m as the candidate when it is nearer (a later sentence) or, in the
 * same sentence, earlier. */
static void consider(const at_mention *m, int32_t i, int32_t *best, const at_mention **bm)
{
	if (*best < 0 || m->sent > (*bm)->sent || (m->sent == (*bm)->sent && m->start < (*bm)->start)) {
		*best = i;
		*bm = m;
	}
}

/* Scans mentions [from, to), sorted by position, backwards from the last
 * one before unit u, until they are too many sentences back. */
static void scan(const af_state *st, const af_unit *u, int number, size_t from, size_t to, int32_t *best,
		 const at_mention **bm)
{
	const at_mention *ms = st->doc->mentions;
	size_t lo = from, hi = to;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ms[mid].start < u->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i-- > from;) {
		if (ms[i].sent + LOOKBACK_SENTENCES < u->sent)
			break;
		if (fits(st, &ms[i], number))
			consider(&ms[i], (int32_t)i, best, bm);
	}
}

/* The words some mention or agent ("Trade Representative") covers. */
static uint8_t *covered_words(const af_state *st)
{
	uint8_t *covered = at_arena_alloc(st->doc->arena, st->doc->nwords + 1);
	if (!covered)
		return NULL;
	memset(covered, 0, st->doc->nwords + 1);
	for (size_t i = 0; i < st->doc->nmentions; i++)
		for (uint32_t w = st->doc->mentions[i].word_first; w <= st->doc->mentions[i].word_last; w++)
			covered[w] = 1;
	for (size_t i = 0; i < st->npieces; i++)
		for (uint32_t u = st->pieces[i].first; st->pieces[i].kind == AF_AGENT && u <= st->pieces[i].last; u++)
			covered[st->units[u].word] = 1;
	return covered;
}

/* "Prosecutors allege that Simpson shot Flynn because he ...": a name as
 * subject that no mention took is a person the coder cannot code. When it
 * is nearer to a pronoun than any coded person (by the rule of consider),
 * the pronoun stands for it and stays uncoded, rather than pass to someone
 * further back. */
static int unknown_subject_nearer(const af_state *st, const uint8_t *covered, size_t ui, const at_mention *bm)
{
	const af_unit *u = &st->units[ui], *found = NULL;
	for (size_t k = ui; k-- > 0 && st->units[k].sent + LOOKBACK_SENTENCES >= u->sent;) {
		const af_unit *c = &st->units[k];
		const at_word *w = &st->doc->words[c->word];
		if (found && c->sent < found->sent)
			break;
		if (c->cap && w->upos == AT_PROPN && w->deprel && is_subject(st, c) && !covered[c->word])
			found = c;
	}
	if (!found)
		return 0;
	return !bm || found->sent > bm->sent || (found->sent == bm->sent && found->start < bm->start);
}

/* The mention a pronoun at unit ui refers to, or -1: among the mentions of
 * chunks [0, nchunk) and the pronouns resolved so far after them, both in
 * text order. */
static int32_t antecedent(const af_state *st, const uint8_t *covered, size_t ui, int number, size_t nchunk)
{
	const af_unit *u = &st->units[ui];
	int32_t best = -1;
	const at_mention *bm = NULL;
	scan(st, u, number, 0, nchunk, &best, &bm);
	scan(st, u, number, nchunk, st->doc->nmentions, &best, &bm);
	if (number == 1 && unknown_subject_nearer(st, covered, ui, bm))
		return -1;
	return best;
}

int af_pronouns(af_state *st)
{
	size_t nchunk = st->doc->nmentions;
	const uint8_t *covered = covered_words(st);
	if (!covered)
		return -1;
	for (size_t i = 0; i < st->nunits; i++) {
		const af_unit *u = &st->units[i];
		int number = pronoun_number(u);
		if (!number || !is_subject(st, u))
			continue;
		int32_t a = antecedent(st, covered, i, number, nchunk);
		if (a < 0)
			continue;
		at_mention m = st->doc->mentions[a];
		if (af_add_mention(st, NULL, (uint32_t)i, (uint32_t)i, m.code, AT_HOW_COREF, 1, m.entity) < 0)
			return -1;
	}
	return 0;
}
