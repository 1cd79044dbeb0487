#include "cli/cli.h"

int cmd_actors(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache actors: not available yet\n", stderr);
	return EXIT_USAGE;
}
