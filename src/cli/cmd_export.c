#include "cli/cli.h"

int cmd_export(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache export: not available yet\n", stderr);
	return EXIT_USAGE;
}
