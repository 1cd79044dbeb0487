#include "cli/cli.h"

int cmd_query(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache query: not available yet\n", stderr);
	return EXIT_USAGE;
}
