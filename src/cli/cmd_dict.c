#include "actors/compile.h"
#include "cli/cli.h"

#include <getopt.h>
#include <string.h>

static const char usage_text[] =
	"usage: attache dict compile [OPTIONS] --out FILE DICT...\n\n"
	"Compiles PETRARCH-format actor dictionaries (*.actors.txt, *.agents.txt,\n"
	"*.discards.txt, in that order of precedence as given) into one compiled\n"
	"actor dictionary. Entries with bad codes, impossible dates or conflicts\n"
	"are reported as FILE:LINE and left out.\n\n"
	"  --out FILE      the compiled dictionary, e.g. dict/actors.atm\n"
	"  --codes FILE    check every code against this CAMEO code list\n"
	"                  (dict/src/cameo-actor-codes.txt); without it only the\n"
	"                  form of codes is checked\n"
	"  --quiet         print the summary only, not each problem\n";

static int compile(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"out", required_argument, NULL, 'o'}, {"codes", required_argument, NULL, 'c'},
		{"quiet", no_argument, NULL, 'q'},     {"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *out = NULL, *codes = NULL;
	int quiet = 0, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:c:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'c': codes = optarg; break;
		case 'q': quiet = 1; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: return cli_usage_error("dict compile", "bad option");
		}
	}
	if (!out)
		return cli_usage_error("dict compile", "--out FILE is required");
	if (optind >= argc)
		return cli_usage_error("dict compile", "no dictionary files given");
	at_actor_compile_stats st;
	char err[1024];
	if (at_actor_dict_compile((const char *const *)argv + optind, (size_t)(argc - optind), codes, out,
				  quiet ? NULL : stderr, &st, err, sizeof err) != 0) {
		fprintf(stderr, "attache dict compile: %s\n", err);
		return EXIT_SOME_FAILED;
	}
	printf("%s: %zu actor records, %zu agents, %zu discards, %zu phrases\n"
	       "left out: %zu bad codes, %zu bad or impossible dates, %zu conflicts, %zu without code\n",
	       out, st.records, st.agents, st.discards, st.phrases, st.bad_codes, st.bad_dates,
	       st.conflicts, st.uncoded);
	return EXIT_OK;
}

static const cli_command subs[] = {
	{"compile", compile, "compile PETRARCH actor, agent and discard dictionaries"},
	{"verbs", cmd_dict_verbs, "compile PETRARCH2 or TABARI verb dictionaries"},
};

int cmd_dict(int argc, char **argv)
{
	return cli_subcommand("dict", subs, sizeof subs / sizeof subs[0], argc, argv);
}
