/* Splits text into the pieces temporal expressions are matched on: runs of
 * letters, numbers (with thousands separators and decimals) and single
 * punctuation marks, each with its byte span. The recogniser works on these
 * rather than on the tokenizer's tokens so that "Oct.", "2021-10-08",
 * "10/8/2021" and "1990s" read the same whatever the tokenizer did. */
#ifndef ATTACHE_TIMEX_LEXER_H
#define ATTACHE_TIMEX_LEXER_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "timex/words.h"

enum tx_piece_kind { TX_P_WORD, TX_P_NUM, TX_P_PUNCT };

typedef struct tx_piece {
	uint32_t start, end;
	const tx_word *word;   /* table entry of a word, NULL when none */
	int32_t num;           /* value of a number (saturates), 0 otherwise */
	uint8_t kind;          /* enum tx_piece_kind */
	uint8_t ndigits;       /* digits of a plain number, 0 when it has , or . */
	uint8_t glued;         /* no space before it */
	uint8_t brk;           /* a blank line or line break before it */
	uint8_t cap;           /* a word starting with a capital letter */
	char punct;            /* the mark; every dash reads '-' and every apostrophe '\'' */
} tx_piece;

/* Fills *out (in the arena) with the pieces of text. -1 on OOM. */
int tx_lex(at_arena *arena, const char *text, size_t len, tx_piece **out, size_t *n);

#endif
