#include "cli/cli.h"
#include "core/file.h"
#include "text/conllu.h"
#include "text/sentsplit.h"

#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: attache train sentsplit TRAIN.conllu[.zst] DEV.conllu[.zst] -o OUT.atm [--epochs N]\n"
	"\n"
	"Trains the sentence boundary model on the gold sentences of TRAIN (its raw\n"
	"text rebuilt as `attache eval tokenize` does) and keeps the epoch that\n"
	"scores best on DEV. Default: 10 epochs.\n";

static at_doc *read_gold(const char *path)
{
	char err[512];
	size_t len = 0;
	char *data = at_read_file(path, &len, err, sizeof err);
	if (!data) {
		fprintf(stderr, "attache train sentsplit: %s\n", err);
		return NULL;
	}
	at_doc *doc = at_conllu_read(data, len, path, err, sizeof err);
	free(data);
	if (!doc)
		fprintf(stderr, "attache train sentsplit: %s: %s\n", path, err);
	return doc;
}

int cmd_train_sentsplit(int argc, char **argv)
{
	if (cli_wants_help(argc, argv)) {
		fputs(usage, stdout);
		return EXIT_OK;
	}
	const char *files[2] = {NULL, NULL}, *out = NULL;
	unsigned epochs = 10, nfiles = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
			out = argv[++i];
		else if (strcmp(argv[i], "--epochs") == 0 && i + 1 < argc)
			epochs = (unsigned)atoi(argv[++i]);
		else if (argv[i][0] != '-' && nfiles < 2)
			files[nfiles++] = argv[i];
		else
			return cli_usage_error("train sentsplit", "unexpected argument '%s'", argv[i]);
	}
	if (nfiles != 2 || !out || epochs == 0)
		return cli_usage_error("train sentsplit", "expected TRAIN DEV -o OUT.atm");
	at_doc *train = read_gold(files[0]);
	at_doc *dev = train ? read_gold(files[1]) : NULL;
	char err[512];
	int rc = EXIT_SOME_FAILED;
	if (dev && at_sentsplit_train(train, dev, epochs, out, stderr, err, sizeof err) == 0)
		rc = EXIT_OK;
	else if (dev)
		fprintf(stderr, "attache train sentsplit: %s\n", err);
	at_doc_free(train);
	at_doc_free(dev);
	return rc;
}
