/* attache code --dedup: the events of all documents linked into clusters
 * (link/linker.h), printed as one JSON line per cluster, in order of first
 * report, with every document and sentence that reports it. */
#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/doc.h"
#include "core/grow.h"
#include "link/linker.h"
#include "link/strmap.h"

typedef struct report {
	int32_t cluster;          /* index in order of first report */
	const char *doc, *date, *source, *target, *text;
	char event[13], code[5];
	uint32_t sent;
} report;

struct cli_dedup {
	at_linker *linker;
	at_arena *arena;          /* copies of the strings reports keep */
	at_strmap clusters;       /* cluster id -> index */
	report *reports;
	size_t nreports, cap;
	int failed;
};

cli_dedup *cli_dedup_new(void)
{
	cli_dedup *d = calloc(1, sizeof *d);
	if (!d)
		return NULL;
	d->linker = at_linker_new();
	d->arena = at_arena_new(1 << 16);
	if (!d->linker || !d->arena) {
		cli_dedup_free(d);
		return NULL;
	}
	at_strmap_init(&d->clusters, d->arena);
	return d;
}

void cli_dedup_free(cli_dedup *d)
{
	if (!d)
		return;
	at_linker_free(d->linker);
	at_strmap_free(&d->clusters);
	at_arena_free(d->arena);
	free(d->reports);
	free(d);
}

static const char *copy(cli_dedup *d, const char *s)
{
	return s ? at_arena_strdup(d->arena, s) : NULL;
}

static int keep_report(cli_dedup *d, const at_doc *doc, const at_event *ev)
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

void cli_dedup_visit(attache_doc *adoc, void *arg)
{
	cli_dedup *d = arg;
	at_doc *doc = (at_doc *)adoc;
	if (d->failed || at_linker_add_doc(d->linker, doc) != 0) {
		d->failed = 1;
		return;
	}
	for (size_t i = 0; i < doc->nevents && !d->failed; i++)
		d->failed = keep_report(d, doc, &doc->events[i]) != 0;
}

static void put_report(at_buf *b, const report *r)
{
	at_buf_puts(b, "{\"doc\":");
	at_json_str(b, r->doc);
	at_buf_printf(b, ",\"sentence\":%u,\"event\":", r->sent);
	at_json_str(b, r->event);
	at_buf_puts(b, ",\"code\":");
	at_json_str(b, r->code);
	at_buf_puts(b, ",\"date\":");
	at_json_str_or_null(b, r->date);
	at_buf_puts(b, ",\"source\":");
	at_json_str_or_null(b, r->source);
	at_buf_puts(b, ",\"target\":");
	at_json_str_or_null(b, r->target);
	at_buf_puts(b, ",\"text\":");
	at_json_str_or_null(b, r->text);
	at_buf_putc(b, '}');
}

int cli_dedup_print(cli_dedup *d, FILE *out)
{
	if (d->failed)
		return -1;
	size_t n = d->clusters.count;
	size_t *start = calloc(n + 1, sizeof *start), *order = malloc((d->nreports + 1) * sizeof *order);
	if (!start || !order) {
		free(start);
		free(order);
		return -1;
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
		at_buf_clear(&b);
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
		fwrite(b.data, 1, b.len, out);
	}
	at_buf_free(&b);
	int rc = fill ? 0 : -1;
	free(fill);
	free(start);
	free(order);
	return rc;
}
