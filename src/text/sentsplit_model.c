#include "text/sentsplit_learn.h"

#include <stdio.h>
#include <stdlib.h>

at_sentsplit *at_sentsplit_load(const char *path, char *err, size_t errlen)
{
	at_model *file = at_model_open(path, AT_SENTSPLIT_KIND, AT_SENTSPLIT_VERSION, err, errlen);
	if (!file)
		return NULL;
	size_t size = 0;
	const float *w = at_model_section(file, "weights", &size);
	size_t count = size / sizeof *w;
	if (!w || count == 0 || (count & (count - 1)) != 0 || count * sizeof *w != size) {
		snprintf(err, errlen, "%s: sentence splitter weights missing or malformed", path);
		at_model_close(file);
		return NULL;
	}
	at_sentsplit *m = malloc(sizeof *m);
	if (!m) {
		snprintf(err, errlen, "%s: out of memory", path);
		at_model_close(file);
		return NULL;
	}
	m->file = file;
	m->weights = w;
	m->mask = (uint32_t)(count - 1);
	return m;
}

void at_sentsplit_free(at_sentsplit *m)
{
	if (!m)
		return;
	at_model_close(m->file);
	free(m);
}
