/* Aligning predicted words with gold words by character spans, as the CoNLL
 * 2018 shared task's evaluation does for scores on raw text. */
#ifndef ATTACHE_ALIGN_H
#define ATTACHE_ALIGN_H

#include "core/doc.h"

/* Fills map[i] with the gold word aligned to predicted word i, or -1. Both
 * documents must hold the same text. Words with the same span are aligned;
 * the words of a multiword token in order, where their forms agree
 * (case-insensitively; the CoNLL 2018 script uses an LCS of forms). */
void at_align_words(const at_doc *gold, const at_doc *pred, long *map);

#endif
