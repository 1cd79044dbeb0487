#include "cli/cli.h"
#include "core/file.h"
#include "eval/tokenize_eval.h"
#include "pipeline/engine.h"
#include "text/conllu.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
	"usage: attache eval tokenize [--model FILE | --rules] GOLD.conllu[.zst]\n"
	"\n"
	"Rebuilds the raw text of GOLD (the sentences of a paragraph joined by a\n"
	"space, paragraphs and documents separated by a blank line), tokenizes and\n"
	"splits it, and prints Tokens, Words and Sentences F1 over non-whitespace\n"
	"character spans, as the CoNLL 2018 shared task evaluation does.\n"
	"\n"
	"The sentence boundary model is MODELS/sentsplit.atm (see --help of the\n"
	"main command for MODELS) or --model FILE; --rules splits by rules only.\n";

static void print_counts(const char *name, const at_span_counts *c)
{
	printf("%s F1 %.2f  (gold %zu, system %zu, correct %zu)\n", name, at_span_f1(c), c->gold,
	       c->system, c->correct);
}

/* The splitter to evaluate: --model, else the default one when present. */
static int pick_model(const char *option, int rules, at_sentsplit **model)
{
	char dir[4096], path[4200], err[512];
	*model = NULL;
	if (rules)
		return 0;
	if (option) {
		snprintf(path, sizeof path, "%s", option);
	} else {
		at_default_dir(NULL, "ATTACHE_MODELS", "models", dir, sizeof dir);
		snprintf(path, sizeof path, "%s/sentsplit.atm", dir);
		if (access(path, F_OK) != 0)
			return 0;
	}
	if (!(*model = at_sentsplit_load(path, err, sizeof err))) {
		fprintf(stderr, "attache eval tokenize: %s\n", err);
		return -1;
	}
	printf("Sentence model: %s\n", path);
	return 0;
}

static int evaluate(const char *path, const at_sentsplit *model)
{
	char err[512];
	size_t len = 0;
	char *data = at_read_file(path, &len, err, sizeof err);
	if (!data) {
		fprintf(stderr, "attache eval tokenize: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	at_doc *gold = at_conllu_read(data, len, path, err, sizeof err);
	free(data);
	if (!gold) {
		fprintf(stderr, "attache eval tokenize: %s: %s\n", path, err);
		return EXIT_SOME_FAILED;
	}
	at_tokenize_scores s;
	int rc = at_tokenize_eval(gold, model, &s, err, sizeof err);
	at_doc_free(gold);
	if (rc != 0) {
		fprintf(stderr, "attache eval tokenize: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	print_counts("Tokens", &s.tokens);
	print_counts("Words", &s.words);
	print_counts("Sentences", &s.sents);
	return EXIT_OK;
}

int cmd_eval_tokenize(int argc, char **argv)
{
	if (cli_wants_help(argc, argv)) {
		fputs(usage, stdout);
		return EXIT_OK;
	}
	const char *gold = NULL, *model_path = NULL;
	int rules = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--model") == 0 && i + 1 < argc)
			model_path = argv[++i];
		else if (strcmp(argv[i], "--rules") == 0)
			rules = 1;
		else if (argv[i][0] != '-' && !gold)
			gold = argv[i];
		else
			return cli_usage_error("eval tokenize", "unexpected argument '%s'", argv[i]);
	}
	if (!gold)
		return cli_usage_error("eval tokenize", "expected one GOLD.conllu file");
	at_sentsplit *model;
	if (pick_model(model_path, rules, &model) != 0)
		return EXIT_SOME_FAILED;
	int rc = evaluate(gold, model);
	at_sentsplit_free(model);
	return rc;
}
