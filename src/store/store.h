/* Internals of the SQLite store shared by its files. */
#ifndef ATTACHE_STORE_H
#define ATTACHE_STORE_H

#include <sqlite3.h>

#include "attache.h"

#define AT_STORE_SCHEMA_VERSION 3

struct attache_store {
	sqlite3 *db;
	char *path;
};

/* Prepares sql, or sets err to SQLite's message and returns NULL. */
sqlite3_stmt *at_store_prepare(attache_store *s, const char *sql, char *err, size_t errlen);
int at_store_exec(attache_store *s, const char *sql, char *err, size_t errlen);

/* Adds ?2 to the linker's count of word ?1 (word 0: the number of events). */
#define AT_STORE_ADD_LINK_COUNT \
	"INSERT INTO link_counts (word, n) VALUES (?1, ?2) ON CONFLICT (word) DO UPDATE SET n = n + excluded.n"

#endif
