package org.openroster.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {

    @Test
    void englandAndWales2027() {
        assertEquals(
                Set.of(
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 3, 26),
                        LocalDate.of(2027, 3, 29),
                        LocalDate.of(2027, 5, 3),
                        LocalDate.of(2027, 5, 31),
                        LocalDate.of(2027, 8, 30),
                        LocalDate.of(2027, 12, 27),
                        LocalDate.of(2027, 12, 28)),
                BankHolidays.englandAndWales(2027));
    }

    @Test
    void christmasOnASundayMovesToTheTuesday() {
        Set<LocalDate> days = BankHolidays.englandAndWales(2022);
        assertTrue(days.contains(LocalDate.of(2022, 12, 26)));
        assertTrue(days.contains(LocalDate.of(2022, 12, 27)));
        assertTrue(days.contains(LocalDate.of(2022, 1, 3)));
    }

    @Test
    void easterSundays() {
        assertEquals(LocalDate.of(2024, 3, 31), BankHolidays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), BankHolidays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), BankHolidays.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), BankHolidays.easterSunday(2027));
        assertEquals(LocalDate.of(2038, 4, 25), BankHolidays.easterSunday(2038));
    }

    @Property
    void eightWeekdayHolidaysEveryYear(@ForAll @IntRange(min = 1900, max = 2200) int year) {
        Set<LocalDate> days = new TreeSet<>(BankHolidays.englandAndWales(year));
        assertEquals(8, days.size(), days.toString());
        assertTrue(days.stream().allMatch(d -> d.getDayOfWeek().getValue() <= 5), days.toString());
        LocalDate easter = BankHolidays.easterSunday(year);
        assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek());
        assertTrue(easter.isAfter(LocalDate.of(year, 3, 21)) && easter.isBefore(LocalDate.of(year, 4, 26)));
        assertTrue(days.contains(easter.minusDays(2)) && days.contains(easter.plusDays(1)));
    }
}
