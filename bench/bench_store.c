/* Query speed of the store on a database of 100,000 events: a dyad-by-month
 * series, a dyad-by-week series and all events by month, each the median of
 * 21 runs. The events are synthetic (deterministic) because no corpus here
 * yields 100,000 real ones; their spread of countries, codes and dates is
 * like coded news: a few busy dyads and a long tail. A DB left by an earlier
 * run with that many events is queried again rather than rebuilt
 * (scripts/bench removes it when this program is newer).
 *
 *   bench_store DB [EVENTS]
 */
#include "attache.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const countries[] = {
	"USA", "RUS", "CHN", "MEX", "FRA", "GBR", "DEU", "UKR", "IRN", "ISR",
	"IND", "PAK", "JPN", "KOR", "PRK", "TUR", "SYR", "IRQ", "EGY", "BRA",
};
static const char *const roles[] = {"GOV", "MIL", "", "BUS", "CVL", "REB"};
static const char *const codes[] = {"010", "020", "036", "040", "042", "043", "046", "051", "057",
				    "061", "111", "112", "120", "130", "160", "163", "173", "190"};

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Zipf-like pick: index i with weight 1/(i+1). */
static int pick(unsigned *seed, int n)
{
	double total = 0, r;
	for (int i = 0; i < n; i++)
		total += 1.0 / (i + 1);
	r = (double)rand_r(seed) / RAND_MAX * total;
	for (int i = 0; i < n; i++) {
		r -= 1.0 / (i + 1);
		if (r <= 0)
			return i;
	}
	return n - 1;
}

static int fill(const char *path, int nevents)
{
	sqlite3 *db;
	if (sqlite3_open(path, &db) != SQLITE_OK)
		return -1;
	sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db,
			   "INSERT INTO events (id, doc, sent, code, root, quad, goldstein, source_code,"
			   " source_country, target_code, target_country, date, day, record)"
			   " VALUES (?1, ?2, 0, ?3, substr(?3, 1, 2), ?4, ?5, ?6, substr(?6, 1, 3), ?7,"
			   " substr(?7, 1, 3), ?8, ?8, '{}')", -1, &st, NULL);
	unsigned seed = 42;
	int nc = sizeof countries / sizeof countries[0], nr = sizeof roles / sizeof roles[0];
	int nk = sizeof codes / sizeof codes[0];
	for (int i = 0; i < nevents; i++) {
		char id[16], doc[16], src[8], tgt[8], date[11];
		int a = pick(&seed, nc), b = pick(&seed, nc);
		if (a == b)
			b = (b + 1) % nc;
		const char *code = codes[rand_r(&seed) % nk];
		int root = atoi(code) / 10;
		snprintf(id, sizeof id, "e%07d", i);
		snprintf(doc, sizeof doc, "d%06d", i / 5);
		snprintf(src, sizeof src, "%s%s", countries[a], roles[rand_r(&seed) % nr]);
		snprintf(tgt, sizeof tgt, "%s%s", countries[b], roles[rand_r(&seed) % nr]);
		snprintf(date, sizeof date, "%04u-%02u-%02u", 2015u + (unsigned)rand_r(&seed) % 10u,
			 1u + (unsigned)rand_r(&seed) % 12u, 1u + (unsigned)rand_r(&seed) % 28u);
		sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, doc, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, code, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 4, root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
		sqlite3_bind_double(st, 5, root <= 8 ? 2.0 : -4.0);
		sqlite3_bind_text(st, 6, src, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 7, tgt, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 8, date, -1, SQLITE_TRANSIENT);
		sqlite3_step(st);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	sqlite3_exec(db, "COMMIT; ANALYZE;", NULL, NULL, NULL);
	sqlite3_close(db);
	return 0;
}

/* The events an existing DB holds, or -1. */
static int event_count(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int n = -1;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		return -1;
	}
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM events", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return n;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double time_query(attache_store *s, const attache_query *q)
{
	double ms[21];
	char err[256];
	FILE *devnull = fopen("/dev/null", "w");
	for (int i = 0; i < 21; i++) {
		double t0 = now_ms();
		attache_store_query(s, q, ATTACHE_TABLE_CSV, devnull, err, sizeof err);
		ms[i] = now_ms() - t0;
	}
	fclose(devnull);
	qsort(ms, 21, sizeof ms[0], cmp);
	return ms[10];
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: bench_store DB [EVENTS]\n", stderr);
		return 2;
	}
	int nevents = argc > 2 ? atoi(argv[2]) : 100000;
	char err[256];
	int reuse = event_count(argv[1]) == nevents;
	if (!reuse)
		remove(argv[1]);
	attache_store *s = attache_store_open(argv[1], err, sizeof err);
	if (!s || (!reuse && fill(argv[1], nevents) != 0)) {
		fprintf(stderr, "bench_store: %s\n", s ? "cannot fill" : err);
		return 1;
	}
	attache_query q;
	memset(&q, 0, sizeof q);
	q.dyad = "USA,RUS";
	q.by = "month";
	double dyad_month = time_query(s, &q);
	q.by = "week";
	double dyad_week = time_query(s, &q);
	memset(&q, 0, sizeof q);
	q.by = "month";
	double all_month = time_query(s, &q);
	attache_store_close(s);
	printf("{\"events\":%d,\"dyad_by_month_ms\":%.2f,\"dyad_by_week_ms\":%.2f,\"all_by_month_ms\":%.2f}\n",
	       nevents, dyad_month, dyad_week, all_month);
	return 0;
}
