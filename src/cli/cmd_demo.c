#include "cli/cli.h"

int cmd_demo(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache demo: not available yet\n", stderr);
	return EXIT_USAGE;
}
