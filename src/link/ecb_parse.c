#include "link/ecb_parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/doc.h"

/* A CoNLL-U form may not hold a tab, a newline or a space in this reader:
 * such bytes become '_', and an empty token becomes "_". */
static void put_form(at_buf *b, const char *text)
{
	if (!*text) {
		at_buf_putc(b, '_');
		return;
	}
	for (const char *p = text; *p; p++)
		at_buf_putc(b, *p == '\t' || *p == '\n' || *p == '\r' || *p == ' ' ? '_' : *p);
}

/* The listed sentences of d as CoNLL-U; first[k] gets the token index where
 * the k-th written sentence starts. Returns the number of sentences. */
static size_t write_conllu(const ecb_doc *d, at_buf *b, uint32_t *first)
{
	size_t nsent = 0;
	for (size_t t = 0; t < d->ntokens;) {
		size_t end = t;
		while (end < d->ntokens && d->tokens[end].sent == d->tokens[t].sent)
			end++;
		if (d->listed[d->tokens[t].sent]) {
			first[nsent++] = (uint32_t)t;
			for (size_t k = t; k < end; k++) {
				at_buf_printf(b, "%zu\t", k - t + 1);
				put_form(b, d->tokens[k].text);
				at_buf_puts(b, "\t_\t_\t_\t_\t_\t_\t_\t_\n");
			}
			at_buf_putc(b, '\n');
		}
		t = end;
	}
	return nsent;
}

/* Copies the predicted layers back: the parsed words are the listed
 * sentences' tokens in order, one word per token. */
static int copy_back(ecb_corpus *c, ecb_doc *d, const at_doc *pd, const uint32_t *first)
{
	if (pd->nwords == 0)
		return 0;
	for (size_t s = 0; s < pd->nsents; s++) {
		const at_sentence *ps = &pd->sents[s];
		for (uint32_t w = 0; w < ps->word_count; w++) {
			const at_word *pw = &pd->words[ps->word_first + w];
			ecb_token *t = &d->tokens[first[s] + w];
			t->lemma = at_arena_strdup(c->arena, pw->lemma ? pw->lemma : t->text);
			if (!t->lemma)
				return -1;
			t->upos = pw->upos;
			t->deprel = pw->deprel;
			t->head = pw->head > 0 ? (int32_t)(first[s] + (uint32_t)pw->head - 1) : -1;
		}
	}
	return 0;
}

static int parse_doc(ecb_corpus *c, ecb_doc *d, const attache_engine *engine, at_buf *b,
		     uint32_t *first, char *err, size_t errlen)
{
	at_buf_clear(b);
	size_t nsent = write_conllu(d, b, first);
	if (nsent == 0)
		return 0;
	attache_doc *doc = attache_doc_from_conllu(b->data, b->len, d->name, err, errlen);
	if (!doc)
		return -1;
	int rc = 0;
	if (attache_process(engine, doc, ATTACHE_STAGE_PARSE, err, errlen) != ATTACHE_OK)
		rc = -1;
	else if (((at_doc *)doc)->nsents != nsent) {
		snprintf(err, errlen, "%s: %zu sentences parsed, %zu written", d->name,
			 ((at_doc *)doc)->nsents, nsent);
		rc = -1;
	} else if (copy_back(c, d, (at_doc *)doc, first) != 0) {
		snprintf(err, errlen, "%s: out of memory", d->name);
		rc = -1;
	}
	attache_doc_free(doc);
	return rc;
}

int ecb_parse(ecb_corpus *c, const attache_engine *engine, char *err, size_t errlen)
{
	size_t most = 0;
	for (size_t d = 0; d < c->ndocs; d++)
		if (c->docs[d].ntokens > most)
			most = c->docs[d].ntokens;
	uint32_t *first = malloc((most + 1) * sizeof *first);
	if (!first) {
		snprintf(err, errlen, "ECB+: out of memory");
		return -1;
	}
	at_buf b;
	at_buf_init(&b);
	int rc = 0;
	for (size_t d = 0; rc == 0 && d < c->ndocs; d++)
		rc = parse_doc(c, &c->docs[d], engine, &b, first, err, errlen);
	at_buf_free(&b);
	free(first);
	return rc;
}
