/* Pronouns of people as subjects (he, she, they) link to the entity the
 * text is about: the first person mentioned earlier in the same sentence,
 * else the first one of the nearest sentence before that has one. The
 * first mention of a sentence is usually its subject, which is what a
 * following pronoun most often continues. */
#include "actors/find.h"
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

/* The mention a pronoun at unit u refers to, or -1. Mentions are still in
 * the order they were made: chunks by position, then pronouns. */
static int32_t antecedent(const af_state *st, const af_unit *u, int number)
{
	const at_doc *doc = st->doc;
	int32_t best = -1;
	uint32_t best_sent = 0, best_start = 0;
	for (size_t i = 0; i < doc->nmentions; i++) {
		const at_mention *m = &doc->mentions[i];
		if (m->start >= u->start || m->sent + LOOKBACK_SENTENCES < u->sent || !fits(st, m, number))
			continue;
		/* Nearest sentence first, then the earliest mention in it. */
		if (best < 0 || m->sent > best_sent || (m->sent == best_sent && m->start < best_start)) {
			best = (int32_t)i;
			best_sent = m->sent;
			best_start = m->start;
		}
	}
	return best;
}

int af_pronouns(af_state *st)
{
	for (size_t i = 0; i < st->nunits; i++) {
		const af_unit *u = &st->units[i];
		int number = pronoun_number(u);
		if (!number || !is_subject(st, u))
			continue;
		int32_t a = antecedent(st, u, number);
		if (a < 0)
			continue;
		at_mention m = st->doc->mentions[a];
		if (af_add_mention(st, NULL, (uint32_t)i, (uint32_t)i, m.code, AT_HOW_COREF, 1, m.entity) < 0)
			return -1;
	}
	return 0;
}
