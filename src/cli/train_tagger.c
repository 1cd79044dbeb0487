#include "cli/cli.h"
#include "tag/train.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
	"usage: attache train tagger --train FILE [--train FILE...] --dev FILE --out MODEL [OPTIONS]\n\n"
	"Trains the part-of-speech tagger (UPOS and XPOS), the lemmatizer and the\n"
	"FEATS table on CoNLL-U treebanks (.conllu or .conllu.zst), keeping the pass\n"
	"with the best UPOS + XPOS accuracy on --dev.\n\n"
	"  --train FILE      training treebank (repeat for several)\n"
	"  --extra FILE      more training data for the tags only, not for lemmas and\n"
	"                    FEATS (a treebank with other lemma conventions)\n"
	"  --dev FILE        development treebank for early stopping\n"
	"  --out MODEL       model to write, e.g. models/tagger.atm\n"
	"  --seed N          shuffling seed (default 1): same seed, same model\n"
	"  --iterations N    at most N passes (default 12)\n"
	"  --shuffles K      train each pass K times on different orders of the\n"
	"                    sentences and keep the mean of the K models (default 1;\n"
	"                    at most 8), on K threads: K times the training CPU time,\n"
	"                    the same tagging cost\n"
	"  --patience N      stop after N passes without a dev gain (default 3)\n"
	"  --fixed N         words seen N times with one tag only get it (default 20)\n"
	"  --fixed-share S   ... or with one tag in a share S of them (default 1)\n"
	"  --restrict N      words seen N times get one of their tags (default 100)\n"
	"  --wordnet DIR     WordNet dict folder (Debian wordnet-base: /usr/share/wordnet),\n"
	"                    compiled into the model for rare words and their lemmas\n"
	"  --two-pass        add a second pass that sees the first pass's tags of the\n"
	"                    next words, for the words the first is unsure of (more\n"
	"                    accurate, slower to train, a little slower to tag)\n"
	"  --prune W         drop averaged weights below W (smaller model; default 0)\n"
	"  --prune-second W  the same for the second pass (default: as --prune)\n"
	"  --memo-words N    frequent words whose own feature weights are summed at\n"
	"                    load, for speed (default 4096; 0: none)\n"
	"  --names FILE      gazetteer TSV (../shared/data/gazetteer/gazetteer.tsv.zst),\n"
	"                    compiled into the model as a place-name feature\n"
	"  --quiet           no progress on stderr\n";

static int parse_count(const char *s, unsigned *out)
{
	char *end;
	unsigned long v = strtoul(s, &end, 10);
	if (!*s || *end || v > 1000000000UL)
		return -1;
	*out = (unsigned)v;
	return 0;
}

static int parse_share(const char *s, float *out)
{
	char *end;
	float v = strtof(s, &end);
	if (!*s || *end || !(v > 0 && v <= 1))
		return -1;
	*out = v;
	return 0;
}

int cmd_train_tagger(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"train", required_argument, 0, 't'}, {"dev", required_argument, 0, 'd'},
		{"out", required_argument, 0, 'o'}, {"seed", required_argument, 0, 's'},
		{"iterations", required_argument, 0, 'i'}, {"patience", required_argument, 0, 'p'},
		{"fixed", required_argument, 0, 'f'}, {"fixed-share", required_argument, 0, 'F'},
		{"restrict", required_argument, 0, 'r'},
		{"wordnet", required_argument, 0, 'w'}, {"extra", required_argument, 0, 'e'},
		{"prune", required_argument, 0, 'P'}, {"memo-words", required_argument, 0, 'M'}, {"two-pass", no_argument, 0, '2'},
		{"prune-second", required_argument, 0, 'S'}, {"shuffles", required_argument, 0, 'K'},
		{"names", required_argument, 0, 'n'}, {"quiet", no_argument, 0, 'q'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0},
	};
	at_tagger_train_options o;
	at_tagger_train_defaults(&o);
	o.log = stderr;
	const char **train = calloc((size_t)argc, sizeof *train);
	const char **extra = calloc((size_t)argc, sizeof *extra);
	if (!train || !extra) {
		free(train);
		free(extra);
		return EXIT_SOME_FAILED;
	}
	o.train = train;
	o.extra = extra;
	int c, bad = 0, second_pruned = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 't': train[o.ntrain++] = optarg; break;
		case 'd': o.dev = optarg; break;
		case 'o': o.out = optarg; break;
		case 's': bad |= parse_count(optarg, &o.seed); break;
		case 'i': bad |= parse_count(optarg, &o.iterations); break;
		case 'p': bad |= parse_count(optarg, &o.patience); break;
		case 'f': bad |= parse_count(optarg, &o.fixed_min_count); break;
		case 'F': bad |= parse_share(optarg, &o.fixed_min_share); break;
		case 'r': bad |= parse_count(optarg, &o.restrict_min_count); break;
		case 'w': o.wordnet = optarg; break;
		case 'e': extra[o.nextra++] = optarg; break;
		case 'P': o.prune = strtof(optarg, NULL); break;
		case 'S': o.prune_second = strtof(optarg, NULL); second_pruned = 1; break;
		case 'K':
			bad |= parse_count(optarg, &o.shuffles) || !o.shuffles || o.shuffles > TAG_MAX_SHUFFLES;
			break;
		case 'M': o.memo_words = (unsigned)strtoul(optarg, NULL, 10); break;
		case '2': o.two_pass = 1; break;
		case 'n': o.names = optarg; break;
		case 'q': o.log = NULL; break;
		case 'h':
			fputs(usage_text, stdout);
			free(train);
			free(extra);
			return EXIT_OK;
		default: bad = 1;
		}
	}
	if (!second_pruned)
		o.prune_second = o.prune;
	if (bad || optind != argc || !o.ntrain || !o.dev || !o.out) {
		free(train);
		free(extra);
		return cli_usage_error("train tagger", "needs --train, --dev and --out (and numbers where numbers go)");
	}
	char err[1024];
	int rc = at_tagger_train(&o, err, sizeof err);
	free(train);
	free(extra);
	if (rc != 0) {
		fprintf(stderr, "attache train tagger: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	return EXIT_OK;
}
