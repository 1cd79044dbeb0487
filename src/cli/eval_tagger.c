#include "cli/cli.h"
#include "core/file.h"
#include "eval/tagger_eval.h"
#include "pipeline/engine.h"
#include "text/conllu.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: attache eval tagger GOLD.conllu[.zst] [--models DIR] [--time]\n\n"
	"Tags the words of a gold CoNLL-U file and prints UPOS, XPOS, UFeats,\n"
	"AllTags and Lemma accuracy; then tokenizes the file's raw text, tags it\n"
	"and prints the same as F1 over words aligned by character offsets\n"
	"(as the CoNLL 2018 shared task does).\n\n"
	"  --models DIR      folder with tagger.atm (and sentsplit.atm, used when present)\n"
	"  --time            also print tagging speed (gold words, one thread)\n";

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void print_scores(const char *title, const at_tag_scores *s, int as_f1)
{
	printf("%s: %zu gold words, %zu predicted, %zu aligned\n", title, s->gold_words,
	       s->pred_words, s->aligned);
	const char *names[] = {"Words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemma"};
	size_t right[] = {s->aligned, s->upos, s->xpos, s->feats, s->alltags, s->lemma};
	for (size_t i = as_f1 ? 0 : 1; i < 6; i++) {
		double v = as_f1 ? at_tag_score_f1(s, right[i])
				 : 100.0 * (double)right[i] / (double)(s->aligned ? s->aligned : 1);
		printf("  %-8s %6.2f\n", names[i], v);
	}
}

/* Tags the gold words again and again for about a second. */
static void print_speed(const at_tagger *t, at_doc *gold)
{
	at_tag_scores s;
	size_t words = 0;
	double start = now_seconds(), elapsed = 0;
	while (elapsed < 1.0) {
		memset(&s, 0, sizeof s);
		at_tagger_eval_gold(t, gold, &s);
		words += gold->nwords;
		elapsed = now_seconds() - start;
	}
	printf("speed: %.0f words/s (tagging and lemmatizing, one thread)\n", (double)words / elapsed);
}

int cmd_eval_tagger(int argc, char **argv)
{
	if (cli_wants_help(argc, argv)) {
		fputs(usage_text, stdout);
		return EXIT_OK;
	}
	const char *gold_path = NULL, *models = NULL;
	int timing = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--models") == 0 && i + 1 < argc)
			models = argv[++i];
		else if (strcmp(argv[i], "--time") == 0)
			timing = 1;
		else if (argv[i][0] == '-' && argv[i][1])
			return cli_usage_error("eval tagger", "unknown option %s", argv[i]);
		else if (!gold_path)
			gold_path = argv[i];
		else
			return cli_usage_error("eval tagger", "one gold file only");
	}
	if (!gold_path)
		return cli_usage_error("eval tagger", "needs a gold CoNLL-U file");
	char dir[PATH_MAX], path[PATH_MAX + 16], err[1024];
	at_default_dir(models, "ATTACHE_MODELS", "models", dir, sizeof dir);
	snprintf(path, sizeof path, "%s/tagger.atm", dir);
	at_tagger *t = at_tagger_load(path, err, sizeof err);
	if (!t) {
		fprintf(stderr, "attache eval tagger: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	/* The raw-text figures use the tokenizer as the pipeline runs it. */
	at_sentsplit *splitter = NULL;
	snprintf(path, sizeof path, "%s/sentsplit.atm", dir);
	if (access(path, R_OK) == 0 && !(splitter = at_sentsplit_load(path, err, sizeof err))) {
		fprintf(stderr, "attache eval tagger: %s\n", err);
		at_tagger_free(t);
		return EXIT_SOME_FAILED;
	}
	size_t len;
	char *data = at_read_file(gold_path, &len, err, sizeof err);
	at_doc *gold = data ? at_conllu_read(data, len, gold_path, err, sizeof err) : NULL;
	free(data);
	int rc = EXIT_OK;
	at_tag_scores on_gold = {0}, on_raw = {0};
	if (!gold) {
		fprintf(stderr, "attache eval tagger: %s: %s\n", gold_path, err);
		rc = EXIT_SOME_FAILED;
	} else if (at_tagger_eval_gold(t, gold, &on_gold) || at_tagger_eval_raw(t, splitter, gold, &on_raw)) {
		fprintf(stderr, "attache eval tagger: out of memory\n");
		rc = EXIT_SOME_FAILED;
	} else {
		print_scores("gold tokenization", &on_gold, 0);
		print_scores(splitter ? "raw text (attache tokenizer, sentsplit.atm)"
				      : "raw text (attache tokenizer, rules only)", &on_raw, 1);
		if (timing)
			print_speed(t, gold);
	}
	at_doc_free(gold);
	at_sentsplit_free(splitter);
	at_tagger_free(t);
	return rc;
}
