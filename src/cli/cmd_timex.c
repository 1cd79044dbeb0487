#include "cli/cli.h"

int cmd_timex(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache timex: not available yet\n", stderr);
	return EXIT_USAGE;
}
