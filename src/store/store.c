/* Opening the store, its schema and migrations. */
#include "store/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "link/linker.h"

/* Version 1. Events keep their full JSON record (so exports reproduce
 * `attache code` byte for byte) beside the columns that queries filter on.
 * `day` is the first day of the event's date, whatever its precision
 * (2023-W38 → 2023-09-18, 2024-01 → 2024-01-01), so that series and date
 * ranges treat week, month and year dates alike. `link` is what the linker
 * keeps of the event (an at_link_item, used only when its size matches this
 * build's), so that a later ingest links new reports exactly as if the whole archive had been
 * coded in one run. */
static const char schema_v1[] =
	"CREATE TABLE documents ("
	"  id TEXT PRIMARY KEY, date TEXT, source TEXT, url TEXT, title TEXT,"
	"  hash TEXT NOT NULL, nsents INTEGER NOT NULL, ingested TEXT NOT NULL);"
	"CREATE TABLE sentences ("
	"  doc TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,"
	"  PRIMARY KEY (doc, idx)) WITHOUT ROWID;"
	"CREATE TABLE events ("
	"  id TEXT PRIMARY KEY, doc TEXT NOT NULL, sent INTEGER NOT NULL,"
	"  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER, goldstein REAL, plover TEXT,"
	"  source_text TEXT, source_entity TEXT, source_code TEXT, source_country TEXT,"
	"  target_text TEXT, target_entity TEXT, target_code TEXT, target_country TEXT,"
	"  date TEXT, date_precision TEXT, date_text TEXT, day TEXT,"
	"  place_name TEXT, place_country TEXT, place_geonames INTEGER, lat REAL, lon REAL,"
	"  modality TEXT, confidence REAL, cluster TEXT, record TEXT NOT NULL, link BLOB);"
	"CREATE INDEX events_doc ON events(doc);"
	"CREATE INDEX events_dyad ON events(source_country, target_country, day, quad, goldstein);"
	"CREATE INDEX events_target ON events(target_country, day);"
	"CREATE INDEX events_day ON events(day);"
	"CREATE INDEX events_code ON events(code);"
	"CREATE INDEX events_cluster ON events(cluster);"
	"CREATE TABLE clusters ("
	"  id TEXT PRIMARY KEY, root TEXT, source_country TEXT, target_country TEXT,"
	"  date TEXT, mentions INTEGER NOT NULL, sources INTEGER NOT NULL);";

/* Version 2 keeps the linker's word counts (idf), so that linking a new
 * batch needs only the stored clusters of its weeks, not every event. */
static const char schema_v2[] =
	"CREATE TABLE link_counts (word INTEGER PRIMARY KEY, n INTEGER NOT NULL);";

sqlite3_stmt *at_store_prepare(attache_store *s, const char *sql, char *err, size_t errlen)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		snprintf(err, errlen, "%s: %s", s->path, sqlite3_errmsg(s->db));
		return NULL;
	}
	return st;
}

int at_store_exec(attache_store *s, const char *sql, char *err, size_t errlen)
{
	char *msg = NULL;
	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		snprintf(err, errlen, "%s: %s", s->path, msg ? msg : sqlite3_errmsg(s->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int user_version(attache_store *s)
{
	sqlite3_stmt *st = NULL;
	int v = -1;
	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

static int add_count(sqlite3_stmt *put, uint64_t word, sqlite3_int64 n)
{
	sqlite3_reset(put);
	sqlite3_bind_int64(put, 1, (sqlite3_int64)word);
	sqlite3_bind_int64(put, 2, n);
	return sqlite3_step(put) == SQLITE_DONE ? 0 : -1;
}

/* A version 1 store counts the words of the events it already holds. */
static int count_stored_words(attache_store *s, char *err, size_t errlen)
{
	sqlite3_stmt *get = at_store_prepare(s, "SELECT link FROM events WHERE link IS NOT NULL", err, errlen);
	sqlite3_stmt *put = get ? at_store_prepare(s, AT_STORE_ADD_LINK_COUNT, err, errlen) : NULL;
	int rc = put ? 0 : -1;
	sqlite3_int64 events = 0;
	while (rc == 0 && sqlite3_step(get) == SQLITE_ROW) {
		at_link_item item;
		if ((size_t)sqlite3_column_bytes(get, 0) != sizeof item)
			continue; /* written by another build: never used as evidence */
		memcpy(&item, sqlite3_column_blob(get, 0), sizeof item);
		for (uint8_t i = 0; i < item.nwords && rc == 0; i++)
			rc = add_count(put, item.words[i], 1);
		events++;
	}
	if (rc == 0 && events)
		rc = add_count(put, 0, events);
	if (rc != 0 && put)
		snprintf(err, errlen, "%s: %s", s->path, sqlite3_errmsg(s->db));
	sqlite3_finalize(get);
	sqlite3_finalize(put);
	return rc;
}

/* Before version 3 an undated event's link item had day -1, and any
 * earlier day counted as undated; now 1969-12-31 is a day like the others
 * and the undated mark is AT_LINK_UNDATED. Stored -1s are marks. */
static int mark_undated_links(attache_store *s, char *err, size_t errlen)
{
	sqlite3_stmt *get = at_store_prepare(s, "SELECT rowid, link FROM events WHERE link IS NOT NULL", err, errlen);
	sqlite3_stmt *put = get ? at_store_prepare(s, "UPDATE events SET link = ?2 WHERE rowid = ?1", err, errlen) : NULL;
	int rc = put ? 0 : -1, step;
	while (rc == 0 && (step = sqlite3_step(get)) == SQLITE_ROW) {
		at_link_item item;
		if ((size_t)sqlite3_column_bytes(get, 1) != sizeof item)
			continue; /* written by another build: never used as evidence */
		memcpy(&item, sqlite3_column_blob(get, 1), sizeof item);
		if (item.day_from != -1)
			continue;
		item.day_from = item.day_to = AT_LINK_UNDATED;
		sqlite3_reset(put);
		sqlite3_bind_int64(put, 1, sqlite3_column_int64(get, 0));
		sqlite3_bind_blob(put, 2, &item, sizeof item, SQLITE_TRANSIENT);
		rc = sqlite3_step(put) == SQLITE_DONE ? 0 : -1;
	}
	if (rc != 0 && put)
		snprintf(err, errlen, "%s: %s", s->path, sqlite3_errmsg(s->db));
	sqlite3_finalize(get);
	sqlite3_finalize(put);
	return rc;
}

static int migrate(attache_store *s, char *err, size_t errlen)
{
	int v = user_version(s);
	if (v > AT_STORE_SCHEMA_VERSION) {
		snprintf(err, errlen, "%s: schema version %d is newer than this attache (%d)", s->path, v,
			 AT_STORE_SCHEMA_VERSION);
		return -1;
	}
	if (v == AT_STORE_SCHEMA_VERSION)
		return 0;
	if (at_store_exec(s, "BEGIN IMMEDIATE", err, errlen) != 0)
		return -1;
	/* Each step brings version N to N+1. */
	int rc = 0;
	if (v == 0)
		rc = at_store_exec(s, schema_v1, err, errlen);
	if (rc == 0 && v <= 1)
		rc = at_store_exec(s, schema_v2, err, errlen);
	if (rc == 0 && v == 1)
		rc = count_stored_words(s, err, errlen);
	if (rc == 0 && v >= 1 && v <= 2)
		rc = mark_undated_links(s, err, errlen);
	if (rc == 0)
		rc = at_store_exec(s, "PRAGMA user_version = 3", err, errlen);
	if (rc != 0) {
		at_store_exec(s, "ROLLBACK", err + strlen(err), 0);
		return -1;
	}
	return at_store_exec(s, "COMMIT", err, errlen);
}

attache_store *attache_store_open(const char *path, char *err, size_t errlen)
{
	attache_store *s = calloc(1, sizeof *s);
	if (!s || !(s->path = strdup(path))) {
		free(s);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		snprintf(err, errlen, "%s: cannot open store: %s", path, sqlite3_errmsg(s->db));
		attache_store_close(s);
		return NULL;
	}
	sqlite3_busy_timeout(s->db, 5000);
	if (at_store_exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", err, errlen) != 0 ||
	    migrate(s, err, errlen) != 0) {
		attache_store_close(s);
		return NULL;
	}
	return s;
}

void attache_store_close(attache_store *s)
{
	if (!s)
		return;
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

char *attache_store_stats(attache_store *s, char *err, size_t errlen)
{
	static const char sql[] =
		"SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences),"
		" (SELECT count(*) FROM events), (SELECT count(*) FROM clusters)";
	sqlite3_stmt *st = at_store_prepare(s, sql, err, errlen);
	if (!st)
		return NULL;
	char *out = NULL;
	if (sqlite3_step(st) == SQLITE_ROW) {
		out = malloc(200);
		if (out)
			snprintf(out, 200, "{\"documents\":%lld,\"sentences\":%lld,\"events\":%lld,\"clusters\":%lld}\n",
				 sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
				 sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3));
	} else {
		snprintf(err, errlen, "%s: %s", s->path, sqlite3_errmsg(s->db));
	}
	sqlite3_finalize(st);
	return out;
}
