#include "store/progress.h"
#include "attache.h"

#include <stdio.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static size_t count_documents(const char *const *paths, size_t npaths)
{
	size_t n = 0;
	char err[512];
	attache_reader *r = attache_reader_new(paths, npaths, NULL);
	attache_doc *doc;
	attache_status st;
	while ((st = attache_reader_next(r, &doc, err, sizeof err)) != ATTACHE_DONE) {
		if (st == ATTACHE_OK) {
			attache_doc_free(doc);
			n++;
		}
	}
	attache_reader_free(r);
	return n;
}

void at_progress_start(at_progress *p, int enabled, const char *const *paths, size_t npaths)
{
	p->enabled = enabled;
	p->total = 0;
	p->started = now();
	p->last_draw = 0;
	/* stdin cannot be read twice. */
	for (size_t i = 0; enabled && i < npaths; i++)
		if (paths[i][0] == '-' && paths[i][1] == '\0')
			return;
	if (enabled)
		p->total = count_documents(paths, npaths);
}

static void draw(const at_progress *p, size_t done, double t)
{
	double elapsed = t - p->started;
	double rate = elapsed > 0 ? (double)done / elapsed : 0;
	if (p->total) {
		int width = 30, filled = (int)((double)width * (double)done / (double)p->total);
		char bar[31];
		for (int i = 0; i < width; i++)
			bar[i] = i < filled ? '#' : '.';
		bar[width] = '\0';
		double eta = rate > 0 ? (double)(p->total - (done < p->total ? done : p->total)) / rate : 0;
		fprintf(stderr, "\r[%s] %zu/%zu docs  %.0f docs/s  ETA %02d:%02d ", bar, done, p->total, rate,
			(int)eta / 60, (int)eta % 60);
	} else {
		fprintf(stderr, "\r%zu docs  %.0f docs/s ", done, rate);
	}
}

void at_progress_step(at_progress *p, size_t done)
{
	if (!p->enabled)
		return;
	double t = now();
	if (t - p->last_draw < 0.1)
		return;
	p->last_draw = t;
	draw(p, done, t);
}

void at_progress_end(at_progress *p)
{
	if (p->enabled)
		fputc('\n', stderr);
}
