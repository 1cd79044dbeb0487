/* How training code hands finished model sections to the trainer. */
#ifndef ATTACHE_TAG_SINK_H
#define ATTACHE_TAG_SINK_H

#include <stddef.h>

/* Receives a finished model section and takes ownership of data (which
 * may be NULL after an allocation failure: the sink then fails). */
typedef int (*tag_section_sink)(void *ctx, const char *name, void *data, size_t size);

#endif
