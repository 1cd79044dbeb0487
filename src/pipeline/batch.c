#include "pipeline/batch.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#define DOCS_PER_THREAD 32

typedef struct slot {
	attache_doc *doc;
	at_buf out;
	int failed;
	char err[512];
} slot;

typedef struct shared {
	slot *slots;
	size_t n;
	atomic_size_t next;
	at_batch_work work;
	void *ctx;
} shared;

static void *worker(void *arg)
{
	shared *sh = arg;
	for (;;) {
		size_t i = atomic_fetch_add(&sh->next, 1);
		if (i >= sh->n)
			break;
		slot *s = &sh->slots[i];
		s->failed = sh->work(s->doc, sh->ctx, &s->out, s->err, sizeof s->err) != 0;
	}
	return NULL;
}

static size_t fill(attache_reader *reader, slot *slots, size_t cap, at_batch_stats *stats, int *done)
{
	size_t n = 0;
	char err[1024];
	while (n < cap) {
		attache_doc *doc = NULL;
		attache_status st = attache_reader_next(reader, &doc, err, sizeof err);
		if (st == ATTACHE_DONE) {
			*done = 1;
			break;
		}
		if (st != ATTACHE_OK) {
			fprintf(stderr, "attache: %s\n", err);
			stats->failed++;
			continue;
		}
		const char *warning = attache_doc_warning(doc);
		if (warning)
			fprintf(stderr, "attache: %s: %s\n", attache_doc_id(doc), warning);
		slots[n].doc = doc;
		slots[n].failed = 0;
		at_buf_clear(&slots[n].out);
		n++;
	}
	return n;
}

static void run_parallel(shared *sh, int threads)
{
	atomic_store(&sh->next, 0);
	if (threads <= 1) {
		worker(sh);
		return;
	}
	pthread_t tids[64];
	int started = 0;
	for (int t = 0; t < threads && t < 64; t++)
		if (pthread_create(&tids[t], NULL, worker, sh) == 0)
			started++;
	if (started == 0)
		worker(sh);
	for (int t = 0; t < started; t++)
		pthread_join(tids[t], NULL);
}

void at_batch_run(attache_reader *reader, int threads, at_batch_work work, at_batch_emit emit,
		  void *ctx, at_batch_stats *stats)
{
	if (threads < 1)
		threads = 1;
	size_t cap = (size_t)threads * DOCS_PER_THREAD;
	slot *slots = calloc(cap, sizeof *slots);
	if (!slots) {
		fprintf(stderr, "attache: out of memory\n");
		stats->failed++;
		return;
	}
	shared sh = {slots, 0, 0, work, ctx};
	int done = 0;
	while (!done) {
		sh.n = fill(reader, slots, cap, stats, &done);
		run_parallel(&sh, threads);
		for (size_t i = 0; i < sh.n; i++) {
			stats->docs++;
			if (slots[i].failed) {
				fprintf(stderr, "attache: %s\n", slots[i].err);
				stats->failed++;
			} else if (emit) {
				emit(slots[i].doc, &slots[i].out, ctx);
			}
			attache_doc_free(slots[i].doc);
		}
	}
	for (size_t i = 0; i < cap; i++)
		at_buf_free(&slots[i].out);
	free(slots);
}
