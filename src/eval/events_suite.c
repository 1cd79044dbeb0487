/* Readers of the validation suites: the PETRARCH XML records (PETRARCH2,
 * classic and UniversalPetrarch, read with a forgiving scanner since some
 * of them are not well-formed XML) and TABARI's Validate.text. */
#include "eval/events_eval.h"
#include "core/file.h"
#include "core/grow.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const at_ev_suite_names = "petrarch2, petrarch-classic, universal, tabari";

typedef struct suite_spec {
	const char *name, *dir, *records, *verbs;
	const char *actors[4];
	int tabari;
} suite_spec;

static const suite_spec specs[] = {
	{"petrarch2", "petrarch2", "PETR.UnitTest.records.xml", "PETR.Validate.verbs.txt",
	 {"PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.discards.txt", NULL}, 0},
	{"petrarch-classic", "petrarch-classic", "PETR.UnitTest.records.xml", "PETR.Validate.verbs.txt",
	 {"PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.discards.txt", NULL}, 0},
	{"universal", "UniversalPetrarch/dev-validate", "PETR_Validate_records_2_02.xml",
	 "PETR_Validate_verbs_2_02.txt",
	 {"PETR_Validate_actors_2_02.txt", "PETR_Validate_agents_2_02.txt",
	  "PETR_Validate_discards_2_02.txt", NULL}, 0},
	{"tabari", "TABARI", "Validate.text", "TABARI.Demo.verbs",
	 {"TABARI.Demo.actors", "Validate.agents", NULL, NULL}, 1},
};

static char *xstrndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

static char *path_join(const char *a, const char *b, const char *c)
{
	size_t n = strlen(a) + strlen(b) + strlen(c) + 3;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s/%s", a, b, c);
	return p;
}

/* The XML entity at s ("&amp;"), its character in *c; 0 when none. */
static size_t xml_entity(const char *s, size_t n, char *c)
{
	static const struct { const char *name; char c; } entities[] = {
		{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''},
	};
	for (size_t i = 0; i < sizeof entities / sizeof entities[0]; i++) {
		size_t len = strlen(entities[i].name);
		if (len <= n && strncmp(s, entities[i].name, len) == 0) {
			*c = entities[i].c;
			return len;
		}
	}
	return 0;
}

/* Whitespace runs become one space, ends are trimmed and, in XML, entities
 * are decoded. */
static char *collapse(const char *s, size_t n, int xml)
{
	char *out = malloc(n + 1);
	if (!out)
		return NULL;
	size_t k = 0;
	int space = 0;
	for (size_t i = 0; i < n; i++) {
		if (isspace((unsigned char)s[i])) {
			space = k > 0;
			continue;
		}
		if (space)
			out[k++] = ' ';
		space = 0;
		char c;
		size_t len = xml && s[i] == '&' ? xml_entity(s + i, n - i, &c) : 0;
		out[k++] = len ? c : s[i];
		if (len)
			i += len - 1;
	}
	out[k] = '\0';
	return out;
}

static int push_record(at_ev_suite *s, size_t *cap, at_ev_record *r)
{
	if (s->nrecords == *cap) {
		at_ev_record *p = at_grow(s->records, cap, sizeof *p, 256);
		if (!p)
			return -1;
		s->records = p;
	}
	s->records[s->nrecords++] = *r;
	return 0;
}

static int push_expect(at_ev_record *r, const char *src, const char *tgt, const char *code)
{
	for (size_t i = 0; i < r->nevents; i++)
		if (strcmp(r->events[i].source, src) == 0 && strcmp(r->events[i].target, tgt) == 0 &&
		    strcmp(r->events[i].code, code) == 0)
			return 0;
	at_ev_expect *p = realloc(r->events, (r->nevents + 1) * sizeof *p);
	if (!p)
		return -1;
	r->events = p;
	at_ev_expect *e = &p[r->nevents++];
	snprintf(e->source, sizeof e->source, "%s", src);
	snprintf(e->target, sizeof e->target, "%s", tgt);
	snprintf(e->code, sizeof e->code, "%s", code);
	return 0;
}

/* "FRO/BIL/SAM" is three actors (UniversalPetrarch writes an entry's
 * several codes joined; PETRARCH2 one event each): one expected event per
 * pair of codes. */
static void push_expect_split(at_ev_record *r, const char *src, const char *tgt, const char *code)
{
	char s[48], t[48];
	snprintf(s, sizeof s, "%s", src);
	char *save_s = NULL;
	for (char *a = strtok_r(s, "/", &save_s); a; a = strtok_r(NULL, "/", &save_s)) {
		snprintf(t, sizeof t, "%s", tgt);
		char *save_t = NULL;
		for (char *b = strtok_r(t, "/", &save_t); b; b = strtok_r(NULL, "/", &save_t))
			push_expect(r, a, b, code);
	}
}

static void set_date(at_ev_record *r, const char *d, size_t n)
{
	if (n == 8)
		snprintf(r->date, sizeof r->date, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
	else if (n == 6)  /* TABARI: YYMMDD */
		snprintf(r->date, sizeof r->date, "%s%.2s-%.2s-%.2s", d[0] >= '5' ? "19" : "20", d, d + 2, d + 4);
}

static void free_record(at_ev_record *r)
{
	free(r->id);
	free(r->category);
	free(r->text);
	free(r->events);
}

/* --------------------------------------------------------- PETRARCH XML */

/* The value of attribute name inside the tag [tag, end), or NULL. */
static char *attr(const char *tag, const char *end, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = tag; p + n < end; p++) {
		if (strncmp(p, name, n) != 0 || (p > tag && !isspace((unsigned char)p[-1])))
			continue;
		const char *q = p + n;
		while (q < end && isspace((unsigned char)*q))
			q++;
		if (q >= end || *q != '=')
			continue;
		q++;
		while (q < end && isspace((unsigned char)*q))
			q++;
		if (q >= end || (*q != '"' && *q != '\''))
			continue;
		char quote = *q++;
		const char *v = q;
		while (q < end && *q != quote)
			q++;
		return xstrndup(v, (size_t)(q - v));
	}
	return NULL;
}

static void blank_comments(char *text)
{
	for (char *p = strstr(text, "<!--"); p; p = strstr(p, "<!--")) {
		char *end = strstr(p + 4, "-->");
		char *stop = end ? end + 3 : p + strlen(p);
		memset(p, ' ', (size_t)(stop - p));
		p = stop;
	}
}

/* Reads the EventCoding tags of one sentence; returns 1 when the record is
 * to be evaluated. */
static int read_codings(const char *body, const char *end, at_ev_record *r)
{
	int usable = 0;
	for (const char *p = strstr(body, "<EventCoding"); p && p < end; p = strstr(p + 1, "<EventCoding")) {
		const char *close = strchr(p, '>');
		if (!close || close > end)
			break;
		char *err = attr(p, close, "error");
		char *none = attr(p, close, "noevents");
		char *src = attr(p, close, "sourcecode"), *tgt = attr(p, close, "targetcode");
		char *code = attr(p, close, "eventcode");
		if (err)
			usable = -1;
		else if (none && usable == 0)
			usable = 1;
		else if (src && tgt && code && usable >= 0) {
			push_expect_split(r, src, tgt, code);
			usable = 1;
		}
		free(err);
		free(none);
		free(src);
		free(tgt);
		free(code);
	}
	return usable == 1;
}

static int read_xml(char *text, at_ev_suite *s)
{
	size_t cap = 0;
	blank_comments(text);
	for (char *p = strstr(text, "<Sentence"); p; p = strstr(p + 1, "<Sentence")) {
		if (p[9] != ' ' && p[9] != '>' && p[9] != '\n')
			continue;
		char *close = strchr(p, '>');
		char *end = close ? strstr(close, "</Sentence>") : NULL;
		if (!end)
			break;
		char *eval = attr(p, close, "evaluate");
		int skip = eval && strcmp(eval, "false") == 0;
		free(eval);
		at_ev_record r;
		memset(&r, 0, sizeof r);
		char *t0 = strstr(close, "<Text>");
		char *t1 = t0 ? strstr(t0, "</Text>") : NULL;
		if (skip || !t1 || t1 > end || !read_codings(close, end, &r)) {
			free(r.events);
			continue;
		}
		r.id = attr(p, close, "id");
		r.category = attr(p, close, "category");
		char *date = attr(p, close, "date");
		if (date)
			set_date(&r, date, strlen(date));
		free(date);
		r.text = collapse(t0 + 6, (size_t)(t1 - t0 - 6), 1);
		if (!r.id || !r.text || push_record(s, &cap, &r) != 0) {
			free_record(&r);
			return -1;
		}
	}
	return 0;
}

/* ---------------------------------------------------------- TABARI text */

/* "{ ARN / GON / 064 }" lines of a record's comment. 0 when the record
 * changes options (not a coding test), 1 otherwise. */
static int read_tabari_events(const char *c, const char *end, at_ev_record *r)
{
	for (const char *p = strchr(c, '{'); p && p < end; p = strchr(p + 1, '{')) {
		const char *q = strchr(p, '}');
		if (!q || q > end)
			break;
		char inner[160];
		snprintf(inner, sizeof inner, "%.*s", (int)(q - p - 1), p + 1);
		if (strchr(inner, ':'))
			return 0;
		if (p > c && p[-1] == '-')
			continue;  /* an event TABARI marks as not required */
		char src[48], tgt[48], code[8];
		if (sscanf(inner, " %47[^/ ] / %47[^/ ] / %7[^} ]", src, tgt, code) == 3)
			push_expect(r, src, tgt, code);
	}
	return 1;
}

static int read_tabari(char *text, at_ev_suite *s)
{
	size_t cap = 0;
	char *p = text;
	while (*p) {
		char *eol = strchr(p, '\n');
		char *next = eol ? eol + 1 : p + strlen(p);
		char id[64];
		int n = 0;
		if (!(isdigit((unsigned char)p[0]) && sscanf(p, "%*6[0-9] %63s%n", id, &n) == 1 && n > 0)) {
			p = next;
			continue;
		}
		char *open = strstr(next, "/*");
		char *close = open ? strstr(open, "*/") : NULL;
		if (!close)
			break;
		at_ev_record r;
		memset(&r, 0, sizeof r);
		set_date(&r, p, 6);
		r.text = collapse(next, (size_t)(open - next), 0);
		if (r.text && strstr(r.text, "This is the end of the standard validation records")) {
			free(r.text);
			break;
		}
		if (!read_tabari_events(open, close, &r) || strncmp(id, "START", 5) == 0 ||
		    strncmp(id, "TIME", 4) == 0) {
			free_record(&r);
			p = close + 2;
			continue;
		}
		r.id = xstrndup(id, strlen(id));
		char *dash = strchr(id, '-');
		r.category = xstrndup(id, dash ? (size_t)(dash - id) : strlen(id));
		if (!r.id || !r.text || !r.category || push_record(s, &cap, &r) != 0) {
			free_record(&r);
			return -1;
		}
		p = close + 2;
	}
	return 0;
}

int at_ev_suite_read(const char *events_dir, const char *name, at_ev_suite *s, char *err, size_t errlen)
{
	memset(s, 0, sizeof *s);
	const suite_spec *spec = NULL;
	for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++)
		if (strcmp(specs[i].name, name) == 0)
			spec = &specs[i];
	if (!spec) {
		snprintf(err, errlen, "unknown suite '%s' (known: %s)", name, at_ev_suite_names);
		return -1;
	}
	snprintf(s->name, sizeof s->name, "%s", name);
	char *path = path_join(events_dir, spec->dir, spec->records);
	size_t len;
	char *text = path ? at_read_file(path, &len, err, errlen) : NULL;
	free(path);
	if (!text)
		return -1;
	int rc = spec->tabari ? read_tabari(text, s) : read_xml(text, s);
	free(text);
	s->verb_files[0] = path_join(events_dir, spec->dir, spec->verbs);
	for (size_t i = 0; spec->actors[i]; i++)
		s->actor_files[i] = path_join(events_dir, spec->dir, spec->actors[i]);
	if (rc != 0) {
		snprintf(err, errlen, "%s: out of memory", name);
		at_ev_suite_free(s);
		return -1;
	}
	return 0;
}

void at_ev_suite_free(at_ev_suite *s)
{
	for (size_t i = 0; i < s->nrecords; i++)
		free_record(&s->records[i]);
	free(s->records);
	for (size_t i = 0; i < 4; i++)
		free(s->verb_files[i]);
	for (size_t i = 0; i < 6; i++)
		free(s->actor_files[i]);
	memset(s, 0, sizeof *s);
}
