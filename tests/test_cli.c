/* The command line as a user meets it: --help everywhere, exit codes, bad
 * documents reported while the batch goes on, output independent of the
 * thread count. Runs the sanitizer build of the binary. */
#include "helpers.h"

/* Runs "BIN ARGS" through the shell; returns the exit status and fills out
 * with stdout (and stderr when merge is set). */
static int run(const char *args, int merge, char *out, size_t outlen)
{
	char cmd[2048];
	snprintf(cmd, sizeof cmd, "%s %s%s", test_attache_bin(), args, merge ? " 2>&1" : " 2>/dev/null");
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	size_t n = fread(out, 1, outlen - 1, p);
	out[n] = '\0';
	int status = pclose(p);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void every_command_has_help(void **state)
{
	(void)state;
	static const char *const commands[] = {
		"code", "parse", "actors", "timex", "places", "ingest", "stats", "query", "export",
		"demo", "eval", "train", "dict", "gazetteer", "eval tokenize", "eval tagger", "eval parser",
		"eval timex", "eval events", "eval link", "train tagger", "train parser",
	};
	char out[8192], args[64];
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		snprintf(args, sizeof args, "%s --help", commands[i]);
		assert_int_equal(run(args, 0, out, sizeof out), 0);
		assert_non_null(strstr(out, "usage"));
	}
	assert_int_equal(run("--help", 0, out, sizeof out), 0);
	assert_non_null(strstr(out, "exit status"));
	assert_int_equal(run("--version", 0, out, sizeof out), 0);
	assert_non_null(strstr(out, "GeoNames"));
}

static void usage_errors_exit_2(void **state)
{
	(void)state;
	char out[4096];
	assert_int_equal(run("frobnicate", 1, out, sizeof out), 2);
	assert_non_null(strstr(out, "unknown command"));
	assert_int_equal(run("code", 1, out, sizeof out), 2);
	assert_non_null(strstr(out, "no input"));
	assert_int_equal(run("code --threads 0 x", 1, out, sizeof out), 2);
	assert_int_equal(run("code --min-confidence 1.5 x", 1, out, sizeof out), 2);
	assert_int_equal(run("timex --min-confidence 0.5 x", 1, out, sizeof out), 2);
	assert_int_equal(run("query --db /nonexistent/dir/x.db --quad 9", 1, out, sizeof out), 2);
	assert_int_equal(run("code --models /nonexistent examples", 1, out, sizeof out), 2);
	assert_non_null(strstr(out, "/nonexistent/tagger.atm"));
}

static void bad_documents_fail_alone(void **state)
{
	(void)state;
	char dir[] = "build/asan/tests/cli-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[256], args[512], out[65536];
	snprintf(path, sizeof path, "%s/mixed.jsonl", dir);
	FILE *f = fopen(path, "w");
	fputs("{\"id\":\"good\",\"date\":\"2021-10-08\",\"text\":\"Blinken met Ebrard in Mexico City on Friday.\"}\n"
	      "{oops\n"
	      "{\"id\":\"late\",\"date\":\"2021-10-08\",\"text\":\"Macron met Blinken in Paris.\"}\n", f);
	fclose(f);
	snprintf(args, sizeof args, "code %s", path);
	assert_int_equal(run(args, 1, out, sizeof out), 1);
	assert_non_null(strstr(out, "mixed.jsonl:2: bad JSON line"));
	assert_non_null(strstr(out, "\"doc\":\"good\""));
	assert_non_null(strstr(out, "\"doc\":\"late\""));
	snprintf(args, sizeof args, "rm -rf %s", dir);
	assert_int_equal(system(args), 0);
}

static void output_does_not_depend_on_threads(void **state)
{
	(void)state;
	char seeds[512];
	if (!test_shared_path("seeds/seeds.jsonl", seeds, sizeof seeds))
		skip();
	static char one[1 << 18], two[1 << 18];
	char args[700];
	snprintf(args, sizeof args, "code --threads 1 %s", seeds);
	assert_int_equal(run(args, 0, one, sizeof one), 0);
	snprintf(args, sizeof args, "code --threads 2 %s", seeds);
	assert_int_equal(run(args, 0, two, sizeof two), 0);
	assert_true(strlen(one) > 1000);
	assert_string_equal(one, two);
	assert_non_null(strstr(one, "\"cluster\":"));
}

/* Each event line holds one "confidence": the number after it. */
static size_t confidences(const char *out, double *conf, size_t max)
{
	size_t n = 0;
	for (const char *p = strstr(out, "\"confidence\":"); p && n < max; p = strstr(p + 1, "\"confidence\":"))
		conf[n++] = strtod(p + strlen("\"confidence\":"), NULL);
	return n;
}

static void min_confidence_keeps_the_confident_events(void **state)
{
	(void)state;
	char seeds[512];
	if (!test_shared_path("seeds/seeds.jsonl", seeds, sizeof seeds))
		skip();
	static char all[1 << 18], kept[1 << 18];
	double conf_all[512], conf_kept[512];
	char args[700];
	snprintf(args, sizeof args, "code %s", seeds);
	assert_int_equal(run(args, 0, all, sizeof all), 0);
	snprintf(args, sizeof args, "code --min-confidence 0.5 %s", seeds);
	assert_int_equal(run(args, 0, kept, sizeof kept), 0);
	size_t n_all = confidences(all, conf_all, 512), n_kept = confidences(kept, conf_kept, 512), above = 0;
	for (size_t i = 0; i < n_all; i++)
		above += conf_all[i] >= 0.5 - 1e-9;
	assert_true(n_kept > 0 && n_kept < n_all);
	assert_int_equal(n_kept, above);
	for (size_t i = 0; i < n_kept; i++)
		assert_true(conf_kept[i] >= 0.5 - 1e-9);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_command_has_help),
		cmocka_unit_test(usage_errors_exit_2),
		cmocka_unit_test(bad_documents_fail_alone),
		cmocka_unit_test(output_does_not_depend_on_threads),
		cmocka_unit_test(min_confidence_keeps_the_confident_events),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
