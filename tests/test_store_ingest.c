/* End-to-end ingest: idempotence, replaced content, bad documents. Needs
 * the shipped models and dictionaries; skips when they are missing. */
#include "helpers.h"

#include <sqlite3.h>

#include "attache.h"
#include "link/linker.h"

static attache_engine *engine;
static char dir[] = "build/asan/tests/ingest-XXXXXX";
static char db[256], input[256];

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static const char articles[] =
	"{\"id\":\"a1\",\"date\":\"2021-10-08\",\"text\":\"U.S. Secretary of State Antony Blinken met Mexican "
	"President Andres Manuel Lopez Obrador in Mexico City on Friday.\"}\n"
	"{\"id\":\"a2\",\"date\":\"2021-10-08\",\"text\":\"\"}\n"
	"this line is not JSON\n"
	"{\"id\":\"a3\",\"date\":\"2021-10-07\",\"text\":\"French President Emmanuel Macron met "
	"Blinken in Paris on Tuesday.\"}\n";

static long count(const char *json, const char *key)
{
	char pattern[64];
	snprintf(pattern, sizeof pattern, "\"%s\":", key);
	const char *p = strstr(json, pattern);
	assert_non_null(p);
	return atol(p + strlen(pattern));
}

static char *stats(void)
{
	char err[256];
	attache_store *s = attache_store_open(db, err, sizeof err);
	assert_non_null(s);
	char *json = attache_store_stats(s, err, sizeof err);
	attache_store_close(s);
	assert_non_null(json);
	return json;
}

static attache_ingest_stats ingest(void)
{
	char err[256];
	attache_store *s = attache_store_open(db, err, sizeof err);
	assert_non_null(s);
	const char *paths[] = {input};
	attache_ingest_options opts = {2, 0, NULL, 2};
	attache_ingest_stats st;
	assert_int_equal(attache_store_ingest(s, engine, paths, 1, &opts, &st, err, sizeof err), ATTACHE_OK);
	attache_store_close(s);
	return st;
}

static void ingest_is_idempotent_and_reports_bad_documents(void **state)
{
	(void)state;
	if (!engine)
		skip();
	write_file(input, articles);
	attache_ingest_stats first = ingest();
	assert_int_equal(first.stored, 2);
	assert_int_equal(first.failed, 2); /* the empty text and the bad line */
	char *before = stats();
	assert_int_equal(count(before, "documents"), 2);

	attache_ingest_stats second = ingest();
	assert_int_equal(second.stored, 0);
	assert_int_equal(second.skipped, 2);
	char *after = stats();
	assert_string_equal(before, after);
	attache_free(before);
	attache_free(after);
}

static void changed_content_replaces_its_events(void **state)
{
	(void)state;
	if (!engine)
		skip();
	write_file(input, articles);
	ingest();
	write_file(input, "{\"id\":\"a1\",\"date\":\"2021-10-08\",\"text\":\"The weather was mild.\"}\n");
	attache_ingest_stats st = ingest();
	assert_int_equal(st.stored, 1);
	char *json = stats();
	assert_int_equal(count(json, "documents"), 2);
	attache_free(json);
	char err[256], out[8192];
	attache_store *s = attache_store_open(db, err, sizeof err);
	FILE *mem = fmemopen(out, sizeof out, "w");
	assert_int_equal(attache_store_export(s, ATTACHE_EXPORT_JSONL, mem, err, sizeof err), ATTACHE_OK);
	fclose(mem);
	attache_store_close(s);
	assert_null(strstr(out, "\"doc\":\"a1\""));
}

static const char first_report[] =
	"{\"id\":\"r1\",\"date\":\"2021-10-08\",\"text\":\"U.S. Secretary of State Antony Blinken met Mexican "
	"President Andres Manuel Lopez Obrador in Mexico City on Friday.\"}\n";
static const char second_report[] =
	"{\"id\":\"r2\",\"date\":\"2021-10-09\",\"text\":\"Blinken met Mexican President Andres Manuel "
	"Lopez Obrador in Mexico City on Friday to discuss security.\"}\n";

static char *export_jsonl(void)
{
	char err[256];
	attache_store *s = attache_store_open(db, err, sizeof err);
	assert_non_null(s);
	char *out = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&out, &len);
	assert_int_equal(attache_store_export(s, ATTACHE_EXPORT_JSONL, mem, err, sizeof err), ATTACHE_OK);
	fclose(mem);
	attache_store_close(s);
	return out;
}

static const char *cluster_of(const char *records, const char *doc)
{
	char key[64];
	snprintf(key, sizeof key, "\"doc\":\"%s\"", doc);
	const char *p = strstr(records, key);
	assert_non_null(p);
	p = strstr(p, "\"cluster\":\"");
	assert_non_null(p);
	return p + strlen("\"cluster\":\"");
}

/* The linker reads only the stored clusters of the weeks it links, and the
 * stored word counts: a second batch must link as if both came in one run. */
static void later_batch_links_as_one_run(void **state)
{
	(void)state;
	if (!engine)
		skip();
	char both[1024];
	snprintf(both, sizeof both, "%s%s", first_report, second_report);
	write_file(input, both);
	ingest();
	char *one_run = export_jsonl();
	remove(db);
	write_file(input, first_report);
	ingest();
	write_file(input, second_report);
	attache_ingest_stats st = ingest();
	assert_int_equal(st.stored, 1);
	char *two_runs = export_jsonl();
	assert_string_equal(one_run, two_runs);
	assert_memory_equal(cluster_of(two_runs, "r1"), cluster_of(two_runs, "r2"), 12);
	assert_non_null(strstr(two_runs, "\"sources\":2"));
	free(one_run);
	free(two_runs);
}

/* The linker's word counts in the store: distinct words, and their sum. */
static void stored_counts(long long *words, long long *sum)
{
	sqlite3 *sdb;
	assert_int_equal(sqlite3_open(db, &sdb), SQLITE_OK);
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(sdb, "SELECT count(*), sum(n) FROM link_counts", -1, &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	*words = sqlite3_column_int64(st, 0);
	*sum = sqlite3_column_int64(st, 1);
	sqlite3_finalize(st);
	sqlite3_close(sdb);
}

/* Version 1 stores kept no word counts: opening one counts the words of
 * the events it holds, as ingesting them would have. */
static void version_1_store_counts_its_words(void **state)
{
	(void)state;
	if (!engine)
		skip();
	write_file(input, articles);
	ingest();
	long long words, sum;
	stored_counts(&words, &sum);
	assert_true(words > 1 && sum >= words);
	sqlite3 *sdb;
	assert_int_equal(sqlite3_open(db, &sdb), SQLITE_OK);
	assert_int_equal(sqlite3_exec(sdb, "DROP TABLE link_counts; PRAGMA user_version = 1", NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(sdb);
	char *json = stats();
	attache_free(json);
	long long words_again, sum_again;
	stored_counts(&words_again, &sum_again);
	assert_int_equal(words_again, words);
	assert_int_equal(sum_again, sum);
}

/* The link item stored with the first event, and its row. */
static sqlite3_int64 first_link(sqlite3 *sdb, at_link_item *item)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(sdb, "SELECT rowid, link FROM events ORDER BY rowid LIMIT 1", -1, &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_bytes(st, 1), (int)sizeof *item);
	memcpy(item, sqlite3_column_blob(st, 1), sizeof *item);
	sqlite3_int64 rowid = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rowid;
}

/* A version 2 store marked undated events with day -1, which is now
 * 1969-12-31: opening it rewrites the mark. */
static void version_2_store_marks_undated_links(void **state)
{
	(void)state;
	if (!engine)
		skip();
	write_file(input, articles);
	ingest();
	sqlite3 *sdb;
	sqlite3_stmt *st;
	at_link_item item;
	assert_int_equal(sqlite3_open(db, &sdb), SQLITE_OK);
	sqlite3_int64 rowid = first_link(sdb, &item);
	assert_int_not_equal(item.day_from, AT_LINK_UNDATED);
	item.day_from = item.day_to = -1;
	assert_int_equal(sqlite3_prepare_v2(sdb, "UPDATE events SET link = ?2 WHERE rowid = ?1", -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_int64(st, 1, rowid);
	sqlite3_bind_blob(st, 2, &item, sizeof item, SQLITE_TRANSIENT);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_exec(sdb, "PRAGMA user_version = 2", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(sdb);
	attache_free(stats());
	assert_int_equal(sqlite3_open(db, &sdb), SQLITE_OK);
	first_link(sdb, &item);
	sqlite3_close(sdb);
	assert_int_equal(item.day_from, AT_LINK_UNDATED);
}

static int setup(void **state)
{
	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(db, sizeof db, "%s/store.db", dir);
	snprintf(input, sizeof input, "%s/input.jsonl", dir);
	remove(db);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[512];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
	strcpy(dir, "build/asan/tests/ingest-XXXXXX");
	return 0;
}

int main(void)
{
	char err[512];
	engine = attache_engine_new(NULL, err, sizeof err);
	if (!engine)
		fprintf(stderr, "skipped: %s\n", err);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(ingest_is_idempotent_and_reports_bad_documents, setup, teardown),
		cmocka_unit_test_setup_teardown(changed_content_replaces_its_events, setup, teardown),
		cmocka_unit_test_setup_teardown(later_batch_links_as_one_run, setup, teardown),
		cmocka_unit_test_setup_teardown(version_1_store_counts_its_words, setup, teardown),
		cmocka_unit_test_setup_teardown(version_2_store_marks_undated_links, setup, teardown),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	attache_engine_free(engine);
	return rc;
}
