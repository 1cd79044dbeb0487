#include "cli/cli.h"

int cmd_eval_tokenize(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache: 'eval_tokenize' is not available yet\n", stderr);
	return EXIT_USAGE;
}
