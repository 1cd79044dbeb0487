/* attache gazetteer compile: builds dict/gazetteer.atm from GeoNames. */
#include "cli/cli.h"
#include "geo/gazetteer_compile.h"

#include <getopt.h>
#include <string.h>

static const char usage_text[] =
	"usage: attache gazetteer compile [OPTIONS] TABLE OUT\n\n"
	"Compiles the GeoNames table (gazetteer.tsv or .tsv.zst) into the binary\n"
	"gazetteer that 'attache places' loads (dict/gazetteer.atm).\n\n"
	"  --demonyms CSV        nationality,alpha_3_code lines (Mexican → Mexico)\n"
	"  --us-states TSV       US states with AP abbreviations (Calif.)\n"
	"  --country-names TSV   alpha2<TAB>name lines: more country names\n"
	"  --common-words FILE   CoNLL-U text: names that are common lowercase\n"
	"                        words there need more evidence to be places\n";

int cmd_gazetteer(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"demonyms", required_argument, NULL, 'd'}, {"us-states", required_argument, NULL, 'u'},
		{"country-names", required_argument, NULL, 'c'}, {"common-words", required_argument, NULL, 'w'},
		{"help", no_argument, NULL, 'h'},           {NULL, 0, NULL, 0},
	};
	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		fputs(usage_text, argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_USAGE : EXIT_OK;
	}
	if (strcmp(argv[1], "compile") != 0)
		return cli_usage_error("gazetteer", "unknown subcommand '%s'", argv[1]);
	at_gazetteer_sources src = {0};
	int c;
	optind = 1;
	argc--;
	argv++;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': src.demonyms = optarg; break;
		case 'u': src.us_states = optarg; break;
		case 'c': src.country_names = optarg; break;
		case 'w': src.common_words = optarg; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: return cli_usage_error("gazetteer", "bad option");
		}
	}
	if (argc - optind != 2)
		return cli_usage_error("gazetteer", "compile takes TABLE and OUT");
	src.table = argv[optind];
	char err[1024];
	if (at_gazetteer_compile(&src, argv[optind + 1], err, sizeof err) != 0) {
		fprintf(stderr, "attache gazetteer: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	return EXIT_OK;
}
