#include "cli/cli.h"
#include "core/file.h"
#include "eval/tokenize_eval.h"
#include "text/conllu.h"

#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: attache eval tokenize GOLD.conllu[.zst]\n"
	"\n"
	"Rebuilds the raw text of GOLD (the sentences of a paragraph joined by a\n"
	"space, paragraphs and documents separated by a blank line), tokenizes and\n"
	"splits it, and prints Tokens, Words and Sentences F1 over non-whitespace\n"
	"character spans, as the CoNLL 2018 shared task evaluation does.\n";

static void print_counts(const char *name, const at_span_counts *c)
{
	printf("%-9s F1 %.2f  (gold %zu, system %zu, correct %zu)\n", name, at_span_f1(c), c->gold,
	       c->system, c->correct);
}

int cmd_eval_tokenize(int argc, char **argv)
{
	if (cli_wants_help(argc, argv)) {
		fputs(usage, stdout);
		return EXIT_OK;
	}
	if (argc != 2)
		return cli_usage_error("eval tokenize", "expected one GOLD.conllu file");
	const char *path = argv[1];
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
	int rc = at_tokenize_eval(gold, NULL, &s, err, sizeof err);
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
