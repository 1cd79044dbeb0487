/* attache_store_query: filters become a WHERE clause with bound
 * parameters; --by turns rows into a time series. */
#include "store/store.h"
#include "store/table.h"
#include "core/buf.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARAMS 32

typedef struct where {
	at_buf sql;
	const char *params[MAX_PARAMS];
	int nparams;
	int needs_sentences;
} where;

static void add_param(where *w, const char *value)
{
	w->params[w->nparams++] = value;
	at_buf_printf(&w->sql, "?%d", w->nparams);
}

static void clause(where *w, const char *text)
{
	at_buf_puts(&w->sql, w->sql.len ? " AND " : " WHERE ");
	at_buf_puts(&w->sql, text);
}

/* A three-letter code is a country: exact match on the indexed column;
 * anything longer is a prefix of the full actor code. */
static void actor_match(where *w, const char *side, const char *code)
{
	if (strlen(code) == 3) {
		at_buf_printf(&w->sql, "e.%s_country = ", side);
		add_param(w, code);
	} else {
		at_buf_printf(&w->sql, "e.%s_code LIKE ", side);
		add_param(w, code);
		at_buf_puts(&w->sql, " || '%'");
	}
}

static int valid_code(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 32)
		return 0;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s))
			return 0;
	return 1;
}

/* YYYY, YYYY-MM or YYYY-MM-DD. */
static int valid_date(const char *s)
{
	size_t n = strlen(s);
	if (n != 4 && n != 7 && n != 10)
		return 0;
	for (size_t i = 0; i < n; i++) {
		int dash = i == 4 || i == 7;
		if (dash ? s[i] != '-' : !isdigit((unsigned char)s[i]))
			return 0;
	}
	return 1;
}

static int bad(char *err, size_t errlen, const char *what, const char *value)
{
	snprintf(err, errlen, "bad %s '%s'", what, value);
	return -1;
}

static int add_dyad(where *w, const char *dyad, char a[33], char b[33], char *err, size_t errlen)
{
	const char *comma = strchr(dyad, ',');
	if (!comma || (size_t)(comma - dyad) > 32 || strlen(comma + 1) > 32)
		return bad(err, errlen, "--dyad (expected A,B such as USA,MEX)", dyad);
	memcpy(a, dyad, (size_t)(comma - dyad));
	a[comma - dyad] = '\0';
	strcpy(b, comma + 1);
	if (!valid_code(a) || !valid_code(b))
		return bad(err, errlen, "--dyad (expected A,B such as USA,MEX)", dyad);
	clause(w, "((");
	actor_match(w, "source", a);
	at_buf_puts(&w->sql, " AND ");
	actor_match(w, "target", b);
	at_buf_puts(&w->sql, ") OR (");
	actor_match(w, "source", b);
	at_buf_puts(&w->sql, " AND ");
	actor_match(w, "target", a);
	at_buf_puts(&w->sql, "))");
	return 0;
}

static int build_where(const attache_query *q, where *w, char dyad_a[33], char dyad_b[33],
		       char quad[4], char confidence[16], char *err, size_t errlen)
{
	if (q->source) {
		if (!valid_code(q->source))
			return bad(err, errlen, "--source", q->source);
		clause(w, "");
		actor_match(w, "source", q->source);
	}
	if (q->target) {
		if (!valid_code(q->target))
			return bad(err, errlen, "--target", q->target);
		clause(w, "");
		actor_match(w, "target", q->target);
	}
	if (q->dyad && add_dyad(w, q->dyad, dyad_a, dyad_b, err, errlen) != 0)
		return -1;
	if (q->code) {
		if (!valid_code(q->code) || strspn(q->code, "0123456789") != strlen(q->code))
			return bad(err, errlen, "--code (CAMEO digits such as 04 or 042)", q->code);
		clause(w, "e.code LIKE ");
		add_param(w, q->code);
		at_buf_puts(&w->sql, " || '%'");
	}
	if (q->quad) {
		if (q->quad < 1 || q->quad > 4)
			return bad(err, errlen, "--quad (1-4)", "?");
		snprintf(quad, 4, "%d", q->quad);
		clause(w, "e.quad = ");
		add_param(w, quad);
	}
	if (q->from) {
		if (!valid_date(q->from))
			return bad(err, errlen, "--from date (YYYY[-MM[-DD]])", q->from);
		clause(w, "e.day >= ");
		add_param(w, q->from);
	}
	if (q->to) {
		if (!valid_date(q->to))
			return bad(err, errlen, "--to date (YYYY[-MM[-DD]])", q->to);
		/* "--to 2021-10" includes the whole month. */
		clause(w, "substr(e.day, 1, length(");
		add_param(w, q->to);
		at_buf_puts(&w->sql, ")) <= ");
		add_param(w, q->to);
	}
	if (q->place) {
		clause(w, "(e.place_name = ");
		add_param(w, q->place);
		at_buf_puts(&w->sql, " COLLATE NOCASE OR e.place_country = ");
		add_param(w, q->place);
		at_buf_puts(&w->sql, " COLLATE NOCASE)");
	}
	if (q->min_confidence) {
		if (!(q->min_confidence > 0 && q->min_confidence <= 1))
			return bad(err, errlen, "--min-confidence (0 to 1)", "?");
		/* stored confidences are tenths held in floats */
		snprintf(confidence, 16, "%.4f", q->min_confidence - 1e-4);
		clause(w, "e.confidence >= CAST(");
		add_param(w, confidence);
		at_buf_puts(&w->sql, " AS REAL)");
	}
	if (q->text) {
		clause(w, "s.text LIKE '%' || ");
		add_param(w, q->text);
		at_buf_puts(&w->sql, " || '%'");
		w->needs_sentences = 1;
	}
	return 0;
}

static const char *period_expr(const char *by)
{
	if (!by)
		return NULL;
	if (strcmp(by, "day") == 0)
		return "e.day";
	if (strcmp(by, "week") == 0)
		return "strftime('%Y-W%W', e.day)";
	if (strcmp(by, "month") == 0)
		return "substr(e.day, 1, 7)";
	if (strcmp(by, "year") == 0)
		return "substr(e.day, 1, 4)";
	return NULL;
}

static void build_select(const attache_query *q, const where *w, at_buf *sql)
{
	const char *period = period_expr(q->by);
	const char *join = q->sentences || w->needs_sentences
				   ? " LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sent" : "";
	if (period) {
		at_buf_printf(sql,
			      "SELECT %s AS period, count(*) AS events, round(avg(e.goldstein), 2) AS goldstein,"
			      " sum(e.quad = 1) AS q1, sum(e.quad = 2) AS q2, sum(e.quad = 3) AS q3,"
			      " sum(e.quad = 4) AS q4%s FROM events e%s",
			      period, q->sentences ? ", group_concat(e.doc || ':' || e.sent, ' ') AS evidence" : "",
			      join);
	} else {
		at_buf_printf(sql,
			      "SELECT e.date, e.code, e.source_code AS source, e.target_code AS target,"
			      " e.goldstein, e.quad, e.place_name AS place, e.doc, e.sent%s FROM events e%s",
			      q->sentences ? ", s.text AS sentence" : "", join);
	}
	at_buf_put(sql, w->sql.data ? w->sql.data : "", w->sql.len);
	if (period)
		at_buf_puts(sql, " GROUP BY period ORDER BY period");
	else
		at_buf_puts(sql, " ORDER BY e.day, e.doc, e.sent, e.id");
	if (q->limit > 0)
		at_buf_printf(sql, " LIMIT %ld", q->limit);
}

attache_status attache_store_query(attache_store *s, const attache_query *q,
				   attache_table_format format, FILE *out, char *err, size_t errlen)
{
	if (q->by && !period_expr(q->by)) {
		snprintf(err, errlen, "bad --by '%s' (day, week, month or year)", q->by);
		return ATTACHE_ERR_USAGE;
	}
	where w;
	memset(&w, 0, sizeof w);
	at_buf_init(&w.sql);
	char dyad_a[33], dyad_b[33], quad[4], confidence[16];
	if (build_where(q, &w, dyad_a, dyad_b, quad, confidence, err, errlen) != 0) {
		at_buf_free(&w.sql);
		return ATTACHE_ERR_USAGE;
	}
	at_buf sql;
	at_buf_init(&sql);
	build_select(q, &w, &sql);
	sqlite3_stmt *st = at_store_prepare(s, sql.data, err, errlen);
	at_buf_free(&sql);
	if (!st) {
		at_buf_free(&w.sql);
		return ATTACHE_ERR_IO;
	}
	for (int i = 0; i < w.nparams; i++)
		sqlite3_bind_text(st, i + 1, w.params[i], -1, SQLITE_STATIC);
	int rc = at_table_print(st, format, out);
	if (rc != 0)
		snprintf(err, errlen, "%s: %s", s->path, sqlite3_errmsg(s->db));
	sqlite3_finalize(st);
	at_buf_free(&w.sql);
	return rc == 0 ? ATTACHE_OK : ATTACHE_ERR_IO;
}
