/* Rules for days and clock times: month-day dates in every common
 * format, weekdays, yesterday/today/tomorrow, times, holidays. */
#include <stdio.h>

#include "core/doc.h"
#include "timex/rules.h"

/* A month and day ending at last, with the year at y or, without one,
 * resolved from the tense of words from..last; 0 for a day the month has
 * not. */
static int set_month_day(const tx_scan *s, tx_match *m, int month, int day, size_t y, size_t from,
			 size_t last)
{
	if (tx_year_number(s, y) && tx_number_ends(s, y)) {
		tx_date d = {s->p[y].num, month, day};
		if (day > tx_days_in_month(d.y, month))
			return 0;
		tx_set_day(m, d);
		m->last = y;
		return 1;
	}
	if (day > tx_days_in_month(2000, month))
		return 0;
	tx_resolve_month_day(s, m, month, day, tx_tense(s, from, last));
	m->last = last;
	return 1;
}

/* [Weekday[,]] Month [day[th]] [[,] year], or Month [,] year. */
int tx_rule_month_date(const tx_scan *s, size_t i, tx_match *m)
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
	size_t k = tx_after_month(s, j);
	int has_day = tx_day_number(s, k) && tx_number_ends(s, k);
	int has_year = !has_day && (tx_year_number(s, k) || (tx_punct(s, k, ',') && tx_year_number(s, k + 1)));
	if (!tx_month_ok(s, j, has_day || has_year))
		return 0;
	if (has_day) {
		int day = s->p[k].num;
		size_t last = k;
		if (tx_ordinal_suffix(s, k + 1))
			last = k + 1;
		size_t y = last + 1;
		if (tx_punct(s, y, ','))
			y++;
		if (!set_month_day(s, m, month, day, y, i, last))
			return 0;
	} else if (has_year) {
		size_t y = tx_year_number(s, k) ? k : k + 1;
		if (!tx_number_ends(s, y))
			return 0;
		tx_set_month(m, s->p[y].num, month);
		m->last = y;
	} else {
		if (weekday >= 0)
			return 0;
		size_t r = tx_cls(s, j + 1) == TX_OF ? j + 2 : j + 1;
		int rel = tx_cls(s, r);
		if ((rel == TX_THIS || rel == TX_LAST || rel == TX_NEXT) && tx_calendar_unit(s, r + 1) == TX_YEAR &&
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
int tx_rule_day_month(const tx_scan *s, size_t i, tx_match *m)
{
	if (!tx_day_number(s, i))
		return 0;
	size_t j = i + 1;
	if (tx_ordinal_suffix(s, j))
		j++;
	if (tx_cls(s, j) == TX_OF && j > i + 1)
		j++;
	if (tx_cls(s, j) != TX_MONTH || !s->p[j].cap)
		return 0;
	if ((tx_w(s, j)->flags & TX_ABBR) && !tx_punct(s, j + 1, '.') && !tx_year_number(s, j + 1))
		return 0;
	int month = tx_val(s, j), day = s->p[i].num;
	size_t y = j + 1;
	if (tx_punct(s, y, '.') && s->p[y].glued)
		y++;
	if (tx_punct(s, y, ','))
		y++;
	if (!set_month_day(s, m, month, day, y, i, j))
		return 0;
	m->first = i;
	return 1;
}

/* Are the pieces from..to written without spaces before them? */
static int glued_through(const tx_scan *s, size_t from, size_t to)
{
	for (size_t k = from; k <= to; k++)
		if (!s->p[k].glued)
			return 0;
	return 1;
}

/* The five pieces from i of a numeric date; 0 when it is no date. */
static int set_numeric_date(tx_match *m, tx_date d, size_t i)
{
	if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > tx_days_in_month(d.y, d.m))
		return 0;
	tx_set_day(m, d);
	m->first = i;
	m->last = i + 4;
	return 1;
}

/* 2021-10-08 and 10/8/2021 (month first, unless the first number cannot
 * be a month). */
int tx_rule_numeric_date(const tx_scan *s, size_t i, tx_match *m)
{
	if (tx_year_number(s, i) && tx_punct(s, i + 1, '-') && tx_digits(s, i + 2, 2) &&
	    tx_punct(s, i + 3, '-') && tx_digits(s, i + 4, 2) && glued_through(s, i + 1, i + 4))
		return set_numeric_date(m, (tx_date){s->p[i].num, s->p[i + 2].num, s->p[i + 4].num}, i);
	if (tx_digits(s, i, 0) && s->p[i].ndigits <= 2 && tx_punct(s, i + 1, '/') &&
	    tx_digits(s, i + 2, 0) && s->p[i + 2].ndigits <= 2 && tx_punct(s, i + 3, '/') &&
	    (tx_digits(s, i + 4, 4) || tx_digits(s, i + 4, 2)) && glued_through(s, i + 1, i + 4) &&
	    tx_number_ends(s, i + 4)) {
		int a = s->p[i].num, b = s->p[i + 2].num, y = s->p[i + 4].num;
		if (s->p[i + 4].ndigits == 2)
			y += y < 50 ? 2000 : 1900;
		return set_numeric_date(m, a > 12 ? (tx_date){y, b, a} : (tx_date){y, a, b}, i);
	}
	return 0;
}

/* "The Sunday Times", "Saturday Night Live": a newspaper or a show, not a
 * day. */
static int names_a_paper(const tx_scan *s, size_t i)
{
	static const char *const papers[] = {"times", "telegraph", "express", "mirror", "post", "herald",
					     "tribune", "mail", "observer", "independent", "star", "sport"};
	if (!tx_in(s, i) || !s->p[i].cap)
		return 0;
	if (tx_is(s, i, "night") && tx_is(s, i + 1, "live"))
		return 1;
	for (size_t k = 0; k < sizeof papers / sizeof papers[0]; k++)
		if (tx_is(s, i, papers[k]))
			return 1;
	return 0;
}

/* Friday, Friday morning, last Friday, this Thursday. */
int tx_rule_weekday(const tx_scan *s, size_t i, tx_match *m)
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
	if (tx_cls(s, j) != TX_WEEKDAY || (tx_w(s, j)->flags & TX_ABBR) || (j > i && !explicit_dir) ||
	    names_a_paper(s, j + 1))
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
int tx_rule_relday(const tx_scan *s, size_t i, tx_match *m)
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

/* 10 a.m., 3:30 p.m. EST, 9am, noon, midnight. */
int tx_rule_time(const tx_scan *s, size_t i, tx_match *m)
{
	int hour = -1, minute = 0;
	size_t k;
	if (tx_cls(s, i) == TX_NOONISH) {
		hour = tx_val(s, i);
		k = i;
	} else if (tx_digits(s, i, 4) && tx_cls(s, i + 1) == TX_ZONE && s->p[i].num % 100 < 60 &&
		   s->p[i].num <= 2400) {
		hour = s->p[i].num / 100;  /* "1805 EST", "0735 GMT" */
		minute = s->p[i].num % 100;
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
			/* the final period, unless it ends the sentence before a capital */
			if (tx_punct(s, k + 1, '.') && s->p[k + 1].glued &&
			    !(tx_in(s, k + 2) && s->p[k + 2].cap && !tx_w(s, k + 2)))
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
	if ((tx_cls(s, d) == TX_WEEKDAY && tx_rule_weekday(s, d, &dm)) ||
	    (tx_cls(s, d) == TX_RELDAY && tx_rule_relday(s, d, &dm)) ||
	    (tx_cls(s, d) == TX_MONTH && tx_rule_month_date(s, d, &dm) && dm.precision == AT_PREC_DAY)) {
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

/* Thanksgiving of year y: the fourth Thursday of November. */
static tx_date thanksgiving(int y)
{
	tx_date first = {y, 11, 1};
	int to_thursday = (3 - tx_weekday(first) + 7) % 7;
	return tx_add_days(first, to_thursday + 21);
}

/* Christmas (Day, Eve), Halloween, Thanksgiving (Day): the one nearest the
 * reference date, or of the year that follows. */
int tx_rule_holiday(const tx_scan *s, size_t i, tx_match *m)
{
	if (tx_cls(s, i) != TX_HOLIDAY || !s->p[i].cap)
		return 0;
	int md = tx_val(s, i), fixed = md % 100 != 0;
	size_t last = i;
	if (tx_is(s, i + 1, "day")) {
		last = i + 1;
	} else if (fixed && tx_is(s, i + 1, "eve")) {
		md -= 1;
		last = i + 1;
	}
	int year = tx_year_number(s, last + 1) ? s->p[last + 1].num : 0;
	if (year)
		last++;
	if (fixed && year) {
		tx_date d = {year, md / 100, md % 100};
		tx_set_day(m, d);
	} else if (fixed) {
		tx_resolve_month_day(s, m, md / 100, md % 100, 0);
	} else if (year || s->has_ref) {
		tx_date d = thanksgiving(year ? year : s->ref.y);
		if (!year && tx_days(d) - tx_days(s->ref) > 182)
			d = thanksgiving(s->ref.y - 1);
		tx_set_day(m, d);
	} else {
		return 0;
	}
	m->first = i;
	m->last = last;
	return 1;
}

/* The second day of "April 24 and 25", "Oct. 8-9": the month and year of
 * the date just found. */
int tx_rule_second_day(const tx_scan *s, size_t i, tx_match *m)
{
	if (!tx_day_number(s, i) || !tx_number_ends(s, i) || i < s->line + 3 || s->focus_prec != AT_PREC_DAY)
		return 0;
	if (!tx_is(s, i - 1, "and") && !tx_is(s, i - 1, "to") && !tx_is(s, i - 1, "through") &&
	    !tx_punct(s, i - 1, '-'))
		return 0;
	size_t month = tx_punct(s, i - 3, '.') ? i - 4 : i - 3;
	if (!tx_day_number(s, i - 2) || tx_cls(s, month) != TX_MONTH || tx_val(s, month) != s->focus.m)
		return 0;
	tx_date d = {s->focus.y, s->focus.m, s->p[i].num};
	if (d.d > tx_days_in_month(d.y, d.m) || d.d <= s->focus.d)
		return 0;
	tx_set_day(m, d);
	m->first = m->last = i;
	return 1;
}
