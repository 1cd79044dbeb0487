/* Loading the compiled verb dictionary and looking verbs up. */
#include "events/events.h"
#include "events/verbdict.h"
#include "core/modelfile.h"
#include "core/tags.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const void *section(at_verb_dict *d, const char *name, size_t elem, size_t *n)
{
	size_t size = 0;
	const void *p = at_model_section(d->model, name, &size);
	*n = p && elem ? size / elem : 0;
	return p;
}

static void resolve_roles(at_verb_dict *d)
{
	static const struct { const char *name; uint8_t role; } map[] = {
		{"root", AT_R_ROOT},       {"nsubj", AT_R_NSUBJ},       {"nsubj:outer", AT_R_NSUBJ},
		{"csubj", AT_R_NSUBJ},     {"nsubj:pass", AT_R_NSUBJ_PASS}, {"obj", AT_R_OBJ},
		{"iobj", AT_R_IOBJ},       {"obl", AT_R_OBL},           {"obl:agent", AT_R_AGENT},
		{"obl:unmarked", AT_R_OBL}, {"nmod", AT_R_NMOD},        {"case", AT_R_CASE},
		{"advmod", AT_R_ADVMOD},   {"det", AT_R_DET},           {"aux", AT_R_AUX},
		{"aux:pass", AT_R_AUX_PASS}, {"mark", AT_R_MARK},       {"xcomp", AT_R_XCOMP},
		{"ccomp", AT_R_CCOMP},     {"advcl", AT_R_ADVCL},       {"advcl:relcl", AT_R_ADVCL},
		{"acl", AT_R_ACL},         {"acl:relcl", AT_R_RELCL},   {"conj", AT_R_CONJ},
		{"list", AT_R_CONJ},
		{"parataxis", AT_R_PARATAXIS}, {"appos", AT_R_APPOS},   {"compound", AT_R_COMPOUND},
		{"compound:prt", AT_R_PRT}, {"flat", AT_R_FLAT},        {"cc", AT_R_CC},
		{"punct", AT_R_PUNCT},     {"cop", AT_R_COP},           {"amod", AT_R_AMOD},
		{"nmod:poss", AT_R_POSS},  {"det:poss", AT_R_POSS},
	};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
		int id = at_deprel_id(map[i].name);
		if (id > 0 && (size_t)id < sizeof d->roles)
			d->roles[id] = map[i].role;
	}
}

static int valid_string(const at_verb_dict *d, uint32_t off)
{
	return off < d->nstrings;
}

static int valid_term(const at_verb_dict *d, uint32_t t)
{
	return t & AT_VD_SYNSET ? (t & ~AT_VD_SYNSET) < d->nsynsets : valid_string(d, t);
}

/* Every offset and index points inside its section, so a damaged or
 * hostile file is refused at load instead of read out of bounds. */
static int valid_dict(const at_verb_dict *d)
{
	for (size_t i = 0; i < d->nverbs; i++) {
		const at_vd_verb *v = &d->verbs[i];
		if (!valid_string(d, v->word) || !valid_string(d, v->before) || !valid_string(d, v->after) ||
		    v->block >= d->nblocks || memchr(v->code, 0, sizeof v->code) == NULL ||
		    memchr(v->rcode, 0, sizeof v->rcode) == NULL)
			return 0;
		if (i > 0 && strcmp(d->strings + d->verbs[i - 1].word, d->strings + v->word) > 0)
			return 0;
	}
	for (size_t i = 0; i < d->nblocks; i++)
		if (!valid_string(d, d->blocks[i].name) || d->blocks[i].first > d->npatterns ||
		    d->blocks[i].count > d->npatterns - d->blocks[i].first)
			return 0;
	for (size_t i = 0; i < d->npatterns; i++) {
		const at_vd_pattern *p = &d->patterns[i];
		if (p->first_elem > d->nelems || (size_t)p->npre + p->npost > d->nelems - p->first_elem ||
		    memchr(p->code, 0, sizeof p->code) == NULL || memchr(p->rcode, 0, sizeof p->rcode) == NULL)
			return 0;
	}
	for (size_t i = 0; i < d->nelems; i++)
		if (d->elems[i].first_term > d->nterms || d->elems[i].nterms > d->nterms - d->elems[i].first_term)
			return 0;
	for (size_t i = 0; i < d->nterms; i++)
		if (!valid_term(d, d->terms[i]))
			return 0;
	for (size_t i = 0; i < d->nsynsets; i++)
		if (d->synsets[i].first > d->nsphrases || d->synsets[i].count > d->nsphrases - d->synsets[i].first)
			return 0;
	for (size_t i = 0; i < d->nsphrases; i++)
		if (!valid_string(d, d->sphrases[i]))
			return 0;
	return 1;
}

at_verb_dict *at_verb_dict_load(const char *path, char *err, size_t errlen)
{
	at_verb_dict *d = calloc(1, sizeof *d);
	if (!d) {
		snprintf(err, errlen, "%s: out of memory", path);
		return NULL;
	}
	d->model = at_model_open(path, AT_VERBS_KIND, AT_VERBS_VERSION, err, errlen);
	if (!d->model) {
		free(d);
		return NULL;
	}
	d->strings = section(d, "strings", 1, &d->nstrings);
	d->verbs = section(d, "verbs", sizeof(at_vd_verb), &d->nverbs);
	d->blocks = section(d, "blocks", sizeof(at_vd_block), &d->nblocks);
	d->patterns = section(d, "patterns", sizeof(at_vd_pattern), &d->npatterns);
	d->elems = section(d, "elems", sizeof(at_vd_elem), &d->nelems);
	d->terms = section(d, "terms", sizeof(uint32_t), &d->nterms);
	d->synsets = section(d, "synsets", sizeof(at_vd_synset), &d->nsynsets);
	d->sphrases = section(d, "sphrases", sizeof(uint32_t), &d->nsphrases);
	if (!d->strings || !d->verbs || !d->nstrings || d->strings[d->nstrings - 1] != '\0') {
		snprintf(err, errlen, "%s: verb dictionary lacks its strings or verbs", path);
		at_verb_dict_free(d);
		return NULL;
	}
	if (!valid_dict(d)) {
		snprintf(err, errlen, "%s: verb dictionary has an offset out of its section (rebuild with make dicts)", path);
		at_verb_dict_free(d);
		return NULL;
	}
	resolve_roles(d);
	return d;
}

void at_verb_dict_free(at_verb_dict *d)
{
	if (!d)
		return;
	at_model_close(d->model);
	free(d);
}

const at_vd_verb *at_vd_lookup(const at_verb_dict *d, const char *word, size_t *count)
{
	size_t lo = 0, hi = d->nverbs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(d->strings + d->verbs[mid].word, word) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	while (end < d->nverbs && strcmp(d->strings + d->verbs[end].word, word) == 0)
		end++;
	*count = end - lo;
	return end > lo ? d->verbs + lo : NULL;
}
