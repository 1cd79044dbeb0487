#include "tag/wordnet.h"
#include "core/file.h"
#include "core/hash.h"
#include "core/tags.h"
#include "learn/map.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { WN_NOUN = 1, WN_VERB = 2, WN_ADJ = 4, WN_ADV = 8 };

enum {
	R_NOUN = 1, R_NOUN_PLURAL = 2, R_VERB = 4, R_VERB_S = 8, R_VERB_ED = 16, R_VERB_ING = 32,
	R_ADJ = 64, R_ADJ_ER = 128, R_ADJ_EST = 256, R_ADV = 512, R_VERB_IRREGULAR = 1024
};

static const char *const pos_files[] = {"noun", "verb", "adj", "adv"};

typedef struct rule {
	const char *suffix, *ending;
	size_t suffix_len, ending_len;
	uint32_t pos;      /* WN_* the base must have */
	uint32_t reading;  /* R_* it gives */
} rule;

#define RULE(suffix, ending, pos, reading) {suffix, ending, sizeof suffix - 1, sizeof ending - 1, pos, reading}

/* WordNet's detachment rules (morphy), with the reading each stands for. */
static const rule rules[] = {
	RULE("s", "", WN_NOUN, R_NOUN_PLURAL), RULE("ses", "s", WN_NOUN, R_NOUN_PLURAL),
	RULE("xes", "x", WN_NOUN, R_NOUN_PLURAL), RULE("zes", "z", WN_NOUN, R_NOUN_PLURAL),
	RULE("ches", "ch", WN_NOUN, R_NOUN_PLURAL), RULE("shes", "sh", WN_NOUN, R_NOUN_PLURAL),
	RULE("men", "man", WN_NOUN, R_NOUN_PLURAL), RULE("ies", "y", WN_NOUN, R_NOUN_PLURAL),
	RULE("s", "", WN_VERB, R_VERB_S), RULE("ies", "y", WN_VERB, R_VERB_S),
	RULE("es", "e", WN_VERB, R_VERB_S), RULE("es", "", WN_VERB, R_VERB_S),
	RULE("ed", "e", WN_VERB, R_VERB_ED), RULE("ed", "", WN_VERB, R_VERB_ED),
	RULE("ing", "e", WN_VERB, R_VERB_ING), RULE("ing", "", WN_VERB, R_VERB_ING),
	RULE("er", "", WN_ADJ, R_ADJ_ER), RULE("est", "", WN_ADJ, R_ADJ_EST),
	RULE("er", "e", WN_ADJ, R_ADJ_ER), RULE("est", "e", WN_ADJ, R_ADJ_EST),
};

#define NRULES (sizeof rules / sizeof rules[0])
_Static_assert(NRULES <= 32, "a bit per rule in a 32-bit mask");

static uint64_t lemma_key_of_hash(uint64_t h)
{
	return at_hash_mix(h, 0x574e4cULL);
}

static uint64_t lemma_key(const char *s, size_t len)
{
	return lemma_key_of_hash(at_hash_bytes(s, len));
}

static uint64_t exc_key_of_hash(uint64_t h, uint32_t pos)
{
	return at_hash_mix(h, 0x574e4500ULL + pos);
}

static uint64_t exc_key(const char *s, size_t len, uint32_t pos)
{
	return exc_key_of_hash(at_hash_bytes(s, len), pos);
}

/* ------------------------------------------------------------- building */

static int read_index(const char *dir, unsigned p, at_map *lemmas, char *err, size_t errlen)
{
	char path[4096];
	size_t len;
	snprintf(path, sizeof path, "%s/index.%s", dir, pos_files[p]);
	char *data = at_read_file(path, &len, err, errlen);
	if (!data)
		return -1;
	for (char *line = data, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		size_t n = strcspn(line, " ");
		if (line[0] == ' ' || n == 0 || memchr(line, '_', n))
			continue; /* licence header, multiword lemma */
		uint32_t *slot = at_map_slot(lemmas, lemma_key(line, n));
		if (!slot) {
			free(data);
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		*slot |= 1u << p;
	}
	free(data);
	return 0;
}

static int read_exceptions(const char *dir, unsigned p, at_map *exc, at_strings_builder *strings,
			   char *err, size_t errlen)
{
	char path[4096];
	size_t len;
	snprintf(path, sizeof path, "%s/%s.exc", dir, pos_files[p]);
	char *data = at_read_file(path, &len, err, errlen);
	if (!data)
		return -1;
	int rc = 0;
	for (char *line = data, *next; line && *line && rc == 0; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		char *form = strtok(line, " "), *base = strtok(NULL, " ");
		if (!form || !base || strchr(form, '_') || strchr(base, '_'))
			continue;
		uint32_t id = at_strings_intern(strings, base);
		uint32_t *slot = at_map_slot(exc, exc_key(form, strlen(form), 1u << p));
		if (id == UINT32_MAX || !slot)
			rc = -1;
		else
			*slot = id;
	}
	free(data);
	if (rc)
		snprintf(err, errlen, "out of memory");
	return rc;
}

static int emit_table(tag_section_sink sink, void *ctx, const char *name, const at_map *m)
{
	size_t size = 0;
	void *bytes = at_table_build(m, &size);
	return sink(ctx, name, bytes, size);
}

int tag_wordnet_build(const char *dir, tag_section_sink sink, void *ctx, char *err, size_t errlen)
{
	at_map lemmas, exc;
	at_strings_builder strings;
	at_map_init(&lemmas);
	at_map_init(&exc);
	at_strings_builder_init(&strings);
	int rc = 0;
	for (unsigned p = 0; p < 4 && rc == 0; p++)
		rc = read_index(dir, p, &lemmas, err, errlen) ||
		     read_exceptions(dir, p, &exc, &strings, err, errlen);
	if (rc == 0) {
		size_t size = 0;
		void *bytes = at_strings_build(&strings, &size);
		rc = emit_table(sink, ctx, "wn.lemmas", &lemmas) || emit_table(sink, ctx, "wn.exc", &exc) ||
		     sink(ctx, "wn.strings", bytes, size);
		if (rc)
			snprintf(err, errlen, "out of memory");
	}
	at_map_free(&lemmas);
	at_map_free(&exc);
	at_strings_builder_free(&strings);
	return rc ? -1 : 0;
}

/* ------------------------------------------------------------- run time */

int tag_wordnet_view_bytes(tag_wordnet *wn, const void *lemmas, size_t n1, const void *exc,
			   size_t n2, const void *strings, size_t n3)
{
	wn->present = 0;
	if (!lemmas && !exc && !strings)
		return 0;
	if (!lemmas || !exc || !strings || at_table_view(&wn->lemmas, lemmas, n1) ||
	    at_table_view(&wn->exc, exc, n2) || at_strings_view(&wn->strings, strings, n3))
		return -1;
	wn->present = 1;
	return 0;
}

int tag_wordnet_view(tag_wordnet *wn, const at_model *m)
{
	size_t n1 = 0, n2 = 0, n3 = 0;
	const void *lemmas = at_model_section(m, "wn.lemmas", &n1);
	const void *exc = at_model_section(m, "wn.exc", &n2);
	const void *strings = at_model_section(m, "wn.strings", &n3);
	return tag_wordnet_view_bytes(wn, lemmas, n1, exc, n2, strings, n3);
}

static uint32_t lemma_pos_of_key(const tag_wordnet *wn, uint64_t key)
{
	uint32_t pos = 0;
	at_table_get(&wn->lemmas, key, &pos);
	return pos;
}

static uint32_t lemma_pos(const tag_wordnet *wn, const char *s, size_t len)
{
	return lemma_pos_of_key(wn, lemma_key(s, len));
}

/* Applies r to word: the base in out (NUL-terminated), or 0 when the rule
 * does not fit. */
static inline size_t detach(const char *word, size_t len, const rule *r, char *out, size_t outlen)
{
	size_t sl = r->suffix_len, el = r->ending_len;
	/* Most rules fail on the last letter: tested before the rest. */
	if (len <= sl + 1 || word[len - 1] != r->suffix[sl - 1] ||
	    memcmp(word + len - sl, r->suffix, sl) != 0 || len - sl + el >= outlen)
		return 0;
	memcpy(out, word, len - sl);
	memcpy(out + len - sl, r->ending, el + 1);
	return len - sl + el;
}

/* Whether the base r left (stopped) ends in a doubled consonant that the
 * rule should undo when the doubled base is unknown. */
static int doubled_end(const rule *r, const char *base, size_t n)
{
	return !r->ending_len && n >= 3 && base[n - 1] == base[n - 2] && !strchr("aeiou", base[n - 1]);
}

/* The base of word under rule r when WordNet knows it (in a), else NULL. */
static const char *rule_base(const tag_wordnet *wn, const char *word, size_t len, const rule *r,
			     at_arena *a)
{
	char buf[48];
	size_t n = detach(word, len, r, buf, sizeof buf);
	if (!n)
		return NULL;
	if (lemma_pos(wn, buf, n) & r->pos)
		return at_arena_strndup(a, buf, n);
	if (doubled_end(r, buf, n) && (lemma_pos(wn, buf, n - 1) & r->pos))
		return at_arena_strndup(a, buf, n - 1);
	return NULL;
}

/* The lemma keys of the bases the rules that fit a word leave: bit i of
 * fits when rule i fits, of doubled when its base may be undoubled. */
typedef struct rule_keys {
	uint64_t base[NRULES], undoubled[NRULES];
	uint32_t fits, doubled;
} rule_keys;

/* Each lookup is a cache miss: the buckets of all of them are fetched
 * before any is read. */
static void find_rule_keys(const tag_wordnet *wn, const char *word, size_t len, rule_keys *k)
{
	char buf[48];
	k->fits = k->doubled = 0;
	for (unsigned i = 0; i < NRULES; i++) {
		size_t n = detach(word, len, &rules[i], buf, sizeof buf);
		if (!n)
			continue;
		k->fits |= 1u << i;
		k->base[i] = lemma_key(buf, n);
		at_table_prefetch(&wn->lemmas, k->base[i]);
		if (doubled_end(&rules[i], buf, n)) {
			k->doubled |= 1u << i;
			k->undoubled[i] = lemma_key(buf, n - 1);
			at_table_prefetch(&wn->lemmas, k->undoubled[i]);
		}
	}
}

uint32_t tag_wordnet_readings(const tag_wordnet *wn, const char *lower, size_t len)
{
	if (!wn->present || len < 2 || len > 40)
		return 0;
	static const uint32_t base_reading[] = {R_NOUN, R_VERB, R_ADJ, R_ADV};
	static const uint32_t exc_pos[] = {WN_NOUN, WN_VERB, WN_ADJ};
	uint64_t word = at_hash_bytes(lower, len), exc[3];
	uint64_t key = lemma_key_of_hash(word);
	at_table_prefetch(&wn->lemmas, key);
	for (unsigned p = 0; p < 3; p++) {
		exc[p] = exc_key_of_hash(word, exc_pos[p]);
		at_table_prefetch(&wn->exc, exc[p]);
	}
	rule_keys rk;
	find_rule_keys(wn, lower, len, &rk);
	uint32_t pos = lemma_pos_of_key(wn, key), readings = 0, id;
	for (unsigned p = 0; p < 4; p++)
		if (pos & (1u << p))
			readings |= base_reading[p];
	if (at_table_get(&wn->exc, exc[0], &id))
		readings |= R_NOUN_PLURAL;
	if (at_table_get(&wn->exc, exc[1], &id))
		readings |= R_VERB_IRREGULAR;
	if (at_table_get(&wn->exc, exc[2], &id))
		readings |= len > 3 && strcmp(lower + len - 3, "est") == 0 ? R_ADJ_EST : R_ADJ_ER;
	for (unsigned i = 0; i < NRULES; i++) {
		const rule *r = &rules[i];
		if ((readings & r->reading) || !(rk.fits >> i & 1))
			continue;
		if ((lemma_pos_of_key(wn, rk.base[i]) & r->pos) ||
		    ((rk.doubled >> i & 1) && (lemma_pos_of_key(wn, rk.undoubled[i]) & r->pos)))
			readings |= r->reading;
	}
	return readings;
}

uint32_t tag_readings(const tag_wordnet *wn, const char *form)
{
	char lower[48];
	size_t len = strlen(form);
	if (!wn->present || len >= sizeof lower)
		return 0;
	for (size_t i = 0; i <= len; i++)
		lower[i] = (form[i] >= 'A' && form[i] <= 'Z') ? (char)(form[i] + 32) : form[i];
	return tag_wordnet_readings(wn, lower, len);
}

/* The WordNet part of speech and the readings that fit a Penn tag. */
static uint32_t pos_of_xpos(const char *x, uint32_t *inflected)
{
	*inflected = 0;
	if (strcmp(x, "NNS") == 0)
		*inflected = R_NOUN_PLURAL;
	else if (strcmp(x, "VBZ") == 0)
		*inflected = R_VERB_S;
	else if (strcmp(x, "VBD") == 0 || strcmp(x, "VBN") == 0)
		*inflected = R_VERB_ED;
	else if (strcmp(x, "VBG") == 0)
		*inflected = R_VERB_ING;
	else if (strcmp(x, "JJR") == 0)
		*inflected = R_ADJ_ER;
	else if (strcmp(x, "JJS") == 0)
		*inflected = R_ADJ_EST;
	if (strcmp(x, "NN") == 0 || strcmp(x, "NNS") == 0)
		return WN_NOUN;
	if (x[0] == 'V' && x[1] == 'B')
		return WN_VERB;
	if (x[0] == 'J' && x[1] == 'J')
		return WN_ADJ;
	if (strcmp(x, "RB") == 0)
		return WN_ADV;
	return 0;
}

const char *tag_wordnet_lemma(const tag_wordnet *wn, const char *lower, size_t len, unsigned xpos,
			      at_arena *a)
{
	if (!wn->present || xpos >= at_xpos_count || len > 40)
		return NULL;
	uint32_t inflected;
	uint32_t pos = pos_of_xpos(at_xpos_names[xpos], &inflected);
	if (!pos)
		return NULL;
	if (!inflected)
		return lemma_pos(wn, lower, len) & pos ? at_arena_strndup(a, lower, len) : NULL;
	uint32_t id;
	if (at_table_get(&wn->exc, exc_key(lower, len, pos), &id))
		return at_arena_strdup(a, at_strings_get(&wn->strings, id));
	for (size_t i = 0; i < NRULES; i++) {
		if (rules[i].reading != inflected)
			continue;
		const char *base = rule_base(wn, lower, len, &rules[i], a);
		if (base)
			return base;
	}
	return NULL;
}
