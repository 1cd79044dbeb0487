/* The core: arena, buffer and JSON escaping, model file format. */
#include "helpers.h"

#include "core/arena.h"
#include "core/buf.h"
#include "core/modelfile.h"

static void arena_keeps_alignment_and_grows(void **state)
{
	(void)state;
	at_arena *a = at_arena_new(64);
	char *first = at_arena_alloc(a, 3);
	double *big = at_arena_alloc(a, 4096 * sizeof(double));
	assert_non_null(first);
	assert_non_null(big);
	assert_int_equal((uintptr_t)big % 16, 0);
	big[4095] = 1.5;
	assert_true(at_arena_used(a) >= 4096 * sizeof(double));
	char *s = at_arena_strndup(a, "hello world", 5);
	assert_string_equal(s, "hello");
	at_arena_reset(a);
	assert_int_equal(at_arena_used(a), 0);
	at_arena_free(a);
}

static void json_escapes_controls_and_quotes(void **state)
{
	(void)state;
	at_buf b;
	at_buf_init(&b);
	at_json_str(&b, "a\"b\\c\nd\x01");
	assert_string_equal(b.data, "\"a\\\"b\\\\c\\nd\\u0001\"");
	at_buf_clear(&b);
	at_json_double(&b, 1.90, 2);
	assert_string_equal(b.data, "1.9");
	at_buf_clear(&b);
	at_json_double(&b, -10.0, 1);
	assert_string_equal(b.data, "-10.0");
	at_buf_free(&b);
}

static void model_file_round_trips_and_detects_damage(void **state)
{
	(void)state;
	char path[] = "build/asan/tests/model-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	char err[256];
	at_model_writer *w = at_model_writer_new("test", 3);
	assert_int_equal(at_model_writer_add(w, "alpha", "abc", 3), 0);
	assert_int_equal(at_model_writer_add(w, "beta", "0123456789", 10), 0);
	assert_int_equal(at_model_writer_save(w, path, err, sizeof err), 0);
	at_model_writer_free(w);

	at_model *m = at_model_open(path, "test", 3, err, sizeof err);
	assert_non_null(m);
	size_t n = 0;
	const char *beta = at_model_section(m, "beta", &n);
	assert_int_equal(n, 10);
	assert_memory_equal(beta, "0123456789", 10);
	assert_null(at_model_section(m, "gamma", NULL));
	at_model_close(m);

	assert_null(at_model_open(path, "test", 4, err, sizeof err));
	assert_non_null(strstr(err, "version"));
	assert_null(at_model_open(path, "other", 3, err, sizeof err));

	FILE *f = fopen(path, "r+b");
	fseek(f, -2, SEEK_END);
	fputc('X', f);
	fclose(f);
	assert_null(at_model_open(path, "test", 3, err, sizeof err));
	assert_non_null(strstr(err, "checksum"));
	close(fd);
	unlink(path);
	assert_null(at_model_open(path, "test", 3, err, sizeof err));
	assert_non_null(strstr(err, "cannot open"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(arena_keeps_alignment_and_grows),
		cmocka_unit_test(json_escapes_controls_and_quotes),
		cmocka_unit_test(model_file_round_trips_and_detects_damage),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
