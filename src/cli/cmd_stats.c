#include "cli/cli.h"

int cmd_stats(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache stats: not available yet\n", stderr);
	return EXIT_USAGE;
}
