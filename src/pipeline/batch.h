/* Runs a function over every document a reader yields, on N threads, and
 * hands the results back in input order, so output does not depend on the
 * thread count. Bad documents are reported and skipped. */
#ifndef ATTACHE_BATCH_H
#define ATTACHE_BATCH_H

#include "attache.h"
#include "core/buf.h"

/* Runs on a worker thread: process doc and append its output to out.
 * Returns 0, or -1 with err set (the document counts as failed). */
typedef int (*at_batch_work)(attache_doc *doc, void *ctx, at_buf *out, char *err, size_t errlen);
/* Runs on the calling thread, in input order, after a document's work. */
typedef void (*at_batch_emit)(attache_doc *doc, const at_buf *out, void *ctx);

typedef struct at_batch_stats {
	size_t docs, failed;
} at_batch_stats;

void at_batch_run(attache_reader *reader, int threads, at_batch_work work, at_batch_emit emit,
		  void *ctx, at_batch_stats *stats);

#endif
