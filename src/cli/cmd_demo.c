/* attache demo: the whole pipeline on the bundled examples, printed for
 * people rather than programs. */
#include "cli/cli.h"
#include "pipeline/engine.h"

#include <jansson.h>
#include <limits.h>
#include <string.h>

static const char usage_text[] =
	"usage: attache demo [DIR]\n\n"
	"Codes the example articles (examples/, or DIR) and prints each event:\n"
	"date, CAMEO code, source → target, place, and the sentence it came from.\n";

static const char *str(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "-";
}

static const char *actor(json_t *ev, const char *side)
{
	json_t *a = json_object_get(ev, side);
	return json_is_object(a) ? str(a, "code") : "-";
}

static void print_event(const char *line, size_t n)
{
	json_t *ev = json_loadb(line, n, 0, NULL);
	if (!ev)
		return;
	json_t *loc = json_object_get(ev, "location");
	printf("  %-10s %-4s %-8s %-10s -> %-10s %-14s %s\n", str(ev, "date"), str(ev, "code"),
	       str(ev, "plover"), actor(ev, "source"), actor(ev, "target"),
	       json_is_object(loc) ? str(loc, "name") : "-", str(ev, "modality"));
	printf("  %11s\"%s\"\n", "", str(ev, "sentence"));
	json_decref(ev);
}

static void print_doc(const attache_engine *engine, attache_doc *doc)
{
	size_t len = 0;
	char *jsonl = attache_render(engine, doc, ATTACHE_FORMAT_EVENTS_JSONL, &len);
	printf("%s (%s): %zu sentences, %zu events\n", attache_doc_id(doc),
	       attache_doc_date(doc) ? attache_doc_date(doc) : "no date", attache_doc_sentence_count(doc),
	       attache_doc_event_count(doc));
	for (size_t pos = 0; jsonl && pos < len;) {
		const char *nl = memchr(jsonl + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (jsonl + pos)) : len - pos;
		print_event(jsonl + pos, n);
		pos += n + 1;
	}
	putchar('\n');
	attache_free(jsonl);
}

int cmd_demo(int argc, char **argv)
{
	if (cli_wants_help(argc, argv)) {
		fputs(usage_text, stdout);
		return EXIT_OK;
	}
	char dir[PATH_MAX], err[1024];
	at_default_dir(argc > 1 ? argv[1] : NULL, "ATTACHE_EXAMPLES", "examples", dir, sizeof dir);
	attache_engine *engine = attache_engine_new(NULL, err, sizeof err);
	if (!engine) {
		fprintf(stderr, "attache demo: %s\n", err);
		return EXIT_USAGE;
	}
	printf("attache %s: coding the articles in %s\n\n", attache_version(), dir);
	printf("  %-10s %-4s %-8s %-10s    %-10s %-14s %s\n\n", "date", "code", "plover", "source", "target",
	       "place", "modality");
	const char *paths[] = {dir};
	attache_reader *reader = attache_reader_new(paths, 1, NULL);
	attache_doc *doc;
	attache_status st;
	int failed = 0;
	while ((st = attache_reader_next(reader, &doc, err, sizeof err)) != ATTACHE_DONE) {
		if (st != ATTACHE_OK) {
			fprintf(stderr, "attache demo: %s\n", err);
			failed = 1;
			continue;
		}
		if (attache_process(engine, doc, ATTACHE_STAGE_ALL, err, sizeof err) == ATTACHE_OK) {
			print_doc(engine, doc);
		} else {
			fprintf(stderr, "attache demo: %s\n", err);
			failed = 1;
		}
		attache_doc_free(doc);
	}
	attache_reader_free(reader);
	attache_engine_free(engine);
	return failed ? EXIT_SOME_FAILED : EXIT_OK;
}
