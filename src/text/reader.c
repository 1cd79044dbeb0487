/* attache_reader: files, folders, stdin; plain text, HTML and JSON Lines. */
#include "attache.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/grow.h"
#include "core/file.h"
#include "text/html.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef enum { KIND_TEXT, KIND_HTML, KIND_JSONL } input_kind;

struct attache_reader {
	char **queue;          /* paths still to open, used as a stack */
	size_t nqueue, capqueue;
	char *default_date;
	/* The JSON Lines file being read, if any. */
	char *data;
	size_t len, pos, lineno;
	char *path;
};

static int push_path(attache_reader *r, const char *path)
{
	if (r->nqueue == r->capqueue) {
		char **q = at_grow(r->queue, &r->capqueue, sizeof *q, 16);
		if (!q)
			return -1;
		r->queue = q;
	}
	r->queue[r->nqueue] = strdup(path);
	return r->queue[r->nqueue++] ? 0 : -1;
}

attache_reader *attache_reader_new(const char *const *paths, size_t npaths, const char *default_date)
{
	attache_reader *r = calloc(1, sizeof *r);
	if (!r)
		return NULL;
	if (default_date)
		r->default_date = strdup(default_date);
	/* Reversed, so that popping the stack gives the command-line order. */
	for (size_t i = npaths; i-- > 0;)
		if (push_path(r, paths[i]) != 0) {
			attache_reader_free(r);
			return NULL;
		}
	return r;
}

void attache_reader_free(attache_reader *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->nqueue; i++)
		free(r->queue[i]);
	free(r->queue);
	free(r->default_date);
	free(r->data);
	free(r->path);
	free(r);
}

static input_kind kind_of(const char *path, const char *data)
{
	char name[4096];
	snprintf(name, sizeof name, "%s", path);
	size_t n = strlen(name);
	if (n > 4 && strcmp(name + n - 4, ".zst") == 0)
		name[n - 4] = '\0';
	if (at_has_suffix(name, ".jsonl") || at_has_suffix(name, ".ndjson") || at_has_suffix(name, ".json"))
		return KIND_JSONL;
	if (at_has_suffix(name, ".html") || at_has_suffix(name, ".htm") || at_has_suffix(name, ".xhtml"))
		return KIND_HTML;
	const char *p = data;
	while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
		p++;
	if (*p == '{')
		return KIND_JSONL;
	if (*p == '<' && (strncasecmp(p, "<!doctype html", 14) == 0 || strncasecmp(p, "<html", 5) == 0))
		return KIND_HTML;
	return KIND_TEXT;
}

/* The file name without folders and extensions: the document id. */
static void id_from_path(const char *path, char *out, size_t outlen)
{
	if (strcmp(path, "-") == 0) {
		snprintf(out, outlen, "stdin");
		return;
	}
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	snprintf(out, outlen, "%s", base);
	char *dot = strchr(out, '.');
	if (dot && dot != out)
		*dot = '\0';
}

static int only_space(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t')
			return 0;
	return 1;
}

static attache_status finish_doc(attache_reader *r, at_doc *doc, const char *date, const char *origin,
				 attache_doc **out, char *err, size_t errlen)
{
	if (!doc) {
		snprintf(err, errlen, "%s: out of memory", origin);
		return ATTACHE_ERR_NOMEM;
	}
	doc->origin = at_arena_strdup(doc->arena, origin);
	const char *d = date && *date ? date : r->default_date;
	/* A timestamp (1987-02-26T15:01:01, 2023-09-29 10:00) gives its day. */
	char day[11];
	if (d && strlen(d) > 10 && (d[10] == 'T' || d[10] == ' ')) {
		memcpy(day, d, 10);
		day[10] = '\0';
		d = day;
	}
	if (d && attache_doc_set_date((attache_doc *)doc, d) != ATTACHE_OK) {
		snprintf(err, errlen, "%s (id %s): invalid date \"%s\" (expected YYYY-MM-DD)", origin, doc->id, d);
		at_doc_free(doc);
		return ATTACHE_ERR_INPUT;
	}
	*out = (attache_doc *)doc;
	return ATTACHE_OK;
}

/* The string at key, or NULL when absent or null; *wrong names the first
 * key whose value is of another type. */
static const char *get_string(json_t *obj, const char *key, const char **wrong)
{
	json_t *v = json_object_get(obj, key);
	if (!v || json_is_null(v))
		return NULL;
	if (!json_is_string(v)) {
		if (!*wrong)
			*wrong = key;
		return NULL;
	}
	return json_string_value(v);
}

static attache_status jsonl_doc(attache_reader *r, const char *line, size_t n, attache_doc **out,
				char *err, size_t errlen)
{
	char origin[4200];
	snprintf(origin, sizeof origin, "%s:%zu", r->path, r->lineno);
	json_error_t jerr;
	json_t *obj = json_loadb(line, n, 0, &jerr);
	if (!obj || !json_is_object(obj)) {
		snprintf(err, errlen, "%s: bad JSON line: %s", origin, obj ? "not an object" : jerr.text);
		json_decref(obj);
		return ATTACHE_ERR_INPUT;
	}
	const char *wrong = NULL;
	/* An integer id is fine too: it becomes its decimal digits. */
	char idbuf[64];
	const char *id = NULL;
	json_t *idv = json_object_get(obj, "id");
	if (json_is_integer(idv)) {
		snprintf(idbuf, sizeof idbuf, "%lld", (long long)json_integer_value(idv));
		id = idbuf;
	} else {
		id = get_string(obj, "id", &wrong);
	}
	const char *text = get_string(obj, "text", &wrong);
	const char *title = get_string(obj, "title", &wrong);
	const char *date = get_string(obj, "date", &wrong);
	const char *source = get_string(obj, "source", &wrong);
	const char *url = get_string(obj, "url", &wrong);
	attache_status st = ATTACHE_OK;
	if (wrong) {
		snprintf(err, errlen, "%s%s%s: \"%s\" must be a string", origin, id ? " id " : "", id ? id : "", wrong);
		st = ATTACHE_ERR_INPUT;
	} else if ((!text || only_space(text, strlen(text))) && (!title || only_space(title, strlen(title)))) {
		/* A headline alone (wire briefs) is still a document. */
		snprintf(err, errlen, "%s%s%s: empty document (no \"text\" or \"title\")", origin, id ? " id " : "",
			 id ? id : "");
		st = ATTACHE_ERR_INPUT;
	}
	if (st != ATTACHE_OK) {
		json_decref(obj);
		return st;
	}
	at_buf body;
	at_buf_init(&body);
	size_t body_offset = 0;
	if (title && *title) {
		at_buf_puts(&body, title);
		at_buf_puts(&body, "\n\n");
		body_offset = body.len;
	}
	if (text)
		at_buf_puts(&body, text);
	char idline[64];
	if (!id) {
		snprintf(idline, sizeof idline, "line%zu", r->lineno);
		id = idline;
	}
	at_doc *doc = at_doc_new(id, body.data, body.len);
	at_buf_free(&body);
	if (doc) {
		doc->body_offset = body_offset;
		attache_doc_set_meta((attache_doc *)doc, title, source, url);
	}
	st = finish_doc(r, doc, date, origin, out, err, errlen);
	json_decref(obj);
	return st;
}

/* Next non-blank line of the JSON Lines file being read. */
static attache_status next_jsonl(attache_reader *r, attache_doc **out, char *err, size_t errlen)
{
	while (r->pos < r->len) {
		const char *line = r->data + r->pos;
		const char *nl = memchr(line, '\n', r->len - r->pos);
		size_t n = nl ? (size_t)(nl - line) : r->len - r->pos;
		r->pos += n + (nl ? 1 : 0);
		r->lineno++;
		if (only_space(line, n))
			continue;
		return jsonl_doc(r, line, n, out, err, errlen);
	}
	free(r->data);
	free(r->path);
	r->data = r->path = NULL;
	return ATTACHE_DONE;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)b, *(char *const *)a);
}

static attache_status push_dir(attache_reader *r, const char *path, char *err, size_t errlen)
{
	DIR *dir = opendir(path);
	if (!dir) {
		snprintf(err, errlen, "%s: cannot open folder: %s", path, strerror(errno));
		return ATTACHE_ERR_IO;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	int failed = 0;
	struct dirent *ent;
	while (!failed && (ent = readdir(dir))) {
		if (ent->d_name[0] == '.')
			continue;
		if (n == cap) {
			char **grown = at_grow(names, &cap, sizeof *grown, 64);
			if (!grown) {
				failed = 1;
				break;
			}
			names = grown;
		}
		size_t len = strlen(path) + strlen(ent->d_name) + 2;
		if (!(names[n] = malloc(len)))
			failed = 1;
		else
			snprintf(names[n++], len, "%s/%s", path, ent->d_name);
	}
	closedir(dir);
	/* Sorted descending, so the stack yields them in ascending order. */
	qsort(names, n, sizeof *names, name_cmp);
	for (size_t i = 0; i < n; i++) {
		if (!failed && push_path(r, names[i]) != 0)
			failed = 1;
		free(names[i]);
	}
	free(names);
	if (failed) {
		snprintf(err, errlen, "%s: out of memory while listing the folder", path);
		return ATTACHE_ERR_NOMEM;
	}
	return ATTACHE_OK;
}

static attache_status open_file(attache_reader *r, const char *path, attache_doc **out,
				char *err, size_t errlen)
{
	char why[256];
	size_t len = 0;
	char *data = at_read_file(path, &len, why, sizeof why);
	if (!data) {
		snprintf(err, errlen, "%s: %s", path, why);
		return ATTACHE_ERR_IO;
	}
	input_kind kind = kind_of(path, data);
	if (kind == KIND_JSONL) {
		r->data = data;
		r->len = len;
		r->pos = r->lineno = 0;
		r->path = strdup(path);
		return ATTACHE_DONE; /* the caller goes on with next_jsonl */
	}
	char id[256];
	id_from_path(path, id, sizeof id);
	if (only_space(data, len)) {
		free(data);
		snprintf(err, errlen, "%s: empty document", path);
		return ATTACHE_ERR_INPUT;
	}
	at_doc *doc;
	const char *date = NULL;
	at_html_meta meta;
	if (kind == KIND_HTML) {
		at_buf text;
		at_buf_init(&text);
		int rc = at_html_extract(data, len, &text, &meta, why, sizeof why);
		if (rc != 0 || only_space(text.data, text.len)) {
			snprintf(err, errlen, "%s: %s", path, rc ? why : "HTML page with no article text");
			at_buf_free(&text);
			free(data);
			return ATTACHE_ERR_INPUT;
		}
		doc = at_doc_new(id, text.data, text.len);
		at_buf_free(&text);
		if (doc && meta.title[0])
			attache_doc_set_meta((attache_doc *)doc, meta.title, NULL, NULL);
		date = meta.date;
	} else {
		doc = at_doc_new(id, data, len);
	}
	free(data);
	/* A page's meta tags are not the user's word: a date there that is not
	 * a real day (2021-02-30) is dropped, not the page. */
	if (doc && date && *date && attache_doc_set_date((attache_doc *)doc, date) != ATTACHE_OK)
		date = NULL;
	return finish_doc(r, doc, date, path, out, err, errlen);
}

attache_status attache_reader_next(attache_reader *r, attache_doc **out, char *err, size_t errlen)
{
	*out = NULL;
	for (;;) {
		if (r->data) {
			attache_status st = next_jsonl(r, out, err, errlen);
			if (st != ATTACHE_DONE)
				return st;
		}
		if (r->nqueue == 0)
			return ATTACHE_DONE;
		char *path = r->queue[--r->nqueue];
		struct stat st;
		attache_status rc;
		if (strcmp(path, "-") != 0 && stat(path, &st) != 0) {
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			rc = ATTACHE_ERR_IO;
		} else if (strcmp(path, "-") != 0 && S_ISDIR(st.st_mode)) {
			rc = push_dir(r, path, err, errlen);
			if (rc == ATTACHE_OK)
				rc = ATTACHE_DONE;
		} else {
			rc = open_file(r, path, out, err, errlen);
		}
		free(path);
		if (rc != ATTACHE_DONE)
			return rc;
	}
}
