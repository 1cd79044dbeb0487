/* The reader: JSON Lines, text, HTML, folders; each bad document gives one
 * error naming where it came from while the rest of the batch goes on. */
#include "helpers.h"

#include "attache.h"
#include "core/doc.h"

#include <errno.h>

static char dir[256];

static void write_file(const char *rel, const char *data, size_t len)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, rel);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
}

static int make_dir(void **state)
{
	(void)state;
	mkdir("build/asan/tests", 0755);
	snprintf(dir, sizeof dir, "build/asan/tests/reader-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
	(void)state;
	char cmd[600];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

typedef struct {
	attache_reader *r;
	char err[1024];
} reading;

static attache_doc *expect_doc(reading *rd, const char *id)
{
	attache_doc *doc = NULL;
	attache_status st = attache_reader_next(rd->r, &doc, rd->err, sizeof rd->err);
	if (st != ATTACHE_OK)
		fail_msg("expected document %s, got status %d: %s", id, st, rd->err);
	assert_string_equal(attache_doc_id(doc), id);
	return doc;
}

/* The next result is an error of kind st whose message holds both parts. */
static void expect_error(reading *rd, attache_status st, const char *where, const char *what)
{
	attache_doc *doc = NULL;
	rd->err[0] = '\0';
	attache_status got = attache_reader_next(rd->r, &doc, rd->err, sizeof rd->err);
	assert_null(doc);
	if (got != st || !strstr(rd->err, where) || !strstr(rd->err, what))
		fail_msg("expected error %d with \"%s\" and \"%s\", got %d: %s", st, where, what, got, rd->err);
}

static void expect_done(reading *rd)
{
	attache_doc *doc = NULL;
	assert_int_equal(attache_reader_next(rd->r, &doc, rd->err, sizeof rd->err), ATTACHE_DONE);
	assert_null(doc);
}

static void jsonl_bad_lines_are_reported_and_skipped(void **state)
{
	(void)state;
	const char *jsonl =
		"{\"id\": \"a\", \"date\": \"2021-10-08\", \"title\": \"Talks\", \"text\": \"Hello world.\", "
		"\"source\": \"wire\", \"url\": \"http://x/a\"}\n"
		"{bad json\n"
		"\n"
		"{\"id\": \"c\", \"text\": \"   \"}\n"
		"[\"not\", \"an object\"]\n"
		"{\"id\": 7, \"text\": \"Numbered.\"}\n"
		"{\"text\": \"No id.\", \"date\": \"1987-02-26T15:01:01\"}\n"
		"{\"id\": \"d\", \"text\": \"Bad date.\", \"date\": \"2021-13-45\"}\n"
		"{\"id\": \"e\", \"text\": 5}\n"
		"{\"id\": \"h\", \"title\": \"Headline only\", \"text\": \"\"}\n";
	write_file("news.jsonl", jsonl, strlen(jsonl));
	char path[512];
	snprintf(path, sizeof path, "%s/news.jsonl", dir);
	const char *paths[] = {path};
	reading rd = {attache_reader_new(paths, 1, NULL), ""};
	assert_non_null(rd.r);

	attache_doc *doc = expect_doc(&rd, "a");
	const at_doc *d = (const at_doc *)doc;
	assert_string_equal(attache_doc_text(doc), "Talks\n\nHello world.");
	assert_int_equal(d->body_offset, 7);
	assert_string_equal(attache_doc_date(doc), "2021-10-08");
	assert_string_equal(d->title, "Talks");
	assert_string_equal(d->source, "wire");
	assert_non_null(strstr(d->origin, "news.jsonl:1"));
	attache_doc_free(doc);

	char where[600];
	snprintf(where, sizeof where, "%s:2", path);
	expect_error(&rd, ATTACHE_ERR_INPUT, where, "bad JSON");
	snprintf(where, sizeof where, "%s:4", path);
	expect_error(&rd, ATTACHE_ERR_INPUT, where, "empty document");
	snprintf(where, sizeof where, "%s:5", path);
	expect_error(&rd, ATTACHE_ERR_INPUT, where, "not an object");
	attache_doc_free(expect_doc(&rd, "7"));
	doc = expect_doc(&rd, "line7");
	assert_string_equal(attache_doc_date(doc), "1987-02-26"); /* the day of a timestamp */
	attache_doc_free(doc);
	expect_error(&rd, ATTACHE_ERR_INPUT, "id d", "invalid date");
	snprintf(where, sizeof where, "%s:9", path);
	expect_error(&rd, ATTACHE_ERR_INPUT, where, "\"text\" must be a string");
	doc = expect_doc(&rd, "h");
	assert_string_equal(attache_doc_text(doc), "Headline only\n\n");
	attache_doc_free(doc);
	expect_done(&rd);
	attache_reader_free(rd.r);
}

static void folders_text_html_empty_and_invalid_utf8(void **state)
{
	(void)state;
	char sub[600];
	snprintf(sub, sizeof sub, "%s/tree", dir);
	assert_true(mkdir(sub, 0755) == 0 || errno == EEXIST);
	snprintf(sub, sizeof sub, "%s/tree/sub", dir);
	assert_true(mkdir(sub, 0755) == 0 || errno == EEXIST);
	const char *html = "<html><head><title>Page</title><meta name=\"date\" content=\"2020-02-03\"></head>"
			   "<body><nav>Menu</nav><p>Body text.</p></body></html>";
	write_file("tree/a.html", html, strlen(html));
	write_file("tree/bad.txt", "Caf\xE9 \xFF ok.\n", 11);
	write_file("tree/empty.txt", " \n\n ", 4);
	const char *bad_date = "<html><head><meta name=\"date\" content=\"2021-02-30\"></head>"
			       "<body><p>Kept anyway.</p></body></html>";
	write_file("tree/baddate.html", bad_date, strlen(bad_date));
	write_file("tree/sub/b.txt", "Deep text.\n", 11);
	write_file("tree/script.html", "<html><body><script>x()</script></body></html>", 47);

	char tree[600], missing[600];
	snprintf(tree, sizeof tree, "%s/tree", dir);
	snprintf(missing, sizeof missing, "%s/missing.txt", dir);
	const char *paths[] = {missing, tree};
	reading rd = {attache_reader_new(paths, 2, "2019-01-01"), ""};
	assert_non_null(rd.r);

	expect_error(&rd, ATTACHE_ERR_IO, "missing.txt", "No such file");

	attache_doc *doc = expect_doc(&rd, "a");
	assert_string_equal(attache_doc_text(doc), "Body text.");
	assert_string_equal(attache_doc_date(doc), "2020-02-03");
	assert_string_equal(((const at_doc *)doc)->title, "Page");
	attache_doc_free(doc);

	doc = expect_doc(&rd, "bad");
	assert_string_equal(attache_doc_text(doc), "Caf\xEF\xBF\xBD \xEF\xBF\xBD ok.\n");
	assert_non_null(attache_doc_warning(doc));
	assert_non_null(strstr(attache_doc_warning(doc), "2 invalid"));
	assert_string_equal(attache_doc_date(doc), "2019-01-01");
	attache_doc_free(doc);

	doc = expect_doc(&rd, "baddate"); /* a meta date that is no real day is dropped */
	assert_string_equal(attache_doc_text(doc), "Kept anyway.");
	assert_string_equal(attache_doc_date(doc), "2019-01-01");
	attache_doc_free(doc);

	expect_error(&rd, ATTACHE_ERR_INPUT, "empty.txt", "empty document");
	expect_error(&rd, ATTACHE_ERR_INPUT, "script.html", "no article text");
	doc = expect_doc(&rd, "b");
	assert_string_equal(attache_doc_text(doc), "Deep text.\n");
	assert_null(attache_doc_warning(doc));
	attache_doc_free(doc);
	expect_done(&rd);
	attache_reader_free(rd.r);
}

static void text_is_nfc_normalised(void **state)
{
	(void)state;
	/* e + combining acute accent becomes é. */
	attache_doc *doc = attache_doc_new("n", "Cafe\xCC\x81.", 7);
	assert_string_equal(attache_doc_text(doc), "Caf\xC3\xA9.");
	attache_doc_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(jsonl_bad_lines_are_reported_and_skipped),
		cmocka_unit_test(folders_text_html_empty_and_invalid_utf8),
		cmocka_unit_test(text_is_nfc_normalised),
	};
	return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
