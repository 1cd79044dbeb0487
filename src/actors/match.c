/* Longest dictionary matches over the units of each sentence. The compiled
 * table holds every prefix of every phrase, so reading stops as soon as the
 * text read so far starts no phrase: a handful of probes per unit. */
#include "actors/find.h"
#include "core/hash.h"
#include "core/tags.h"

#include <string.h>

#define KEY_MAX 256

typedef struct best {
	uint32_t n;           /* units matched, 0 for none */
	uint32_t entry;
	int plural;
} best;

static uint64_t fnv_add(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* "Americans", "Mexicans": an actor's plural, tried when the full form is
 * not in the dictionary. */
static int plural_actor(const at_actor_dict *d, const char *key, size_t len, ad_hit *hit)
{
	if (len < 4 || key[len - 1] != 's')
		return 0;
	*hit = ad_lookup(d, key, len - 1, at_hash_bytes(key, len - 1));
	return hit->found && d->entries[hit->entry].kind == AD_ACTOR;
}

static int is_possessive(const af_unit *u)
{
	return strcmp(u->key, "'s") == 0 || strcmp(u->key, "'") == 0;
}

static best longest_at(const af_state *st, size_t i, size_t end)
{
	char key[KEY_MAX];
	size_t len = 0;
	uint64_t h = 1469598103934665603ULL;
	best b = {0, 0, 0};
	for (size_t j = i; j < end; j++) {
		const af_unit *u = &st->units[j];
		/* "Gryffindor's head" reads as "gryffindor head": the compiler
		 * keeps phrases with a possessive in both forms. */
		if (j > i && is_possessive(u))
			continue;
		if (len + u->len + 2 > KEY_MAX)
			break;
		if (j > i && u->gap) {
			key[len++] = ' ';
			h = fnv_add(h, " ", 1);
		}
		memcpy(key + len, u->key, u->len);
		h = fnv_add(h, u->key, u->len);
		len += u->len;
		ad_hit hit = ad_lookup(st->dict, key, len, h);
		if (hit.found) {
			b.n = (uint32_t)(j - i + 1);
			b.entry = hit.entry;
			b.plural = hit.plural;
		} else {
			ad_hit singular;
			if (plural_actor(st->dict, key, len, &singular)) {
				b.n = (uint32_t)(j - i + 1);
				b.entry = singular.entry;
				b.plural = 1;
			}
		}
		if (!hit.longer)
			break;
	}
	return b;
}

/* Lower-case text only matches agents ("officials") and phrases with a
 * capital somewhere ("the White House"); a short name needs capitals
 * throughout, so that "us" is not the United States. */
static int case_fits(const af_state *st, size_t i, const best *b)
{
	const ad_entry *e = &st->dict->entries[b->entry];
	if (e->kind != AD_ACTOR)
		return 1;
	int any_cap = 0;
	for (size_t j = i; j < i + b->n; j++)
		any_cap |= st->units[j].cap;
	if (!any_cap)
		return 0;
	if (b->n == 1 && st->units[i].len <= 3) {
		const char *s = st->doc->text + st->units[i].start;
		for (uint32_t k = 0; k < st->units[i].end - st->units[i].start; k++)
			if (s[k] >= 'a' && s[k] <= 'z')
				return 0;
	}
	return 1;
}

static int push_piece(af_state *st, const af_piece *p)
{
	if (st->npieces == st->pieces_cap) {
		st->pieces = at_arena_grow(st->doc->arena, st->pieces, sizeof *st->pieces, &st->pieces_cap);
		if (!st->pieces)
			return -1;
	}
	st->pieces[st->npieces++] = *p;
	return 0;
}

static int is_country_code(const char *code)
{
	return code && strlen(code) == 3;
}

/* A dictionary match becomes a piece: countries, other actors (with their
 * code on the document's date) and agents. Discards become pieces of kind
 * 0, which hide what they cover from the chunker. */
static int add_match(af_state *st, size_t i, const best *b)
{
	const ad_entry *e = &st->dict->entries[b->entry];
	af_piece p = {(uint32_t)i, (uint32_t)(i + b->n - 1), b->entry, 0, (uint8_t)b->plural, NULL};
	if (e->kind == AD_DISCARD) {
		p.kind = 0;
	} else if (e->kind == AD_AGENT) {
		/* "an official visit": a one-word agent the tagger calls an
		 * adjective is not one. */
		if (b->n == 1 && st->units[i].upos == AT_ADJ)
			return 0;
		p.kind = AF_AGENT;
		p.code = ad_str(st->dict, e->code);
		/* Substitution sets (MINISTERS) carry no plural mark. */
		const af_unit *head = &st->units[p.last];
		if ((head->len > 3 && head->key[head->len - 1] == 's' && head->key[head->len - 2] != 's') ||
		    strcmp(head->key, "people") == 0 || strcmp(head->key, "police") == 0 ||
		    strcmp(head->key, "personnel") == 0)
			p.plural = 1;
	} else {
		p.code = ad_entry_code(st->dict, b->entry, st->date);
		p.kind = is_country_code(p.code) && !e->role_count ? AF_COUNTRY : AF_ACTOR;
	}
	return push_piece(st, &p);
}

/* A single person known by the surname alone: the kind of match that a
 * given name before it turns into someone else. */
static int surname_alone(const af_state *st, const best *b)
{
	const ad_entry *e = &st->dict->entries[b->entry];
	return b->n == 1 && e->kind == AD_ACTOR && e->role_count;
}

/* "Gerhard Stoltenberg", "Hunter Biden": a person known by the surname
 * alone, after a given name the dictionary does not list with it, is
 * someone else. The unit before is a capitalised word no match took and
 * no honorific ("Mr Stoltenberg" is him). */
static int another_of_that_name(const af_state *st, size_t j, size_t sent_first, const best *b,
				int prev_unmatched)
{
	static const char *const honorifics[] = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "madame", NULL};
	if (!surname_alone(st, b) || j == sent_first || !prev_unmatched)
		return 0;
	const af_unit *prev = &st->units[j - 1];
	/* a capitalised noun inside the sentence is a name too ("Hunter");
	 * untagged text has only the capital to go by */
	int inside = j - 1 > sent_first;
	if (!prev->cap || !prev->alpha ||
	    !(prev->upos == AT_PROPN || ((prev->upos == AT_NOUN || prev->upos == AT_UPOS_NONE) && inside)))
		return 0;
	for (int k = 0; honorifics[k]; k++)
		if (strcmp(prev->key, honorifics[k]) == 0)
			return 0;
	return 1;
}

/* "Hunter Biden": a capitalised civilian agent word ("hunter", "citizen")
 * right before a surname the dictionary knows is a given name, not an
 * agent (a proper noun, or untagged text, where the capital is all there
 * is to go by); titles ("President Biden") have agent codes of their own (GOV,
 * MIL, ...), so they are not taken for names. */
static int given_name_as_agent(const af_state *st, size_t j, size_t end, const best *b)
{
	const ad_entry *e = &st->dict->entries[b->entry];
	const af_unit *u = &st->units[j];
	if (b->n != 1 || e->kind != AD_AGENT || !u->cap || (u->upos != AT_PROPN && u->upos != AT_UPOS_NONE) ||
	    j + 1 >= end ||
	    strcmp(ad_str(st->dict, e->code), "CVL") != 0 || !st->units[j + 1].alpha)
		return 0;
	best next = longest_at(st, j + 1, end);
	return next.n && surname_alone(st, &next);
}

int af_match(af_state *st)
{
	size_t i = 0;
	while (i < st->nunits) {
		size_t end = i;
		while (end < st->nunits && st->units[end].sent == st->units[i].sent)
			end++;
		int prev_unmatched = 0;
		for (size_t j = i; j < end;) {
			best b = st->units[j].alpha ? longest_at(st, j, end) : (best){0, 0, 0};
			if (b.n && case_fits(st, j, &b) && !another_of_that_name(st, j, i, &b, prev_unmatched) &&
			    !given_name_as_agent(st, j, end, &b)) {
				prev_unmatched = 0;
				if (add_match(st, j, &b) != 0)
					return -1;
				j += b.n;
			} else {
				prev_unmatched = 1;
				j++;
			}
		}
		i = end;
	}
	return 0;
}
