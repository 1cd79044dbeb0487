#include "link/conll_out.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"

typedef struct mark {
	uint32_t token;   /* doc token index the mark sits on */
	int kind;         /* 0 close, 1 open, 2 single: the order on a token */
	uint32_t other;   /* the mention's other end, to nest marks properly */
	int cluster;
} mark;

/* On one token: closes first (the innermost, latest-starting, first), then
 * opens (the outermost, latest-ending, first), then one-token mentions, so
 * that a scorer reading the marks left to right rebuilds every span. */
static int by_token(const void *a, const void *b)
{
	const mark *x = a, *y = b;
	if (x->token != y->token)
		return x->token < y->token ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind - y->kind;
	if (x->other != y->other)
		return x->other > y->other ? -1 : 1;
	return x->cluster - y->cluster;
}

static void put_text(at_buf *b, const char *s)
{
	if (!*s)
		at_buf_putc(b, '_');
	for (; *s; s++)
		at_buf_putc(b, (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') ? '_' : *s);
}

static void put_marks(at_buf *b, const mark *m, size_t n)
{
	if (!n) {
		at_buf_putc(b, '-');
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (i)
			at_buf_putc(b, '|');
		if (m[i].kind == 0)
			at_buf_printf(b, "%d)", m[i].cluster);
		else if (m[i].kind == 1)
			at_buf_printf(b, "(%d", m[i].cluster);
		else
			at_buf_printf(b, "(%d)", m[i].cluster);
	}
}

static int by_position(const void *a, const void *b, void *arg)
{
	const ecb_token *t = arg;
	const ecb_token *x = &t[*(const uint32_t *)a], *y = &t[*(const uint32_t *)b];
	if (x->sent != y->sent)
		return x->sent < y->sent ? -1 : 1;
	return x->number < y->number ? -1 : x->number > y->number;
}

static int write_doc(at_buf *b, const ecb_corpus *c, uint32_t di, const int *cluster, size_t *mi)
{
	const ecb_doc *d = &c->docs[di];
	size_t first = *mi;
	while (*mi < c->nmentions && c->mentions[*mi].doc == di)
		(*mi)++;
	size_t nm = *mi - first;
	mark *marks = malloc((2 * nm + 1) * sizeof *marks);
	uint32_t *order = malloc((d->ntokens + 1) * sizeof *order);
	if (!marks || !order) {
		free(marks);
		free(order);
		return -1;
	}
	size_t n = 0;
	for (size_t i = first; i < *mi; i++) {
		const ecb_mention *m = &c->mentions[i];
		if (m->first == m->last) {
			marks[n++] = (mark){m->first, 2, m->first, cluster[i]};
		} else {
			marks[n++] = (mark){m->first, 1, m->last, cluster[i]};
			marks[n++] = (mark){m->last, 0, m->first, cluster[i]};
		}
	}
	qsort(marks, n, sizeof *marks, by_token);
	size_t nt = 0;
	for (uint32_t t = 0; t < d->ntokens; t++)
		if (d->listed[d->tokens[t].sent])
			order[nt++] = t;
	qsort_r(order, nt, sizeof *order, by_position, d->tokens);
	size_t k = 0;
	for (size_t i = 0; i < nt; i++) {
		uint32_t t = order[i];
		const ecb_token *tok = &d->tokens[t];
		at_buf_printf(b, "%s\t%u\t%u\t", d->name, tok->sent, tok->number);
		put_text(b, tok->text);
		at_buf_putc(b, '\t');
		while (k < n && marks[k].token < t)
			k++;
		size_t j = k;
		while (j < n && marks[j].token == t)
			j++;
		put_marks(b, marks + k, j - k);
		at_buf_putc(b, '\n');
	}
	free(marks);
	free(order);
	return 0;
}

int ecb_conll_write(FILE *f, const ecb_corpus *c, const int *cluster, const char *name)
{
	at_buf b;
	at_buf_init(&b);
	at_buf_printf(&b, "#begin document (%s); part 000\n", name);
	size_t mi = 0;
	int rc = 0;
	for (uint32_t di = 0; di < c->ndocs && rc == 0; di++)
		rc = write_doc(&b, c, di, cluster, &mi);
	at_buf_puts(&b, "#end document\n");
	if (rc == 0 && fwrite(b.data, 1, b.len, f) != b.len)
		rc = -1;
	at_buf_free(&b);
	return rc;
}
