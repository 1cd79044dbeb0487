#include "cli/cli.h"

int cmd_eval_timex(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache: 'eval_timex' is not available yet\n", stderr);
	return EXIT_USAGE;
}
