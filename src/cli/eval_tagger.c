#include "cli/cli.h"

int cmd_eval_tagger(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs("attache: 'eval_tagger' is not available yet\n", stderr);
	return EXIT_USAGE;
}
