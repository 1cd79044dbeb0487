/* Shared by the test programs: cmocka, and the paths of the data they use. */
#ifndef ATTACHE_TEST_HELPERS_H
#define ATTACHE_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

/* ../shared, or $SHARED. */
static inline const char *test_shared_dir(void)
{
	const char *s = getenv("SHARED");
	return s && *s ? s : "../shared";
}

/* Fills out with SHARED/rel and returns 1 when it exists; otherwise prints
 * why the test skips and returns 0. */
static inline int test_shared_path(const char *rel, char *out, size_t outlen)
{
	struct stat st;
	snprintf(out, outlen, "%s/%s", test_shared_dir(), rel);
	if (stat(out, &st) == 0)
		return 1;
	fprintf(stderr, "skipped: %s is absent (../shared holds the data; CI always has it)\n", out);
	return 0;
}

/* Path of the CLI under test (the sanitizer build during make test). */
static inline const char *test_attache_bin(void)
{
	const char *s = getenv("ATTACHE_BIN");
	return s && *s ? s : "build/attache";
}

#endif
