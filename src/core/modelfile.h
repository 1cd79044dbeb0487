/* The one binary container for everything attache loads at run time:
 * tagger and parser weights, compiled dictionaries, the gazetteer.
 *
 *   0  magic "ATTACHE\x1a"        8  kind, NUL-padded (e.g. "tagger")
 *  16  u32 format version        20  u32 section count
 *  24  u64 file size             32  u64 checksum of bytes 64..size
 *  40  reserved (zero)           64  section table: {name[16], u64 off, u64 size}
 *  then the sections, each 16-byte aligned.
 *
 * Files are mmap'd read-only and never copied, so one loaded model is shared
 * by every thread. Integers are little-endian (checked at load). */
#ifndef ATTACHE_MODELFILE_H
#define ATTACHE_MODELFILE_H

#include <stddef.h>
#include <stdint.h>

typedef struct at_model at_model;
typedef struct at_model_writer at_model_writer;

/* Maps path and checks magic, kind, version, size and checksum. On failure
 * returns NULL with a message naming the file and the problem in err. */
at_model *at_model_open(const char *path, const char *kind, uint32_t version,
			char *err, size_t errlen);
void at_model_close(at_model *m);
/* The section's bytes, or NULL when the file has no such section. */
const void *at_model_section(const at_model *m, const char *name, size_t *size);
const char *at_model_path(const at_model *m);
/* Sections in file order, for tools that rewrite a model: the i-th
 * section's bytes, its name in name, its size in *size; NULL past the end. */
size_t at_model_section_count(const at_model *m);
const void *at_model_section_at(const at_model *m, size_t i, char name[16], size_t *size);

at_model_writer *at_model_writer_new(const char *kind, uint32_t version);
/* Copies the bytes; names are at most 15 characters. */
int at_model_writer_add(at_model_writer *w, const char *name, const void *data, size_t size);
int at_model_writer_save(at_model_writer *w, const char *path, char *err, size_t errlen);
void at_model_writer_free(at_model_writer *w);

#endif
