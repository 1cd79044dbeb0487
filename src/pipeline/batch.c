#include "pipeline/batch.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

/* Documents in flight per worker: enough that a long document on one
 * worker does not leave the others idle while output waits for it. */
#define DOCS_PER_THREAD 32
#define MAX_THREADS 64

typedef struct slot {
	attache_doc *doc;
	at_buf out;
	int failed;
	int done;
	char err[512];
} slot;

/* A ring of documents in input order: the calling thread reads into free
 * slots and emits finished ones from the head while the workers take the
 * next read slot. Sequence numbers only grow; slot k is slots[k % cap].
 * Reading and emitting overlap the work, so the only serial part left is
 * what the reader and the emit callback themselves cost. */
typedef struct ring {
	slot *slots;
	size_t cap;
	size_t read, taken, emitted;
	int closed;
	pthread_mutex_t lock;
	pthread_cond_t readable; /* a slot was read, or the reader is closed */
	pthread_cond_t finished; /* a slot's work is done */
	at_batch_work work;
	void *ctx;
} ring;

static void *worker(void *arg)
{
	ring *r = arg;
	pthread_mutex_lock(&r->lock);
	for (;;) {
		while (r->taken == r->read && !r->closed)
			pthread_cond_wait(&r->readable, &r->lock);
		if (r->taken == r->read)
			break;
		slot *s = &r->slots[r->taken++ % r->cap];
		pthread_mutex_unlock(&r->lock);
		s->failed = r->work(s->doc, r->ctx, &s->out, s->err, sizeof s->err) != 0;
		pthread_mutex_lock(&r->lock);
		s->done = 1;
		pthread_cond_signal(&r->finished);
	}
	pthread_mutex_unlock(&r->lock);
	return NULL;
}

/* The next good document, or NULL at the end; bad ones are reported and
 * counted. */
static attache_doc *read_doc(attache_reader *reader, at_batch_stats *stats)
{
	char err[1024];
	for (;;) {
		attache_doc *doc = NULL;
		attache_status st = attache_reader_next(reader, &doc, err, sizeof err);
		if (st == ATTACHE_DONE)
			return NULL;
		if (st != ATTACHE_OK) {
			fprintf(stderr, "attache: %s\n", err);
			stats->failed++;
			continue;
		}
		const char *warning = attache_doc_warning(doc);
		if (warning)
			fprintf(stderr, "attache: %s: %s\n", attache_doc_id(doc), warning);
		return doc;
	}
}

static void finish(slot *s, at_batch_emit emit, void *ctx, at_batch_stats *stats)
{
	stats->docs++;
	if (s->failed) {
		fprintf(stderr, "attache: %s\n", s->err);
		stats->failed++;
	} else if (emit) {
		emit(s->doc, &s->out, ctx);
	}
	attache_doc_free(s->doc);
	s->doc = NULL;
	at_buf_clear(&s->out);
}

static void run_inline(attache_reader *reader, at_batch_work work, at_batch_emit emit, void *ctx,
		       at_batch_stats *stats)
{
	slot s = {0};
	while ((s.doc = read_doc(reader, stats))) {
		s.failed = work(s.doc, ctx, &s.out, s.err, sizeof s.err) != 0;
		finish(&s, emit, ctx, stats);
	}
	at_buf_free(&s.out);
}

/* Emits the head slot once its work is done. */
static void emit_head(ring *r, at_batch_emit emit, void *ctx, at_batch_stats *stats)
{
	slot *s = &r->slots[r->emitted % r->cap];
	pthread_mutex_lock(&r->lock);
	while (!s->done)
		pthread_cond_wait(&r->finished, &r->lock);
	pthread_mutex_unlock(&r->lock);
	finish(s, emit, ctx, stats);
	s->done = 0;
	r->emitted++;
}

static void run_ring(ring *r, attache_reader *reader, at_batch_emit emit, at_batch_stats *stats)
{
	int more = 1;
	while (more || r->emitted < r->read) {
		while (more && r->read - r->emitted < r->cap) {
			slot *s = &r->slots[r->read % r->cap];
			if (!(s->doc = read_doc(reader, stats))) {
				more = 0;
				break;
			}
			s->failed = 0;
			pthread_mutex_lock(&r->lock);
			r->read++;
			pthread_cond_signal(&r->readable);
			pthread_mutex_unlock(&r->lock);
		}
		if (r->emitted < r->read)
			emit_head(r, emit, r->ctx, stats);
	}
}

static int start_workers(ring *r, int threads, pthread_t *tids)
{
	int started = 0;
	for (int t = 0; t < threads; t++)
		if (pthread_create(&tids[t], NULL, worker, r) == 0)
			started++;
	return started;
}

static void stop_workers(ring *r, pthread_t *tids, int started)
{
	pthread_mutex_lock(&r->lock);
	r->closed = 1;
	pthread_cond_broadcast(&r->readable);
	pthread_mutex_unlock(&r->lock);
	for (int t = 0; t < started; t++)
		pthread_join(tids[t], NULL);
}

void at_batch_run(attache_reader *reader, int threads, at_batch_work work, at_batch_emit emit,
		  void *ctx, at_batch_stats *stats)
{
	if (threads > MAX_THREADS)
		threads = MAX_THREADS;
	if (threads <= 1) {
		run_inline(reader, work, emit, ctx, stats);
		return;
	}
	ring r = {.cap = (size_t)threads * DOCS_PER_THREAD, .work = work, .ctx = ctx};
	r.slots = calloc(r.cap, sizeof *r.slots);
	if (!r.slots) {
		fprintf(stderr, "attache: out of memory\n");
		stats->failed++;
		return;
	}
	pthread_mutex_init(&r.lock, NULL);
	pthread_cond_init(&r.readable, NULL);
	pthread_cond_init(&r.finished, NULL);
	pthread_t tids[MAX_THREADS];
	int started = start_workers(&r, threads, tids);
	if (started == 0)
		run_inline(reader, work, emit, ctx, stats);
	else
		run_ring(&r, reader, emit, stats);
	stop_workers(&r, tids, started);
	for (size_t i = 0; i < r.cap; i++)
		at_buf_free(&r.slots[i].out);
	pthread_cond_destroy(&r.finished);
	pthread_cond_destroy(&r.readable);
	pthread_mutex_destroy(&r.lock);
	free(r.slots);
}
