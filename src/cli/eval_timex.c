/* attache eval timex: TempEval-3 scores on a folder of TimeML files. */
#include "cli/cli.h"
#include "core/file.h"
#include "core/grow.h"
#include "eval/timex_eval.h"
#include "timex/meantime.h"

#include <dirent.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char usage[] =
	"usage: attache eval timex [--errors] [--parse] DIR|FILE...\n"
	"\n"
	"Finds the temporal expressions of the <TEXT> of each TimeML file (*.tml,\n"
	"searched recursively) with the document creation time of <DCT> as the\n"
	"document date, and scores them against its TIMEX3 tags as the\n"
	"TempEval-3 scorer does: strict (same span) and relaxed (overlapping)\n"
	"extent precision, recall and F1; value and type accuracy over the relaxed\n"
	"matches, and TempEval-3's value and type F1. MEANTIME files (*.xml, the\n"
	"NewsReader CAT format) are read too: their annotated sentences (title and\n"
	"first five) joined back into text, their creation time as date.\n"
	"\n"
	"  --errors   print misses (MISS), spurious expressions (SPUR) and wrong\n"
	"             spans, types or values (GOLD/SYS pairs) to stderr\n"
	"  --parse    tag and parse first, so that tense comes from the tree (as in\n"
	"             attache code); needs MODELS/tagger.atm and parser.atm\n";

typedef struct eval_ctx {
	attache_engine *engine;
	at_timex_score score;
	size_t docs, failed;
	int errors;
	unsigned stages;
} eval_ctx;

static void eval_file(eval_ctx *ctx, const char *path)
{
	char err[512];
	size_t len;
	char *xml = at_read_file(path, &len, err, sizeof err);
	if (!xml) {
		fprintf(stderr, "attache eval timex: %s\n", err);
		ctx->failed++;
		return;
	}
	at_arena *arena = at_arena_new(len * 2 + 4096);
	tx_timeml tml;
	int meantime = at_has_suffix(path, ".xml");
	if (!arena || (meantime ? tx_meantime_read(arena, xml, len, &tml, err, sizeof err)
				: tx_timeml_read(arena, xml, len, &tml, err, sizeof err)) != 0) {
		fprintf(stderr, "attache eval timex: %s: %s\n", path, arena ? err : "out of memory");
		ctx->failed++;
		at_arena_free(arena);
		free(xml);
		return;
	}
	const char *base = strrchr(path, '/');
	attache_doc *doc = attache_doc_new(base ? base + 1 : path, tml.text, tml.len);
	if (doc && tml.dct[0])
		attache_doc_set_date(doc, tml.dct);
	if (!doc || attache_process(ctx->engine, doc, ctx->stages, err, sizeof err) != ATTACHE_OK) {
		fprintf(stderr, "attache eval timex: %s: %s\n", path, doc ? err : "out of memory");
		ctx->failed++;
	} else {
		at_timex_score_doc(&ctx->score, tml.gold, tml.ngold, (const at_doc *)doc,
				   ctx->errors ? stderr : NULL);
		ctx->docs++;
	}
	attache_doc_free(doc);
	at_arena_free(arena);
	free(xml);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files in sorted order so that --errors reads the same on every run. */
static void eval_path(eval_ctx *ctx, const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		fprintf(stderr, "attache eval timex: %s: no such file or folder\n", path);
		ctx->failed++;
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		eval_file(ctx, path);
		return;
	}
	DIR *dir = opendir(path);
	if (!dir)
		return;
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(dir))) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			char **grown = at_grow(names, &cap, sizeof *grown, 64);
			if (!grown)
				break;
			names = grown;
		}
		size_t len = strlen(path) + strlen(e->d_name) + 2;
		if (!(names[n] = malloc(len)))
			break;
		snprintf(names[n++], len, "%s/%s", path, e->d_name);
	}
	closedir(dir);
	qsort(names, n, sizeof *names, by_name);
	for (size_t k = 0; k < n; k++) {
		if (stat(names[k], &st) == 0 && (S_ISDIR(st.st_mode) || at_has_suffix(names[k], ".tml") ||
						  at_has_suffix(names[k], ".xml")))
			eval_path(ctx, names[k]);
		free(names[k]);
	}
	free(names);
}

static void print_figures(const eval_ctx *ctx)
{
	at_timex_figures f = at_timex_score_figures(&ctx->score);
	const at_timex_score *s = &ctx->score;
	printf("documents %zu, gold %zu, system %zu\n", ctx->docs, s->gold, s->sys);
	printf("strict   P %.2f  R %.2f  F1 %.2f\n", f.strict_p, f.strict_r, f.strict_f1);
	printf("relaxed  P %.2f  R %.2f  F1 %.2f\n", f.relaxed_p, f.relaxed_r, f.relaxed_f1);
	printf("value    accuracy %.2f  (%zu of %zu relaxed matches)  F1 %.2f\n", f.value_acc,
	       s->value_ok, s->relaxed, f.value_f1);
	printf("type     accuracy %.2f  (%zu of %zu relaxed matches)  F1 %.2f\n", f.type_acc,
	       s->type_ok, s->relaxed, f.type_f1);
}

int cmd_eval_timex(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"errors", no_argument, NULL, 'e'}, {"parse", no_argument, NULL, 'p'},
		{"help", no_argument, NULL, 'h'},   {NULL, 0, NULL, 0},
	};
	eval_ctx ctx;
	memset(&ctx, 0, sizeof ctx);
	ctx.stages = ATTACHE_STAGE_TOKENIZE | ATTACHE_STAGE_TIMEX;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "eph", longopts, NULL)) != -1) {
		switch (c) {
		case 'e': ctx.errors = 1; break;
		case 'p': ctx.stages |= ATTACHE_STAGE_PARSE; break;
		case 'h': fputs(usage, stdout); return EXIT_OK;
		default: return cli_usage_error("eval timex", "bad option");
		}
	}
	if (optind >= argc)
		return cli_usage_error("eval timex", "give a folder of TimeML files");
	attache_options opts;
	attache_options_init(&opts);
	opts.stages = ctx.stages;
	char err[512];
	ctx.engine = attache_engine_new(&opts, err, sizeof err);
	if (!ctx.engine) {
		fprintf(stderr, "attache eval timex: %s\n", err);
		return EXIT_USAGE;
	}
	for (int k = optind; k < argc; k++)
		eval_path(&ctx, argv[k]);
	attache_engine_free(ctx.engine);
	if (!ctx.docs) {
		fprintf(stderr, "attache eval timex: no TimeML (*.tml) or MEANTIME (*.xml) files found\n");
		return EXIT_SOME_FAILED;
	}
	print_figures(&ctx);
	return ctx.failed ? EXIT_SOME_FAILED : EXIT_OK;
}
