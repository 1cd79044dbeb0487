#include "cli/cli.h"

int cmd_eval_parser(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache: 'eval_parser' is not available yet\n", stderr);
	return EXIT_USAGE;
}
