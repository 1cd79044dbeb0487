#include "cli/cli.h"

int cmd_train_parser(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache: 'train_parser' is not available yet\n", stderr);
	return EXIT_USAGE;
}
