package org.openroster.examples.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openroster.model.Contract.ClosedPeriod;

/**
 * School holidays in England, as a typical local authority sets them (assumption: each authority sets
 * its own, within a week or so of these): October half term (the week of the last Monday in
 * October), Christmas (two weeks from the Saturday on or before 20 December), February half term
 * (the week of the third Monday in February), Easter (from Good Friday to the second Sunday after
 * Easter), May half term (the week of the spring bank holiday) and summer (from the Saturday after
 * 19 July to the Sunday before the first Wednesday of September). Each holiday runs from a Saturday
 * (or Good Friday) to a Sunday, weekends included. They are the closed periods of term-time
 * contracts.
 */
final class SchoolHolidays {

    private SchoolHolidays() {}

    /** The holidays that overlap {@code [from, to]}, in date order, each whole (not cut to the range). */
    static List<ClosedPeriod> england(LocalDate from, LocalDate to) {
        List<ClosedPeriod> result = new ArrayList<>();
        for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
            for (ClosedPeriod p : ofCalendarYear(year)) {
                if (!p.to().isBefore(from) && !p.from().isAfter(to)) {
                    result.add(p);
                }
            }
        }
        result.sort(Comparator.comparing(ClosedPeriod::from));
        return List.copyOf(result);
    }

    /** The holidays that start in the calendar year. */
    private static List<ClosedPeriod> ofCalendarYear(int year) {
        List<ClosedPeriod> p = new ArrayList<>();
        LocalDate february =
                LocalDate.of(year, Month.FEBRUARY, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
        p.add(week(february));
        LocalDate easter = BankHolidays.easterSunday(year);
        p.add(new ClosedPeriod(easter.minusDays(2), easter.plusDays(14)));
        p.add(week(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
        LocalDate summerStart = LocalDate.of(year, Month.JULY, 19).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        LocalDate september =
                LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        p.add(new ClosedPeriod(summerStart, september.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY))));
        p.add(week(LocalDate.of(year, Month.OCTOBER, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
        LocalDate christmas =
                LocalDate.of(year, Month.DECEMBER, 20).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        p.add(new ClosedPeriod(christmas, christmas.plusDays(15)));
        return p;
    }

    /** The half-term week of the Monday: from the Saturday before to the Sunday after. */
    private static ClosedPeriod week(LocalDate monday) {
        return new ClosedPeriod(monday.minusDays(2), monday.plusDays(6));
    }
}
