#include "cli/cli.h"
#include "core/buf.h"
#include "core/file.h"
#include "parse/jackknife.h"
#include "parse/train.h"
#include "tag/tagger.h"
#include "text/conllu.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: attache train parser --train FILE --dev FILE --out MODEL [OPTIONS]\n\n"
	"Trains the dependency parser on CoNLL-U treebanks (.conllu or .conllu.zst),\n"
	"keeping the pass with the best LAS on --dev.\n\n"
	"  --train FILE      training treebank (its tags are the parser's features)\n"
	"  --dev FILE        development treebank for early stopping\n"
	"  --out MODEL       model to write, e.g. models/parser.atm\n"
	"  --seed N          shuffling and exploration seed (default 1)\n"
	"  --iterations N    at most N passes (default 25)\n"
	"  --tagger MODEL    tag --dev with this tagger (as in use)\n"
	"  --jackknife K     tag --train with K taggers, each trained on the other\n"
	"                    folds (needs --dev); otherwise its gold tags are used\n"
	"  --tagger-iterations N  passes of each jack-knife tagger (default 8)\n"
	"  --save-train FILE write the jack-knifed training treebank (CoNLL-U)\n"
	"  --tagger-wordnet DIR  WordNet dict folder for the jack-knife taggers\n"
	"  --trans-bits N    log2 rows of the transition table (default 20)\n"
	"  --label-prune W   drop averaged label weights below W (smaller model; default 0)\n"
	"  --explore P       probability of following a wrong prediction (default 0.6)\n"
	"  --beam N          beam width, trained globally (default 1: greedy)\n"
	"  --patience N      stop after N passes without a better dev LAS (default 6)\n";

typedef struct train_setup {
	const char *train, *dev, *out, *tagger, *save_train, *wordnet;
	int folds;
	unsigned tagger_iterations;
} train_setup;

/* Reads a treebank; keeps its text in *text when text is not NULL. */
static at_doc *read_treebank(const char *path, char **text, size_t *len)
{
	char err[512];
	size_t n;
	char *data = at_read_file(path, &n, err, sizeof err);
	if (!data) {
		fprintf(stderr, "attache train parser: %s\n", err);
		return NULL;
	}
	at_doc *doc = at_conllu_read(data, n, path, err, sizeof err);
	if (!doc)
		fprintf(stderr, "attache train parser: %s: %s\n", path, err);
	if (text) {
		*text = data;
		*len = n;
	} else {
		free(data);
	}
	return doc;
}

/* Lemmas and features of dev point into the tagger, so it is freed only
 * after training. */
static int tag_dev(const char *model, at_doc *dev, at_tagger **tagger)
{
	char err[512];
	at_tagger *t = *tagger = at_tagger_load(model, err, sizeof err);
	if (!t) {
		fprintf(stderr, "attache train parser: %s\n", err);
		return -1;
	}
	for (size_t i = 0; i < dev->nwords; i++) {
		dev->words[i].upos = dev->words[i].xpos = 0;
		dev->words[i].lemma = dev->words[i].feats = NULL;
	}
	int rc = at_tagger_tag(t, dev);
	if (rc != 0)
		fprintf(stderr, "attache train parser: out of memory while tagging %s\n", dev->id);
	return rc;
}

static int jackknife(const train_setup *su, at_doc *train, const char *text, size_t len)
{
	char dir[] = "/tmp/attache-jackknife-XXXXXX", err[1024];
	if (!mkdtemp(dir)) {
		perror("attache train parser: mkdtemp");
		return -1;
	}
	at_tagger_train_options o;
	at_tagger_train_defaults(&o);
	o.dev = su->dev;
	o.iterations = su->tagger_iterations;
	o.wordnet = su->wordnet;
	o.log = stderr;
	int rc = at_parser_jackknife(train, text, len, su->folds, &o, dir, err, sizeof err);
	if (rc != 0)
		fprintf(stderr, "attache train parser: %s\n", err);
	rmdir(dir);
	if (rc == 0 && su->save_train) {
		at_buf out;
		at_buf_init(&out);
		at_conllu_write(train, &out);
		rc = at_write_file(su->save_train, out.data, out.len, err, sizeof err);
		if (rc != 0)
			fprintf(stderr, "attache train parser: %s\n", err);
		at_buf_free(&out);
	}
	return rc;
}

static int run(const train_setup *su, const at_parser_train_opts *opts)
{
	char *text = NULL;
	size_t len = 0;
	at_doc *train = read_treebank(su->train, su->folds ? &text : NULL, &len);
	at_doc *dev = su->dev && train ? read_treebank(su->dev, NULL, NULL) : NULL;
	at_tagger *tagger = NULL;
	int rc = EXIT_SOME_FAILED;
	if (!train || (su->dev && !dev))
		goto done;
	if (su->folds && jackknife(su, train, text, len) != 0)
		goto done;
	if (su->tagger && dev && tag_dev(su->tagger, dev, &tagger) != 0)
		goto done;
	char err[512];
	if (at_parser_train(train, dev, su->out, opts, err, sizeof err) == 0)
		rc = EXIT_OK;
	else
		fprintf(stderr, "attache train parser: %s\n", err);
done:
	at_tagger_free(tagger);
	free(text);
	at_doc_free(train);
	at_doc_free(dev);
	return rc;
}

int cmd_train_parser(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"train", required_argument, NULL, 't'}, {"dev", required_argument, NULL, 'd'},
		{"out", required_argument, NULL, 'o'},   {"seed", required_argument, NULL, 's'},
		{"iterations", required_argument, NULL, 'i'}, {"help", no_argument, NULL, 'h'},
		{"tagger", required_argument, NULL, 'g'}, {"jackknife", required_argument, NULL, 'k'},
		{"tagger-iterations", required_argument, NULL, 'I'},
		{"save-train", required_argument, NULL, 'S'}, {"trans-bits", required_argument, NULL, 'T'},
		{"label-prune", required_argument, NULL, 'L'}, {"explore", required_argument, NULL, 'e'},
		{"tagger-wordnet", required_argument, NULL, 'W'}, {"beam", required_argument, NULL, 'B'},
		{"patience", required_argument, NULL, 'P'},
		{NULL, 0, NULL, 0},
	};
	train_setup su = {0};
	su.tagger_iterations = 8;
	at_parser_train_opts opts;
	at_parser_train_defaults(&opts);
	opts.log = stderr;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "t:d:o:s:i:h", longopts, NULL)) != -1) {
		switch (c) {
		case 't': su.train = optarg; break;
		case 'd': su.dev = optarg; break;
		case 'o': su.out = optarg; break;
		case 'g': su.tagger = optarg; break;
		case 'S': su.save_train = optarg; break;
		case 'W': su.wordnet = optarg; break;
		case 'k':
			su.folds = atoi(optarg);
			if (su.folds < 2 || su.folds > 50)
				return cli_usage_error("train parser", "--jackknife takes 2 to 50 folds");
			break;
		case 'I': su.tagger_iterations = (unsigned)atoi(optarg); break;
		case 'T': {
			int bits = atoi(optarg);
			if (bits < 10 || bits > 24)
				return cli_usage_error("train parser", "--trans-bits takes 10 to 24");
			opts.trans_bits = (unsigned)bits;
			break;
		}
		case 'L': opts.label_prune = strtof(optarg, NULL); break;
		case 'e': opts.explore = atof(optarg); break;
		case 'P': opts.patience = atoi(optarg); break;
		case 'B':
			opts.beam = atoi(optarg);
			if (opts.beam < 1 || opts.beam > 32)
				return cli_usage_error("train parser", "--beam takes 1 to 32");
			break;
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
	if (!su.train || !su.out || (su.folds && !su.dev))
		return cli_usage_error("train parser", "--train and --out are required (and --dev with --jackknife)");
	return run(&su, &opts);
}
