/* The rules. Each looks at the pieces from position i and, when an
 * expression starts there, fills a match and returns 1; the scanner keeps
 * the longest match and goes on after it. Extents follow TimeML: "the" is
 * part of "the last week" and "the third quarter", prepositions and
 * approximators ("about a month") are not. */
#include "timex/recognise.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/doc.h"
#include "timex/normalise.h"

typedef int (*tx_rule)(const tx_scan *s, size_t i, tx_match *m);

static int day_number(const tx_scan *s, size_t i)
{
	return tx_num(s, i) && s->p[i].ndigits && s->p[i].ndigits <= 2 && s->p[i].num >= 1 &&
	       s->p[i].num <= 31;
}

/* A four-digit year, 1000..2099. */
static int year_number(const tx_scan *s, size_t i)
{
	return tx_digits(s, i, 4) && s->p[i].num >= 1000 && s->p[i].num <= 2099;
}

/* "st", "nd", "rd", "th" glued to a number. */
static int ordinal_suffix(const tx_scan *s, size_t i)
{
	return tx_cls(s, i) == TX_ORDINAL && (tx_w(s, i)->flags & TX_ABBR) && s->p[i].glued;
}

/* Nothing glued after a number but its ordinal suffix: "8th", not "8am" or "10x". */
static int number_ends(const tx_scan *s, size_t i)
{
	if (!tx_in(s, i + 1) || !s->p[i + 1].glued)
		return 1;
	const tx_piece *n = &s->p[i + 1];
	if (n->kind == TX_P_PUNCT)
		return n->punct != '%' && n->punct != '/' &&
		       !(n->punct == ':' && tx_in(s, i + 2) && s->p[i + 2].glued && s->p[i + 2].kind == TX_P_NUM) &&
		       !(n->punct == '-' && tx_in(s, i + 2) && s->p[i + 2].glued && s->p[i + 2].kind == TX_P_NUM);
	return ordinal_suffix(s, i + 1);
}

/* A month name that can stand here: abbreviations need a number after,
 * words that are also verbs (may, march) need a capital and a cue. */
static int month_ok(const tx_scan *s, size_t i, int followed_by_number)
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
static int calendar_unit(const tx_scan *s, size_t i)
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
static size_t after_month(const tx_scan *s, size_t i)
{
	if (tx_punct(s, i + 1, '.') && s->p[i + 1].glued)
		return i + 2;
	return i + 1;
}

/* [Weekday[,]] Month [day[th]] [[,] year], or Month [,] year. */
static int rule_month_date(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int weekday = -1;
	if (tx_cls(s, j) == TX_WEEKDAY && !(tx_w(s, j)->flags & TX_ABBR)) {
		weekday = tx_val(s, j);
		j += tx_punct(s, j + 1, ',') ? 2 : 1;
	}
	if (tx_cls(s, j) != TX_MONTH)
		return 0;
	int month = tx_val(s, j);
	size_t k = after_month(s, j);
	int has_day = day_number(s, k) && number_ends(s, k);
	int has_year = !has_day && (year_number(s, k) || (tx_punct(s, k, ',') && year_number(s, k + 1)));
	if (!month_ok(s, j, has_day || has_year))
		return 0;
	if (has_day) {
		int day = s->p[k].num;
		size_t last = k;
		if (ordinal_suffix(s, k + 1))
			last = k + 1;
		size_t y = last + 1;
		if (tx_punct(s, y, ','))
			y++;
		if (year_number(s, y) && number_ends(s, y)) {
			tx_date d = {s->p[y].num, month, day};
			if (day > tx_days_in_month(d.y, month))
				return 0;
			tx_set_day(m, d);
			last = y;
		} else {
			if (day > tx_days_in_month(2000, month))
				return 0;
			tx_resolve_month_day(s, m, month, day, tx_tense(s, i, last));
		}
		m->last = last;
	} else if (has_year) {
		size_t y = year_number(s, k) ? k : k + 1;
		if (!number_ends(s, y))
			return 0;
		tx_set_month(m, s->p[y].num, month);
		m->last = y;
	} else {
		if (weekday >= 0)
			return 0;
		size_t r = tx_cls(s, j + 1) == TX_OF ? j + 2 : j + 1;
		int rel = tx_cls(s, r);
		if ((rel == TX_THIS || rel == TX_LAST || rel == TX_NEXT) && calendar_unit(s, r + 1) == TX_YEAR &&
		    s->has_ref) {
			/* July last year, October of next year */
			tx_set_month(m, s->ref.y + (rel == TX_LAST ? -1 : rel == TX_NEXT), month);
			m->first = i;
			m->last = r + 1;
			return 1;
		}
		int dir = tx_tense(s, j, j);
		tx_resolve_month(s, m, month, dir, 0);
		m->last = j;
	}
	m->first = i;
	return 1;
}

/* 8 October 2021, 8th of October. */
static int rule_day_month(const tx_scan *s, size_t i, tx_match *m)
{
	if (!day_number(s, i))
		return 0;
	size_t j = i + 1;
	if (ordinal_suffix(s, j))
		j++;
	if (tx_cls(s, j) == TX_OF && j > i + 1)
		j++;
	if (tx_cls(s, j) != TX_MONTH || !s->p[j].cap || (tx_w(s, j)->flags & TX_ABBR && !tx_punct(s, j + 1, '.') && !year_number(s, j + 1)))
		return 0;
	int month = tx_val(s, j), day = s->p[i].num;
	size_t y = j + 1;
	if (tx_punct(s, y, '.') && s->p[y].glued)
		y++;
	if (tx_punct(s, y, ','))
		y++;
	if (year_number(s, y) && number_ends(s, y)) {
		tx_date d = {s->p[y].num, month, day};
		if (day > tx_days_in_month(d.y, month))
			return 0;
		tx_set_day(m, d);
		m->last = y;
	} else {
		if (day > tx_days_in_month(2000, month))
			return 0;
		tx_resolve_month_day(s, m, month, day, tx_tense(s, i, j));
		m->last = j;
	}
	m->first = i;
	return 1;
}

/* 2021-10-08 and 10/8/2021 (month first, unless the first number cannot
 * be a month). */
static int rule_numeric_date(const tx_scan *s, size_t i, tx_match *m)
{
	if (year_number(s, i) && tx_punct(s, i + 1, '-') && tx_digits(s, i + 2, 2) &&
	    tx_punct(s, i + 3, '-') && tx_digits(s, i + 4, 2) && s->p[i + 1].glued &&
	    s->p[i + 2].glued && s->p[i + 3].glued && s->p[i + 4].glued) {
		tx_date d = {s->p[i].num, s->p[i + 2].num, s->p[i + 4].num};
		if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > tx_days_in_month(d.y, d.m))
			return 0;
		tx_set_day(m, d);
		m->first = i;
		m->last = i + 4;
		return 1;
	}
	if (tx_digits(s, i, 0) && s->p[i].ndigits <= 2 && tx_punct(s, i + 1, '/') &&
	    tx_digits(s, i + 2, 0) && s->p[i + 2].ndigits <= 2 && tx_punct(s, i + 3, '/') &&
	    (tx_digits(s, i + 4, 4) || tx_digits(s, i + 4, 2)) && s->p[i + 1].glued &&
	    s->p[i + 2].glued && s->p[i + 3].glued && s->p[i + 4].glued && number_ends(s, i + 4)) {
		int a = s->p[i].num, b = s->p[i + 2].num, y = s->p[i + 4].num;
		if (s->p[i + 4].ndigits == 2)
			y += y < 50 ? 2000 : 1900;
		tx_date d = {y, a, b};
		if (a > 12) {
			d.m = b;
			d.d = a;
		}
		if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > tx_days_in_month(d.y, d.m))
			return 0;
		tx_set_day(m, d);
		m->first = i;
		m->last = i + 4;
		return 1;
	}
	return 0;
}

/* Friday, Friday morning, last Friday, this Thursday. */
static int rule_weekday(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int dir = 0, strict = 0, explicit_dir = 0;
	if (tx_cls(s, j) == TX_THE && (tx_cls(s, j + 1) == TX_LAST || tx_cls(s, j + 1) == TX_NEXT))
		j++;
	int c = tx_cls(s, j);
	if (c == TX_LAST || c == TX_NEXT || c == TX_THIS) {
		dir = c == TX_LAST ? -1 : c == TX_NEXT ? 1 : 0;
		strict = c != TX_THIS;
		explicit_dir = 1;
		j++;
	}
	if (tx_cls(s, j) != TX_WEEKDAY || (tx_w(s, j)->flags & TX_ABBR) || (j > i && !explicit_dir))
		return 0;
	if (!explicit_dir || c == TX_THIS)
		dir = tx_tense(s, i, j);
	tx_resolve_weekday(s, m, tx_val(s, j), dir, strict);
	m->first = i;
	m->last = j;
	if (tx_cls(s, j + 1) == TX_PARTDAY) {
		tx_add_day_part(m, tx_val(s, j + 1));
		m->last = j + 1;
	}
	return 1;
}

/* yesterday, today, tomorrow (morning), tonight. */
static int rule_relday(const tx_scan *s, size_t i, tx_match *m)
{
	if (tx_cls(s, i) != TX_RELDAY)
		return 0;
	int v = tx_val(s, i);
	tx_resolve_relday(s, m, v == 2 ? 0 : v);
	m->first = m->last = i;
	if (v == 2)
		tx_add_partday(m, TX_NIGHTTIME);
	else if (tx_cls(s, i + 1) == TX_PARTDAY) {
		tx_add_partday(m, tx_val(s, i + 1));
		m->last = i + 1;
	}
	return 1;
}

/* A count: 3, three, twenty-five, a, several, a few, a couple of. Sets
 * *count (-1 unknown), *decimal for "1.5", and returns the last piece. */
static int count_at(const tx_scan *s, size_t i, int *count, const char **decimal, size_t *last)
{
	*decimal = NULL;
	int c = tx_cls(s, i);
	if (tx_num(s, i)) {
		if (!number_ends(s, i) && !(tx_punct(s, i + 1, '-') && s->p[i + 1].glued))
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
static int rule_duration(const tx_scan *s, size_t i, tx_match *m)
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
	if (year_number(s, j) && !s->p[j].glued && (unit == TX_QUARTER || count > 1900))
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
static size_t approximator(const tx_scan *s, size_t i)
{
	static const char *const one[] = {"almost", "nearly", "about", "roughly", "approximately", "over",
					  "around", "some"};
	static const char *const two[][2] = {{"more", "than"}, {"less", "than"}, {"fewer", "than"},
					     {"at", "least"}, {"at", "most"}, {"up", "to"}};
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
static int rule_approximate(const tx_scan *s, size_t i, tx_match *m)
{
	size_t n = approximator(s, i);
	if (!n || tx_cls(s, i + n) == TX_THE || !rule_duration(s, i + n, m) || m->first != i + n)
		return 0;
	if (m->type == AT_TIMEX_SET)
		return 0;
	if (tx_in(s, i + n + 1) && s->p[i + n + 1].kind == TX_P_PUNCT && s->p[i + n + 1].punct == '-')
		return 0;  /* "about 10-year bonds" */
	m->first = i;
	return 1;
}

/* this week, last year, next month, the coming weekend, this morning, last
 * night, the past, the future, last May, next spring. */
static int rule_relative(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int the = tx_cls(s, j) == TX_THE;
	if (the)
		j++;
	int c = tx_cls(s, j);
	if (the && c == TX_REF && tx_val(s, j) == TX_FUTURE_REF) {
		tx_set_ref(m, TX_FUTURE_REF);
		m->first = i;
		m->last = j;
		return 1;
	}
	if (c != TX_THIS && c != TX_LAST && c != TX_NEXT)
		return 0;
	if (the && c == TX_THIS && tx_val(s, j) == 0)
		return 0;
	if (c == TX_THIS && tx_val(s, j) == 2 && calendar_unit(s, j + 1) < 0)
		return 0;
	int dir = c == TX_LAST ? -1 : c == TX_NEXT ? 1 : 0;
	size_t k = j + 1;
	if (tx_cls(s, k) == TX_FISCAL)
		k++;
	int unit = calendar_unit(s, k);
	m->first = i;
	m->last = k;
	if (unit >= 0) {
		tx_resolve_unit(s, m, unit, dir);
		return 1;
	}
	if (tx_cls(s, k) == TX_PARTDAY && dir <= 0 && !the) {
		int part = tx_val(s, k);
		if (dir < 0 && part != TX_NIGHTTIME)
			return 0;
		tx_resolve_relday(s, m, dir);
		tx_add_partday(m, part);
		return 1;
	}
	if (tx_cls(s, k) == TX_MONTH && !the && month_ok(s, k, 1)) {
		if (day_number(s, after_month(s, k)))
			return 0;  /* "last Oct. 23": the date is "Oct. 23" */
		tx_resolve_month(s, m, tx_val(s, k), dir ? dir : tx_tense(s, i, k), dir != 0);
		return 1;
	}
	if (tx_cls(s, k) == TX_SEASON && !the) {
		tx_resolve_season(s, m, tx_val(s, k), 0, dir);
		return 1;
	}
	if (the && c == TX_LAST && tx_val(s, j) == 1 && k == j + 1 && tx_cls(s, k) != TX_NUMBER &&
	    !tx_num(s, k) && tx_cls(s, k) != TX_FEW) {
		tx_set_ref(m, TX_PAST_REF);  /* "the past" */
		m->last = j;
		return 1;
	}
	return 0;
}

/* earlier this month, later this week, earlier today. */
static int rule_earlier(const tx_scan *s, size_t i, tx_match *m)
{
	if (tx_cls(s, i) != TX_EARLIER)
		return 0;
	int c = tx_cls(s, i + 1);
	if (c == TX_RELDAY && rule_relday(s, i + 1, m)) {
		m->first = i;
		return 1;
	}
	if ((c == TX_THIS || c == TX_LAST || c == TX_NEXT) && rule_relative(s, i + 1, m)) {
		m->first = i;
		return 1;
	}
	return 0;
}

/* "the 1998 bombing", "a 1996 law", "its 1990 invasion": a year that
 * modifies a noun. */
static int determiner_before(const tx_scan *s, size_t j)
{
	if (j == s->line)
		return 0;
	int c = tx_cls(s, j - 1);
	if (c == TX_THE || c == TX_A || c == TX_THAT)
		return 1;
	if (tx_is(s, j - 1, "s") && tx_punct(s, j - 2, '\''))
		return 1;
	return tx_is(s, j - 1, "his") || tx_is(s, j - 1, "her") || tx_is(s, j - 1, "its") ||
	       tx_is(s, j - 1, "their") || tx_is(s, j - 1, "our");
}

/* A year standing alone: "in 2019", "fiscal 1998", "2009-2010". Numbers
 * that count things ("2000 people") are not years. */
static int rule_year(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int fiscal = tx_cls(s, j) == TX_FISCAL;
	if (fiscal)
		j++;
	if (!year_number(s, j))
		return 0;
	if (j > s->line && (s->p[j].glued && (s->p[j - 1].kind != TX_P_PUNCT || s->p[j - 1].punct == '$' ||
					       s->p[j - 1].punct == '.' || s->p[j - 1].punct == ',' ||
					       s->p[j - 1].punct == '#')))
		return 0;
	/* 1990s: a decade. */
	if (tx_in(s, j + 1) && s->p[j + 1].glued && tx_is(s, j + 1, "s")) {
		if (s->p[j].num % 10 != 0)
			return 0;
		tx_set_decade(m, s->p[j].num);
		m->first = i;
		m->last = j + 1;
		return 1;
	}
	if (!number_ends(s, j) && !(tx_punct(s, j + 1, '-') && tx_digits(s, j + 2, 4)))
		return 0;
	int next = tx_in(s, j + 1) ? s->p[j + 1].kind : -1;
	if (next == TX_P_WORD && !fiscal) {
		const tx_word *w = tx_w(s, j + 1);
		int before = j > s->line ? tx_cls(s, j - 1) : TX_NONE;
		int cued = before == TX_CUE || before == TX_OF || before == TX_EDGE || before == TX_AND ||
			   (j > s->line && tx_punct(s, j - 1, '-')) || determiner_before(s, j);
		if (!cued && !s->p[j + 1].cap && !(w && w->cls != TX_UNIT && w->cls != TX_NUMBER))
			return 0;
		if (w && (w->cls == TX_UNIT || w->cls == TX_NUMBER))
			return 0;
	}
	if (next == TX_P_PUNCT && (s->p[j + 1].punct == '%' || s->p[j + 1].punct == ':'))
		return 0;
	tx_set_year(m, s->p[j].num);
	m->first = i;
	m->last = j;
	return 1;
}

/* '90s and the 1990s with "the". */
static int rule_decade(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	if (tx_cls(s, j) == TX_THE)
		j++;
	if (tx_punct(s, j, '\'') && tx_digits(s, j + 1, 2) && s->p[j + 1].glued &&
	    tx_is(s, j + 2, "s") && s->p[j + 2].glued && s->p[j + 1].num % 10 == 0) {
		int century = s->has_ref ? s->ref.y / 100 * 100 : 1900;
		int y = century + s->p[j + 1].num;
		if (s->has_ref && y > s->ref.y)
			y -= 100;
		tx_set_decade(m, y);
		m->first = i;
		m->last = j + 2;
		return 1;
	}
	if (tx_digits(s, j, 2) && s->p[j].num % 10 == 0 && tx_is(s, j + 1, "s") && s->p[j + 1].glued &&
	    (j == s->line || !s->p[j].glued)) {
		tx_set_decade(m, 1900 + s->p[j].num);  /* the 70s */
		m->first = i;
		m->last = j + 1;
		return 1;
	}
	if (j > i && year_number(s, j) && rule_year(s, j, m) && m->precision == AT_PREC_DECADE) {
		m->first = i;
		return 1;
	}
	if (j > i && tx_cls(s, j) == TX_DECADEWORD) {
		tx_set_decade(m, 1900 + tx_val(s, j));
		m->first = i;
		m->last = j;
		return 1;
	}
	return 0;
}

/* the 20th century, the nineteenth century. */
static int rule_century(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	if (tx_cls(s, j) == TX_THE)
		j++;
	int n = 0;
	size_t k = j;
	if (tx_digits(s, j, 0) && ordinal_suffix(s, j + 1)) {
		n = s->p[j].num;
		k = j + 2;
	} else if (tx_cls(s, j) == TX_ORDINAL && !(tx_w(s, j)->flags & TX_ABBR)) {
		n = tx_val(s, j);
		k = j + 1;
	}
	if (!n || n > 21 || tx_cls(s, k) != TX_CENTURY || (tx_w(s, k)->flags & TX_PLURAL))
		return 0;
	tx_set_century(m, n - 1);
	m->first = i;
	m->last = k;
	return 1;
}

/* The ordinal of a quarter or half: first, 2nd, Q3 is handled apart. */
static int ordinal_at(const tx_scan *s, size_t i, size_t *last)
{
	if (tx_cls(s, i) == TX_ORDINAL && !(tx_w(s, i)->flags & TX_ABBR)) {
		*last = i;
		return tx_val(s, i);
	}
	if (tx_digits(s, i, 1) && ordinal_suffix(s, i + 1)) {
		*last = i + 1;
		return s->p[i].num;
	}
	if (tx_is(s, i, "final") && calendar_unit(s, i + 1) == TX_QUARTER) {
		*last = i;
		return 4;  /* the final quarter of 2009 */
	}
	return 0;
}

/* the third quarter, third-quarter, the fiscal first quarter of 2009, the
 * first half, Q3 2021. */
static int rule_quarter(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int the = tx_cls(s, j) == TX_THE;
	if (the)
		j++;
	int year = 0;
	int rel = tx_cls(s, j);
	if (!the && (rel == TX_THIS || rel == TX_LAST || rel == TX_NEXT) && calendar_unit(s, j + 1) == TX_YEAR &&
	    tx_punct(s, j + 2, '\'') && tx_is(s, j + 3, "s") && s->has_ref) {
		/* this year's third quarter */
		year = s->ref.y + (rel == TX_LAST ? -1 : rel == TX_NEXT);
		j += 4;
	} else if (the && year_number(s, j)) {
		year = s->p[j].num;  /* the 1988 second quarter */
		j++;
	}
	if (tx_cls(s, j) == TX_FISCAL)
		j++;
	size_t k;
	int q = 0;
	if (tx_in(s, j) && s->p[j].kind == TX_P_WORD && s->p[j].end - s->p[j].start == 1 &&
	    (s->text[s->p[j].start] | 32) == 'q' && tx_digits(s, j + 1, 1) && s->p[j + 1].glued &&
	    s->p[j + 1].num >= 1 && s->p[j + 1].num <= 4 && s->p[j].cap) {
		q = s->p[j + 1].num;
		k = j + 1;
	} else {
		q = ordinal_at(s, j, &k);
		if (!q)
			return 0;
		size_t u = k + 1;
		if (tx_punct(s, u, '-') && s->p[u].glued)
			u++;
		if (tx_cls(s, u) == TX_UNIT && tx_val(s, u) == TX_QUARTER && !(tx_w(s, u)->flags & TX_PLURAL)) {
			if (q > 4)
				return 0;
			if (u > k + 1 && the)
				return 0;  /* "the third-quarter profit": TimeBank leaves "the" out */
		} else if (tx_cls(s, u) == TX_HALF) {
			if (q > 2)
				return 0;
			q += 4;
		} else {
			return 0;
		}
		k = u;
	}
	size_t last = k;
	if (year) {
	} else if (tx_cls(s, k + 1) == TX_OF && year_number(s, k + 2)) {
		year = s->p[k + 2].num;
		last = k + 2;
	} else if (year_number(s, k + 1) && number_ends(s, k + 1)) {
		year = s->p[k + 1].num;
		last = k + 1;
	} else if (tx_cls(s, k + 1) == TX_OF && calendar_unit(s, k + 3) == TX_YEAR && s->has_ref &&
		   (tx_cls(s, k + 2) == TX_THIS || tx_cls(s, k + 2) == TX_LAST || tx_cls(s, k + 2) == TX_NEXT)) {
		/* the first quarter of last year */
		int which = tx_cls(s, k + 2);
		year = s->ref.y + (which == TX_LAST ? -1 : which == TX_NEXT);
		last = k + 3;
	}
	tx_resolve_quarter(s, m, q, year);
	m->first = i;
	m->last = last;
	return 1;
}

/* Months and seasons: "summer", "the summer of 2009", "fall 2020". */
static int rule_season(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int the = tx_cls(s, j) == TX_THE;
	if (the)
		j++;
	if (tx_cls(s, j) != TX_SEASON)
		return 0;
	int season = tx_val(s, j);
	size_t last = j;
	int year = 0;
	if (tx_cls(s, j + 1) == TX_OF && year_number(s, j + 2)) {
		year = s->p[j + 2].num;
		last = j + 2;
	} else if (year_number(s, j + 1) && number_ends(s, j + 1)) {
		year = s->p[j + 1].num;
		last = j + 1;
	}
	if ((tx_w(s, j)->flags & TX_AMBIG) && !year && !the) {
		int before = j > s->line ? tx_cls(s, j - 1) : TX_NONE;
		if (before != TX_EDGE && before != TX_CUE)
			return 0;
		if (!s->p[j].cap && before == TX_CUE && !tx_is(s, j - 1, "in"))
			return 0;
	}
	if (the && !year && !(tx_cls(s, i - 1) == TX_CUE || tx_cls(s, i - 1) == TX_OF))
		return 0;
	tx_resolve_season(s, m, season, year, year ? 0 : tx_tense(s, i, last));
	m->first = i;
	m->last = last;
	return 1;
}

/* the weekend, the quarter, the latest quarter: the one the news is about. */
static int rule_the_unit(const tx_scan *s, size_t i, tx_match *m)
{
	if (tx_cls(s, i) != TX_THE)
		return 0;
	size_t j = i + 1;
	if (tx_is(s, j, "latest") || tx_is(s, j, "fiscal"))
		j++;
	int unit = calendar_unit(s, j);
	if (unit == TX_WEEKEND) {
		int dir = tx_tense(s, i, j);
		tx_resolve_unit(s, m, unit, dir < 0 && s->has_ref && tx_weekday(s->ref) < 5 ? -1 : 0);
	} else if (unit == TX_QUARTER) {
		tx_resolve_unit(s, m, unit, -1);
	} else {
		return 0;
	}
	m->first = i;
	m->last = j;
	return 1;
}

/* for years, within days, over weeks: an unknown count. */
static int rule_bare_plural(const tx_scan *s, size_t i, tx_match *m)
{
	if (tx_cls(s, i) != TX_UNIT || !(tx_w(s, i)->flags & TX_PLURAL) || i == s->line)
		return 0;
	if (!tx_is(s, i - 1, "for") && !tx_is(s, i - 1, "within") && !tx_is(s, i - 1, "over") &&
	    !tx_is(s, i - 1, "in"))
		return 0;
	if (tx_cls(s, i + 1) == TX_OF || tx_cls(s, i + 1) == TX_AGO)
		return 0;
	tx_set_duration(m, -1, NULL, tx_val(s, i));
	m->first = m->last = i;
	return 1;
}

/* year-end, year-earlier, year-ago (the year-ago quarter). */
static int rule_year_adjective(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int the = tx_cls(s, j) == TX_THE;
	if (the)
		j++;
	if (!tx_is(s, j, "year") || !tx_punct(s, j + 1, '-') || !tx_in(s, j + 2) || !s->p[j + 1].glued ||
	    !s->p[j + 2].glued)
		return 0;
	int back;
	if (tx_is(s, j + 2, "earlier") || tx_is(s, j + 2, "ago"))
		back = 1;
	else if (tx_is(s, j + 2, "end"))
		back = 0;
	else
		return 0;
	size_t last = j + 2;
	int quarter = 0;
	if (the && (tx_is(s, last + 1, "period") || calendar_unit(s, last + 1) == TX_QUARTER)) {
		last++;
		quarter = back;
	} else if (the) {
		return 0;
	}
	m->type = AT_TIMEX_DATE;
	if (quarter)
		tx_resolve_unit(s, m, TX_QUARTER, -5);  /* the quarter reported, a year before */
	else if (s->has_ref)
		tx_set_year(m, s->ref.y - back);
	m->first = i;
	m->last = last;
	return 1;
}

static int rule_inner(const tx_scan *s, size_t i, tx_match *m);

/* early December, mid-1990s, late last year, the end of 2009, the
 * beginning of October, late Friday, the end of the year. */
static int rule_edge(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int the = tx_cls(s, j) == TX_THE;
	if (the)
		j++;
	if (tx_cls(s, j) != TX_EDGE)
		return 0;
	size_t k = j + 1;
	int of = 0;
	if (tx_punct(s, k, '-') && s->p[k].glued)
		k++;
	if (tx_cls(s, k) == TX_OF) {
		of = 1;
		k++;
	}
	if (the != of && !(the && tx_is(s, j, "mid")))
		return 0;
	if (of && tx_cls(s, k) == TX_THE && calendar_unit(s, k + 1) >= 0) {
		tx_resolve_unit(s, m, calendar_unit(s, k + 1), 0);
		m->first = i;
		m->last = k + 1;
		return 1;
	}
	if (!rule_inner(s, k, m) || m->first != k)
		return 0;
	if (m->type == AT_TIMEX_DURATION)
		return 0;
	m->first = i;
	return 1;
}

static int rule_ref(const tx_scan *s, size_t i, tx_match *m)
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
static int rule_recent(const tx_scan *s, size_t i, tx_match *m)
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
static int rule_set(const tx_scan *s, size_t i, tx_match *m)
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

/* 10 a.m., 3:30 p.m. EST, 9am, noon, midnight. */
static int rule_time(const tx_scan *s, size_t i, tx_match *m)
{
	int hour = -1, minute = 0;
	size_t k;
	if (tx_cls(s, i) == TX_NOONISH) {
		hour = tx_val(s, i);
		k = i;
	} else {
		if (!tx_digits(s, i, 0) || s->p[i].ndigits > 2 || s->p[i].num > 24)
			return 0;
		if (i > s->line && s->p[i].glued && s->p[i - 1].kind != TX_P_PUNCT)
			return 0;
		hour = s->p[i].num;
		k = i;
		int colon = tx_punct(s, i + 1, ':') && tx_digits(s, i + 2, 2) && s->p[i + 1].glued &&
			    s->p[i + 2].glued && s->p[i + 2].num < 60;
		if (colon) {
			minute = s->p[i + 2].num;
			k = i + 2;
		}
		/* a.m. / p.m. / am / pm */
		size_t a = k + 1;
		int pm = -1;
		if ((tx_is(s, a, "a") || tx_is(s, a, "p")) && tx_punct(s, a + 1, '.') && tx_is(s, a + 2, "m")) {
			pm = tx_is(s, a, "p");
			k = a + 2;
			if (tx_punct(s, k + 1, '.') && s->p[k + 1].glued && !(tx_in(s, k + 2) && s->p[k + 2].cap && !tx_w(s, k + 2)))
				k++;
		} else if (tx_cls(s, a) == TX_AMPM && (s->p[a].glued || tx_digits(s, i, 0))) {
			pm = tx_val(s, a) == 12;
			k = a;
		}
		if (pm < 0 && !colon)
			return 0;
		if (pm < 0 && (s->p[i].glued || hour > 24))
			return 0;
		if (pm > 0 && hour < 12)
			hour += 12;
		else if (pm == 0 && hour == 12)
			hour = 0;
	}
	/* TimeBank writes no zone in values ("9 a.m. EDT": T09:00). */
	if (tx_cls(s, k + 1) == TX_ZONE)
		k++;
	tx_date day = s->ref;
	size_t last = k, d = tx_punct(s, k + 1, ',') ? k + 2 : k + 1;
	tx_match dm;
	if ((tx_cls(s, d) == TX_WEEKDAY && rule_weekday(s, d, &dm)) ||
	    (tx_cls(s, d) == TX_RELDAY && rule_relday(s, d, &dm)) ||
	    (tx_cls(s, d) == TX_MONTH && rule_month_date(s, d, &dm) && dm.precision == AT_PREC_DAY)) {
		last = dm.last;
		if (tx_parse_date(dm.value, &day) != 0)
			day = s->ref;
	}
	m->type = AT_TIMEX_TIME;
	m->precision = AT_PREC_DAY;
	if (s->has_ref || last != k)
		snprintf(m->value, sizeof m->value, "%04d-%02d-%02dT%02d:%02d", day.y, day.m, day.d, hour,
			 minute);
	else
		snprintf(m->value, sizeof m->value, "XXXX-XX-XXT%02d:%02d", hour, minute);
	m->first = i;
	m->last = last;
	return 1;
}

/* Christmas, Christmas Day, Christmas Eve. */
static int rule_holiday(const tx_scan *s, size_t i, tx_match *m)
{
	if (tx_cls(s, i) != TX_HOLIDAY || !tx_val(s, i) || !s->p[i].cap)
		return 0;
	int md = tx_val(s, i);
	size_t last = i;
	if (tx_is(s, i + 1, "day"))
		last = i + 1;
	else if (tx_is(s, i + 1, "eve")) {
		md -= 1;
		last = i + 1;
	}
	if (tx_is(s, i, "valentine"))
		return 0;
	tx_resolve_month_day(s, m, md / 100, md % 100, 0);
	if (year_number(s, last + 1)) {
		tx_date d = {s->p[last + 1].num, md / 100, md % 100};
		tx_set_day(m, d);
		last++;
	}
	m->first = i;
	m->last = last;
	return 1;
}

/* What can follow early/late/the end of. */
static int rule_inner(const tx_scan *s, size_t i, tx_match *m)
{
	return rule_month_date(s, i, m) || rule_year(s, i, m) || rule_decade(s, i, m) ||
	       rule_relative(s, i, m) || rule_relday(s, i, m) || rule_weekday(s, i, m) ||
	       rule_season(s, i, m);
}

static const tx_rule rules[] = {
	rule_numeric_date, rule_month_date, rule_day_month, rule_weekday, rule_relday, rule_relative,
	rule_earlier, rule_edge, rule_duration, rule_year, rule_decade, rule_century, rule_quarter,
	rule_season, rule_ref, rule_recent, rule_set, rule_time, rule_holiday, rule_the_unit,
	rule_bare_plural, rule_year_adjective, rule_approximate,
};

/* Only pieces a rule can start on are worth trying. */
static int can_start(const tx_scan *s, size_t i)
{
	const tx_piece *p = &s->p[i];
	if (p->kind == TX_P_NUM)
		return 1;
	if (p->kind == TX_P_PUNCT)
		return p->punct == '\'';
	if (p->kind == TX_P_WORD && p->end - p->start == 1 && (s->text[p->start] == 'Q'))
		return 1;
	if (!p->word)
		return approximator(s, i) > 0;
	switch (p->word->cls) {
	case TX_CUE: case TX_FUTURE: case TX_PAST: case TX_PRESENT: case TX_OF: case TX_AND:
	case TX_ZONE: case TX_AMPM: case TX_AGO:
		return 0;
	default:
		return 1;
	}
}

/* "Dec. 28 (UPI) --", "MEXICO CITY, Oct 8 (Reuters) -": a day near the start
 * of a line followed by an agency in parentheses or a dash. */
static int is_dateline(const tx_scan *s, const tx_match *m)
{
	if (m->precision != AT_PREC_DAY || m->first - s->line > 8 || s->p[m->first].start > 2000)
		return 0;
	size_t k = m->last + 1;
	if (tx_punct(s, k, '(')) {
		size_t close = k + 1;
		while (close < k + 6 && tx_in(s, close) && !tx_punct(s, close, ')'))
			close++;
		if (!tx_punct(s, close, ')'))
			return 0;
		k = close + 1;
	}
	return tx_punct(s, k, '-') || tx_punct(s, k, ':');
}

static int emit(at_arena *arena, const tx_scan *s, const tx_match *m, tx_found **out, size_t *n,
		size_t *cap)
{
	if (*n == *cap) {
		*out = at_arena_grow(arena, *out, sizeof **out, cap);
		if (!*out)
			return -1;
	}
	tx_found *f = &(*out)[(*n)++];
	f->start = s->p[m->first].start;
	f->end = s->p[m->last].end;
	f->type = (uint8_t)m->type;
	f->precision = (uint8_t)m->precision;
	f->dateline = (uint8_t)is_dateline(s, m);
	memcpy(f->value, m->value, sizeof f->value);
	return 0;
}

static size_t line_end(const tx_piece *p, size_t n, size_t from)
{
	size_t k = from + 1;
	while (k < n && !p[k].brk)
		k++;
	return k;
}

int tx_recognise(at_arena *arena, const char *text, size_t len, const char *date,
		 const struct at_doc *doc, tx_found **out, size_t *n)
{
	tx_piece *pieces;
	size_t npieces, cap = 0;
	*out = NULL;
	*n = 0;
	if (tx_lex(arena, text, len, &pieces, &npieces) != 0)
		return -1;
	tx_scan s = {text, pieces, npieces, 0, 0, 0, {0, 0, 0}, doc};
	s.has_ref = tx_parse_date(date, &s.ref) == 0;
	size_t i = 0;
	while (i < npieces) {
		if (i >= s.limit) {
			s.line = i;
			s.limit = line_end(pieces, npieces, i);
		}
		if (!can_start(&s, i)) {
			i++;
			continue;
		}
		tx_match best = {0, 0, 0, 0, ""}, m;
		int found = 0;
		for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
			memset(&m, 0, sizeof m);
			if (rules[r](&s, i, &m) && m.first == i && (!found || m.last > best.last)) {
				best = m;
				found = 1;
			}
		}
		if (!found) {
			i++;
			continue;
		}
		if (emit(arena, &s, &best, out, n, &cap) != 0)
			return -1;
		i = best.last + 1;
	}
	return 0;
}
