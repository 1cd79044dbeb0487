#include "cli/cli.h"
#include "core/file.h"
#include "parse/train.h"
#include "text/conllu.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
	"usage: attache train parser --train FILE --dev FILE --out MODEL [OPTIONS]\n\n"
	"Trains the dependency parser on CoNLL-U treebanks (.conllu or .conllu.zst),\n"
	"keeping the pass with the best LAS on --dev.\n\n"
	"  --train FILE      training treebank (its tags are the parser's features)\n"
	"  --dev FILE        development treebank for early stopping\n"
	"  --out MODEL       model to write, e.g. models/parser.atm\n"
	"  --seed N          shuffling and exploration seed (default 1)\n"
	"  --iterations N    at most N passes (default 15)\n";

static at_doc *read_treebank(const char *path)
{
	char err[512];
	size_t len;
	char *data = at_read_file(path, &len, err, sizeof err);
	if (!data) {
		fprintf(stderr, "attache train parser: %s\n", err);
		return NULL;
	}
	at_doc *doc = at_conllu_read(data, len, path, err, sizeof err);
	free(data);
	if (!doc)
		fprintf(stderr, "attache train parser: %s: %s\n", path, err);
	return doc;
}

int cmd_train_parser(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"train", required_argument, NULL, 't'}, {"dev", required_argument, NULL, 'd'},
		{"out", required_argument, NULL, 'o'},   {"seed", required_argument, NULL, 's'},
		{"iterations", required_argument, NULL, 'i'}, {"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *train_path = NULL, *dev_path = NULL, *out = NULL;
	at_parser_train_opts opts;
	at_parser_train_defaults(&opts);
	opts.log = stderr;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "t:d:o:s:i:h", longopts, NULL)) != -1) {
		switch (c) {
		case 't': train_path = optarg; break;
		case 'd': dev_path = optarg; break;
		case 'o': out = optarg; break;
		case 's': opts.seed = strtoull(optarg, NULL, 10); break;
		case 'i':
			opts.iterations = atoi(optarg);
			if (opts.iterations < 1)
				return cli_usage_error("train parser", "--iterations takes a positive number");
			break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: return cli_usage_error("train parser", "bad option");
		}
	}
	if (!train_path || !out)
		return cli_usage_error("train parser", "--train and --out are required");
	at_doc *train = read_treebank(train_path);
	at_doc *dev = dev_path && train ? read_treebank(dev_path) : NULL;
	int rc = EXIT_SOME_FAILED;
	if (train && (dev || !dev_path)) {
		char err[512];
		if (at_parser_train(train, dev, out, &opts, err, sizeof err) == 0)
			rc = EXIT_OK;
		else
			fprintf(stderr, "attache train parser: %s\n", err);
	}
	at_doc_free(train);
	at_doc_free(dev);
	return rc;
}
