/* ECB+ cross-document event coreference as a regression floor: the pair
 * model trained on the train topics, thresholds tuned on dev, scored on dev
 * and test; and the CoNLL file it writes holds every gold mention once. The
 * corpus is extracted from ../shared into build/ecbplus on first use. */
#include "helpers.h"

#include "eval/link_eval.h"

static int ecb_paths(char *dir, size_t dirlen, char *csv, size_t csvlen)
{
	char tarball[1024];
	if (!test_shared_path("data/corpora/ECBplus/ECB+.tar.zst", tarball, sizeof tarball) ||
	    !test_shared_path("data/corpora/ECBplus/ECBplus_coreference_sentences.csv", csv, csvlen))
		return 0;
	snprintf(dir, dirlen, "build/ecbplus/ECB+_LREC2014/ECB+");
	struct stat st;
	if (stat(dir, &st) != 0) {
		char cmd[2048];
		snprintf(cmd, sizeof cmd, "mkdir -p build/ecbplus && tar --zstd -xf '%s' -C build/ecbplus", tarball);
		assert_int_equal(system(cmd), 0);
	}
	return 1;
}

static int count_mentions(const char *path)
{
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	char line[4096];
	int mentions = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#')
			continue;
		char *marks = strrchr(line, '\t');
		assert_non_null(marks);
		for (char *p = marks + 1; *p; p++)
			mentions += *p == '(';
	}
	fclose(f);
	return mentions;
}

static void ecb_scores_stay_above_floor(void **state)
{
	(void)state;
	char dir[1024], csv[1024], err[1024];
	if (!ecb_paths(dir, sizeof dir, csv, sizeof csv))
		return;
	const char *out = "build/asan/tests/test_link_ecb.conll";
	at_link_eval_opts o = {.dir = dir, .csv = csv, .output = out};
	at_link_eval_result r;
	assert_int_equal(at_link_eval_run(&o, &r, err, sizeof err), 0);
	/* The standard gold-mention setup (Cybulska and Vossen 2015). */
	assert_int_equal(r.dev_mentions, 1245);
	assert_int_equal(r.test_mentions, 1780);
	assert_true(r.dev.conll > 0.74);
	assert_true(r.test.conll > 0.74);
	assert_int_equal(count_mentions(out), 1245 + 1780);
	remove(out);
}

static void ecb_missing_folder_is_an_error(void **state)
{
	(void)state;
	char csv[1024], err[1024];
	if (!test_shared_path("data/corpora/ECBplus/ECBplus_coreference_sentences.csv", csv, sizeof csv))
		return;
	at_link_eval_opts o = {.dir = "build/no-such-ecb", .csv = csv, .dev_only = 1};
	at_link_eval_result r;
	assert_int_equal(at_link_eval_run(&o, &r, err, sizeof err), -1);
	assert_non_null(strstr(err, "build/no-such-ecb"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ecb_scores_stay_above_floor),
		cmocka_unit_test(ecb_missing_folder_is_an_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
