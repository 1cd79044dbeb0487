/* What the rules share: numbers that can be days or years, month names
 * that can stand, the units this/last/next point at. */
#include "core/doc.h"
#include "timex/rules.h"

int tx_day_number(const tx_scan *s, size_t i)
{
	return tx_num(s, i) && s->p[i].ndigits && s->p[i].ndigits <= 2 && s->p[i].num >= 1 &&
	       s->p[i].num <= 31;
}

/* A four-digit year, 1000..2099. */
int tx_year_number(const tx_scan *s, size_t i)
{
	return tx_digits(s, i, 4) && s->p[i].num >= 1000 && s->p[i].num <= 2099;
}

/* "st", "nd", "rd", "th" glued to a number. */
int tx_ordinal_suffix(const tx_scan *s, size_t i)
{
	return tx_cls(s, i) == TX_ORDINAL && (tx_w(s, i)->flags & TX_ABBR) && s->p[i].glued;
}

/* Nothing glued after a number but its ordinal suffix: "8th", not "8am" or "10x". */
int tx_number_ends(const tx_scan *s, size_t i)
{
	if (!tx_in(s, i + 1) || !s->p[i + 1].glued)
		return 1;
	const tx_piece *n = &s->p[i + 1];
	if (n->kind == TX_P_PUNCT)
		return n->punct != '%' && n->punct != '/' &&
		       !(n->punct == ':' && tx_in(s, i + 2) && s->p[i + 2].glued && s->p[i + 2].kind == TX_P_NUM) &&
		       !(n->punct == '-' && tx_in(s, i + 2) && s->p[i + 2].glued && s->p[i + 2].kind == TX_P_NUM);
	return tx_ordinal_suffix(s, i + 1);
}

/* A month name that can stand here: abbreviations need a number after,
 * words that are also verbs (may, march) need a capital and a cue. */
int tx_month_ok(const tx_scan *s, size_t i, int followed_by_number)
{
	const tx_word *w = tx_w(s, i);
	if (!w || w->cls != TX_MONTH)
		return 0;
	if (w->flags & TX_ABBR)
		return followed_by_number;
	if (!s->p[i].cap)
		return 0;
	if (w->flags & TX_AMBIG && !followed_by_number) {
		int before = i > s->line ? tx_cls(s, i - 1) : TX_NONE;
		return before == TX_CUE || before == TX_EDGE || before == TX_LAST || before == TX_NEXT ||
		       before == TX_THIS || before == TX_OF || (before == TX_PARTDAY) ||
		       (tx_punct(s, i - 1, '-') && tx_cls(s, i - 2) == TX_EDGE);
	}
	return 1;
}

/* A unit that this/last/next can point at, from the piece. */
int tx_calendar_unit(const tx_scan *s, size_t i)
{
	int c = tx_cls(s, i);
	if ((c == TX_UNIT || c == TX_CENTURY) && !(tx_w(s, i)->flags & TX_PLURAL)) {
		int u = tx_val(s, i);
		return u == TX_SECOND || u == TX_MINUTE || u == TX_HOUR || u == TX_NIGHT ||
		       u == TX_FORTNIGHT ? -1 : u;
	}
	return -1;
}

/* Where the day number sits after a month name: "Oct. 8", "Oct 8", "October 8". */
size_t tx_after_month(const tx_scan *s, size_t i)
{
	if (tx_punct(s, i + 1, '.') && s->p[i + 1].glued)
		return i + 2;
	return i + 1;
}
