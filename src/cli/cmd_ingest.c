#include "cli/cli.h"

int cmd_ingest(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache ingest: not available yet\n", stderr);
	return EXIT_USAGE;
}
