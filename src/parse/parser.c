#include "parse/parser.h"
#include "core/modelfile.h"
#include "core/tags.h"
#include "parse/decode.h"
#include "parse/model.h"

#include <stdio.h>
#include <stdlib.h>

/* Sentences longer than this are not parsed word by word: their words
 * hang flat from the first one (heads are int16 in at_word). */
enum { MAX_PARSED_WORDS = 30000 };

struct at_parser {
	at_model *model;
	at_weights label;
	at_pweights weights;
};

static int check_sections(at_parser *p, char *why, size_t whylen)
{
	size_t n_meta, n_trans, n_label, n_cands;
	const at_parser_meta *meta = at_model_section(p->model, "meta", &n_meta);
	const int16_t *trans = at_model_section(p->model, "trans", &n_trans);
	const void *label = at_model_section(p->model, "label", &n_label);
	const at_plabel_cands *cands = at_model_section(p->model, "cands", &n_cands);
	if (!meta || !trans || !label || !cands || n_meta != sizeof *meta ||
	    n_cands != sizeof *cands) {
		snprintf(why, whylen, "missing or malformed section");
		return -1;
	}
	if (meta->trans_bits > 30 || n_trans != ((size_t)AT_PA_COUNT << meta->trans_bits) * sizeof *trans) {
		snprintf(why, whylen, "transition table does not match its declared size");
		return -1;
	}
	/* Label ids index 64-bit candidate masks. */
	if (at_weights_view(&p->label, label, n_label) != 0 || p->label.nclasses > 64) {
		snprintf(why, whylen, "malformed label weights");
		return -1;
	}
	if (meta->deprel_count != at_deprel_count) {
		snprintf(why, whylen, "trained with %u relations, this build has %zu (retrain)",
			 meta->deprel_count, at_deprel_count);
		return -1;
	}
	p->weights.trans = trans;
	p->weights.trans_mask = ((uint64_t)1 << meta->trans_bits) - 1;
	p->weights.label = &p->label;
	p->weights.cands = cands;
	p->weights.root = at_deprel_id("root");
	p->weights.beam = meta->beam > AT_PBEAM_MAX ? AT_PBEAM_MAX : (int)meta->beam;
	return 0;
}

at_parser *at_parser_load(const char *path, char *err, size_t errlen)
{
	at_parser *p = calloc(1, sizeof *p);
	if (!p) {
		snprintf(err, errlen, "%s: out of memory", path);
		return NULL;
	}
	p->model = at_model_open(path, "parser", AT_PARSER_VERSION, err, errlen);
	if (!p->model) {
		free(p);
		return NULL;
	}
	char why[160];
	if (check_sections(p, why, sizeof why) != 0) {
		snprintf(err, errlen, "%s: %s", path, why);
		at_parser_free(p);
		return NULL;
	}
	return p;
}

void at_parser_free(at_parser *p)
{
	if (!p)
		return;
	at_model_close(p->model);
	free(p);
}

static void parse_flat(at_word *w, uint32_t n, int root)
{
	for (uint32_t i = 0; i < n; i++) {
		w[i].head = (int16_t)(i == 0 ? 0 : 1);
		w[i].deprel = (uint8_t)(i == 0 ? root : at_deprel_id("dep"));
	}
}

int at_parser_parse(const at_parser *p, at_doc *doc)
{
	uint32_t max_n = 0;
	for (size_t i = 0; i < doc->nsents; i++)
		if (doc->sents[i].word_count > max_n && doc->sents[i].word_count <= MAX_PARSED_WORDS)
			max_n = doc->sents[i].word_count;
	at_psent ps;
	at_pstate st;
	at_pbeam *beam = NULL;
	if (at_psent_alloc(&ps, doc->arena, (int)max_n) != 0 ||
	    at_pstate_alloc(&st, doc->arena, (int)max_n) != 0)
		return -1;
	if (p->weights.beam > 1 && (!(beam = AT_NEW(doc->arena, at_pbeam)) ||
				    at_pbeam_alloc(beam, doc->arena, p->weights.beam, (int)max_n) != 0))
		return -1;
	for (size_t i = 0; i < doc->nsents; i++) {
		const at_sentence *sent = &doc->sents[i];
		at_word *w = doc->words + sent->word_first;
		int n = (int)sent->word_count;
		if (n == 0)
			continue;
		if (sent->word_count > MAX_PARSED_WORDS) {
			parse_flat(w, sent->word_count, p->weights.root);
			continue;
		}
		at_psent_fill(&ps, w, n);
		at_pdecode(&p->weights, &ps, &st, beam);
		for (int k = 1; k <= n; k++) {
			w[k - 1].head = (int16_t)(st.head[k] == n + 1 ? 0 : st.head[k]);
			w[k - 1].deprel = st.label[k];
		}
	}
	return 0;
}
