/* Averaged-perceptron weights packed for storage: the same table as an
 * at_weights section (learn/weights.h) in about half the bytes, for models
 * that copy their weights at load anyway (the tagger's scorer does) and so
 * need not score from the mapped file.
 *
 * Section bytes:
 *   u32 magic "AWP1", u32 class count, u32 bucket count, f32 scale,
 *   u32 feature count F, u32 weight count W, 8 bytes padding;
 *   u32 fingerprints[F]    of the used buckets, in bucket order;
 *   i16 weights[W]         the features' runs, one after the other;
 *   u8 counts[F]           each feature's run length;
 *   u8 classes[W]          each weight's class;
 *   u8 used[(buckets + 7) / 8]  bit b of byte b / 8: bucket b is used.
 * Buckets keep their places, so a feature probes as it did in the section
 * it was packed from: unpacking gives the same scores. Classes must fit in
 * a byte. */
#ifndef ATTACHE_PACKED_H
#define ATTACHE_PACKED_H

#include <stddef.h>

#include "learn/weights.h"

#define AT_PACKED_MAGIC 0x31505741u /* "AWP1" */

/* The packed section of w (malloc'd); NULL when out of memory or when w
 * has more than 256 classes. */
void *at_weights_pack(const at_weights *w, size_t *size);

/* Unpacks data into *w, which points into the returned allocation (free
 * it once done with w). The result needs no at_weights_view: every check
 * the view makes is made here. NULL when data is malformed (*bad set) or
 * memory runs out (*bad clear). */
void *at_weights_unpack(const void *data, size_t size, at_weights *w, int *bad);

#endif
