/* The store: schema, queries, exports, and bad filters. Events are written
 * with SQL here so that these tests do not depend on the models; the
 * end-to-end ingest is tested in test_store_ingest.c. */
#include "helpers.h"

#include <sqlite3.h>

#include "attache.h"
#include "store/period.h"

static char db_path[] = "build/asan/tests/store-XXXXXX";

static void put_event(sqlite3 *db, const char *id, const char *date, const char *src, const char *tgt,
		      const char *code, int quad, double goldstein)
{
	char sql[1024];
	snprintf(sql, sizeof sql,
		 "INSERT INTO events (id, doc, sent, code, root, quad, goldstein, source_code, source_country,"
		 " target_code, target_country, date, day, record) VALUES ('%s', 'd1', 0, '%s', '%.2s', %d, %f,"
		 " '%s', '%.3s', '%s', '%.3s', '%s', '%s', '{\"id\":\"%s\"}')",
		 id, code, code, quad, goldstein, src, src, tgt, tgt, date, date, id);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
}

static int setup(void **state)
{
	(void)state;
	int fd = mkstemp(db_path);
	close(fd);
	unlink(db_path);
	char err[256];
	attache_store *s = attache_store_open(db_path, err, sizeof err);
	assert_non_null(s);
	attache_store_close(s);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(db_path, &db), SQLITE_OK);
	sqlite3_exec(db, "INSERT INTO documents (id, hash, nsents, ingested) VALUES ('d1', '0', 1, '2024-01-01 00:00:00');"
			 "INSERT INTO sentences VALUES ('d1', 0, 'Blinken met Ebrard in Mexico City.')",
		     NULL, NULL, NULL);
	put_event(db, "e1", "2021-10-08", "USAGOV", "MEXGOV", "040", 1, 1.0);
	put_event(db, "e2", "2021-10-20", "MEXGOV", "USAGOV", "042", 1, 1.9);
	put_event(db, "e3", "2021-11-02", "USAGOV", "MEXGOV", "112", 3, -2.0);
	put_event(db, "e4", "2021-11-03", "USAGOV", "FRAGOV", "040", 1, 1.0);
	assert_int_equal(sqlite3_exec(db, "UPDATE events SET confidence = 0.6 WHERE id IN ('e1', 'e4');"
					  "UPDATE events SET confidence = 0.3 WHERE id IN ('e2', 'e3')",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char wal[64], shm[64];
	snprintf(wal, sizeof wal, "%s-wal", db_path);
	snprintf(shm, sizeof shm, "%s-shm", db_path);
	unlink(db_path);
	unlink(wal);
	unlink(shm);
	return 0;
}

/* Runs a query into a string. */
static attache_status run(const attache_query *q, attache_table_format f, char *out, size_t outlen,
			  char *err, size_t errlen)
{
	attache_store *s = attache_store_open(db_path, err, errlen);
	assert_non_null(s);
	FILE *mem = fmemopen(out, outlen, "w");
	attache_status st = attache_store_query(s, q, f, mem, err, errlen);
	fclose(mem);
	attache_store_close(s);
	return st;
}

static void stats_counts_documents_and_events(void **state)
{
	(void)state;
	char err[256];
	attache_store *s = attache_store_open(db_path, err, sizeof err);
	char *json = attache_store_stats(s, err, sizeof err);
	assert_non_null(strstr(json, "\"documents\":1"));
	assert_non_null(strstr(json, "\"events\":4"));
	attache_free(json);
	attache_store_close(s);
}

static void dyad_matches_both_directions_by_month(void **state)
{
	(void)state;
	attache_query q = {0};
	q.dyad = "USA,MEX";
	q.by = "month";
	char out[4096], err[256];
	assert_int_equal(run(&q, ATTACHE_TABLE_CSV, out, sizeof out, err, sizeof err), ATTACHE_OK);
	assert_non_null(strstr(out, "2021-10,2,1.45,2,0,0,0"));
	assert_non_null(strstr(out, "2021-11,1,-2.0,0,0,1,0"));
}

static void filters_combine(void **state)
{
	(void)state;
	attache_query q = {0};
	q.source = "USAGOV";
	q.code = "04";
	q.sentences = 1;
	char out[4096], err[256];
	assert_int_equal(run(&q, ATTACHE_TABLE_JSONL, out, sizeof out, err, sizeof err), ATTACHE_OK);
	assert_non_null(strstr(out, "\"target\":\"MEXGOV\""));
	assert_non_null(strstr(out, "\"target\":\"FRAGOV\""));
	assert_null(strstr(out, "\"code\":\"112\""));
	assert_non_null(strstr(out, "Blinken met Ebrard"));
	q.text = "Ebrard";
	q.to = "2021-10";
	assert_int_equal(run(&q, ATTACHE_TABLE_CSV, out, sizeof out, err, sizeof err), ATTACHE_OK);
	assert_non_null(strstr(out, "2021-10-08"));
	assert_null(strstr(out, "2021-11-03"));
}

static void min_confidence_keeps_confident_events(void **state)
{
	(void)state;
	attache_query q = {0};
	q.min_confidence = 0.6;
	char out[4096], err[256];
	assert_int_equal(run(&q, ATTACHE_TABLE_CSV, out, sizeof out, err, sizeof err), ATTACHE_OK);
	assert_non_null(strstr(out, "2021-10-08"));
	assert_non_null(strstr(out, "2021-11-03"));
	assert_null(strstr(out, "2021-10-20"));
	assert_null(strstr(out, "2021-11-02"));
	q.min_confidence = 1.5;
	assert_int_equal(run(&q, ATTACHE_TABLE_CSV, out, sizeof out, err, sizeof err), ATTACHE_ERR_USAGE);
}

static void malformed_filters_are_usage_errors(void **state)
{
	(void)state;
	char out[1024], err[256];
	attache_query q = {0};
	q.dyad = "USA'; DROP TABLE events; --";
	assert_int_equal(run(&q, ATTACHE_TABLE_CSV, out, sizeof out, err, sizeof err), ATTACHE_ERR_USAGE);
	memset(&q, 0, sizeof q);
	q.from = "October";
	assert_int_equal(run(&q, ATTACHE_TABLE_CSV, out, sizeof out, err, sizeof err), ATTACHE_ERR_USAGE);
	assert_non_null(strstr(err, "--from"));
	memset(&q, 0, sizeof q);
	q.by = "fortnight";
	assert_int_equal(run(&q, ATTACHE_TABLE_CSV, out, sizeof out, err, sizeof err), ATTACHE_ERR_USAGE);
}

static void exports_keep_records_and_gdelt_columns(void **state)
{
	(void)state;
	char err[256], out[8192];
	attache_store *s = attache_store_open(db_path, err, sizeof err);
	FILE *mem = fmemopen(out, sizeof out, "w");
	assert_int_equal(attache_store_export(s, ATTACHE_EXPORT_JSONL, mem, err, sizeof err), ATTACHE_OK);
	fclose(mem);
	assert_non_null(strstr(out, "{\"id\":\"e1\"}\n{\"id\":\"e2\"}"));
	mem = fmemopen(out, sizeof out, "w");
	assert_int_equal(attache_store_export(s, ATTACHE_EXPORT_GDELT, mem, err, sizeof err), ATTACHE_OK);
	fclose(mem);
	attache_store_close(s);
	char *line_end = strchr(out, '\n');
	assert_non_null(line_end);
	int tabs = 0;
	for (char *p = out; p < line_end; p++)
		tabs += *p == '\t';
	assert_int_equal(tabs, 60);
	assert_non_null(strstr(out, "20211008\t202110\t2021"));
}

static void newer_schema_is_refused(void **state)
{
	(void)state;
	char err[256];
	sqlite3 *db;
	sqlite3_open(db_path, &db);
	sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
	sqlite3_close(db);
	assert_null(attache_store_open(db_path, err, sizeof err));
	assert_non_null(strstr(err, "newer"));
}

static void periods_start_on_their_first_day(void **state)
{
	(void)state;
	char day[11];
	assert_int_equal(at_period_start("2023-W38", day), 0);
	assert_string_equal(day, "2023-09-18");
	assert_int_equal(at_period_start("2021-W01", day), 0);
	assert_string_equal(day, "2021-01-04");
	assert_int_equal(at_period_start("2024-01", day), 0);
	assert_string_equal(day, "2024-01-01");
	assert_int_equal(at_period_start("2024-Q3", day), 0);
	assert_string_equal(day, "2024-07-01");
	assert_int_equal(at_period_start("2021-10-08", day), 0);
	assert_string_equal(day, "2021-10-08");
	assert_int_equal(at_period_start("P3Y", day), -1);
	assert_int_equal(at_period_start("XXXX-10-08", day), -1);
	assert_int_equal(at_period_start("2024-13", day), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(stats_counts_documents_and_events, setup, teardown),
		cmocka_unit_test_setup_teardown(dyad_matches_both_directions_by_month, setup, teardown),
		cmocka_unit_test_setup_teardown(filters_combine, setup, teardown),
		cmocka_unit_test_setup_teardown(min_confidence_keeps_confident_events, setup, teardown),
		cmocka_unit_test_setup_teardown(malformed_filters_are_usage_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(exports_keep_records_and_gdelt_columns, setup, teardown),
		cmocka_unit_test_setup_teardown(newer_schema_is_refused, setup, teardown),
		cmocka_unit_test(periods_start_on_their_first_day),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
