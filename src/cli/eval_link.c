/* attache eval link: cross-document event coreference on ECB+. */
#include "cli/cli.h"
#include "eval/link_eval.h"

#include <getopt.h>
#include <string.h>
#include <sys/stat.h>

static const char usage[] =
	"usage: attache eval link ECB_DIR [--sentences CSV] [--output FILE]\n"
	"\n"
	"Links the gold event mentions of ECB+ across documents and scores the clusters\n"
	"(MUC, B-cubed, CEAF-e, CoNLL F1, as the reference scorer v8.01 computes them).\n"
	"ECB_DIR is the extracted folder holding the topic folders 1..45. The pair model,\n"
	"the classifier of singletons and the merge of clusters are trained on the train\n"
	"topics, the thresholds tuned on dev (2 5 12 18 21 23 34 35) and the two halves of\n"
	"the train topics (out of fold); test is topics 36-45. The mentions' participants\n"
	"come from attache's tagger and parser (models/tagger.atm, models/parser.atm) run\n"
	"on the gold tokens.\n"
	"\n"
	"  --sentences CSV  ECBplus_coreference_sentences.csv (default: in ECB_DIR or its parent)\n"
	"  --output FILE    write the predicted test and dev clusters in the CoNLL format\n"
	"  --dev-only       skip the test split (for development: test is run once, at the end)\n";

static int exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

static void print_scores(const char *name, size_t docs, size_t mentions, const at_coref_scores *s)
{
	printf("%-5s %4zu docs %5zu mentions  MUC R %.1f P %.1f F1 %.1f  B3 R %.1f P %.1f F1 %.1f"
	       "  CEAF-e R %.1f P %.1f F1 %.1f  CoNLL F1 %.2f\n",
	       name, docs, mentions, 100 * s->muc.recall, 100 * s->muc.precision, 100 * s->muc.f1,
	       100 * s->b3.recall, 100 * s->b3.precision, 100 * s->b3.f1, 100 * s->ceafe.recall,
	       100 * s->ceafe.precision, 100 * s->ceafe.f1, 100 * s->conll);
}

int cmd_eval_link(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"sentences", required_argument, NULL, 's'},
		{"output", required_argument, NULL, 'o'},
		{"dev-only", no_argument, NULL, 'd'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	at_link_eval_opts o = {0};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "s:o:dh", longopts, NULL)) != -1) {
		switch (c) {
		case 's': o.csv = optarg; break;
		case 'o': o.output = optarg; break;
		case 'd': o.dev_only = 1; break;
		case 'h': fputs(usage, stdout); return EXIT_OK;
		default: return cli_usage_error("eval link", "bad option");
		}
	}
	if (optind + 1 != argc)
		return cli_usage_error("eval link", "give one ECB_DIR (the folder of the topic folders)");
	o.dir = argv[optind];
	char csv[4096];
	if (!o.csv) {
		snprintf(csv, sizeof csv, "%s/ECBplus_coreference_sentences.csv", o.dir);
		if (!exists(csv))
			snprintf(csv, sizeof csv, "%s/../ECBplus_coreference_sentences.csv", o.dir);
		o.csv = csv;
	}
	o.log = stderr;
	at_link_eval_result r;
	char err[1024];
	if (at_link_eval_run(&o, &r, err, sizeof err) != 0) {
		fprintf(stderr, "attache eval link: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	printf("thresholds (tuned on dev and train, out of fold): documents %.2f, attach %.2f, split %.2f"
	       " (parts of %zu or more), mentions %.2f, merge of clusters %.2f\n", r.doc_threshold,
	       r.doc_attach, r.doc_split, r.doc_min_part, r.mention_threshold, r.merge_threshold);
	if (!o.dev_only)
		printf("test documents grouped into %zu groups\n", r.test_groups);
	printf("train topics out of fold: CoNLL F1 %.2f (odd), %.2f (even)\n", 100 * r.train_cv[1],
	       100 * r.train_cv[0]);
	print_scores("dev", r.dev_docs, r.dev_mentions, &r.dev);
	if (!o.dev_only)
		print_scores("test", r.test_docs, r.test_mentions, &r.test);
	return EXIT_OK;
}
