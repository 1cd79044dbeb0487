#include "link/wordnet.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/file.h"
#include "core/grow.h"
#include "link/strmap.h"

/* Lemma -> synsets, and synset -> linked synsets, as linked lists in flat
 * arrays (the files hold ~100k synsets). */
typedef struct link_cell {
	uint64_t value;
	int32_t next;
} link_cell;

typedef struct synset_links {
	uint64_t key;
	int32_t first;
} synset_links;

struct at_wordnet {
	at_arena *arena;
	at_strmap lemmas;     /* lemma -> index into lemma_first */
	int32_t *lemma_first;
	size_t lemma_cap;
	at_strmap exc;        /* inflected form -> index into exc_base */
	const char **exc_base;
	size_t exc_cap;
	link_cell *cells;
	size_t ncells, cell_cap;
	synset_links *synsets; /* sorted by key after loading */
	size_t nsynsets, synset_cap;
};

static int32_t push_cell(at_wordnet *wn, uint64_t value, int32_t next)
{
	if (wn->ncells == wn->cell_cap) {
		link_cell *c = at_grow(wn->cells, &wn->cell_cap, sizeof *c, 1 << 16);
		if (!c)
			return -2;
		wn->cells = c;
	}
	wn->cells[wn->ncells] = (link_cell){value, next};
	return (int32_t)wn->ncells++;
}

static uint64_t synset_key(char pos, unsigned long offset)
{
	return ((uint64_t)(pos == 'v' ? 1 : 2) << 32) | offset;
}

static int add_lemma(at_wordnet *wn, const char *word, size_t n, uint64_t key)
{
	char low[128];
	if (n >= sizeof low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)word[i]);
	int32_t k = at_strmap_add(&wn->lemmas, low, n);
	if (k < 0)
		return -1;
	if ((size_t)k >= wn->lemma_cap) {
		size_t cap = wn->lemma_cap ? wn->lemma_cap * 2 : 1 << 16;
		int32_t *f = realloc(wn->lemma_first, cap * sizeof *f);
		if (!f)
			return -1;
		for (size_t i = wn->lemma_cap; i < cap; i++)
			f[i] = -1;
		wn->lemma_first = f;
		wn->lemma_cap = cap;
	}
	int32_t c = push_cell(wn, key, wn->lemma_first[k]);
	if (c < -1)
		return -1;
	wn->lemma_first[k] = c;
	return 0;
}

/* One data line: offset lex_filenum ss_type w_cnt word lex_id ... p_cnt
 * pointer offset pos source/target ... */
static int parse_line(at_wordnet *wn, char *line, char pos)
{
	char *save = NULL, *tok = strtok_r(line, " ", &save);
	unsigned long offset = strtoul(tok, NULL, 10);
	uint64_t key = synset_key(pos, offset);
	strtok_r(NULL, " ", &save);
	strtok_r(NULL, " ", &save);
	tok = strtok_r(NULL, " ", &save);
	long words = tok ? strtol(tok, NULL, 16) : 0;
	for (long w = 0; w < words; w++) {
		char *word = strtok_r(NULL, " ", &save);
		strtok_r(NULL, " ", &save);
		if (word && add_lemma(wn, word, strlen(word), key) != 0)
			return -1;
	}
	tok = strtok_r(NULL, " ", &save);
	long pointers = tok ? strtol(tok, NULL, 10) : 0;
	int32_t first = -1;
	for (long p = 0; p < pointers; p++) {
		char *sym = strtok_r(NULL, " ", &save), *off = strtok_r(NULL, " ", &save);
		char *tpos = strtok_r(NULL, " ", &save);
		strtok_r(NULL, " ", &save);
		if (!sym || !off || !tpos)
			break;
		int useful = strcmp(sym, "+") == 0 || strcmp(sym, "@") == 0 || strcmp(sym, "@i") == 0;
		if (!useful || (tpos[0] != 'n' && tpos[0] != 'v'))
			continue;
		first = push_cell(wn, synset_key(tpos[0], strtoul(off, NULL, 10)), first);
		if (first < -1)
			return -1;
	}
	if (wn->nsynsets == wn->synset_cap) {
		synset_links *s = at_grow(wn->synsets, &wn->synset_cap, sizeof *s, 1 << 15);
		if (!s)
			return -1;
		wn->synsets = s;
	}
	wn->synsets[wn->nsynsets++] = (synset_links){key, first};
	return 0;
}

/* The text of DIR/NAME, or NULL with err naming the file. */
static char *read_wn_file(const char *dir, const char *name, char *path, size_t pathlen, char *err, size_t errlen)
{
	size_t len;
	char why[256];
	snprintf(path, pathlen, "%s/%s", dir, name);
	char *text = at_read_file(path, &len, why, sizeof why);
	if (!text)
		snprintf(err, errlen, "%s: %s", path, why);
	return text;
}

static int load_data(at_wordnet *wn, const char *dir, const char *name, char pos, char *err, size_t errlen)
{
	char path[4096];
	char *text = read_wn_file(dir, name, path, sizeof path, err, errlen);
	if (!text)
		return -1;
	int rc = 0;
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line && rc == 0; line = strtok_r(NULL, "\n", &save))
		if (isdigit((unsigned char)line[0]))
			rc = parse_line(wn, line, pos);
	free(text);
	if (rc != 0)
		snprintf(err, errlen, "%s: out of memory", path);
	return rc;
}

static int load_exc(at_wordnet *wn, const char *dir, const char *name, char *err, size_t errlen)
{
	char path[4096];
	char *text = read_wn_file(dir, name, path, sizeof path, err, errlen);
	if (!text)
		return -1;
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *sp = strchr(line, ' ');
		if (!sp)
			continue;
		char *end = strchr(sp + 1, ' ');
		if (end)
			*end = '\0';
		int32_t k = at_strmap_add(&wn->exc, line, (size_t)(sp - line));
		if (k < 0)
			break;
		if ((size_t)k >= wn->exc_cap) {
			size_t cap = wn->exc_cap ? wn->exc_cap * 2 : 4096;
			const char **b = realloc(wn->exc_base, cap * sizeof *b);
			if (!b)
				break;
			wn->exc_base = b;
			wn->exc_cap = cap;
		}
		wn->exc_base[k] = at_arena_strdup(wn->arena, sp + 1);
	}
	free(text);
	return 0;
}

static int by_key(const void *a, const void *b)
{
	uint64_t x = ((const synset_links *)a)->key, y = ((const synset_links *)b)->key;
	return x < y ? -1 : x > y;
}

at_wordnet *at_wordnet_load(const char *dir, char *err, size_t errlen)
{
	at_wordnet *wn = calloc(1, sizeof *wn);
	if (!wn || !(wn->arena = at_arena_new(1 << 16))) {
		free(wn);
		snprintf(err, errlen, "%s: out of memory", dir);
		return NULL;
	}
	at_strmap_init(&wn->lemmas, wn->arena);
	at_strmap_init(&wn->exc, wn->arena);
	if (load_data(wn, dir, "data.verb", 'v', err, errlen) != 0 ||
	    load_data(wn, dir, "data.noun", 'n', err, errlen) != 0 ||
	    load_exc(wn, dir, "verb.exc", err, errlen) != 0 || load_exc(wn, dir, "noun.exc", err, errlen) != 0) {
		at_wordnet_free(wn);
		return NULL;
	}
	qsort(wn->synsets, wn->nsynsets, sizeof *wn->synsets, by_key);
	return wn;
}

void at_wordnet_free(at_wordnet *wn)
{
	if (!wn)
		return;
	at_strmap_free(&wn->lemmas);
	at_strmap_free(&wn->exc);
	free(wn->lemma_first);
	free(wn->exc_base);
	free(wn->cells);
	free(wn->synsets);
	at_arena_free(wn->arena);
	free(wn);
}

static void add_sorted(uint64_t *set, uint8_t *n, uint64_t v)
{
	uint8_t i = 0;
	while (i < *n && set[i] < v)
		i++;
	if ((i < *n && set[i] == v) || *n == AT_WN_MAX)
		return;
	memmove(set + i + 1, set + i, (size_t)(*n - i) * sizeof *set);
	set[i] = v;
	(*n)++;
}

static void add_lemma_senses(const at_wordnet *wn, const char *lemma, at_wn_sense *out)
{
	int32_t k = at_strmap_find(&wn->lemmas, lemma, strlen(lemma));
	if (k < 0)
		return;
	for (int32_t c = wn->lemma_first[k]; c >= 0; c = wn->cells[c].next)
		add_sorted(out->syn, &out->nsyn, wn->cells[c].value);
}

/* WordNet's own detachment rules for nouns and verbs (morphy). */
static const char *const detach[][2] = {
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
	{"men", "man"}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
	{"ing", "e"}, {"ing", ""},
};

void at_wordnet_senses(const at_wordnet *wn, const char *word, at_wn_sense *out)
{
	memset(out, 0, sizeof *out);
	char low[128], cand[136];
	size_t n = 0;
	for (; word[n] && n + 1 < sizeof low; n++)
		low[n] = (char)tolower((unsigned char)word[n]);
	low[n] = '\0';
	add_lemma_senses(wn, low, out);
	int32_t e = at_strmap_find(&wn->exc, low, n);
	if (e >= 0)
		add_lemma_senses(wn, wn->exc_base[e], out);
	for (size_t i = 0; i < sizeof detach / sizeof detach[0]; i++) {
		size_t k = strlen(detach[i][0]);
		if (n > k + 1 && strcmp(low + n - k, detach[i][0]) == 0) {
			snprintf(cand, sizeof cand, "%.*s%s", (int)(n - k), low, detach[i][1]);
			add_lemma_senses(wn, cand, out);
		}
	}
	for (uint8_t i = 0; i < out->nsyn; i++) {
		synset_links key = {out->syn[i], -1};
		const synset_links *s = bsearch(&key, wn->synsets, wn->nsynsets, sizeof key, by_key);
		for (int32_t c = s ? s->first : -1; c >= 0; c = wn->cells[c].next)
			add_sorted(out->near, &out->nnear, wn->cells[c].value);
	}
}

static int intersects(const uint64_t *a, uint8_t na, const uint64_t *b, uint8_t nb)
{
	for (uint8_t i = 0, j = 0; i < na && j < nb;) {
		if (a[i] == b[j])
			return 1;
		if (a[i] < b[j])
			i++;
		else
			j++;
	}
	return 0;
}

int at_wordnet_relation(const at_wn_sense *a, const at_wn_sense *b)
{
	if (intersects(a->syn, a->nsyn, b->syn, b->nsyn))
		return 3;
	if (intersects(a->near, a->nnear, b->syn, b->nsyn) || intersects(a->syn, a->nsyn, b->near, b->nnear))
		return 2;
	return intersects(a->near, a->nnear, b->near, b->nnear);
}
