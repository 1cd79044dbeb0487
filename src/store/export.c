/* attache_store_export: JSON Lines (the records as coded), CSV, and the
 * GDELT 2.0 event table (docs/store.md lists which columns are filled). */
#include "store/store.h"
#include "store/table.h"

#include <stdlib.h>
#include <string.h>

static const char csv_sql[] =
	"SELECT id, doc, sent, date, date_precision, code, root, quad, goldstein, plover,"
	" source_text, source_entity, source_code, target_text, target_entity, target_code,"
	" place_name, place_country, place_geonames, lat, lon, modality, confidence, cluster"
	" FROM events ORDER BY rowid";

static const char gdelt_sql[] =
	"SELECT e.rowid, e.date, e.source_code, e.source_entity, e.source_text, e.source_country,"
	" e.target_code, e.target_entity, e.target_text, e.target_country, e.code, e.root, e.quad,"
	" e.goldstein, e.place_name, e.place_country, e.lat, e.lon, e.place_geonames, d.url,"
	" d.ingested, (SELECT sources FROM clusters c WHERE c.id = e.cluster)"
	" FROM events e JOIN documents d ON d.id = e.doc ORDER BY e.rowid";

static const char *col(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	return s ? s : "";
}

static void tsv(FILE *out, const char *s)
{
	for (; *s; s++)
		fputc(*s == '\t' || *s == '\n' ? ' ' : *s, out);
	fputc('\t', out);
}

/* Actor columns: code, name, country, known group, ethnic, religion 1-2,
 * type 1-3 (the role codes after the country). */
static void gdelt_actor(FILE *out, sqlite3_stmt *st, int code_col)
{
	const char *code = col(st, code_col);
	const char *name = *col(st, code_col + 1) ? col(st, code_col + 1) : col(st, code_col + 2);
	char type1[4] = "", type2[4] = "";
	size_t n = strlen(code);
	if (n >= 6)
		memcpy(type1, code + 3, 3);
	if (n >= 9)
		memcpy(type2, code + 6, 3);
	tsv(out, code);
	tsv(out, name);
	tsv(out, col(st, code_col + 3));
	fputs("\t\t\t\t", out);
	tsv(out, type1);
	tsv(out, type2);
	fputc('\t', out);
}

/* Geo block: type, full name, country, ADM1, ADM2, lat, long, feature id. */
static void gdelt_geo(FILE *out, sqlite3_stmt *st, int filled)
{
	if (!filled || sqlite3_column_type(st, 16) == SQLITE_NULL) {
		fputs("0\t\t\t\t\t\t\t\t", out);
		return;
	}
	fprintf(out, "%d\t", *col(st, 14) && strcmp(col(st, 14), col(st, 15)) ? 4 : 1);
	tsv(out, col(st, 14));
	tsv(out, col(st, 15));
	fputs("\t\t", out);
	fprintf(out, "%.4f\t%.4f\t", sqlite3_column_double(st, 16), sqlite3_column_double(st, 17));
	tsv(out, col(st, 18));
}

static void gdelt_row(FILE *out, sqlite3_stmt *st)
{
	const char *date = col(st, 1);
	char day[9] = "", month[7] = "", year[5] = "";
	if (strlen(date) >= 10) {
		snprintf(day, sizeof day, "%.4s%.2s%.2s", date, date + 5, date + 8);
		snprintf(month, sizeof month, "%.4s%.2s", date, date + 5);
		snprintf(year, sizeof year, "%.4s", date);
	}
	long long sources = sqlite3_column_type(st, 21) == SQLITE_NULL ? 1 : sqlite3_column_int64(st, 21);
	double fraction = *year ? atof(year) + (atof(month + 4) - 1) / 12.0 + (atof(day + 6) - 1) / 365.0 : 0;
	fprintf(out, "%lld\t%s\t%s\t%s\t%.4f\t", sqlite3_column_int64(st, 0), day, month, year, fraction);
	gdelt_actor(out, st, 2);
	gdelt_actor(out, st, 6);
	const char *code = col(st, 10);
	fprintf(out, "1\t%s\t%.3s\t%s\t%s\t%.1f\t1\t%lld\t1\t\t", code, code, col(st, 11), col(st, 12),
		sqlite3_column_double(st, 13), sources);
	gdelt_geo(out, st, 0);
	gdelt_geo(out, st, 0);
	gdelt_geo(out, st, 1);
	char added[15] = "";
	const char *ing = col(st, 20);
	if (strlen(ing) >= 19)
		snprintf(added, sizeof added, "%.4s%.2s%.2s%.2s%.2s%.2s", ing, ing + 5, ing + 8, ing + 11,
			 ing + 14, ing + 17);
	fprintf(out, "%s\t%s\n", added, col(st, 19));
}

attache_status attache_store_export(attache_store *s, attache_export_format format, FILE *out,
				    char *err, size_t errlen)
{
	const char *sql = format == ATTACHE_EXPORT_CSV ? csv_sql
			  : format == ATTACHE_EXPORT_GDELT ? gdelt_sql
			  : "SELECT record FROM events ORDER BY rowid";
	sqlite3_stmt *st = at_store_prepare(s, sql, err, errlen);
	if (!st)
		return ATTACHE_ERR_IO;
	int rc;
	if (format == ATTACHE_EXPORT_CSV) {
		rc = at_table_print(st, ATTACHE_TABLE_CSV, out) == 0 ? SQLITE_DONE : SQLITE_ERROR;
	} else {
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			if (format == ATTACHE_EXPORT_GDELT)
				gdelt_row(out, st);
			else
				fprintf(out, "%s\n", col(st, 0));
		}
	}
	if (rc != SQLITE_DONE)
		snprintf(err, errlen, "%s: %s", s->path, sqlite3_errmsg(s->db));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? ATTACHE_OK : ATTACHE_ERR_IO;
}
