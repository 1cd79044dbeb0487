#include "text/tokenize.h"

#include <ctype.h>
#include <string.h>

/* Placeholder tokenizer: whitespace and punctuation only. */

typedef struct {
	at_doc *doc;
	size_t tok_cap, word_cap, sent_cap;
} state;

static int add_token(state *st, uint32_t start, uint32_t end)
{
	at_doc *d = st->doc;
	if (d->ntokens == st->tok_cap)
		d->tokens = at_arena_grow(d->arena, d->tokens, sizeof *d->tokens, &st->tok_cap);
	if (d->nwords == st->word_cap)
		d->words = at_arena_grow(d->arena, d->words, sizeof *d->words, &st->word_cap);
	if (!d->tokens || !d->words)
		return -1;
	at_token *t = &d->tokens[d->ntokens];
	at_word *w = &d->words[d->nwords];
	t->start = w->start = start;
	t->end = w->end = end;
	t->word_first = (uint32_t)d->nwords;
	t->word_count = 1;
	t->space_after = w->space_after = end < d->len && isspace((unsigned char)d->text[end]);
	w->token = (uint32_t)d->ntokens;
	w->head = -1;
	w->form = at_arena_strndup(d->arena, d->text + start, end - start);
	d->ntokens++;
	d->nwords++;
	return 0;
}

static int close_sentence(state *st, size_t *first_tok)
{
	at_doc *d = st->doc;
	if (d->ntokens == *first_tok)
		return 0;
	if (d->nsents == st->sent_cap)
		d->sents = at_arena_grow(d->arena, d->sents, sizeof *d->sents, &st->sent_cap);
	if (!d->sents)
		return -1;
	at_sentence *s = &d->sents[d->nsents++];
	s->token_first = s->word_first = (uint32_t)*first_tok;
	s->token_count = s->word_count = (uint32_t)(d->ntokens - *first_tok);
	s->start = d->tokens[*first_tok].start;
	s->end = d->tokens[d->ntokens - 1].end;
	*first_tok = d->ntokens;
	return 0;
}

int at_tokenize(at_doc *doc)
{
	state st = {doc, 0, 0, 0};
	size_t first_tok = 0;
	const char *t = doc->text;
	size_t i = 0;
	while (i < doc->len) {
		unsigned char c = (unsigned char)t[i];
		if (isspace(c)) {
			if (c == '\n' && close_sentence(&st, &first_tok))
				return -1;
			i++;
			continue;
		}
		size_t j = i + 1;
		if (isalnum(c) || c >= 0x80)
			while (j < doc->len && (isalnum((unsigned char)t[j]) || (unsigned char)t[j] >= 0x80))
				j++;
		if (add_token(&st, (uint32_t)i, (uint32_t)j))
			return -1;
		if ((c == '.' || c == '!' || c == '?') && close_sentence(&st, &first_tok))
			return -1;
		i = j;
	}
	return close_sentence(&st, &first_tok);
}
