/* Rules for lengths of time and repetition: durations with their counts
 * and approximators, offsets (two years ago), sets, and references (now,
 * recently). */
#include <stdio.h>

#include "core/doc.h"
#include "timex/rules.h"

/* A count: 3, three, twenty-five, a, several, a few, a couple of. Sets
 * *count (-1 unknown), *decimal for "1.5", and returns the last piece. */
static int count_at(const tx_scan *s, size_t i, int *count, const char **decimal, size_t *last)
{
	*decimal = NULL;
	int c = tx_cls(s, i);
	if (tx_num(s, i)) {
		if (!tx_number_ends(s, i) && !(tx_punct(s, i + 1, '-') && s->p[i + 1].glued))
			return 0;
		*count = s->p[i].num;
		*last = i;
		return *count != 0;
	}
	if (c == TX_NUMBER) {
		*count = tx_val(s, i);
		*last = i;
		if (tx_punct(s, i + 1, '-') && s->p[i + 1].glued && tx_cls(s, i + 2) == TX_NUMBER &&
		    tx_val(s, i + 2) < 10 && *count >= 20) {
			*count += tx_val(s, i + 2);
			*last = i + 2;
		}
		return 1;
	}
	if (c == TX_A) {
		if (tx_cls(s, i + 1) == TX_FEW) {
			*count = tx_val(s, i + 1) ? tx_val(s, i + 1) : -1;
			*last = i + 1;
			if (tx_cls(s, i + 2) == TX_OF)
				*last = i + 2;
			return 1;
		}
		*count = 1;
		*last = i;
		return 1;
	}
	if (c == TX_FEW && !(tx_w(s, i)->flags & TX_AMBIG) && tx_val(s, i) == 0) {
		*count = -1;
		*last = i;
		return 1;
	}
	return 0;
}

/* The unit after a count: days, years, a decade, "second" only as
 * "seconds". Returns the unit or -1. */
static int duration_unit(const tx_scan *s, size_t i, int count)
{
	int c = tx_cls(s, i);
	if (c != TX_UNIT && c != TX_CENTURY)
		return -1;
	int plural = (tx_w(s, i)->flags & TX_PLURAL) != 0;
	if (count == 1 && plural)
		return -1;
	return tx_val(s, i);
}

/* Words between a count and its unit that keep it a duration. */
static int count_adjective(const tx_scan *s, size_t i)
{
	static const char *const words[] = {"consecutive", "straight", "successive", "more", "full",
					    "trading", "business", "working", "additional", "long"};
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
		if (tx_is(s, i, words[k]))
			return 1;
	return 0;
}

static int starts_modifier(const tx_scan *s, size_t i)
{
	int c = tx_cls(s, i);
	if (c == TX_LAST || c == TX_NEXT)
		return 1;
	return c == TX_ORDINAL && tx_val(s, i) == 1 && !(tx_w(s, i)->flags & TX_ABBR);
}

/* three years, 10 days, a decade, the past two months, 10-year, two years ago. */
int tx_rule_duration(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int the = tx_cls(s, j) == TX_THE, modified = 0;
	if (the)
		j++;
	if (starts_modifier(s, j)) {
		modified = 1;
		j++;
	}
	int count;
	const char *decimal;
	char buf[16];
	size_t k;
	if (!count_at(s, j, &count, &decimal, &k))
		return 0;
	if (count < 0 && tx_num(s, j)) {
		/* A decimal count, copied as written. */
		size_t n = s->p[j].end - s->p[j].start;
		if (n >= sizeof buf)
			return 0;
		memcpy(buf, s->text + s->p[j].start, n);
		buf[n] = '\0';
		decimal = buf;
	}
	int half = 0;
	if (tx_num(s, k) && tx_digits(s, k + 1, 1) && s->p[k + 1].num == 1 && tx_punct(s, k + 2, '/') &&
	    tx_digits(s, k + 3, 1) && s->p[k + 3].num == 2 && s->p[k + 2].glued && s->p[k + 3].glued) {
		half = 1;  /* 5 1/2 */
		k += 3;
	} else if (tx_cls(s, k + 1) == TX_AND && tx_cls(s, k + 2) == TX_A && tx_cls(s, k + 3) == TX_HALF) {
		half = 1;  /* two and a half */
		k += 3;
	}
	int adjective = tx_punct(s, k + 1, '-') && s->p[k + 1].glued;
	size_t u = adjective ? k + 2 : k + 1;
	if (!adjective && count_adjective(s, u))
		u++;  /* six straight days */
	int unit = duration_unit(s, u, adjective ? 1 : count + half);
	if (unit < 0 || (adjective && (tx_w(s, u)->flags & TX_PLURAL)))
		return 0;
	if (adjective && the && !modified)
		return 0;  /* "the 10-year note" names a bond */
	if (adjective && tx_punct(s, u + 1, '-') && tx_is(s, u + 2, "old"))
		return 0;  /* "a 6-year-old boy": an age */
	if (tx_year_number(s, j) && !s->p[j].glued && (unit == TX_QUARTER || count > 1900))
		return 0;  /* "the 1988 quarter" */
	if (tx_cls(s, j) == TX_A && unit == TX_QUARTER)
		return 0;  /* "a quarter of the vote" */
	if (!the && !modified && tx_cls(s, j) == TX_A && i > s->line &&
	    (tx_num(s, i - 1) || tx_cls(s, i - 1) == TX_NUMBER || tx_is(s, i - 1, "times") ||
	     tx_is(s, i - 1, "once") || tx_is(s, i - 1, "twice"))) {
		tx_set_duration(m, 1, NULL, unit);
		m->type = AT_TIMEX_SET;
		m->first = i;
		m->last = u;
		return 1;
	}
	m->first = i;
	m->last = u;
	if (!adjective && !the && !modified && (tx_cls(s, u + 1) == TX_AGO ||
						  (tx_cls(s, u + 1) == TX_EARLIER && tx_val(s, u + 1) < 0))) {
		tx_resolve_offset(s, m, unit, decimal ? -1 : count, -1);
		m->last = u + 1;
		return 1;
	}
	if (!half && tx_cls(s, u + 1) == TX_AND && tx_cls(s, u + 2) == TX_A && tx_cls(s, u + 3) == TX_HALF) {
		half = 1;  /* a minute and a half */
		m->last = u + 3;
	}
	tx_set_duration(m, count, decimal, unit);
	if (half && count >= 0 && !decimal)
		tx_add_half(m, count, unit);
	return 1;
}

/* How many pieces of approximation start at i ("nearly", "more than",
 * "at least", "up to", "no more than"): TimeBank keeps them in a
 * duration's extent. */
size_t tx_approximator(const tx_scan *s, size_t i)
{
	/* "about", "around" stay out: TimeBank leaves them out ("about a month"). */
	static const char *const one[] = {"almost", "nearly", "over"};
	static const char *const two[][2] = {{"more", "than"}, {"less", "than"}, {"fewer", "than"},
					     {"at", "least"}, {"at", "most"}, {"up", "to"}};
	if (tx_cls(s, i) != TX_APPROX)
		return 0;
	if (tx_is(s, i, "no") && tx_is(s, i + 1, "more") && tx_is(s, i + 2, "than"))
		return 3;
	for (size_t k = 0; k < sizeof two / sizeof two[0]; k++)
		if (tx_is(s, i, two[k][0]) && tx_is(s, i + 1, two[k][1]))
			return 2;
	for (size_t k = 0; k < sizeof one / sizeof one[0]; k++)
		if (tx_is(s, i, one[k]))
			return 1;
	return 0;
}

/* nearly two years, more than four hours ago, at least 10 days. */
int tx_rule_approximate(const tx_scan *s, size_t i, tx_match *m)
{
	size_t n = tx_approximator(s, i);
	if (!n || tx_cls(s, i + n) == TX_THE || !tx_rule_duration(s, i + n, m) || m->first != i + n)
		return 0;
	if (m->type == AT_TIMEX_SET)
		return 0;
	if (tx_in(s, i + n + 1) && s->p[i + n + 1].kind == TX_P_PUNCT && s->p[i + n + 1].punct == '-')
		return 0;  /* "about 10-year bonds" */
	m->first = i;
	return 1;
}

int tx_rule_ref(const tx_scan *s, size_t i, tx_match *m)
{
	if (tx_cls(s, i) != TX_REF || (tx_w(s, i)->flags & TX_AMBIG))
		return 0;
	int ref = tx_val(s, i);
	if (tx_is(s, i, "future"))
		return 0;  /* only "the future" */
	if (ref == TX_PAST_REF && tx_cls(s, i + 1) == TX_UNIT)
		return 0;
	tx_set_ref(m, ref);
	m->first = m->last = i;
	return 1;
}

/* recent years (PAST_REF), recent months (PXM). */
int tx_rule_recent(const tx_scan *s, size_t i, tx_match *m)
{
	if (!tx_is(s, i, "recent") || tx_cls(s, i + 1) != TX_UNIT || !(tx_w(s, i + 1)->flags & TX_PLURAL))
		return 0;
	if (tx_val(s, i + 1) == TX_YEAR)
		tx_set_ref(m, TX_PAST_REF);
	else
		tx_set_duration(m, -1, NULL, tx_val(s, i + 1));
	m->first = i;
	m->last = i + 1;
	return 1;
}

/* daily, every month, each year, every two weeks, every Monday. */
int tx_rule_set(const tx_scan *s, size_t i, tx_match *m)
{
	int c = tx_cls(s, i);
	if (c == TX_SETADV && !(tx_w(s, i)->flags & TX_AMBIG)) {
		tx_set_duration(m, 1, NULL, tx_val(s, i));
		m->type = AT_TIMEX_SET;
		m->first = m->last = i;
		return 1;
	}
	if (c != TX_EVERY)
		return 0;
	size_t j = i + 1;
	int count = 1;
	const char *decimal;
	size_t k;
	if (count_at(s, j, &count, &decimal, &k) && tx_cls(s, j) != TX_A)
		j = k + 1;
	else
		count = 1;
	if (tx_cls(s, j) == TX_WEEKDAY && !(tx_w(s, j)->flags & TX_ABBR)) {
		snprintf(m->value, sizeof m->value, "XXXX-WXX-%d", tx_val(s, j) + 1);
		m->type = AT_TIMEX_SET;
		m->precision = AT_PREC_NONE;
		m->first = i;
		m->last = j;
		return 1;
	}
	int unit = duration_unit(s, j, count);
	if (unit < 0 || count < 1)
		return 0;
	tx_set_duration(m, count, NULL, unit);
	m->type = AT_TIMEX_SET;
	m->first = i;
	m->last = j;
	return 1;
}

/* in the weeks before, in the days after, the years that followed: an
 * unknown count of units ("the" stays out, as TimeBank has it). */
static int around_an_event(const tx_scan *s, size_t i)
{
	return i > s->line && tx_cls(s, i - 1) == TX_THE &&
	       (tx_is(s, i + 1, "before") || tx_is(s, i + 1, "after") || tx_is(s, i + 1, "that") ||
		tx_is(s, i + 1, "since") || tx_is(s, i + 1, "following") || tx_is(s, i + 1, "ahead") ||
		tx_is(s, i + 1, "leading"));
}

/* for years, within days, over weeks, coming months: an unknown count. */
int tx_rule_bare_plural(const tx_scan *s, size_t i, tx_match *m)
{
	if (tx_cls(s, i) != TX_UNIT || !(tx_w(s, i)->flags & TX_PLURAL) || i == s->line)
		return 0;
	if (!tx_is(s, i - 1, "for") && !tx_is(s, i - 1, "within") && !tx_is(s, i - 1, "over") &&
	    !tx_is(s, i - 1, "in") && !around_an_event(s, i))
		return 0;
	if (tx_cls(s, i + 1) == TX_OF || tx_cls(s, i + 1) == TX_AGO)
		return 0;
	tx_set_duration(m, -1, NULL, tx_val(s, i));
	m->first = m->last = i;
	return 1;
}

/* the coming years, coming months, the coming days. */
int tx_rule_coming(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = tx_cls(s, i) == TX_THE ? i + 1 : i;
	if (tx_cls(s, j) != TX_NEXT || tx_val(s, j) != 1 || tx_cls(s, j + 1) != TX_UNIT ||
	    !(tx_w(s, j + 1)->flags & TX_PLURAL))
		return 0;
	tx_set_duration(m, -1, NULL, tx_val(s, j + 1));
	m->first = i;
	m->last = j + 1;
	return 1;
}
