/* The ingest progress bar: documents done, documents/s and ETA on stderr. */
#ifndef ATTACHE_PROGRESS_H
#define ATTACHE_PROGRESS_H

#include <stddef.h>

typedef struct at_progress {
	int enabled;
	size_t total;          /* documents in the input, counted up front */
	double started, last_draw;
} at_progress;

/* When enabled, counts the documents under paths first (for the ETA). */
void at_progress_start(at_progress *p, int enabled, const char *const *paths, size_t npaths);
void at_progress_step(at_progress *p, size_t done);
void at_progress_end(at_progress *p);

#endif
