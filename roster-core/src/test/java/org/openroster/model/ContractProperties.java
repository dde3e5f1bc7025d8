package org.openroster.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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
        HoursBounds b = c.bounds(java.time.LocalDate.of(2027, 4, 1), days, Math.min(leaveDays, days));
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

    @Property
    void compressedDaysTimesDayLengthIsTheWeek(
            @ForAll @IntRange(min = 1, max = 6) int days, @ForAll @IntRange(min = 60, max = 720) int dayMinutes) {
        Contract.Compressed c = new Contract.Compressed(days, dayMinutes, 0);
        assertEquals(days * dayMinutes, c.weeklyMinutes());
        assertEquals(dayMinutes, c.leaveDayMinutes());
        assertEquals(0, c.dayLengthBreach(dayMinutes));
        assertEquals(0, c.dayLengthBreach(dayMinutes + Contract.Compressed.DAY_TOLERANCE_MINUTES));
        assertEquals(5, c.dayLengthBreach(dayMinutes - Contract.Compressed.DAY_TOLERANCE_MINUTES - 5));
        assertEquals(0, c.weekBreach(days));
        assertEquals(dayMinutes, c.weekBreach(days + 1));
    }

    @Example
    void thirtySevenHoursInFourDaysIsNineHoursFifteen() {
        assertEquals(555, Contract.Compressed.fourDayWeek().dayMinutes());
        assertEquals(2220, Contract.Compressed.fourDayWeek().weeklyMinutes());
    }

    @Property
    void theAnnualisedTrajectoryRisesFromZeroToTheRosteredTotal(
            @ForAll @IntRange(min = 60_000, max = 130_000) int annual,
            @ForAll @IntRange(min = 0, max = 30) int reserve,
            @ForAll @IntRange(min = 0, max = 400) int dayOffset) {
        LocalDate yearStart = LocalDate.of(2027, 4, 1);
        Contract.Annualised a =
                new Contract.Annualised(annual, yearStart, reserve, 600, Contract.YearEndPolicy.CARRY_FORWARD, 0, 0);
        assertEquals(0, a.trajectory(yearStart));
        assertEquals(a.rosteredAnnualMinutes(), a.trajectory(yearStart.plusYears(1)));
        assertEquals((long) annual * (100 - reserve) / 100, a.rosteredAnnualMinutes());
        LocalDate d = yearStart.plusDays(dayOffset);
        assertTrue(a.trajectory(d) <= a.trajectory(d.plusDays(1)), "never goes down");
        if (!d.isAfter(yearStart.plusYears(1))) {
            assertTrue(a.trajectory(d) <= a.rosteredAnnualMinutes());
        }
    }

    @Property
    void windowsOnTargetAddUpToTheYear(@ForAll @IntRange(min = 1, max = 60) int windowDays) {
        LocalDate yearStart = LocalDate.of(2027, 4, 1);
        Contract.Annualised a =
                new Contract.Annualised(115_740, yearStart, 10, 0, Contract.YearEndPolicy.CARRY_FORWARD, 0, 0);
        long credited = 0;
        for (LocalDate d = yearStart; d.isBefore(yearStart.plusYears(1)); d = d.plusDays(windowDays)) {
            int days =
                    (int) Math.min(windowDays, java.time.temporal.ChronoUnit.DAYS.between(d, yearStart.plusYears(1)));
            credited += a.withCreditedToDate(credited).bounds(d, days, 0).target();
        }
        // working each window's target, whatever the window length, ends the year exactly on the total
        assertEquals(a.rosteredAnnualMinutes(), credited);
        assertEquals(0, a.balance(credited, yearStart.plusYears(1)));
    }

    @Property
    void termTimeAccruesOnlyOnOpenDaysAndEndsAtTheTotal(@ForAll @IntRange(min = 0, max = 364) int dayOffset) {
        LocalDate yearStart = LocalDate.of(2027, 4, 1);
        Contract.Annualised terms =
                new Contract.Annualised(90_000, yearStart, 0, 600, Contract.YearEndPolicy.PAY, 0, 0);
        Contract.TermTime t = new Contract.TermTime(
                terms,
                List.of(
                        new Contract.ClosedPeriod(LocalDate.of(2027, 7, 24), LocalDate.of(2027, 9, 1)),
                        new Contract.ClosedPeriod(LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 2))));
        assertEquals(90_000, t.trajectory(yearStart.plusYears(1)));
        LocalDate d = yearStart.plusDays(dayOffset);
        if (t.closedOn(d)) {
            assertEquals(t.trajectory(d), t.trajectory(d.plusDays(1)), "flat through a closed day");
        } else {
            assertTrue(t.trajectory(d.plusDays(1)) >= t.trajectory(d));
        }
    }

    @Property
    void aYearEndBalanceIsSettledWithoutLosingAMinute(
            @ForAll @IntRange(min = -5000, max = 20000) int balance,
            @ForAll @IntRange(min = 0, max = 6000) int cap,
            @ForAll Contract.YearEndPolicy policy) {
        Contract.Annualised a = new Contract.Annualised(115_740, LocalDate.of(2027, 4, 1), 0, 600, policy, cap, 0);
        Contract.Annualised.Settlement s = a.settle(balance);
        assertEquals(Math.max(0, balance), s.carried() + s.paid() + s.writtenOff());
        assertTrue(s.carried() <= cap);
    }

    @Property
    void jobSharePartnersHoursAddUpToThePost(
            @ForAll @IntRange(min = 50, max = 60) int firstSharePercent,
            @ForAll @IntRange(min = 1200, max = 2400) int postWeekly) {
        int first = postWeekly * firstSharePercent / 100;
        Contract.JobShare a = new Contract.JobShare("post", first, 0);
        Contract.JobShare b = new Contract.JobShare("post", postWeekly - first, 0);
        assertEquals(postWeekly, a.weeklyMinutes() + b.weeklyMinutes());
        LocalDate start = LocalDate.of(2027, 4, 5);
        long targets = a.bounds(start, 28, 0).target() + b.bounds(start, 28, 0).target();
        // pro rata per partner loses at most a minute each to rounding
        assertTrue(Math.abs(targets - (long) postWeekly * 4) <= 2, targets + " vs " + postWeekly * 4);
    }

    @Property
    void minimumHoursNeedNothingRosteredAndAllowExtraOnlyWhenWilling(
            @ForAll @IntRange(min = 300, max = 2000) int guarantee,
            @ForAll @IntRange(min = 0, max = 900) int cap,
            @ForAll boolean willing) {
        Contract.MinimumHours m = new Contract.MinimumHours(guarantee, cap, willing);
        HoursBounds b = m.bounds(LocalDate.of(2027, 4, 5), 14, 0);
        assertEquals(0, b.min());
        assertEquals(2L * guarantee, b.target());
        assertEquals(2L * guarantee + (willing ? 2L * cap : 0), b.max());
        assertEquals(2L * guarantee - 100, m.writeOff(b, 100));
    }

    @Property
    void aDualContractsBandIsTheSumOfItsPosts(
            @ForAll @IntRange(min = 300, max = 1500) int osg, @ForAll @IntRange(min = 300, max = 1500) int officer) {
        Contract.Dual dual = new Contract.Dual(List.of(
                new Contract.Post("osg", Grade.OSG, new Contract.PartTime(osg, 0)),
                new Contract.Post("officer", Grade.OFFICER, new Contract.PartTime(officer, 60))));
        LocalDate start = LocalDate.of(2027, 4, 5);
        HoursBounds sum = dual.bounds(start, 28, 2);
        HoursBounds a = dual.posts().get(0).contract().bounds(start, 28, 2);
        HoursBounds b = dual.posts().get(1).contract().bounds(start, 28, 2);
        assertEquals(a.min() + b.min(), sum.min());
        assertEquals(a.target() + b.target(), sum.target());
        assertEquals(a.max() + b.max(), sum.max());
        assertEquals(osg + officer, dual.weeklyMinutes());
        assertEquals("osg", dual.postFor(java.util.Set.of(Grade.OSG)).id());
        assertEquals("officer", dual.postFor(java.util.Set.of(Grade.OFFICER)).id());
    }

    @Example
    void explicitLimitsReplaceTheContractBand() {
        HoursBounds contract = Contract.FullTime.standard().bounds(java.time.LocalDate.of(2027, 4, 1), 7, 0);
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
