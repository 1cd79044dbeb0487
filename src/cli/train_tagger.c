#include "cli/cli.h"

int cmd_train_tagger(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache: 'train_tagger' is not available yet\n", stderr);
	return EXIT_USAGE;
}
