/* attache places: toponyms resolved to GeoNames, one JSON line each. Its own
 * driver (not cli_docs) so that it can run on capitalisation alone when the
 * tagger and parser models are absent, and drop demonyms for test sets that
 * do not count them. */
#include "cli/cli.h"
#include "core/doc.h"
#include "geo/places.h"
#include "pipeline/batch.h"
#include "pipeline/engine.h"
#include "text/tokenize.h"

#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
	"usage: attache places [OPTIONS] PATH...\n\n"
	"Prints every place name with its GeoNames place, one JSON line each:\n"
	"doc, start, end (bytes), text, geonames, name, country (ISO alpha-2),\n"
	"country3, admin1, lat, lon, feature, score, demonym, actor, dateline.\n\n"
	"  --format jsonl    output format (the only one)\n"
	"  --threads N       worker threads (output is the same for any N)\n"
	"  --dict DIR        folder with gazetteer.atm\n"
	"  --models DIR      folder with tagger.atm and parser.atm; without them\n"
	"                    names are found by capitalisation alone\n"
	"  --no-parse        do not tag and parse, even when the models exist\n"
	"  --no-demonyms     leave out adjectives and demonyms (Mexican)\n"
	"  --no-embedded     leave out places inside organisations' names\n"
	"                    (the Georgia of \"Georgia Tech\")\n";

typedef struct places_ctx {
	const attache_engine *engine;   /* NULL: tokenize only */
	const at_gazetteer *gazetteer;
	int no_demonyms, no_embedded;
} places_ctx;

static void drop_places(at_doc *doc, int demonyms, int embedded)
{
	size_t n = 0;
	for (size_t i = 0; i < doc->nplaces; i++)
		if (!(demonyms && doc->places[i].is_demonym) && !(embedded && doc->places[i].is_embedded))
			doc->places[n++] = doc->places[i];
	doc->nplaces = n;
	doc->dateline_place = -1;
}

static int work(attache_doc *d, void *arg, at_buf *out, char *err, size_t errlen)
{
	places_ctx *ctx = arg;
	at_doc *doc = (at_doc *)d;
	if (ctx->engine) {
		if (attache_process(ctx->engine, d, ATTACHE_STAGE_PARSE, err, errlen) != ATTACHE_OK)
			return -1;
	} else if (!doc->sents && at_tokenize(doc) != 0) {
		snprintf(err, errlen, "%s: out of memory while tokenizing", doc->id);
		return -1;
	}
	if (at_places_find(ctx->gazetteer, doc) != 0) {
		snprintf(err, errlen, "%s: out of memory while finding places", doc->id);
		return -1;
	}
	if (ctx->no_demonyms || ctx->no_embedded)
		drop_places(doc, ctx->no_demonyms, ctx->no_embedded);
	at_places_write_jsonl(doc, out);
	return 0;
}

static void emit(attache_doc *doc, const at_buf *out, void *arg)
{
	(void)doc;
	(void)arg;
	if (out->len)
		fwrite(out->data, 1, out->len, stdout);
}

/* The tagger and parser when their models load; NULL (with a note) if not. */
static attache_engine *load_engine(const char *models)
{
	attache_options opts;
	attache_options_init(&opts);
	opts.stages = ATTACHE_STAGE_PARSE;
	opts.model_dir = models;
	char err[1024];
	attache_engine *e = attache_engine_new(&opts, err, sizeof err);
	if (!e)
		fprintf(stderr, "attache places: %s; finding names by capitalisation alone\n", err);
	return e;
}

int cmd_places(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"format", required_argument, NULL, 'f'}, {"threads", required_argument, NULL, 't'},
		{"dict", required_argument, NULL, 'd'},   {"models", required_argument, NULL, 'm'},
		{"no-parse", no_argument, NULL, 'P'},     {"no-demonyms", no_argument, NULL, 'N'},
		{"no-embedded", no_argument, NULL, 'E'},
		{"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
	};
	const char *dict = NULL, *models = NULL;
	int threads = 1, no_parse = 0, c;
	places_ctx ctx = {NULL, NULL, 0, 0};
	optind = 1;
	while ((c = getopt_long(argc, argv, "f:t:d:m:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "jsonl") != 0)
				return cli_usage_error("places", "unknown format '%s'", optarg);
			break;
		case 't':
			threads = atoi(optarg);
			if (threads < 1 || threads > 64)
				return cli_usage_error("places", "--threads takes 1 to 64");
			break;
		case 'd': dict = optarg; break;
		case 'm': models = optarg; break;
		case 'P': no_parse = 1; break;
		case 'N': ctx.no_demonyms = 1; break;
		case 'E': ctx.no_embedded = 1; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: return cli_usage_error("places", "bad option");
		}
	}
	if (optind >= argc)
		return cli_usage_error("places", "no input (give files, folders or - for stdin)");
	char dir[PATH_MAX], path[PATH_MAX + 16], err[1024];
	at_default_dir(dict, "ATTACHE_DICT", "dict", dir, sizeof dir);
	snprintf(path, sizeof path, "%s/gazetteer.atm", dir);
	at_gazetteer *g = at_gazetteer_load(path, err, sizeof err);
	if (!g) {
		fprintf(stderr, "attache places: %s\n", err);
		return EXIT_USAGE;
	}
	attache_engine *engine = no_parse ? NULL : load_engine(models);
	ctx.engine = engine;
	ctx.gazetteer = g;
	attache_reader *reader = attache_reader_new((const char *const *)argv + optind,
						    (size_t)(argc - optind), NULL);
	at_batch_stats stats = {0, 0};
	at_batch_run(reader, threads, work, emit, &ctx, &stats);
	attache_reader_free(reader);
	attache_engine_free(engine);
	at_gazetteer_free(g);
	fflush(stdout);
	return stats.failed ? EXIT_SOME_FAILED : EXIT_OK;
}
