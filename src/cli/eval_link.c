#include "cli/cli.h"

int cmd_eval_link(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache: 'eval_link' is not available yet\n", stderr);
	return EXIT_USAGE;
}
