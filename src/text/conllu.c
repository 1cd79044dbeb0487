#include "text/conllu.h"
#include "core/tags.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	at_doc *doc;
	size_t tok_cap, word_cap, sent_cap;
	at_buf text;
	int pending_par;      /* a newpar/newdoc came before the next sentence */
	char *sent_text;      /* "# text" of the sentence being read (malloc'd) */
	size_t sent_start;    /* offset of the current sentence in text */
	size_t cursor;        /* next unmatched byte of the current sentence */
	int in_sentence;
	uint32_t mwt_end;     /* last word id covered by the open multiword token */
} reader;

static char *next_field(char **p)
{
	char *start = *p;
	char *tab = strchr(start, '\t');
	if (tab) {
		*tab = '\0';
		*p = tab + 1;
	} else {
		*p = start + strlen(start);
	}
	return start;
}

static int push_sentence(reader *r)
{
	at_doc *d = r->doc;
	if (d->nsents == r->sent_cap)
		d->sents = at_arena_grow(d->arena, d->sents, sizeof *d->sents, &r->sent_cap);
	if (!d->sents)
		return -1;
	at_sentence *s = &d->sents[d->nsents];
	if (r->text.len > 0)
		at_buf_puts(&r->text, r->pending_par ? "\n\n" : " ");
	s->new_par = (uint8_t)(r->pending_par || d->nsents == 0);
	r->pending_par = 0;
	s->start = (uint32_t)r->text.len;
	s->token_first = (uint32_t)d->ntokens;
	s->word_first = (uint32_t)d->nwords;
	r->sent_start = r->text.len;
	r->cursor = r->text.len;
	r->in_sentence = 1;
	r->mwt_end = 0;
	return 0;
}

/* Places a token form in the rebuilt text. With a "# text" line the form is
 * looked up there (keeping the original spacing); without one the forms
 * are joined using SpaceAfter. */
static void place_token(reader *r, const char *form, int space_after, uint32_t *start, uint32_t *end)
{
	size_t flen = strlen(form);
	if (r->sent_text) {
		const char *st = r->sent_text;
		size_t rel = r->cursor - r->sent_start;
		while (st[rel] == ' ' || st[rel] == '\t' || st[rel] == '\n')
			rel++;
		if (strncmp(st + rel, form, flen) != 0) {
			/* Form differs from the text (rare typo fixes): take the
			 * next run of non-space bytes. */
			flen = 0;
			while (st[rel + flen] && st[rel + flen] != ' ')
				flen++;
		}
		*start = (uint32_t)(r->sent_start + rel);
		*end = (uint32_t)(*start + flen);
		r->cursor = *end;
		return;
	}
	*start = (uint32_t)r->text.len;
	at_buf_put(&r->text, form, flen);
	*end = (uint32_t)r->text.len;
	if (space_after)
		at_buf_putc(&r->text, ' ');
	r->cursor = r->text.len;
}

static at_token *new_token(reader *r)
{
	at_doc *d = r->doc;
	if (d->ntokens == r->tok_cap)
		d->tokens = at_arena_grow(d->arena, d->tokens, sizeof *d->tokens, &r->tok_cap);
	return d->tokens ? &d->tokens[d->ntokens++] : NULL;
}

static at_word *new_word(reader *r)
{
	at_doc *d = r->doc;
	if (d->nwords == r->word_cap)
		d->words = at_arena_grow(d->arena, d->words, sizeof *d->words, &r->word_cap);
	return d->words ? &d->words[d->nwords++] : NULL;
}

static const char *dup_or_null(at_arena *a, const char *s)
{
	return strcmp(s, "_") == 0 ? NULL : at_arena_strdup(a, s);
}

static int read_word_line(reader *r, char *line, char *err, size_t errlen, size_t lineno)
{
	int tabs = 0;
	for (const char *c = line; *c; c++)
		tabs += *c == '\t';
	char *p = line;
	char *f[10];
	for (int i = 0; i < 10; i++)
		f[i] = next_field(&p);
	if (tabs != 9 || !*f[1]) {
		snprintf(err, errlen, "line %zu: expected 10 tab-separated columns", lineno);
		return -1;
	}
	if (strchr(f[0], '.'))
		return 0; /* empty node of enhanced UD */
	if (!r->in_sentence && push_sentence(r) != 0)
		return -1;
	at_doc *d = r->doc;
	int space_after = strstr(f[9], "SpaceAfter=No") == NULL;
	char *dash = strchr(f[0], '-');
	if (dash) {
		at_token *t = new_token(r);
		if (!t)
			return -1;
		place_token(r, f[1], space_after, &t->start, &t->end);
		t->word_first = (uint32_t)d->nwords;
		t->space_after = (uint8_t)space_after;
		r->mwt_end = (uint32_t)atoi(dash + 1);
		return 0;
	}
	uint32_t id = (uint32_t)atoi(f[0]);
	at_word *w = new_word(r);
	if (!w)
		return -1;
	if (id <= r->mwt_end) {
		at_token *t = &d->tokens[d->ntokens - 1];
		t->word_count++;
		w->start = t->start;
		w->end = t->end;
		w->token = (uint32_t)(d->ntokens - 1);
		w->space_after = id == r->mwt_end ? t->space_after : 0;
	} else {
		at_token *t = new_token(r);
		if (!t)
			return -1;
		place_token(r, f[1], space_after, &t->start, &t->end);
		t->word_first = (uint32_t)(d->nwords - 1);
		t->word_count = 1;
		t->space_after = (uint8_t)space_after;
		w->start = t->start;
		w->end = t->end;
		w->token = (uint32_t)(d->ntokens - 1);
		w->space_after = (uint8_t)space_after;
	}
	w->form = at_arena_strdup(d->arena, f[1]);
	w->lemma = dup_or_null(d->arena, f[2]);
	w->upos = (uint8_t)at_upos_id(f[3]);
	w->xpos = (uint8_t)at_xpos_id(f[4]);
	w->feats = dup_or_null(d->arena, f[5]);
	w->head = (int16_t)(strcmp(f[6], "_") == 0 ? -1 : atoi(f[6]));
	w->deprel = (uint8_t)at_deprel_id(f[7]);
	return 0;
}

static void end_sentence(reader *r)
{
	if (!r->in_sentence)
		return;
	at_doc *d = r->doc;
	at_sentence *s = &d->sents[d->nsents];
	if (r->sent_text) {
		at_buf_puts(&r->text, r->sent_text);
		free(r->sent_text);
		r->sent_text = NULL;
	}
	s->end = (uint32_t)r->text.len;
	/* Without "# text" the last token's trailing space is not part of it. */
	while (s->end > s->start && r->text.data[s->end - 1] == ' ')
		s->end--;
	r->text.len = s->end;
	s->token_count = (uint32_t)d->ntokens - s->token_first;
	s->word_count = (uint32_t)d->nwords - s->word_first;
	d->nsents++;
	r->in_sentence = 0;
}

static void read_comment(reader *r, const char *line)
{
	if (strncmp(line, "# newdoc", 8) == 0 || strncmp(line, "# newpar", 8) == 0) {
		r->pending_par = 1;
	} else if (strncmp(line, "# text = ", 9) == 0) {
		/* Sentence text goes in at end_sentence; offsets are relative. */
		if (!r->in_sentence)
			push_sentence(r);
		free(r->sent_text);
		r->sent_text = strdup(line + 9);
	}
}

at_doc *at_conllu_read(const char *data, size_t len, const char *name, char *err, size_t errlen)
{
	reader r;
	memset(&r, 0, sizeof r);
	r.doc = at_doc_new(name, "", 0);
	if (!r.doc) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	at_buf_init(&r.text);
	char *copy = malloc(len + 1);
	memcpy(copy, data, len);
	copy[len] = '\0';
	size_t lineno = 0;
	int failed = 0;
	for (char *line = copy, *next; line && *line && !failed; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		size_t n = strlen(line);
		if (n && line[n - 1] == '\r')
			line[n - 1] = '\0';
		if (line[0] == '#')
			read_comment(&r, line);
		else if (line[0] == '\0')
			end_sentence(&r);
		else if (read_word_line(&r, line, err, errlen, lineno) != 0)
			failed = 1;
	}
	if (!failed)
		end_sentence(&r);
	free(copy);
	free(r.sent_text);
	if (failed) {
		at_buf_free(&r.text);
		at_doc_free(r.doc);
		return NULL;
	}
	r.doc->text = at_arena_strndup(r.doc->arena, r.text.data ? r.text.data : "", r.text.len);
	r.doc->len = r.text.len;
	at_buf_free(&r.text);
	return r.doc;
}

static void put_col(at_buf *out, const char *s)
{
	at_buf_puts(out, s && *s ? s : "_");
	at_buf_putc(out, '\t');
}

static void write_sentence_text(const at_doc *doc, const at_sentence *s, at_buf *out)
{
	at_buf_puts(out, "# text = ");
	for (uint32_t i = s->start; i < s->end; i++) {
		char c = doc->text[i];
		if (c == '\n' || c == '\r' || c == '\t') {
			if (out->len && out->data[out->len - 1] != ' ')
				at_buf_putc(out, ' ');
			continue;
		}
		at_buf_putc(out, c);
	}
	at_buf_putc(out, '\n');
}

static void write_word(const at_doc *doc, const at_word *w, uint32_t id, at_buf *out)
{
	at_buf_printf(out, "%u\t", id);
	put_col(out, w->form);
	put_col(out, w->lemma);
	put_col(out, at_upos_names[w->upos]);
	put_col(out, w->xpos < at_xpos_count ? at_xpos_names[w->xpos] : "_");
	put_col(out, w->feats);
	if (w->head >= 0)
		at_buf_printf(out, "%d\t", w->head);
	else
		at_buf_puts(out, "_\t");
	put_col(out, w->deprel < at_deprel_count ? at_deprel_names[w->deprel] : "_");
	at_buf_puts(out, "_\t");
	const at_token *t = &doc->tokens[w->token];
	at_buf_puts(out, t->word_count == 1 && !w->space_after ? "SpaceAfter=No\n" : "_\n");
}

void at_conllu_write(const at_doc *doc, at_buf *out)
{
	for (size_t si = 0; si < doc->nsents; si++) {
		const at_sentence *s = &doc->sents[si];
		if (si == 0)
			at_buf_printf(out, "# newdoc id = %s\n", doc->id);
		if (s->new_par)
			at_buf_puts(out, "# newpar\n");
		at_buf_printf(out, "# sent_id = %s-%zu\n", doc->id, si + 1);
		write_sentence_text(doc, s, out);
		for (uint32_t ti = s->token_first; ti < s->token_first + s->token_count; ti++) {
			const at_token *t = &doc->tokens[ti];
			uint32_t first = t->word_first - s->word_first + 1;
			if (t->word_count > 1) {
				at_buf_printf(out, "%u-%u\t", first, first + t->word_count - 1);
				at_buf_put(out, doc->text + t->start, t->end - t->start);
				at_buf_puts(out, t->space_after ? "\t_\t_\t_\t_\t_\t_\t_\t_\n"
							: "\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n");
			}
			for (uint32_t k = 0; k < t->word_count; k++)
				write_word(doc, &doc->words[t->word_first + k], first + k, out);
		}
		at_buf_putc(out, '\n');
	}
}
