/* The shared driver of the document commands (code, parse, actors, timex,
 * places): options, reading, threads, output in input order. */
#include "cli/cli.h"
#include "pipeline/batch.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

typedef struct run_ctx {
	void (*visit)(attache_doc *doc, void *arg);
	void *visit_arg;
	const attache_engine *engine;
	unsigned stages;
	attache_format format;
	FILE *out;
	attache_linker *linker;    /* NULL unless the command links events */
} run_ctx;

static int work(attache_doc *doc, void *arg, at_buf *out, char *err, size_t errlen)
{
	run_ctx *ctx = arg;
	if (attache_process(ctx->engine, doc, ctx->stages, err, errlen) != ATTACHE_OK)
		return -1;
	/* Linked or visited documents are rendered, if at all, after linking. */
	if (ctx->linker || ctx->visit)
		return 0;
	size_t len = 0;
	char *text = attache_render(ctx->engine, doc, ctx->format, &len);
	if (!text) {
		snprintf(err, errlen, "%s: out of memory", attache_doc_id(doc));
		return -1;
	}
	at_buf_put(out, text, len);
	attache_free(text);
	return 0;
}

/* Linking sees the documents in input order, so a record's cluster and
 * sources (the documents reporting it so far) do not depend on threads;
 * the record is rendered again with them. */
static void emit_linked(attache_doc *doc, run_ctx *ctx)
{
	char err[256];
	size_t len = 0;
	if (attache_linker_add(ctx->linker, doc, err, sizeof err) != ATTACHE_OK) {
		fprintf(stderr, "attache: %s\n", err);
		return;
	}
	char *text = attache_render(ctx->engine, doc, ctx->format, &len);
	if (!text) {
		fprintf(stderr, "attache: %s: out of memory\n", attache_doc_id(doc));
		return;
	}
	fwrite(text, 1, len, ctx->out);
	attache_free(text);
}

static void emit(attache_doc *doc, const at_buf *out, void *arg)
{
	run_ctx *ctx = arg;
	if (ctx->visit)
		ctx->visit(doc, ctx->visit_arg);
	else if (ctx->linker)
		emit_linked(doc, ctx);
	else if (out->len)
		fwrite(out->data, 1, out->len, ctx->out);
}

static int parse_format(const cli_docs_spec *spec, const char *s, attache_format *f)
{
	if (strcmp(s, "jsonl") == 0 && spec->format != ATTACHE_FORMAT_CONLLU)
		*f = spec->format;
	else if (strcmp(s, "tsv") == 0 && spec->allow_tsv)
		*f = ATTACHE_FORMAT_EVENTS_TSV;
	else if (strcmp(s, "conllu") == 0 && spec->allow_conllu)
		*f = ATTACHE_FORMAT_CONLLU;
	else
		return -1;
	return 0;
}

int cli_docs(const cli_docs_spec *spec, int argc, char **argv)
{
	return cli_docs_visit(spec, argc, argv, NULL, NULL);
}

int cli_docs_visit(const cli_docs_spec *spec, int argc, char **argv,
		   void (*visit)(attache_doc *doc, void *arg), void *visit_arg)
{
	static const struct option longopts[] = {
		{"format", required_argument, NULL, 'f'}, {"threads", required_argument, NULL, 't'},
		{"date", required_argument, NULL, 'D'},   {"dict", required_argument, NULL, 'd'},
		{"models", required_argument, NULL, 'm'}, {"negated", no_argument, NULL, 'n'},
		{"min-confidence", required_argument, NULL, 'c'},
		{"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
	};
	attache_options opts;
	attache_options_init(&opts);
	opts.stages = spec->stages;
	attache_format format = spec->format;
	const char *date = NULL;
	int threads = 1, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "f:t:D:d:m:nc:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (parse_format(spec, optarg, &format) != 0)
				return cli_usage_error(spec->name, "unknown format '%s'", optarg);
			break;
		case 't':
			threads = atoi(optarg);
			if (threads < 1 || threads > 64)
				return cli_usage_error(spec->name, "--threads takes 1 to 64");
			break;
		case 'D': date = optarg; break;
		case 'd': opts.dict_dir = optarg; break;
		case 'm': opts.model_dir = optarg; break;
		case 'n': opts.keep_negated = 1; break;
		case 'c':
			if (!(spec->stages & ATTACHE_STAGE_EVENTS) || cli_parse_confidence(optarg, &opts.min_confidence) != 0)
				return cli_usage_error(spec->name, "--min-confidence takes a number from 0 to 1, "
								   "for commands that code events");
			break;
		case 'h': fputs(spec->usage, stdout); return EXIT_OK;
		default: return cli_usage_error(spec->name, "bad option");
		}
	}
	if (optind >= argc)
		return cli_usage_error(spec->name, "no input (give files, folders or - for stdin)");
	if (date) {
		attache_doc *probe = attache_doc_new(NULL, "", 0);
		attache_status st = attache_doc_set_date(probe, date);
		attache_doc_free(probe);
		if (st != ATTACHE_OK)
			return cli_usage_error(spec->name, "--date takes YYYY-MM-DD, not '%s'", date);
	}
	char err[1024];
	attache_engine *engine = attache_engine_new(&opts, err, sizeof err);
	if (!engine) {
		fprintf(stderr, "attache %s: %s\n", spec->name, err);
		return EXIT_USAGE;
	}
	attache_reader *reader = attache_reader_new((const char *const *)argv + optind,
						    (size_t)(argc - optind), date);
	run_ctx ctx = {visit, visit_arg, engine, spec->stages, format, stdout, NULL};
	if (spec->link_events && !visit && !(ctx.linker = attache_linker_new(0))) {
		fprintf(stderr, "attache %s: out of memory\n", spec->name);
		return EXIT_SOME_FAILED;
	}
	at_batch_stats stats = {0, 0};
	at_batch_run(reader, threads, work, emit, &ctx, &stats);
	attache_linker_free(ctx.linker);
	attache_reader_free(reader);
	attache_engine_free(engine);
	fflush(stdout);
	return stats.failed ? EXIT_SOME_FAILED : EXIT_OK;
}
