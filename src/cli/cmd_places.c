#include "cli/cli.h"

int cmd_places(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache places: not available yet\n", stderr);
	return EXIT_USAGE;
}
