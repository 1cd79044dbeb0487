#include "core/modelfile.h"
#include "core/file.h"
#include "core/grow.h"
#include "core/hash.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAGIC "ATTACHE\x1a"
#define HEADER_SIZE 64
#define ENTRY_SIZE 32
#define NAME_MAX_LEN 16

struct at_model {
	const unsigned char *map;
	size_t size;
	uint32_t nsections;
	char *path;
};

typedef struct section {
	char name[NAME_MAX_LEN];
	void *data;
	size_t size;
} section;

struct at_model_writer {
	char kind[8];
	uint32_t version;
	section *sections;
	size_t n, cap;
};

static uint32_t get_u32(const unsigned char *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

static uint64_t get_u64(const unsigned char *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static int check_header(const unsigned char *p, size_t size, const char *kind,
			uint32_t version, char *err, size_t errlen)
{
	char want_kind[8] = {0};
	memcpy(want_kind, kind, strnlen(kind, sizeof want_kind));
	if (size < HEADER_SIZE || memcmp(p, MAGIC, 8) != 0) {
		snprintf(err, errlen, "not an attache model file (bad magic)");
		return -1;
	}
	if (memcmp(p + 8, want_kind, 8) != 0) {
		snprintf(err, errlen, "holds a '%.8s' model, expected '%s'", (const char *)p + 8, kind);
		return -1;
	}
	if (get_u32(p + 16) != version) {
		snprintf(err, errlen, "format version %u, this build reads version %u (rebuild with make models)",
			 get_u32(p + 16), version);
		return -1;
	}
	uint64_t nsec = get_u32(p + 20);
	if (get_u64(p + 24) != size || HEADER_SIZE + nsec * ENTRY_SIZE > size) {
		snprintf(err, errlen, "truncated: header says %llu bytes, file has %zu",
			 (unsigned long long)get_u64(p + 24), size);
		return -1;
	}
	if (at_checksum(p + HEADER_SIZE, size - HEADER_SIZE) != get_u64(p + 32)) {
		snprintf(err, errlen, "checksum mismatch (corrupt file)");
		return -1;
	}
	for (uint64_t i = 0; i < nsec; i++) {
		const unsigned char *e = p + HEADER_SIZE + i * ENTRY_SIZE;
		uint64_t off = get_u64(e + 16), len = get_u64(e + 24);
		if (off > size || len > size - off) {
			snprintf(err, errlen, "section %.16s out of bounds", (const char *)e);
			return -1;
		}
	}
	return 0;
}

at_model *at_model_open(const char *path, const char *kind, uint32_t version,
			char *err, size_t errlen)
{
	char why[200];
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		snprintf(err, errlen, "%s: cannot open %s model: %s", path, kind, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || st.st_size < HEADER_SIZE) {
		close(fd);
		snprintf(err, errlen, "%s: not an attache model file (too short)", path);
		return NULL;
	}
	size_t size = (size_t)st.st_size;
	void *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED) {
		snprintf(err, errlen, "%s: cannot map: %s", path, strerror(errno));
		return NULL;
	}
	if (check_header(map, size, kind, version, why, sizeof why) != 0) {
		munmap(map, size);
		snprintf(err, errlen, "%s: %s", path, why);
		return NULL;
	}
	at_model *m = calloc(1, sizeof(*m));
	if (!m || !(m->path = strdup(path))) {
		free(m);
		munmap(map, size);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	m->map = map;
	m->size = size;
	m->nsections = get_u32(m->map + 20);
	return m;
}

void at_model_close(at_model *m)
{
	if (!m)
		return;
	munmap((void *)m->map, m->size);
	free(m->path);
	free(m);
}

const char *at_model_path(const at_model *m)
{
	return m->path;
}

const void *at_model_section(const at_model *m, const char *name, size_t *size)
{
	for (uint32_t i = 0; i < m->nsections; i++) {
		const unsigned char *e = m->map + HEADER_SIZE + (size_t)i * ENTRY_SIZE;
		if (strncmp((const char *)e, name, NAME_MAX_LEN) == 0) {
			if (size)
				*size = get_u64(e + 24);
			return m->map + get_u64(e + 16);
		}
	}
	return NULL;
}

size_t at_model_section_count(const at_model *m)
{
	return m->nsections;
}

const void *at_model_section_at(const at_model *m, size_t i, char name[16], size_t *size)
{
	if (i >= m->nsections)
		return NULL;
	const unsigned char *e = m->map + HEADER_SIZE + i * ENTRY_SIZE;
	memcpy(name, e, NAME_MAX_LEN);
	name[NAME_MAX_LEN - 1] = '\0';
	*size = get_u64(e + 24);
	return m->map + get_u64(e + 16);
}

at_model_writer *at_model_writer_new(const char *kind, uint32_t version)
{
	at_model_writer *w = calloc(1, sizeof(*w));
	if (!w)
		return NULL;
	memcpy(w->kind, kind, strnlen(kind, sizeof w->kind));
	w->version = version;
	return w;
}

int at_model_writer_add(at_model_writer *w, const char *name, const void *data, size_t size)
{
	if (strlen(name) >= NAME_MAX_LEN)
		return -1;
	if (w->n == w->cap) {
		section *p = at_grow(w->sections, &w->cap, sizeof *p, 8);
		if (!p)
			return -1;
		w->sections = p;
	}
	section *s = &w->sections[w->n];
	memset(s->name, 0, sizeof s->name);
	memcpy(s->name, name, strlen(name));
	s->data = malloc(size ? size : 1);
	if (!s->data)
		return -1;
	if (size)
		memcpy(s->data, data, size);
	s->size = size;
	w->n++;
	return 0;
}

static void put_u32(unsigned char *p, uint32_t v) { memcpy(p, &v, 4); }
static void put_u64(unsigned char *p, uint64_t v) { memcpy(p, &v, 8); }

int at_model_writer_save(at_model_writer *w, const char *path, char *err, size_t errlen)
{
	size_t off = HEADER_SIZE + w->n * ENTRY_SIZE;
	size_t total = off;
	for (size_t i = 0; i < w->n; i++)
		total = ((total + 15) & ~(size_t)15) + w->sections[i].size;
	unsigned char *out = calloc(1, total);
	if (!out) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	memcpy(out, MAGIC, 8);
	memcpy(out + 8, w->kind, 8);
	put_u32(out + 16, w->version);
	put_u32(out + 20, (uint32_t)w->n);
	put_u64(out + 24, total);
	for (size_t i = 0; i < w->n; i++) {
		off = (off + 15) & ~(size_t)15;
		unsigned char *e = out + HEADER_SIZE + i * ENTRY_SIZE;
		memcpy(e, w->sections[i].name, NAME_MAX_LEN);
		put_u64(e + 16, off);
		put_u64(e + 24, w->sections[i].size);
		if (w->sections[i].size)
			memcpy(out + off, w->sections[i].data, w->sections[i].size);
		off += w->sections[i].size;
	}
	put_u64(out + 32, at_checksum(out + HEADER_SIZE, total - HEADER_SIZE));
	int rc = at_write_file(path, out, total, err, errlen);
	free(out);
	return rc;
}

void at_model_writer_free(at_model_writer *w)
{
	if (!w)
		return;
	for (size_t i = 0; i < w->n; i++)
		free(w->sections[i].data);
	free(w->sections);
	free(w);
}
