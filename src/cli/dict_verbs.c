#include "cli/cli.h"
#include "events/verbdict.h"

#include <getopt.h>

static const char usage_text[] =
	"usage: attache dict verbs --out FILE DICT...\n\n"
	"Compiles PETRARCH2 or TABARI verb dictionaries (synonym sets, verb\n"
	"blocks and patterns; later files add to earlier ones) into one compiled\n"
	"verb dictionary, e.g. dict/verbs.atm.\n\n"
	"  --out FILE      the compiled dictionary\n";

int cmd_dict_verbs(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"out", required_argument, NULL, 'o'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
	};
	const char *out = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: return cli_usage_error("dict verbs", "bad option");
		}
	}
	if (!out)
		return cli_usage_error("dict verbs", "--out FILE is required");
	if (optind >= argc)
		return cli_usage_error("dict verbs", "no dictionary files given");
	char err[1024];
	if (at_verb_dict_compile((const char *const *)argv + optind, (size_t)(argc - optind), out, err,
				 sizeof err) != 0) {
		fprintf(stderr, "attache dict verbs: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	printf("%s: compiled\n", out);
	return EXIT_OK;
}
