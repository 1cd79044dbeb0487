/* attache: the command dispatcher. */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const cli_command commands[] = {
	{"code", cmd_code, "code events from articles (JSON Lines or TSV)"},
	{"parse", cmd_parse, "tokenize, tag and parse; print CoNLL-U"},
	{"actors", cmd_actors, "print actor mentions with CAMEO actor codes"},
	{"timex", cmd_timex, "print temporal expressions, normalised"},
	{"places", cmd_places, "print place names resolved to GeoNames"},
	{"gazetteer", cmd_gazetteer, "compile the GeoNames gazetteer"},
	{"ingest", cmd_ingest, "code articles into an SQLite event store"},
	{"stats", cmd_stats, "counts of an event store"},
	{"query", cmd_query, "filter and aggregate the events of a store"},
	{"export", cmd_export, "export a store as GDELT, CSV or JSON Lines"},
	{"eval", cmd_eval, "measure accuracy against gold data"},
	{"train", cmd_train, "train the tagger or the parser"},
	{"demo", cmd_demo, "run the pipeline on the bundled examples"},
	{"dict", cmd_dict, "compile actor and verb dictionaries"},
};

static void usage(FILE *out)
{
	fputs("usage: attache COMMAND [OPTIONS] [ARGS]\n\n"
	      "attache turns news articles into event data: who did what to whom,\n"
	      "when and where, coded in CAMEO.\n\ncommands:\n", out);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fputs("\n'attache COMMAND --help' describes a command.\n"
	      "exit status: 0 ok, 1 some documents failed, 2 usage error.\n", out);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "attache %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'attache %s --help'.\n", cmd);
	return EXIT_USAGE;
}

int cli_parse_confidence(const char *s, double *out)
{
	char *end;
	*out = strtod(s, &end);
	return end != s && !*end && *out >= 0 && *out <= 1 ? 0 : -1;
}

int cli_wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
			return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("attache %s\n"
		       "Gazetteer data from GeoNames (geonames.org), CC BY 4.0.\n"
		       "CAMEO dictionaries compiled from the Phoenix/PETRARCH2 dictionaries (MIT).\n",
		       attache_version());
		return EXIT_OK;
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "attache: unknown command '%s'\n\n", argv[1]);
	usage(stderr);
	return EXIT_USAGE;
}
