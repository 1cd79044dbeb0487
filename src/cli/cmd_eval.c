#include "cli/cli.h"

int cmd_eval(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache eval: not available yet\n", stderr);
	return EXIT_USAGE;
}
