/* Result tables: rows of strings printed aligned, as CSV or as JSON Lines. */
#ifndef ATTACHE_TABLE_H
#define ATTACHE_TABLE_H

#include <sqlite3.h>
#include <stdio.h>

#include "attache.h"

/* Steps st to the end, printing each row; columns named by the statement.
 * Returns 0, or -1 when SQLite fails mid-way. */
int at_table_print(sqlite3_stmt *st, attache_table_format format, FILE *out);

#endif
