package org.openroster.examples.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Public holidays in England and Wales (Banking and Financial Dealings Act 1971 and the yearly
 * proclamations): New Year's Day, Good Friday, Easter Monday, the early May, spring and summer bank
 * holidays, Christmas Day and Boxing Day, with a weekend holiday moved to the next free weekday.
 * One-off holidays (jubilees, coronations, state funerals) and moved May holidays (2020, 2022) are
 * not modelled.
 */
public final class BankHolidays {

    private BankHolidays() {}

    /** The bank holidays of England and Wales in the year. */
    public static Set<LocalDate> englandAndWales(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        addSubstituted(days, List.of(LocalDate.of(year, Month.JANUARY, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        addSubstituted(days, List.of(LocalDate.of(year, Month.DECEMBER, 25), LocalDate.of(year, Month.DECEMBER, 26)));
        return Set.copyOf(days);
    }

    /** The bank holidays from {@code from} to {@code to}, both included. */
    public static Set<LocalDate> englandAndWales(LocalDate from, LocalDate to) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (LocalDate d : englandAndWales(year)) {
                if (!d.isBefore(from) && !d.isAfter(to)) {
                    days.add(d);
                }
            }
        }
        return Set.copyOf(days);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Adds each date, or when it falls at a weekend, the next weekday not already a holiday. */
    private static void addSubstituted(TreeSet<LocalDate> days, List<LocalDate> dates) {
        for (LocalDate date : dates) {
            LocalDate d = date;
            while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || days.contains(d)) {
                d = d.plusDays(1);
            }
            days.add(d);
        }
    }
}
