#include "store/table.h"
#include "core/buf.h"

#include <stdlib.h>
#include <string.h>

static void csv_field(FILE *out, const char *s)
{
	if (!s)
		return;
	if (!strpbrk(s, ",\"\n\r")) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static void print_csv_row(FILE *out, char **cells, int ncol)
{
	for (int i = 0; i < ncol; i++) {
		if (i)
			fputc(',', out);
		csv_field(out, cells[i]);
	}
	fputc('\n', out);
}

static void print_jsonl_row(FILE *out, sqlite3_stmt *st, int ncol)
{
	at_buf b;
	at_buf_init(&b);
	at_buf_putc(&b, '{');
	for (int i = 0; i < ncol; i++) {
		if (i)
			at_buf_putc(&b, ',');
		at_json_key(&b, sqlite3_column_name(st, i));
		switch (sqlite3_column_type(st, i)) {
		case SQLITE_NULL: at_buf_puts(&b, "null"); break;
		case SQLITE_INTEGER: at_buf_printf(&b, "%lld", sqlite3_column_int64(st, i)); break;
		case SQLITE_FLOAT: at_json_double(&b, sqlite3_column_double(st, i), 3); break;
		default: at_json_str(&b, (const char *)sqlite3_column_text(st, i));
		}
	}
	at_buf_puts(&b, "}\n");
	fwrite(b.data, 1, b.len, out);
	at_buf_free(&b);
}

static char *cell_text(sqlite3_stmt *st, int i)
{
	char tmp[64];
	switch (sqlite3_column_type(st, i)) {
	case SQLITE_NULL: return strdup("");
	case SQLITE_FLOAT:
		snprintf(tmp, sizeof tmp, "%.2f", sqlite3_column_double(st, i));
		return strdup(tmp);
	default: return strdup((const char *)sqlite3_column_text(st, i));
	}
}

/* Aligned output needs every row first, to know the column widths. */
static int print_aligned(sqlite3_stmt *st, int ncol, FILE *out)
{
	size_t nrows = 0, cap = 64;
	char **cells = malloc(cap * (size_t)ncol * sizeof *cells);
	size_t *width = calloc((size_t)ncol, sizeof *width);
	int rc;
	for (int i = 0; i < ncol; i++)
		width[i] = strlen(sqlite3_column_name(st, i));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (nrows == cap) {
			cap *= 2;
			cells = realloc(cells, cap * (size_t)ncol * sizeof *cells);
		}
		for (int i = 0; i < ncol; i++) {
			char *c = cell_text(st, i);
			cells[nrows * (size_t)ncol + (size_t)i] = c;
			if (strlen(c) > width[i])
				width[i] = strlen(c);
		}
		nrows++;
	}
	for (int i = 0; i < ncol; i++)
		fprintf(out, "%-*s%s", (int)width[i], sqlite3_column_name(st, i), i + 1 < ncol ? "  " : "\n");
	for (size_t r = 0; r < nrows; r++)
		for (int i = 0; i < ncol; i++) {
			char *c = cells[r * (size_t)ncol + (size_t)i];
			fprintf(out, "%-*s%s", i + 1 < ncol ? (int)width[i] : 0, c, i + 1 < ncol ? "  " : "\n");
			free(c);
		}
	free(cells);
	free(width);
	return rc == SQLITE_DONE ? 0 : -1;
}

int at_table_print(sqlite3_stmt *st, attache_table_format format, FILE *out)
{
	int ncol = sqlite3_column_count(st);
	if (format == ATTACHE_TABLE_ALIGNED)
		return print_aligned(st, ncol, out);
	char **cells = malloc((size_t)ncol * sizeof *cells);
	if (format == ATTACHE_TABLE_CSV) {
		for (int i = 0; i < ncol; i++)
			cells[i] = (char *)sqlite3_column_name(st, i);
		print_csv_row(out, cells, ncol);
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (format == ATTACHE_TABLE_JSONL) {
			print_jsonl_row(out, st, ncol);
			continue;
		}
		for (int i = 0; i < ncol; i++)
			cells[i] = (char *)sqlite3_column_text(st, i);
		print_csv_row(out, cells, ncol);
	}
	free(cells);
	return rc == SQLITE_DONE ? 0 : -1;
}
