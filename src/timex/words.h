/* The words temporal expressions are made of: months, weekdays, number
 * words, units, seasons, modifiers, and the tense cues used to resolve
 * "on Friday". One sorted table, looked up by binary search. */
#ifndef ATTACHE_TIMEX_WORDS_H
#define ATTACHE_TIMEX_WORDS_H

#include <stddef.h>

enum tx_class {
	TX_NONE,
	TX_MONTH,     /* val 1..12 */
	TX_WEEKDAY,   /* val 0 (Monday)..6 */
	TX_NUMBER,    /* val: one..ninety, hundred = 100, dozen = 12 */
	TX_ORDINAL,   /* val: first = 1 ... */
	TX_UNIT,      /* val: enum tx_unit */
	TX_SEASON,    /* val: enum tx_season */
	TX_PARTDAY,   /* val: enum tx_partday */
	TX_RELDAY,    /* yesterday -1, today 0, tomorrow 1, tonight 2 */
	TX_REF,       /* now, recently...: val enum tx_ref */
	TX_SETADV,    /* daily, weekly...: val enum tx_unit */
	TX_FEW,       /* several, few, couple, many, some: an unknown count */
	TX_THE,
	TX_A,         /* a, an */
	TX_THIS,      /* this, current, present */
	TX_LAST,      /* last, past, previous, preceding */
	TX_NEXT,      /* next, coming, following */
	TX_EDGE,      /* early, mid, late: val enum tx_edge */
	TX_AGO,
	TX_EARLIER,   /* earlier (val -1), later (val 1) */
	TX_EVERY,     /* every, each, per */
	TX_FISCAL,
	TX_HALF,
	TX_OF,
	TX_THAT,      /* that, the same */
	TX_AMPM,      /* am (0), pm (12) */
	TX_ZONE,      /* EST, GMT... */
	TX_NOONISH,   /* noon (12), midnight (0) */
	TX_CUE,       /* prepositions that introduce a date: in, on, since... */
	TX_FUTURE,    /* will, shall, 'll, going */
	TX_PAST,      /* was, were, did, had, said, met... */
	TX_PRESENT,   /* is, are, am, says */
	TX_HOLIDAY,   /* val: month * 100 + day */
	TX_CENTURY,   /* century, centuries */
	TX_DECADEWORD,/* val: the decade's first year mod 100 (nineties = 90) */
	TX_AND,
	TX_APPROX     /* words of approximators: nearly, about, more (than), at (least) */
};

enum tx_unit { TX_SECOND, TX_MINUTE, TX_HOUR, TX_DAY, TX_WEEK, TX_WEEKEND, TX_MONTHU,
	       TX_QUARTER, TX_YEAR, TX_DECADE, TX_CENTURYU, TX_FORTNIGHT, TX_NIGHT };
enum tx_season { TX_SPRING, TX_SUMMER, TX_FALL, TX_WINTER };
enum tx_partday { TX_MORNING, TX_AFTERNOON, TX_EVENING, TX_NIGHTTIME };
enum tx_ref { TX_PRESENT_REF, TX_PAST_REF, TX_FUTURE_REF };
enum tx_edge { TX_EARLY, TX_MID, TX_LATE };

/* Word flags. */
enum {
	TX_ABBR = 1,    /* abbreviation: counts only next to a number or a period */
	TX_AMBIG = 2,   /* also a common word (may, march, fall, sun): needs context */
	TX_PLURAL = 4
};

typedef struct tx_word {
	const char *text;
	unsigned char cls, flags;
	short val;
} tx_word;

/* The entry for a lowercase word, or NULL. */
const tx_word *tx_word_find(const char *lower, size_t len);
/* For tests: 1 when the table is sorted (binary search needs it). */
int tx_words_sorted(void);

#endif
