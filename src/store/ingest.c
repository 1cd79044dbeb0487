/* attache_store_ingest: code documents on worker threads, store them from
 * the calling thread, one transaction per batch. */
#include "store/store.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/grow.h"
#include "core/hash.h"
#include "link/linker.h"
#include "pipeline/batch.h"
#include "store/period.h"
#include "store/progress.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Document id → content hash of what is stored, read once at the start so
 * that workers can skip unchanged documents without touching SQLite. */
typedef struct known_docs {
	uint64_t *keys, *hashes;
	size_t cap, n;
} known_docs;

typedef struct ingest_ctx {
	attache_store *store;
	const attache_engine *engine;
	known_docs known;
	sqlite3_stmt *del_events, *del_sents, *put_doc, *put_sent, *put_event;
	sqlite3_stmt *put_cluster, *set_sources;
	sqlite3_stmt *clusters_in, *events_of, *add_count; /* the linker's loader and counts */
	sqlite3_stmt *count_sources, *cluster_known;
	at_linker *linker;
	const at_doc *doc;          /* the document being written, for its link items */
	char (*touched)[13];        /* clusters changed in the open transaction */
	size_t ntouched, cap_touched;
	size_t in_txn, batch_docs;
	attache_ingest_stats *stats;
	at_progress progress;
	int failed;
	char err[512];
} ingest_ctx;

static uint64_t doc_hash(const at_doc *doc)
{
	uint64_t h = at_checksum(doc->text, doc->len);
	h = at_hash_mix(h, at_hash_bytes(doc->date ? doc->date : "", doc->date ? strlen(doc->date) : 0));
	return at_hash_mix(h, at_hash_bytes(doc->title ? doc->title : "", doc->title ? strlen(doc->title) : 0));
}

static void known_put(known_docs *k, uint64_t key, uint64_t hash)
{
	if ((k->n + 1) * 2 > k->cap) {
		known_docs bigger = {0};
		bigger.cap = k->cap ? k->cap * 2 : 1024;
		bigger.keys = calloc(bigger.cap, sizeof(uint64_t));
		bigger.hashes = calloc(bigger.cap, sizeof(uint64_t));
		for (size_t i = 0; i < k->cap; i++)
			if (k->keys[i])
				known_put(&bigger, k->keys[i], k->hashes[i]);
		free(k->keys);
		free(k->hashes);
		*k = bigger;
	}
	size_t i = key & (k->cap - 1);
	while (k->keys[i] && k->keys[i] != key)
		i = (i + 1) & (k->cap - 1);
	if (!k->keys[i])
		k->n++;
	k->keys[i] = key;
	k->hashes[i] = hash;
}

/* 0 when the id is not stored. */
static uint64_t known_get(const known_docs *k, uint64_t key)
{
	if (!k->cap)
		return 0;
	size_t i = key & (k->cap - 1);
	while (k->keys[i]) {
		if (k->keys[i] == key)
			return k->hashes[i];
		i = (i + 1) & (k->cap - 1);
	}
	return 0;
}

static uint64_t id_key(const char *id)
{
	uint64_t h = at_hash_bytes(id, strlen(id));
	return h ? h : 1;
}

static int load_known(ingest_ctx *c, char *err, size_t errlen)
{
	sqlite3_stmt *st = at_store_prepare(c->store, "SELECT id, hash FROM documents", err, errlen);
	if (!st)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *id = (const char *)sqlite3_column_text(st, 0);
		const char *hash = (const char *)sqlite3_column_text(st, 1);
		known_put(&c->known, id_key(id), strtoull(hash, NULL, 16));
	}
	sqlite3_finalize(st);
	return 0;
}

/* Worker thread: codes the document, or marks it 'S' when it is stored
 * unchanged. Linking and rendering wait for the writer, which sees the
 * documents in input order. */
static int work(attache_doc *d, void *arg, at_buf *out, char *err, size_t errlen)
{
	ingest_ctx *c = arg;
	const at_doc *doc = (const at_doc *)d;
	if (known_get(&c->known, id_key(doc->id)) == doc_hash(doc)) {
		at_buf_putc(out, 'S');
		return 0;
	}
	if (attache_process(c->engine, d, ATTACHE_STAGE_ALL, err, errlen) != ATTACHE_OK)
		return -1;
	at_buf_putc(out, 'N');
	return 0;
}

static const char *sql_put_event =
	"INSERT OR REPLACE INTO events (id, doc, sent, code, root, quad, goldstein, plover,"
	" source_text, source_entity, source_code, source_country,"
	" target_text, target_entity, target_code, target_country,"
	" date, date_precision, date_text, place_name, place_country, place_geonames, lat, lon,"
	" modality, confidence, cluster, record, day, link)"
	" VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30)";

/* A cluster's row, from its first mention; its counts from all of them. */
static const char *sql_put_cluster =
	"INSERT OR REPLACE INTO clusters (id, root, source_country, target_country, date, mentions, sources)"
	" SELECT ?1, root, source_country, target_country, day,"
	" (SELECT count(*) FROM events WHERE cluster = ?1), ?2"
	" FROM events WHERE cluster = ?1 ORDER BY rowid LIMIT 1";

/* Earlier reports of a cluster learn that it now has more sources. */
static const char *sql_set_sources =
	"UPDATE events SET record = json_set(record, '$.sources', ?2) WHERE cluster = ?1"
	" AND json_extract(record, '$.sources') IS NOT ?2";

static int prepare_all(ingest_ctx *c, char *err, size_t errlen)
{
	attache_store *s = c->store;
	c->del_events = at_store_prepare(s, "DELETE FROM events WHERE doc = ?1", err, errlen);
	c->del_sents = at_store_prepare(s, "DELETE FROM sentences WHERE doc = ?1", err, errlen);
	c->put_doc = at_store_prepare(s,
		"INSERT OR REPLACE INTO documents (id, date, source, url, title, hash, nsents, ingested)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, datetime('now'))", err, errlen);
	c->put_sent = at_store_prepare(s, "INSERT OR REPLACE INTO sentences (doc, idx, text) VALUES (?1, ?2, ?3)",
				       err, errlen);
	c->put_event = at_store_prepare(s, sql_put_event, err, errlen);
	c->put_cluster = at_store_prepare(s, sql_put_cluster, err, errlen);
	c->set_sources = at_store_prepare(s, sql_set_sources, err, errlen);
	c->clusters_in = at_store_prepare(s,
		"SELECT DISTINCT cluster FROM events WHERE day BETWEEN ?1 AND ?2 AND cluster IS NOT NULL",
		err, errlen);
	c->events_of = at_store_prepare(s,
		"SELECT link, cluster FROM events WHERE cluster = ?1 AND link IS NOT NULL ORDER BY rowid",
		err, errlen);
	c->add_count = at_store_prepare(s, AT_STORE_ADD_LINK_COUNT, err, errlen);
	c->count_sources = at_store_prepare(s, "SELECT count(DISTINCT doc) FROM events WHERE cluster = ?1",
					    err, errlen);
	c->cluster_known = at_store_prepare(s, "SELECT 1 FROM events WHERE cluster = ?1 LIMIT 1", err, errlen);
	return c->del_events && c->del_sents && c->put_doc && c->put_sent && c->put_event &&
			       c->put_cluster && c->set_sources && c->clusters_in && c->events_of &&
			       c->add_count && c->count_sources && c->cluster_known
		       ? 0 : -1;
}

static void finalize_all(ingest_ctx *c)
{
	sqlite3_finalize(c->del_events);
	sqlite3_finalize(c->del_sents);
	sqlite3_finalize(c->put_doc);
	sqlite3_finalize(c->put_sent);
	sqlite3_finalize(c->put_event);
	sqlite3_finalize(c->put_cluster);
	sqlite3_finalize(c->set_sources);
	sqlite3_finalize(c->clusters_in);
	sqlite3_finalize(c->events_of);
	sqlite3_finalize(c->add_count);
	sqlite3_finalize(c->count_sources);
	sqlite3_finalize(c->cluster_known);
}

/* The loader of the linker (linker.h): the stored clusters with an event
 * in days [from, to], each whole and in storage order, so that a cluster is
 * compared and counted as if the archive had been linked in one run. */
static int load_clusters(void *arg, at_linker *l, int32_t from, int32_t to)
{
	ingest_ctx *c = arg;
	char first[11], last[11];
	at_link_day_string(from, first);
	at_link_day_string(to, last);
	sqlite3_stmt *in = c->clusters_in, *of = c->events_of;
	sqlite3_reset(in);
	sqlite3_bind_text(in, 1, first, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(in, 2, last, -1, SQLITE_TRANSIENT);
	int rc = 0, step = SQLITE_DONE;
	while (rc == 0 && (step = sqlite3_step(in)) == SQLITE_ROW) {
		sqlite3_reset(of);
		sqlite3_bind_value(of, 1, sqlite3_column_value(in, 0));
		while (rc == 0 && (step = sqlite3_step(of)) == SQLITE_ROW) {
			at_link_item item;
			if ((size_t)sqlite3_column_bytes(of, 0) != sizeof item)
				continue; /* written by another build: not used as evidence */
			memcpy(&item, sqlite3_column_blob(of, 0), sizeof item);
			rc = at_linker_seed(l, &item, (const char *)sqlite3_column_text(of, 1));
		}
		if (step != SQLITE_DONE)
			rc = -1;
	}
	if (rc == 0 && step != SQLITE_DONE)
		rc = -1;
	if (rc != 0)
		snprintf(c->err, sizeof c->err, "%s: reading stored clusters: %s", c->store->path,
			 step == SQLITE_DONE || step == SQLITE_ROW ? "out of memory" : sqlite3_errmsg(c->store->db));
	return rc;
}

/* The id check of the linker: an id some stored event's cluster has. A
 * failed read counts as taken, which only costs the linker another id. */
static int cluster_taken(void *arg, const char *id)
{
	ingest_ctx *c = arg;
	sqlite3_stmt *st = c->cluster_known;
	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
	return sqlite3_step(st) != SQLITE_DONE;
}

/* The stored word counts, so that idf weighs words over the whole archive. */
static int load_counts(ingest_ctx *c, char *err, size_t errlen)
{
	sqlite3_stmt *st = at_store_prepare(c->store, "SELECT word, n FROM link_counts", err, errlen);
	if (!st)
		return -1;
	int rc = 0;
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW)
		rc = at_linker_load_count(c->linker, (uint64_t)sqlite3_column_int64(st, 0),
					  (uint32_t)sqlite3_column_int64(st, 1));
	sqlite3_finalize(st);
	if (rc != 0)
		snprintf(err, errlen, "%s: out of memory while reading word counts", c->store->path);
	return rc;
}

static int save_count(void *arg, uint64_t word, uint32_t n)
{
	ingest_ctx *c = arg;
	sqlite3_stmt *st = c->add_count;
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, (sqlite3_int64)word);
	sqlite3_bind_int64(st, 2, n);
	return sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
}

/* Notes a cluster the batch changed; -1 when out of memory. */
static int touch(ingest_ctx *c, const char *cluster)
{
	for (size_t i = 0; i < c->ntouched; i++)
		if (strcmp(c->touched[i], cluster) == 0)
			return 0;
	if (c->ntouched == c->cap_touched) {
		char(*grown)[13] = at_grow(c->touched, &c->cap_touched, sizeof *grown, 64);
		if (!grown)
			return -1;
		c->touched = grown;
	}
	memcpy(c->touched[c->ntouched++], cluster, 13);
	return 0;
}

/* The documents reporting a cluster, counted in the store: a long run's
 * linker may no longer hold the cluster by the time the batch commits. */
static sqlite3_int64 stored_sources(ingest_ctx *c, const char *id)
{
	sqlite3_stmt *st = c->count_sources;
	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
	return sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
}

static int write_clusters(ingest_ctx *c)
{
	for (size_t i = 0; i < c->ntouched; i++) {
		const char *id = c->touched[i];
		sqlite3_int64 sources = stored_sources(c, id);
		if (sources < 0)
			return -1;
		sqlite3_stmt *sts[2] = {c->put_cluster, c->set_sources};
		for (int k = 0; k < 2; k++) {
			sqlite3_reset(sts[k]);
			sqlite3_bind_text(sts[k], 1, id, -1, SQLITE_TRANSIENT);
			sqlite3_bind_int64(sts[k], 2, sources);
			if (sqlite3_step(sts[k]) != SQLITE_DONE)
				return -1;
		}
	}
	c->ntouched = 0;
	return 0;
}

static void bind_link(ingest_ctx *c, sqlite3_stmt *st, const char *event_id)
{
	const at_doc *doc = c->doc;
	for (size_t i = 0; event_id && i < doc->nevents; i++) {
		if (strcmp(doc->events[i].id, event_id) != 0)
			continue;
		at_link_item item;
		at_link_item_from_event(doc, &doc->events[i], &item);
		sqlite3_bind_blob(st, 30, &item, sizeof item, SQLITE_TRANSIENT);
		return;
	}
}

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

static const char *jstr(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static void bind_actor(sqlite3_stmt *st, int first, json_t *actor)
{
	const char *code = json_is_object(actor) ? jstr(actor, "code") : NULL;
	char country[4] = "";
	if (code && strlen(code) >= 3)
		memcpy(country, code, 3);
	bind_text(st, first, json_is_object(actor) ? jstr(actor, "text") : NULL);
	bind_text(st, first + 1, json_is_object(actor) ? jstr(actor, "entity") : NULL);
	bind_text(st, first + 2, code);
	bind_text(st, first + 3, country[0] ? country : NULL);
}

static void bind_number(sqlite3_stmt *st, int i, json_t *v)
{
	if (json_is_number(v))
		sqlite3_bind_double(st, i, json_number_value(v));
	else
		sqlite3_bind_null(st, i);
}

static int put_event(ingest_ctx *c, const char *line, size_t n)
{
	json_error_t jerr;
	json_t *ev = json_loadb(line, n, 0, &jerr);
	if (!ev) {
		snprintf(c->err, sizeof c->err, "event record is not JSON: %s", jerr.text);
		return -1;
	}
	sqlite3_stmt *st = c->put_event;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	bind_text(st, 1, jstr(ev, "id"));
	bind_text(st, 2, jstr(ev, "doc"));
	sqlite3_bind_int64(st, 3, json_integer_value(json_object_get(ev, "sent")));
	bind_text(st, 4, jstr(ev, "code"));
	bind_text(st, 5, jstr(ev, "root"));
	bind_number(st, 6, json_object_get(ev, "quad"));
	bind_number(st, 7, json_object_get(ev, "goldstein"));
	bind_text(st, 8, jstr(ev, "plover"));
	bind_actor(st, 9, json_object_get(ev, "source"));
	bind_actor(st, 13, json_object_get(ev, "target"));
	const char *date = jstr(ev, "date");
	char day[11];
	bind_text(st, 17, date);
	bind_text(st, 29, date && at_period_start(date, day) == 0 ? day : NULL);
	bind_text(st, 18, jstr(ev, "date_precision"));
	bind_text(st, 19, jstr(ev, "date_text"));
	json_t *loc = json_object_get(ev, "location");
	if (json_is_object(loc)) {
		bind_text(st, 20, jstr(loc, "name"));
		bind_text(st, 21, jstr(loc, "country"));
		bind_number(st, 22, json_object_get(loc, "geonames"));
		bind_number(st, 23, json_object_get(loc, "lat"));
		bind_number(st, 24, json_object_get(loc, "lon"));
	}
	bind_text(st, 25, jstr(ev, "modality"));
	bind_number(st, 26, json_object_get(ev, "confidence"));
	const char *cluster = jstr(ev, "cluster");
	bind_text(st, 27, cluster);
	sqlite3_bind_text(st, 28, line, (int)n, SQLITE_TRANSIENT);
	bind_link(c, st, jstr(ev, "id"));
	if (cluster && touch(c, cluster) != 0) {
		json_decref(ev);
		snprintf(c->err, sizeof c->err, "out of memory");
		return -1;
	}
	int rc = sqlite3_step(st);
	json_decref(ev);
	if (rc != SQLITE_DONE) {
		snprintf(c->err, sizeof c->err, "%s", sqlite3_errmsg(c->store->db));
		return -1;
	}
	return 0;
}

static int step_doc(sqlite3_stmt *st, const char *id)
{
	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
	return sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
}

static int put_sentences(ingest_ctx *c, const at_doc *doc)
{
	/* Only the sentences that events come from: the store answers "show
	 * me the evidence", not full-text archiving. */
	unsigned char *seen = calloc(doc->nsents ? doc->nsents : 1, 1);
	for (size_t i = 0; i < doc->nevents; i++) {
		uint32_t si = doc->events[i].sent;
		if (si >= doc->nsents || seen[si])
			continue;
		seen[si] = 1;
		const at_sentence *s = &doc->sents[si];
		sqlite3_stmt *st = c->put_sent;
		sqlite3_reset(st);
		sqlite3_bind_text(st, 1, doc->id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, si);
		sqlite3_bind_text(st, 3, doc->text + s->start, (int)(s->end - s->start), SQLITE_TRANSIENT);
		if (sqlite3_step(st) != SQLITE_DONE) {
			free(seen);
			return -1;
		}
	}
	free(seen);
	return 0;
}

static int put_document(ingest_ctx *c, const at_doc *doc, const char *events, size_t len)
{
	if (step_doc(c->del_events, doc->id) || step_doc(c->del_sents, doc->id))
		return -1;
	sqlite3_stmt *st = c->put_doc;
	char hash[17];
	snprintf(hash, sizeof hash, "%016llx", (unsigned long long)doc_hash(doc));
	sqlite3_reset(st);
	bind_text(st, 1, doc->id);
	bind_text(st, 2, doc->date);
	bind_text(st, 3, doc->source);
	bind_text(st, 4, doc->url);
	bind_text(st, 5, doc->title);
	bind_text(st, 6, hash);
	sqlite3_bind_int64(st, 7, (sqlite3_int64)doc->nsents);
	if (sqlite3_step(st) != SQLITE_DONE || put_sentences(c, doc) != 0)
		return -1;
	for (size_t pos = 0; pos < len;) {
		const char *nl = memchr(events + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (events + pos)) : len - pos;
		if (n && put_event(c, events + pos, n) != 0)
			return -1;
		c->stats->events += n ? 1 : 0;
		pos += n + 1;
	}
	return 0;
}

static int commit_batch(ingest_ctx *c)
{
	if (!c->in_txn)
		return 0;
	c->in_txn = 0;
	if (write_clusters(c) != 0 || at_linker_take_counts(c->linker, save_count, c) != 0) {
		snprintf(c->err, sizeof c->err, "%s", sqlite3_errmsg(c->store->db));
		return -1;
	}
	return at_store_exec(c->store, "COMMIT", c->err, sizeof c->err);
}

/* Links the document's events to the clusters seen so far and renders its
 * records again, now with cluster and sources. */
static char *link_and_render(ingest_ctx *c, attache_doc *d, size_t *len)
{
	if (at_linker_add_doc(c->linker, (at_doc *)d) != 0)
		return NULL;
	return attache_render(c->engine, d, ATTACHE_FORMAT_EVENTS_JSONL, len);
}

static void emit(attache_doc *d, const at_buf *out, void *arg)
{
	ingest_ctx *c = arg;
	const at_doc *doc = (const at_doc *)d;
	if (c->failed)
		return;
	if (out->len && out->data[0] == 'S') {
		c->stats->skipped++;
	} else {
		if (!c->in_txn && at_store_exec(c->store, "BEGIN IMMEDIATE", c->err, sizeof c->err) != 0) {
			c->failed = 1;
			return;
		}
		size_t len = 0;
		char *records = link_and_render(c, d, &len);
		c->doc = doc;
		if (!records || put_document(c, doc, records, len) != 0) {
			if (!c->err[0])
				snprintf(c->err, sizeof c->err, "%s", records ? sqlite3_errmsg(c->store->db) : "out of memory");
			attache_free(records);
			c->failed = 1;
			return;
		}
		attache_free(records);
		c->stats->stored++;
		if (++c->in_txn >= c->batch_docs && commit_batch(c) != 0)
			c->failed = 1;
	}
	at_progress_step(&c->progress, c->stats->stored + c->stats->skipped);
}

attache_status attache_store_ingest(attache_store *s, const attache_engine *engine,
				    const char *const *paths, size_t npaths,
				    const attache_ingest_options *opts, attache_ingest_stats *stats,
				    char *err, size_t errlen)
{
	memset(stats, 0, sizeof *stats);
	ingest_ctx c;
	memset(&c, 0, sizeof c);
	c.store = s;
	c.engine = engine;
	c.stats = stats;
	c.batch_docs = opts->batch_docs ? opts->batch_docs : 256;
	c.linker = at_linker_new();
	if (!c.linker || load_known(&c, err, errlen) != 0 || prepare_all(&c, err, errlen) != 0 ||
	    load_counts(&c, err, errlen) != 0) {
		finalize_all(&c);
		at_linker_free(c.linker);
		free(c.known.keys);
		free(c.known.hashes);
		return ATTACHE_ERR_IO;
	}
	at_linker_set_loader(c.linker, load_clusters, cluster_taken, &c);
	at_progress_start(&c.progress, opts->progress, paths, npaths);
	attache_reader *reader = attache_reader_new(paths, npaths, opts->default_date);
	at_batch_stats bs = {0, 0};
	at_batch_run(reader, opts->threads, work, emit, &c, &bs);
	attache_reader_free(reader);
	if (!c.failed && commit_batch(&c) != 0)
		c.failed = 1;
	at_progress_end(&c.progress);
	finalize_all(&c);
	at_linker_free(c.linker);
	free(c.touched);
	free(c.known.keys);
	free(c.known.hashes);
	stats->documents = bs.docs;
	stats->failed = bs.failed;
	if (c.failed) {
		snprintf(err, errlen, "%s: %s", s->path, c.err);
		return ATTACHE_ERR_IO;
	}
	return ATTACHE_OK;
}
