#include "cli/cli.h"

int cmd_train(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache train: not available yet\n", stderr);
	return EXIT_USAGE;
}
