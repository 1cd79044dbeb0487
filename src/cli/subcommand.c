#include "cli/cli.h"

#include <string.h>

static void list(const char *cmd, const cli_command *subs, size_t n, FILE *out)
{
	fprintf(out, "usage: attache %s WHAT [OPTIONS] [ARGS]\n\n", cmd);
	for (size_t i = 0; i < n; i++)
		fprintf(out, "  %-9s %s\n", subs[i].name, subs[i].summary);
	fprintf(out, "\n'attache %s WHAT --help' describes each.\n", cmd);
}

int cli_subcommand(const char *cmd, const cli_command *subs, size_t n, int argc, char **argv)
{
	if (argc < 2) {
		list(cmd, subs, n, stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		list(cmd, subs, n, stdout);
		return EXIT_OK;
	}
	for (size_t i = 0; i < n; i++)
		if (strcmp(argv[1], subs[i].name) == 0)
			return subs[i].run(argc - 1, argv + 1);
	return cli_usage_error(cmd, "unknown subcommand '%s'", argv[1]);
}
