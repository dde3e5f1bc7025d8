package org.openroster.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Contract and hours-band arithmetic. */
class ContractProperties {

    @Property
    void boundsAreOrderedAndTheTargetIsProRataLessLeave(
            @ForAll @IntRange(min = 60, max = 3000) int weekly,
            @ForAll @IntRange(min = 0, max = 900) int extra,
            @ForAll @IntRange(min = 1, max = 365) int days,
            @ForAll @IntRange(min = 0, max = 30) int leaveDays,
            @ForAll boolean partTime) {
        Contract c = partTime ? new Contract.PartTime(weekly, extra) : new Contract.FullTime(weekly, extra);
        HoursBounds b = c.bounds(days, Math.min(leaveDays, days));
        assertTrue(b.min() <= b.target() && b.target() <= b.max());
        long expected = Math.max(0, (long) weekly * days / 7 - (long) Math.min(leaveDays, days) * (weekly / 5));
        assertEquals(expected, b.target());
        assertEquals(b.target() + (long) extra * days / 7, b.max());
        assertEquals(Math.max(0, b.target() - (long) (weekly / 5) * ((days + 27) / 28)), b.min());
    }

    @Property
    void outsideMinutesIsTheDistanceToTheBand(
            @ForAll @IntRange(min = 0, max = 5000) int min,
            @ForAll @IntRange(min = 0, max = 5000) int width,
            @ForAll @IntRange(min = 0, max = 12000) int worked) {
        HoursBounds b = new HoursBounds(min, min, min + width);
        long expected = worked < min ? min - worked : Math.max(0, worked - (min + width));
        assertEquals(expected, b.outsideMinutes(worked));
        assertEquals(b.overTarget(worked) - b.underTarget(worked), worked - b.target());
    }

    @Example
    void explicitLimitsReplaceTheContractBand() {
        HoursBounds contract = Contract.FullTime.standard().bounds(7, 0);
        WorkRules onlyMax = new WorkRules(0, 0, 0, 0, Map.of(), null, 400, 0);
        assertEquals(new HoursBounds(400, 400, 400), onlyMax.apply(contract));
        WorkRules both = new WorkRules(0, 0, 0, 0, Map.of(), 3360, 4320, 0);
        HoursBounds applied = both.apply(contract);
        assertEquals(3360, applied.min());
        assertEquals(4320, applied.max());
    }

    @Example
    void badValuesFailFastNamingTheFieldAndValue() {
        var e = assertThrows(Checks.InvalidModelException.class, () -> new Contract.PartTime(-5, 0));
        assertEquals("The weeklyMinutes (-5) must be > 0.", e.getMessage());
        var f = assertThrows(
                Checks.InvalidModelException.class,
                () -> new Leave("P1", java.time.LocalDate.of(2027, 3, 2), java.time.LocalDate.of(2027, 3, 1), null));
        assertTrue(f.getMessage().contains("P1") && f.getMessage().contains("2027-03-01"));
    }
}
