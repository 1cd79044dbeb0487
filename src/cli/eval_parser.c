#include "cli/cli.h"
#include "core/file.h"
#include "eval/parser_eval.h"
#include "pipeline/engine.h"
#include "text/conllu.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: attache eval parser GOLD.conllu[.zst] [--models DIR] [--gold-tags] [--time]\n\n"
	"Tags and parses the words of a gold CoNLL-U file and prints UAS and LAS\n"
	"(LAS on the universal relation, punctuation included); then tokenizes the\n"
	"file's raw text, tags and parses it and prints both as F1 over words\n"
	"aligned by character offsets (as the CoNLL 2018 shared task does).\n\n"
	"  --models DIR      folder with tagger.atm and parser.atm (and sentsplit.atm, used when present)\n"
	"  --gold-tags       parse the gold words with their gold tags only (diagnosis)\n"
	"  --time            also print tagging+parsing speed (gold words, one thread)\n";

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void print_scores(const char *title, const at_parse_scores *s, int as_f1)
{
	printf("%s: %zu gold words, %zu predicted, %zu aligned\n", title, s->gold_words,
	       s->pred_words, s->aligned);
	size_t words = s->aligned ? s->aligned : 1;
	if (as_f1)
		printf("Words %.2f\n", at_parse_score_f1(s, s->aligned));
	printf("UAS %.2f\n", as_f1 ? at_parse_score_f1(s, s->uas) : 100.0 * (double)s->uas / (double)words);
	printf("LAS %.2f\n", as_f1 ? at_parse_score_f1(s, s->las) : 100.0 * (double)s->las / (double)words);
}

/* Tags and parses the gold words again and again for about two seconds. */
static void print_speed(const at_tagger *t, const at_parser *p, at_doc *gold)
{
	at_parse_scores s;
	size_t words = 0;
	double start = now_seconds(), elapsed = 0;
	while (elapsed < 2.0) {
		memset(&s, 0, sizeof s);
		at_parser_eval_gold(t, p, gold, &s);
		words += gold->nwords;
		elapsed = now_seconds() - start;
	}
	printf("speed: %.0f words/s (%s, one thread)\n", (double)words / elapsed,
	       t ? "tagging and parsing" : "parsing");
}

typedef struct eval_models {
	at_sentsplit *splitter;
	at_tagger *tagger;
	at_parser *parser;
} eval_models;

static int load_models(const char *models, int need_tagger, eval_models *m)
{
	char dir[PATH_MAX], path[PATH_MAX + 16], err[1024];
	at_default_dir(models, "ATTACHE_MODELS", "models", dir, sizeof dir);
	snprintf(path, sizeof path, "%s/parser.atm", dir);
	if (!(m->parser = at_parser_load(path, err, sizeof err))) {
		fprintf(stderr, "attache eval parser: %s\n", err);
		return -1;
	}
	snprintf(path, sizeof path, "%s/tagger.atm", dir);
	if (need_tagger && !(m->tagger = at_tagger_load(path, err, sizeof err))) {
		fprintf(stderr, "attache eval parser: %s\n", err);
		return -1;
	}
	/* Raw text is split as the pipeline splits it: with the model if any. */
	snprintf(path, sizeof path, "%s/sentsplit.atm", dir);
	if (access(path, R_OK) == 0 && !(m->splitter = at_sentsplit_load(path, err, sizeof err))) {
		fprintf(stderr, "attache eval parser: %s\n", err);
		return -1;
	}
	return 0;
}

static int evaluate(const eval_models *m, at_doc *gold, int timing)
{
	at_parse_scores on_gold = {0}, on_raw = {0};
	if (at_parser_eval_gold(m->tagger, m->parser, gold, &on_gold) != 0 ||
	    (m->tagger && at_parser_eval_raw(m->splitter, m->tagger, m->parser, gold, &on_raw) != 0)) {
		fprintf(stderr, "attache eval parser: out of memory\n");
		return EXIT_SOME_FAILED;
	}
	print_scores(m->tagger ? "gold tokenization, predicted tags" : "gold tokenization, gold tags",
		     &on_gold, 0);
	if (m->tagger)
		print_scores(m->splitter ? "raw text (attache tokenizer, sentsplit.atm)" : "raw text (attache tokenizer)",
			     &on_raw, 1);
	if (timing)
		print_speed(m->tagger, m->parser, gold);
	return EXIT_OK;
}

int cmd_eval_parser(int argc, char **argv)
{
	if (cli_wants_help(argc, argv)) {
		fputs(usage_text, stdout);
		return EXIT_OK;
	}
	const char *gold_path = NULL, *models = NULL;
	int timing = 0, gold_tags = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--models") == 0 && i + 1 < argc)
			models = argv[++i];
		else if (strcmp(argv[i], "--time") == 0)
			timing = 1;
		else if (strcmp(argv[i], "--gold-tags") == 0)
			gold_tags = 1;
		else if (argv[i][0] == '-' && argv[i][1])
			return cli_usage_error("eval parser", "unknown option %s", argv[i]);
		else if (!gold_path)
			gold_path = argv[i];
		else
			return cli_usage_error("eval parser", "one gold file only");
	}
	if (!gold_path)
		return cli_usage_error("eval parser", "needs a gold CoNLL-U file");
	eval_models m = {0};
	int rc = EXIT_SOME_FAILED;
	char err[1024];
	size_t len;
	char *data = NULL;
	at_doc *gold = NULL;
	if (load_models(models, !gold_tags, &m) != 0)
		goto done;
	data = at_read_file(gold_path, &len, err, sizeof err);
	gold = data ? at_conllu_read(data, len, gold_path, err, sizeof err) : NULL;
	if (!gold)
		fprintf(stderr, "attache eval parser: %s: %s\n", gold_path, err);
	else
		rc = evaluate(&m, gold, timing);
done:
	free(data);
	at_doc_free(gold);
	at_sentsplit_free(m.splitter);
	at_tagger_free(m.tagger);
	at_parser_free(m.parser);
	return rc;
}
