/* Whole-file reading, with transparent zstd decompression for *.zst. */
#ifndef ATTACHE_FILE_H
#define ATTACHE_FILE_H

#include <stddef.h>

/* Reads path (or stdin for "-") into a malloc'd, NUL-terminated buffer.
 * Files ending in .zst are decompressed. Returns NULL and fills err. */
char *at_read_file(const char *path, size_t *len, char *err, size_t errlen);
int at_has_suffix(const char *s, const char *suffix);
/* Writes atomically: to path.tmp, then rename. Returns 0 or -1 with err. */
int at_write_file(const char *path, const void *data, size_t len, char *err, size_t errlen);

#endif
