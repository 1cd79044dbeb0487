#include "cli/cli.h"

int cmd_code(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache code: not available yet\n", stderr);
	return EXIT_USAGE;
}
