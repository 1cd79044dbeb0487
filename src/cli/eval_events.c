#include "cli/cli.h"

int cmd_eval_events(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache: 'eval_events' is not available yet\n", stderr);
	return EXIT_USAGE;
}
