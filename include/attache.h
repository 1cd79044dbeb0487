/*
 * attache: news text in, event data out.
 *
 * attache reads news articles and reports who did what to whom, when and
 * where: each event coded in CAMEO (with PLOVER type, Goldstein score and
 * QuadClass), with a source and a target actor carrying CAMEO actor codes,
 * the date it happened, a place, and the sentence that reports it.
 *
 * # Using the library
 *
 *     char err[512];
 *     attache_options opts;
 *     attache_options_init(&opts);
 *     attache_engine *engine = attache_engine_new(&opts, err, sizeof err);
 *     if (!engine) { fprintf(stderr, "%s\n", err); exit(1); }
 *
 *     attache_doc *doc = attache_doc_new("doc1", text, strlen(text));
 *     attache_doc_set_date(doc, "2021-10-08");
 *     if (attache_process(engine, doc, ATTACHE_STAGE_ALL, err, sizeof err) == ATTACHE_OK) {
 *         size_t len;
 *         char *jsonl = attache_render(engine, doc, ATTACHE_FORMAT_EVENTS_JSONL, &len);
 *         fwrite(jsonl, 1, len, stdout);
 *         attache_free(jsonl);
 *     }
 *     attache_doc_free(doc);
 *     attache_engine_free(engine);
 *
 * To know which reports of many documents are one real-world event, give
 * each processed document to an attache_linker before rendering it (see
 * "linking" below).
 *
 * # Threads
 *
 * An engine holds the models (memory-mapped, read-only) and may be shared by
 * any number of threads. A document belongs to one thread at a time. The
 * library has no global state.
 *
 * # Errors
 *
 * Functions that can fail return an attache_status and, where they take an
 * `err` buffer, write a one-line message naming the file or document and the
 * problem. Nothing in the library aborts or exits on bad input.
 */
#ifndef ATTACHE_H
#define ATTACHE_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The library version, "MAJOR.MINOR.PATCH". */
const char *attache_version(void);

typedef enum attache_status {
	ATTACHE_OK = 0,
	ATTACHE_DONE,        /* a reader has no more documents */
	ATTACHE_ERR_INPUT,   /* a bad document: skip it, the next one may be fine */
	ATTACHE_ERR_IO,      /* a file could not be read or written */
	ATTACHE_ERR_MODEL,   /* a model or dictionary is missing or corrupt */
	ATTACHE_ERR_NOMEM,
	ATTACHE_ERR_USAGE    /* the caller passed something invalid */
} attache_status;

/* Pipeline stages, as bits. Each stage needs the ones before it; asking for
 * a later stage runs the earlier ones too. */
enum {
	ATTACHE_STAGE_TOKENIZE = 1 << 0, /* tokens and sentences */
	ATTACHE_STAGE_TAG = 1 << 1,      /* UPOS, XPOS, lemma */
	ATTACHE_STAGE_PARSE = 1 << 2,    /* dependency tree */
	ATTACHE_STAGE_TIMEX = 1 << 3,    /* temporal expressions */
	ATTACHE_STAGE_PLACES = 1 << 4,   /* toponyms resolved to GeoNames */
	ATTACHE_STAGE_ACTORS = 1 << 5,   /* actor mentions with CAMEO codes */
	ATTACHE_STAGE_EVENTS = 1 << 6,   /* CAMEO events, dated and placed */
	ATTACHE_STAGE_ALL = (1 << 7) - 1
};

/* ---------------------------------------------------------------- engine */

typedef struct attache_options {
	/* Folder with tagger.atm and parser.atm; NULL: $ATTACHE_MODELS, else
	 * the installed or source-tree default. */
	const char *model_dir;
	/* Folder with the compiled dictionaries (actors.atm, verbs.atm,
	 * gazetteer.atm); NULL: $ATTACHE_DICT, else the default. */
	const char *dict_dir;
	/* Which models to load: the stages that will be asked for. */
	unsigned stages;
	/* Keep negated events (marked "negated":true) instead of dropping them. */
	int keep_negated;
	/* Drop events whose confidence is below this (0 to 1; 0 keeps all).
	 * docs/events.md gives how often events of each confidence were right
	 * on judged wire news. */
	double min_confidence;
} attache_options;

typedef struct attache_engine attache_engine;

/* Fills the defaults: every stage, default folders, negated events dropped,
 * events of any confidence kept. */
void attache_options_init(attache_options *opts);
/* Loads the models the options ask for. NULL on failure, with err set. */
attache_engine *attache_engine_new(const attache_options *opts, char *err, size_t errlen);
void attache_engine_free(attache_engine *engine);

/* ------------------------------------------------------------- documents */

typedef struct attache_doc attache_doc;

/* A document from UTF-8 text (invalid bytes are replaced and reported by
 * attache_doc_warning; the text is put in NFC). id may be NULL. NULL only
 * when out of memory. */
attache_doc *attache_doc_new(const char *id, const char *text, size_t len);
void attache_doc_free(attache_doc *doc);
/* A document from CoNLL-U: its sentences, tokens and words are kept as
 * given and its tags, lemmas and tree are cleared, so that attache_process
 * tags and parses them without tokenizing. NULL with err set when the input
 * is malformed. */
attache_doc *attache_doc_from_conllu(const char *data, size_t len, const char *id, char *err,
				     size_t errlen);

/* Publication date, "YYYY-MM-DD"; relative dates are resolved from it.
 * Returns ATTACHE_ERR_USAGE for anything that is not a valid date. */
attache_status attache_doc_set_date(attache_doc *doc, const char *date);
/* Optional metadata; NULL leaves a field unset. */
void attache_doc_set_meta(attache_doc *doc, const char *title, const char *source, const char *url);

const char *attache_doc_id(const attache_doc *doc);
const char *attache_doc_date(const attache_doc *doc);   /* NULL when unknown */
const char *attache_doc_text(const attache_doc *doc);
/* A non-fatal problem found in the input, or NULL. */
const char *attache_doc_warning(const attache_doc *doc);
size_t attache_doc_sentence_count(const attache_doc *doc);
size_t attache_doc_word_count(const attache_doc *doc);
size_t attache_doc_event_count(const attache_doc *doc);

/* Runs the requested stages (and those they need) on doc. */
attache_status attache_process(const attache_engine *engine, attache_doc *doc, unsigned stages,
			       char *err, size_t errlen);

/* ---------------------------------------------------------------- output */

typedef enum attache_format {
	ATTACHE_FORMAT_CONLLU,        /* sentences as CoNLL-U */
	ATTACHE_FORMAT_EVENTS_JSONL,  /* the event record, one per line (docs/event-record.md) */
	ATTACHE_FORMAT_EVENTS_TSV,    /* the same as tab-separated columns, no header */
	ATTACHE_FORMAT_ACTORS_JSONL,  /* one actor mention per line */
	ATTACHE_FORMAT_TIMEX_JSONL,   /* one temporal expression per line */
	ATTACHE_FORMAT_PLACES_JSONL   /* one toponym per line */
} attache_format;

/* Renders what the document holds in the given format. Returns a
 * NUL-terminated malloc'd string (free with attache_free) and its length. */
char *attache_render(const attache_engine *engine, const attache_doc *doc, attache_format format,
		     size_t *len);
void attache_free(void *p);

/* --------------------------------------------------------------- reading */

/* Reads documents from files, folders (recursively), "-" (stdin), plain
 * text, HTML and JSON Lines (one article per line: id, date, title, text,
 * source, url), zstd-compressed or not. */
typedef struct attache_reader attache_reader;

/* default_date, when not NULL, dates documents that carry no date. */
attache_reader *attache_reader_new(const char *const *paths, size_t npaths, const char *default_date);
/* The next document in *doc (ATTACHE_OK), ATTACHE_DONE at the end, or an
 * error for one bad document or file with err naming it; keep calling after
 * an error: the remaining documents are still read. */
attache_status attache_reader_next(attache_reader *reader, attache_doc **doc, char *err, size_t errlen);
void attache_reader_free(attache_reader *reader);

/* --------------------------------------------------------------- linking */

/* Links the events of many documents: events that report the same
 * real-world event (in several documents, or repeated in one) get the same
 * "cluster" id in their record, and "sources", the number of documents that
 * report it so far (docs/link.md). Add each document after attache_process,
 * in the order its output is wanted, and render it after adding: the ids
 * depend on that order, never on threads. One linker is used by one thread. */
typedef struct attache_linker attache_linker;

/* keep_reports: also remember each event's report (document, sentence,
 * event id, code, date, actors, text) for attache_linker_render; without it
 * the linker keeps only what linking needs. NULL when out of memory. */
attache_linker *attache_linker_new(int keep_reports);
void attache_linker_free(attache_linker *linker);
/* Links the events of a processed document and sets their cluster and
 * sources. ATTACHE_ERR_NOMEM with err set when out of memory. */
attache_status attache_linker_add(attache_linker *linker, attache_doc *doc, char *err, size_t errlen);
/* Every cluster the kept reports belong to, one JSON line each, in order of
 * first report: cluster, sources, mentions and the reports (the output of
 * `attache code --dedup`). A NUL-terminated malloc'd string (free with
 * attache_free) and its length; NULL when out of memory. */
char *attache_linker_render(const attache_linker *linker, size_t *len);

/* ----------------------------------------------------------------- store */

/* An SQLite event store (docs/store.md): documents, sentences, events and
 * their clusters, with indexes for the queries below. One store is used by
 * one thread. */
typedef struct attache_store attache_store;

/* Opens or creates the store at path and brings its schema to the current
 * version. NULL with err set on failure. */
attache_store *attache_store_open(const char *path, char *err, size_t errlen);
void attache_store_close(attache_store *store);

typedef struct attache_ingest_options {
	int threads;               /* worker threads, >= 1 */
	int progress;              /* draw a progress bar on stderr */
	const char *default_date;  /* date of documents that carry none */
	size_t batch_docs;         /* documents per transaction (0: 256) */
} attache_ingest_options;

typedef struct attache_ingest_stats {
	size_t documents;  /* read */
	size_t stored;     /* new or changed, now stored */
	size_t skipped;    /* already stored with the same content */
	size_t failed;     /* bad documents (each reported on stderr) */
	size_t events;     /* events written */
} attache_ingest_stats;

/* Codes the documents under paths and stores them. Idempotent: a document
 * already stored with the same content hash is skipped; one whose content
 * changed has its old events replaced. Each batch is one transaction, so an
 * interrupted run loses at most the batch in flight and a rerun completes
 * it. Returns ATTACHE_OK even when some documents failed (see stats). */
attache_status attache_store_ingest(attache_store *store, const attache_engine *engine,
				    const char *const *paths, size_t npaths,
				    const attache_ingest_options *opts, attache_ingest_stats *stats,
				    char *err, size_t errlen);

/* A JSON object with the counts: documents, sentences, events, clusters.
 * malloc'd; free with attache_free. NULL with err set on failure. */
char *attache_store_stats(attache_store *store, char *err, size_t errlen);

typedef enum attache_table_format {
	ATTACHE_TABLE_ALIGNED, ATTACHE_TABLE_CSV, ATTACHE_TABLE_JSONL
} attache_table_format;

typedef struct attache_query {
	const char *source;      /* actor code or prefix (USA, USAGOV) of the source */
	const char *target;      /* the same for the target */
	const char *dyad;        /* "A,B": A→B or B→A */
	const char *code;        /* CAMEO event code, prefix match (04 or 042) */
	int quad;                /* 1-4, 0 for any */
	const char *from, *to;   /* inclusive ISO dates */
	const char *place;       /* place name or ISO country of the location */
	const char *text;        /* words that the sentence must contain */
	double min_confidence;   /* events at least this confident, 0 for any */
	const char *by;          /* NULL, or day, week, month, year: aggregate */
	int sentences;           /* include the sentences rows came from */
	long limit;              /* maximum rows, 0 for no limit */
} attache_query;

/* Runs a query and writes the rows to out. ATTACHE_ERR_USAGE with err set
 * for a malformed filter. */
attache_status attache_store_query(attache_store *store, const attache_query *query,
				   attache_table_format format, FILE *out, char *err, size_t errlen);

typedef enum attache_export_format {
	ATTACHE_EXPORT_JSONL,  /* the event record, as from attache code */
	ATTACHE_EXPORT_CSV,    /* flat columns with a header, for R and pandas */
	ATTACHE_EXPORT_GDELT   /* GDELT 2.0 event table columns, tab-separated */
} attache_export_format;

attache_status attache_store_export(attache_store *store, attache_export_format format, FILE *out,
				    char *err, size_t errlen);

#ifdef __cplusplus
}
#endif

#endif
