#include "core/file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zstd.h>

int at_has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static char *read_stream(FILE *f, size_t *len)
{
	size_t cap = 1 << 16, n = 0;
	char *data = malloc(cap + 1);
	if (!data)
		return NULL;
	size_t got;
	while ((got = fread(data + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			cap *= 2;
			char *p = realloc(data, cap + 1);
			if (!p) {
				free(data);
				return NULL;
			}
			data = p;
		}
	}
	data[n] = '\0';
	*len = n;
	return data;
}

static char *unzstd(char *in, size_t inlen, size_t *len, char *err, size_t errlen)
{
	ZSTD_DStream *ds = ZSTD_createDStream();
	size_t cap = inlen * 4 + 1024, n = 0;
	char *out = malloc(cap + 1);
	if (!ds || !out) {
		ZSTD_freeDStream(ds);
		free(out);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	ZSTD_inBuffer ib = {in, inlen, 0};
	while (ib.pos < ib.size) {
		if (n == cap) {
			cap *= 2;
			char *p = realloc(out, cap + 1);
			if (!p)
				break;
			out = p;
		}
		ZSTD_outBuffer ob = {out + n, cap - n, 0};
		size_t r = ZSTD_decompressStream(ds, &ob, &ib);
		n += ob.pos;
		if (ZSTD_isError(r)) {
			snprintf(err, errlen, "zstd: %s", ZSTD_getErrorName(r));
			ZSTD_freeDStream(ds);
			free(out);
			return NULL;
		}
		if (r == 0 && ib.pos == ib.size)
			break;
	}
	ZSTD_freeDStream(ds);
	out[n] = '\0';
	*len = n;
	return out;
}

char *at_read_file(const char *path, size_t *len, char *err, size_t errlen)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f) {
		snprintf(err, errlen, "cannot open: %s", strerror(errno));
		return NULL;
	}
	size_t n = 0;
	char *data = read_stream(f, &n);
	int failed = ferror(f);
	if (f != stdin)
		fclose(f);
	if (!data || failed) {
		free(data);
		snprintf(err, errlen, "cannot read: %s", failed ? strerror(errno) : "out of memory");
		return NULL;
	}
	if (at_has_suffix(path, ".zst")) {
		char *plain = unzstd(data, n, &n, err, errlen);
		free(data);
		data = plain;
		if (!data)
			return NULL;
	}
	*len = n;
	return data;
}

int at_write_file(const char *path, const void *data, size_t len, char *err, size_t errlen)
{
	size_t plen = strlen(path);
	char *tmp = malloc(plen + 5);
	if (!tmp) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	memcpy(tmp, path, plen);
	memcpy(tmp + plen, ".tmp", 5);
	FILE *f = fopen(tmp, "wb");
	if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
		snprintf(err, errlen, "cannot write %s: %s", tmp, strerror(errno));
		free(tmp);
		return -1;
	}
	if (rename(tmp, path) != 0) {
		snprintf(err, errlen, "cannot rename %s: %s", tmp, strerror(errno));
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}
