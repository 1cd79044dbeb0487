/* Loading the compiled gazetteer and looking names up, straight from the
 * mmap: nothing is copied, so a loaded gazetteer is shared by threads. */
#include "geo/gazetteer.h"

#include "core/modelfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct at_gazetteer {
	at_model *model;
	const gz_entry *entries;
	uint32_t nentries;
	const char *strings;
	size_t strings_size;
	const gz_slot *slots;
	uint32_t nslots;
	const char *keys;
	size_t keys_size;
	const uint32_t *cands;
	size_t ncands;
	const uint32_t *words;
	size_t nwords;
	const char *wordstr;
	size_t wordstr_size;
};

static const void *section(const at_model *m, const char *name, size_t elem, size_t *count)
{
	size_t size = 0;
	const void *p = at_model_section(m, name, &size);
	if (!p || size % elem)
		return NULL;
	*count = size / elem;
	return p;
}

static int check_layout(at_gazetteer *g, const char *path, char *err, size_t errlen)
{
	size_t n = 0;
	const gz_meta *meta = section(g->model, "meta", sizeof *meta, &n);
	size_t nentries = 0, nslots = 0;
	g->entries = section(g->model, "entries", sizeof *g->entries, &nentries);
	g->strings = section(g->model, "strings", 1, &g->strings_size);
	g->slots = section(g->model, "slots", sizeof *g->slots, &nslots);
	g->keys = section(g->model, "keys", 1, &g->keys_size);
	g->cands = section(g->model, "cands", sizeof *g->cands, &g->ncands);
	g->words = section(g->model, "words", sizeof *g->words, &g->nwords);
	g->wordstr = section(g->model, "wordstr", 1, &g->wordstr_size);
	if (!g->words || !g->wordstr || (g->nwords & (g->nwords - 1)) != 0) {
		g->words = NULL;
		g->nwords = 0;
	}
	if (!meta || n != 1 || !g->entries || !g->strings || !g->slots || !g->keys || !g->cands ||
	    meta->nentries != nentries || meta->nslots != nslots || nslots == 0 ||
	    (nslots & (nslots - 1)) != 0 || g->strings[g->strings_size - 1] != '\0') {
		snprintf(err, errlen, "%s: gazetteer sections are missing or inconsistent", path);
		return -1;
	}
	g->nentries = (uint32_t)nentries;
	g->nslots = (uint32_t)nslots;
	return 0;
}

at_gazetteer *at_gazetteer_load(const char *path, char *err, size_t errlen)
{
	at_gazetteer *g = calloc(1, sizeof *g);
	if (!g) {
		snprintf(err, errlen, "%s: out of memory", path);
		return NULL;
	}
	if (!(g->model = at_model_open(path, GZ_KIND, GZ_VERSION, err, errlen)) ||
	    check_layout(g, path, err, errlen) != 0) {
		at_gazetteer_free(g);
		return NULL;
	}
	return g;
}

void at_gazetteer_free(at_gazetteer *g)
{
	if (!g)
		return;
	at_model_close(g->model);
	free(g);
}

int gz_lookup(const at_gazetteer *g, const char *key, size_t keylen, gz_match *m)
{
	uint32_t mask = g->nslots - 1;
	uint32_t i = (uint32_t)gz_hash(key, keylen) & mask;
	for (uint32_t probes = 0; probes < g->nslots; probes++, i = (i + 1) & mask) {
		const gz_slot *s = &g->slots[i];
		if (!s->key)
			return 0;
		if (s->keylen != keylen || s->key - 1 + keylen > g->keys_size ||
		    memcmp(g->keys + s->key - 1, key, keylen) != 0)
			continue;
		if ((size_t)s->cands + s->ncands > g->ncands)
			return 0;
		m->cands = g->cands + s->cands;
		m->ncands = s->ncands;
		m->flags = s->flags;
		return m->ncands > 0;
	}
	return 0;
}

const gz_entry *gz_entry_at(const at_gazetteer *g, uint32_t index)
{
	return index < g->nentries ? &g->entries[index] : NULL;
}

size_t gz_entry_count(const at_gazetteer *g)
{
	return g->nentries;
}

const char *gz_string(const at_gazetteer *g, uint32_t offset)
{
	return offset < g->strings_size ? g->strings + offset : "";
}

int gz_is_common_word(const at_gazetteer *g, const char *word, size_t n)
{
	if (!g->nwords)
		return 0;
	size_t mask = g->nwords - 1, i = gz_hash(word, n) & mask;
	for (size_t probes = 0; probes < g->nwords && g->words[i]; probes++, i = (i + 1) & mask) {
		uint32_t off = g->words[i] - 1;
		if (off + n < g->wordstr_size && memcmp(g->wordstr + off, word, n) == 0 &&
		    g->wordstr[off + n] == '\0')
			return 1;
	}
	return 0;
}
