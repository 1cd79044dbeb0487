#include "tag/lemma.h"
#include "core/hash.h"
#include "core/tags.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SUFFIX 6
/* Suffix rules seen fewer times than this are noise (one odd word). */
#define SUFFIX_MIN_COUNT 2

static uint64_t lex_key(const char *form, size_t len, unsigned xpos)
{
	return at_hash_mix(at_hash_bytes(form, len), 0x4c4558000000ULL + xpos);
}

static uint64_t exact_key_of_hash(uint64_t form_hash, unsigned xpos)
{
	return at_hash_mix(form_hash, 0x455843000000ULL + xpos);
}

static uint64_t exact_key(const char *form, size_t len, unsigned xpos)
{
	return exact_key_of_hash(at_hash_bytes(form, len), xpos);
}

static uint64_t suffix_key(const char *lower, size_t len, size_t k, unsigned xpos)
{
	return at_hash_mix(at_hash_bytes(lower + len - k, k), 0x535546000000ULL + xpos * 16 + k);
}

static void ascii_lower(char *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		out[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
	out[len] = '\0';
}

static int has_upper(const char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			return 1;
	return 0;
}

int tag_lemmatizer_view(tag_lemmatizer *l, const at_model *m)
{
	size_t n1, n2, n3;
	const void *lex = at_model_section(m, "lemma.lex", &n1);
	const void *suf = at_model_section(m, "lemma.suffix", &n2);
	const void *scr = at_model_section(m, "lemma.scripts", &n3);
	if (!lex || !suf || !scr)
		return -1;
	if (at_table_view(&l->lex, lex, n1) || at_table_view(&l->suffix, suf, n2) ||
	    at_strings_view(&l->scripts, scr, n3))
		return -1;
	return tag_wordnet_view(&l->wordnet, m);
}

static const char *apply(const char *script, const char *form, size_t len, at_arena *a)
{
	int lower = script[0] == 'L';
	/* Scripts are written "L3:y" (lower, strip 3, append "y"): the
	 * digits are read here, at every word, without strtoul's generality. */
	const char *end = script + 1;
	size_t strip = 0;
	while (*end >= '0' && *end <= '9' && strip <= len)
		strip = strip * 10 + (size_t)(*end++ - '0');
	if (*end != ':' || strip > len)
		return form;
	const char *append = end + 1;
	size_t keep = len - strip, alen = strlen(append);
	/* Most words are their own lemma: no copy. */
	if (strip == 0 && alen == 0 && (!lower || !has_upper(form)))
		return form;
	char *out = at_arena_alloc(a, keep + alen + 1);
	if (!out)
		return form;
	if (lower)
		ascii_lower(out, form, keep);
	else
		memcpy(out, form, keep);
	memcpy(out + keep, append, alen + 1);
	return out;
}

static const char *default_lemma(const char *form, size_t len, unsigned xpos, at_arena *a)
{
	const char *name = xpos < at_xpos_count ? at_xpos_names[xpos] : "";
	if (strncmp(name, "NNP", 3) == 0 || !has_upper(form))
		return form;
	char *out = at_arena_alloc(a, len + 1);
	if (!out)
		return form;
	ascii_lower(out, form, len);
	return out;
}

/* EWT's lemmas of numbers drop the thousands separators (1,100 -> 1100:
 * every such number in its training data), which no suffix rule can say. */
static const char *number_lemma(const char *form, size_t len, at_arena *a)
{
	if (!memchr(form, ',', len))
		return NULL;
	for (size_t i = 0; i < len; i++)
		if (form[i] == ',' && (i == 0 || i + 1 == len || form[i - 1] < '0' || form[i - 1] > '9' ||
				       form[i + 1] < '0' || form[i + 1] > '9'))
			return NULL;
	char *out = at_arena_alloc(a, len + 1);
	if (!out)
		return NULL;
	size_t k = 0;
	for (size_t i = 0; i < len; i++)
		if (form[i] != ',')
			out[k++] = form[i];
	out[k] = '\0';
	return out;
}

void tag_lemma_prefetch(const tag_lemmatizer *l, uint64_t form_hash, unsigned xpos)
{
	at_table_prefetch(&l->lex, exact_key_of_hash(form_hash, xpos));
}

const char *tag_lemmatize(const tag_lemmatizer *l, const char *form, unsigned xpos, at_arena *a)
{
	char lower[64];
	size_t len = strlen(form);
	const char *name = xpos < at_xpos_count ? at_xpos_names[xpos] : "";
	/* Addresses (URLs, e-mail) are their own lemmas, case and all. */
	if (strcmp(name, "ADD") == 0)
		return form;
	if (len == 0 || len >= sizeof lower)
		return default_lemma(form, len, xpos, a);
	uint32_t script;
	if (at_table_get(&l->lex, exact_key(form, len, xpos), &script))
		return apply(at_strings_get(&l->scripts, script), form, len, a);
	/* A word written in lower or upper case where training saw it
	 * capitalised (india, TEHRAN as India, Tehran; american as American)
	 * takes the lemma of the capitalised form, its case included. On EWT
	 * train, each half's unseen words looked up in the other half, that
	 * lemma is right 146 times where the form's own case is wrong, and
	 * wrong 54 times where the form's case is right. */
	ascii_lower(lower, form, len);
	char title[sizeof lower];
	memcpy(title, lower, len + 1);
	if (title[0] >= 'a' && title[0] <= 'z')
		title[0] = (char)(title[0] - 32);
	if (memcmp(title, form, len) != 0 && at_table_get(&l->lex, exact_key(title, len, xpos), &script)) {
		const char *lemma = apply(at_strings_get(&l->scripts, script), title, len, a);
		return lemma == title ? at_arena_strdup(a, title) : lemma;
	}
	if (at_table_get(&l->lex, lex_key(lower, len, xpos), &script))
		return apply(at_strings_get(&l->scripts, script), form, len, a);
	const char *number = strcmp(name, "CD") == 0 ? number_lemma(form, len, a) : NULL;
	if (number)
		return number;
	const char *wn = strncmp(name, "NNP", 3) ? tag_wordnet_lemma(&l->wordnet, lower, len, xpos, a) : NULL;
	if (wn)
		return wn;
	for (size_t k = len - 1 < MAX_SUFFIX ? len - 1 : MAX_SUFFIX; k >= 1; k--)
		if (at_table_get(&l->suffix, suffix_key(lower, len, k, xpos), &script))
			return apply(at_strings_get(&l->scripts, script), form, len, a);
	return default_lemma(form, len, xpos, a);
}

void tag_lemma_trainer_init(tag_lemma_trainer *t)
{
	at_votes_init(&t->lex);
	at_votes_init(&t->suffix);
	at_map_init(&t->types);
	at_strings_builder_init(&t->scripts);
}

void tag_lemma_trainer_free(tag_lemma_trainer *t)
{
	at_votes_free(&t->lex);
	at_votes_free(&t->suffix);
	at_map_free(&t->types);
	at_strings_builder_free(&t->scripts);
}

/* The script turning form into lemma: lowercase when the lemma has no
 * capitals, then replace what follows the longest common prefix. */
static uint32_t script_for(tag_lemma_trainer *t, const char *form, size_t len, const char *lemma)
{
	char base[64], script[96];
	int lower = !has_upper(lemma);
	if (lower)
		ascii_lower(base, form, len);
	else
		memcpy(base, form, len + 1);
	size_t cp = 0;
	while (cp < len && base[cp] && base[cp] == lemma[cp])
		cp++;
	if (strlen(lemma + cp) > 40)
		return UINT32_MAX - 1;
	snprintf(script, sizeof script, "%c%zu:%s", lower ? 'L' : 'K', len - cp, lemma + cp);
	return at_strings_intern(&t->scripts, script);
}

int tag_lemma_trainer_add(tag_lemma_trainer *t, const char *form, unsigned xpos, const char *lemma)
{
	char lower[64];
	size_t len = strlen(form);
	if (!lemma || len >= sizeof lower)
		return 0;
	uint32_t script = script_for(t, form, len, lemma);
	if (script == UINT32_MAX)
		return -1;
	if (script == UINT32_MAX - 1)
		return 0;
	ascii_lower(lower, form, len);
	if (at_votes_add(&t->lex, exact_key(form, len, xpos), script) != 0 ||
	    at_votes_add(&t->lex, lex_key(lower, len, xpos), script) != 0)
		return -1;
	/* Suffix rules count word types, not tokens: a frequent abbreviation
	 * (Nov -> November) must not become a rule for every word ending so. */
	uint32_t *seen = at_map_slot(&t->types, at_hash_mix(exact_key(lower, len, xpos), script));
	if (!seen)
		return -1;
	if (*seen)
		return 0;
	*seen = 1;
	for (size_t k = 1; k < len && k <= MAX_SUFFIX; k++)
		if (at_votes_add(&t->suffix, suffix_key(lower, len, k, xpos), script) != 0)
			return -1;
	return 0;
}

static int add_table(tag_section_sink sink, void *ctx, const char *name, at_votes *votes,
		     size_t min_count)
{
	at_map map;
	at_map_init(&map);
	size_t size = 0;
	void *bytes = NULL;
	if (at_votes_resolve(votes, min_count, 0.0, &map) == 0)
		bytes = at_table_build(&map, &size);
	at_map_free(&map);
	return sink(ctx, name, bytes, size);
}

int tag_lemma_trainer_save(tag_lemma_trainer *t, tag_section_sink sink, void *ctx)
{
	size_t size = 0;
	void *scripts = at_strings_build(&t->scripts, &size);
	if (sink(ctx, "lemma.scripts", scripts, size) != 0 ||
	    add_table(sink, ctx, "lemma.lex", &t->lex, 1) != 0 ||
	    add_table(sink, ctx, "lemma.suffix", &t->suffix, SUFFIX_MIN_COUNT) != 0)
		return -1;
	return 0;
}
