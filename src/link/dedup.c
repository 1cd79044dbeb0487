/* The public linker of attache.h: the product linker (link/linker.h) over
 * processed documents, and, when asked, every report kept so that all
 * clusters can be rendered at the end, one JSON line each in order of first
 * report, with every document and sentence that reports it (attache code
 * --dedup). */
#include "attache.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/grow.h"
#include "link/linker.h"
#include "link/strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct report {
	int32_t cluster;          /* index in order of first report */
	const char *doc, *date, *source, *target, *text;
	char event[13], code[5];
	uint32_t sent;
} report;

struct attache_linker {
	at_linker *linker;
	int keep_reports;
	at_arena *arena;          /* copies of the strings reports keep */
	at_strmap clusters;       /* cluster id -> index */
	report *reports;
	size_t nreports, cap;
};

attache_linker *attache_linker_new(int keep_reports)
{
	attache_linker *d = calloc(1, sizeof *d);
	if (!d)
		return NULL;
	d->keep_reports = keep_reports;
	d->linker = at_linker_new();
	d->arena = at_arena_new(1 << 16);
	if (!d->linker || !d->arena) {
		attache_linker_free(d);
		return NULL;
	}
	at_strmap_init(&d->clusters, d->arena);
	return d;
}

void attache_linker_free(attache_linker *d)
{
	if (!d)
		return;
	at_linker_free(d->linker);
	at_strmap_free(&d->clusters);
	at_arena_free(d->arena);
	free(d->reports);
	free(d);
}

static const char *copy(attache_linker *d, const char *s)
{
	return s ? at_arena_strdup(d->arena, s) : NULL;
}

static int keep_report(attache_linker *d, const at_doc *doc, const at_event *ev)
{
	if (d->nreports == d->cap) {
		report *grown = at_grow(d->reports, &d->cap, sizeof *grown, 256);
		if (!grown)
			return -1;
		d->reports = grown;
	}
	report *r = &d->reports[d->nreports];
	memset(r, 0, sizeof *r);
	if ((r->cluster = at_strmap_add(&d->clusters, ev->cluster, strlen(ev->cluster))) < 0)
		return -1;
	r->doc = copy(d, doc->id);
	r->date = copy(d, ev->date);
	r->source = copy(d, ev->source_code);
	r->target = copy(d, ev->target_code);
	if (ev->sent < doc->nsents) {
		const at_sentence *s = &doc->sents[ev->sent];
		r->text = at_arena_strndup(d->arena, doc->text + s->start, s->end - s->start);
	}
	memcpy(r->event, ev->id, sizeof r->event);
	memcpy(r->code, ev->code, sizeof r->code);
	r->sent = ev->sent;
	d->nreports++;
	return 0;
}

attache_status attache_linker_add(attache_linker *d, attache_doc *adoc, char *err, size_t errlen)
{
	at_doc *doc = (at_doc *)adoc;
	int failed = at_linker_add_doc(d->linker, doc) != 0;
	for (size_t i = 0; i < doc->nevents && d->keep_reports && !failed; i++)
		failed = keep_report(d, doc, &doc->events[i]) != 0;
	if (failed) {
		snprintf(err, errlen, "%s: out of memory while linking", doc->id);
		return ATTACHE_ERR_NOMEM;
	}
	return ATTACHE_OK;
}

static void put_report(at_buf *b, const report *r)
{
	const struct { const char *key, *value; } strings[] = {
		{"code", r->code}, {"date", r->date}, {"source", r->source}, {"target", r->target}, {"text", r->text},
	};
	at_buf_puts(b, "{\"doc\":");
	at_json_str(b, r->doc);
	at_buf_printf(b, ",\"sentence\":%u,\"event\":", r->sent);
	at_json_str(b, r->event);
	for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
		at_buf_putc(b, ',');
		at_json_key(b, strings[i].key);
		at_json_str_or_null(b, strings[i].value);
	}
	at_buf_putc(b, '}');
}

char *attache_linker_render(const attache_linker *d, size_t *len)
{
	size_t n = d->clusters.count;
	size_t *start = calloc(n + 1, sizeof *start), *order = malloc((d->nreports + 1) * sizeof *order);
	if (!start || !order) {
		free(start);
		free(order);
		return NULL;
	}
	/* Reports grouped by cluster, each group in input order. */
	for (size_t i = 0; i < d->nreports; i++)
		start[d->reports[i].cluster + 1]++;
	for (size_t c = 1; c <= n; c++)
		start[c] += start[c - 1];
	size_t *fill = calloc(n + 1, sizeof *fill);
	for (size_t i = 0; fill && i < d->nreports; i++) {
		size_t c = (size_t)d->reports[i].cluster;
		order[start[c] + fill[c]++] = i;
	}
	at_buf b;
	at_buf_init(&b);
	for (size_t c = 0; fill && c < n; c++) {
		const char *id = d->clusters.keys[c];
		at_buf_puts(&b, "{\"cluster\":");
		at_json_str(&b, id);
		at_buf_printf(&b, ",\"sources\":%u,\"mentions\":%zu,\"reports\":[",
			      at_linker_sources(d->linker, id), start[c + 1] - start[c]);
		for (size_t k = start[c]; k < start[c + 1]; k++) {
			if (k > start[c])
				at_buf_putc(&b, ',');
			put_report(&b, &d->reports[order[k]]);
		}
		at_buf_puts(&b, "]}\n");
	}
	if (!fill)
		at_buf_free(&b);
	else if (!b.data)
		at_buf_puts(&b, "");
	if (len)
		*len = b.len;
	free(fill);
	free(start);
	free(order);
	return b.data;
}
