#include "core/tags.h"

#include <string.h>

const char *const at_upos_names[AT_UPOS_COUNT] = {
	"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
};

const char *const at_xpos_names[] = {
	"_", "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD",
	"DT", "EX", "FW", "GW", "HYPH", "IN", "JJ", "JJR", "JJS", "LS", "MD",
	"NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$", "RB",
	"RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP",
	"VBZ", "WDT", "WP", "WP$", "WRB", "``",
};
const size_t at_xpos_count = sizeof at_xpos_names / sizeof at_xpos_names[0];

const char *const at_deprel_names[] = {
	"_", "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod",
	"appos", "aux", "aux:pass", "case", "cc", "cc:preconj", "ccomp",
	"compound", "compound:prt", "conj", "cop", "csubj", "csubj:outer",
	"csubj:pass", "dep", "det", "det:predet", "discourse", "dislocated",
	"expl", "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod",
	"nmod:desc", "nmod:poss", "nmod:unmarked", "nsubj", "nsubj:outer",
	"nsubj:pass", "nummod", "obj", "obl", "obl:agent", "obl:unmarked",
	"orphan", "parataxis", "punct", "reparandum", "root", "vocative", "xcomp",
	"flat:foreign", "nmod:tmod", "nmod:npmod", "obl:tmod", "obl:npmod",
	"det:poss", "expl:pv",
};
const size_t at_deprel_count = sizeof at_deprel_names / sizeof at_deprel_names[0];

static int find(const char *const *names, size_t n, const char *name)
{
	for (size_t i = 1; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return (int)i;
	return 0;
}

int at_upos_id(const char *name) { return find(at_upos_names, AT_UPOS_COUNT, name); }
int at_xpos_id(const char *name) { return find(at_xpos_names, at_xpos_count, name); }
int at_deprel_id(const char *name) { return find(at_deprel_names, at_deprel_count, name); }

int at_deprel_universal(int id)
{
	if (id <= 0 || (size_t)id >= at_deprel_count)
		return 0;
	const char *name = at_deprel_names[id];
	const char *colon = strchr(name, ':');
	if (!colon)
		return id;
	char base[32];
	size_t n = (size_t)(colon - name);
	memcpy(base, name, n);
	base[n] = '\0';
	return at_deprel_id(base);
}
