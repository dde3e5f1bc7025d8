package org.openroster.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A person's contract: the hours they are conditioned to work in a planning window and how much extra
 * they may be given. The family is closed; each kind does its own arithmetic, which the constraints
 * and the audit call and which is tested without a solver.
 */
public sealed interface Contract
        permits Contract.FullTime,
                Contract.PartTime,
                Contract.Compressed,
                Contract.Annualised,
                Contract.TermTime,
                Contract.JobShare,
                Contract.MinimumHours,
                Contract.Dual {

    /** Conditioned weekly hours of a full-timer on current terms (37 h). */
    int FULL_TIME_WEEKLY_MINUTES = 37 * 60;

    /** Conditioned (or, for annualised hours, average) minutes per week. */
    int weeklyMinutes();

    /** The most extra minutes per week beyond conditioned hours the person may be rostered. */
    int maxExtraMinutesPerWeek();

    /** A short stable name of the kind, as used in JSON and reports. */
    String kind();

    /** Full-time equivalent in percent of 37 h (older 39 h terms give 105). */
    default int ftePercent() {
        return Math.max(1, Math.round(weeklyMinutes() * 100f / FULL_TIME_WEEKLY_MINUTES));
    }

    /** Minutes one day of leave is worth: a fifth of the week, pro rata for part-timers. */
    default int leaveDayMinutes() {
        return weeklyMinutes() / 5;
    }

    /** Whether no work may be rostered on the date under this contract (term time's closed weeks). */
    default boolean closedOn(LocalDate date) {
        return false;
    }

    /**
     * The hours band for a window of {@code days} days from {@code start} of which {@code leaveDays}
     * are leave: the target is the pro-rata weekly hours less leave; the band goes down by one working
     * day per four weeks or part of four weeks (shift lengths rarely add up to the target exactly; what
     * is left is hours owed) and up by the extra-hours cap.
     */
    default HoursBounds bounds(LocalDate start, int days, int leaveDays) {
        return weeklyBounds(weeklyMinutes(), leaveDayMinutes(), maxExtraMinutesPerWeek(), days, leaveDays);
    }

    private static HoursBounds weeklyBounds(int weekly, int leaveDay, int maxExtra, int days, int leaveDays) {
        long target = Math.max(0, (long) weekly * days / 7 - (long) leaveDays * leaveDay);
        long below = (long) leaveDay * Math.max(1, (days + 27) / 28);
        long extra = (long) maxExtra * days / 7;
        return new HoursBounds(Math.max(0, target - below), target, target + extra);
    }

    /** Conditioned hours of a full-timer (37 h, or 39 h on older terms). */
    record FullTime(int weeklyMinutes, int maxExtraMinutesPerWeek) implements Contract {
        public FullTime {
            Checks.positive(weeklyMinutes, "weeklyMinutes");
            Checks.nonNegative(maxExtraMinutesPerWeek, "maxExtraMinutesPerWeek");
        }

        public static FullTime standard() {
            return new FullTime(FULL_TIME_WEEKLY_MINUTES, 0);
        }

        @Override
        public String kind() {
            return "fullTime";
        }
    }

    /** Fewer weekly hours than full time; leave and public holidays are pro rata in hours. */
    record PartTime(int weeklyMinutes, int maxExtraMinutesPerWeek) implements Contract {
        public PartTime {
            Checks.positive(weeklyMinutes, "weeklyMinutes");
            Checks.nonNegative(maxExtraMinutesPerWeek, "maxExtraMinutesPerWeek");
        }

        @Override
        public String kind() {
            return "partTime";
        }
    }

    /**
     * The same weekly hours in fewer, longer days: {@code daysPerWeek} days of {@code dayMinutes}
     * (37 h as 4 x 9 h 15). Duties must be of the compressed day's length (within
     * {@link #DAY_TOLERANCE_MINUTES}) and no more than {@code daysPerWeek} in a week; a day of leave
     * is worth a compressed day.
     */
    record Compressed(int daysPerWeek, int dayMinutes, int maxExtraMinutesPerWeek) implements Contract {

        /** How far a duty's worked minutes may differ from the compressed day. */
        public static final int DAY_TOLERANCE_MINUTES = 15;

        public Compressed {
            Checks.check(
                    daysPerWeek >= 1 && daysPerWeek <= 6,
                    "The daysPerWeek (" + daysPerWeek + ") of a compressed contract must be 1 to 6.");
            Checks.positive(dayMinutes, "dayMinutes");
            Checks.nonNegative(maxExtraMinutesPerWeek, "maxExtraMinutesPerWeek");
        }

        /** 37 hours in 4 days of 9 h 15. */
        public static Compressed fourDayWeek() {
            return new Compressed(4, FULL_TIME_WEEKLY_MINUTES / 4, 0);
        }

        @Override
        public int weeklyMinutes() {
            return daysPerWeek * dayMinutes;
        }

        @Override
        public int leaveDayMinutes() {
            return dayMinutes;
        }

        /** Minutes by which a duty of {@code worked} minutes misses the compressed day. */
        public long dayLengthBreach(long worked) {
            return Math.max(0, Math.abs(worked - dayMinutes) - DAY_TOLERANCE_MINUTES);
        }

        /** Minutes by which {@code daysWorked} in one week exceed the compressed days. */
        public long weekBreach(int daysWorked) {
            return (long) Math.max(0, daysWorked - daysPerWeek) * dayMinutes;
        }

        @Override
        public String kind() {
            return "compressed";
        }
    }

    /** What happens to an annualised balance above target at the end of the reference year. */
    enum YearEndPolicy {
        /** Carried into next year up to a cap; the rest is paid. */
        CARRY_FORWARD,
        /** Paid. */
        PAY,
        /** Written off. */
        WRITE_OFF
    }

    /**
     * Annualised hours: an annual total ({@code annualMinutes}, gross of leave: leave days are
     * credited as hours) worked unevenly over a reference year from {@code yearStart}. A share
     * ({@code reservePercent}) is held in reserve and not rostered. The balance is tracked against a
     * pro-rata trajectory of the rostered hours; each window's band is the trajectory at its end less
     * what was credited before it, plus or minus {@code toleranceMinutes}. At year end a positive
     * balance is carried forward (up to {@code carryForwardCapMinutes}), paid or written off.
     *
     * @param creditedToDateMinutes minutes worked or credited (leave) this reference year before the
     *     window: the balance brought forward
     */
    record Annualised(
            int annualMinutes,
            LocalDate yearStart,
            int reservePercent,
            int toleranceMinutes,
            YearEndPolicy yearEnd,
            int carryForwardCapMinutes,
            long creditedToDateMinutes)
            implements Contract {

        /** Weeks in a year, as HMPPS counts them (52.14 x 37 h = 1,929 h). */
        public static final double WEEKS_PER_YEAR = 52.14;

        public Annualised {
            Checks.positive(annualMinutes, "annualMinutes");
            Checks.notNull(yearStart, "yearStart");
            Checks.check(
                    reservePercent >= 0 && reservePercent < 100,
                    "The reservePercent (" + reservePercent + ") must be 0 to 99.");
            Checks.nonNegative(toleranceMinutes, "toleranceMinutes");
            yearEnd = yearEnd == null ? YearEndPolicy.CARRY_FORWARD : yearEnd;
            Checks.nonNegative(carryForwardCapMinutes, "carryForwardCapMinutes");
            Checks.nonNegative(creditedToDateMinutes, "creditedToDateMinutes");
        }

        @Override
        public int weeklyMinutes() {
            return (int) Math.round(annualMinutes / WEEKS_PER_YEAR);
        }

        @Override
        public int maxExtraMinutesPerWeek() {
            return 0;
        }

        /** The minutes to be rostered over the year: the annual total less the reserve. */
        public long rosteredAnnualMinutes() {
            return (long) annualMinutes * (100 - reservePercent) / 100;
        }

        /** The reference year's length in days (365 or 366). */
        public int yearDays() {
            return (int) ChronoUnit.DAYS.between(yearStart, yearStart.plusYears(1));
        }

        /** Days of the reference year before {@code date} (0 before the year starts). */
        int elapsedDays(LocalDate date) {
            return (int) Math.max(0, ChronoUnit.DAYS.between(yearStart, date));
        }

        /**
         * The rostered minutes due by the start of {@code date}: the pro-rata trajectory. Past the year's
         * end it goes on at the same rate (a window across the year end still has a target for its days in
         * the next year; the next year's ledger starts from the year-end settlement).
         */
        public long trajectory(LocalDate date) {
            return rosteredAnnualMinutes() * elapsedDays(date) / yearDays();
        }

        /** Minutes ahead of (positive) or behind (negative) the trajectory with {@code credited} by the date. */
        public long balance(long credited, LocalDate date) {
            return credited - trajectory(date);
        }

        @Override
        public HoursBounds bounds(LocalDate start, int days, int leaveDays) {
            return trajectoryBounds(trajectory(start.plusDays(days)), leaveDays);
        }

        HoursBounds trajectoryBounds(long dueAtEnd, int leaveDays) {
            long credited = creditedToDateMinutes + (long) leaveDays * leaveDayMinutes();
            long target = Math.max(0, dueAtEnd - credited);
            return new HoursBounds(Math.max(0, target - toleranceMinutes), target, target + toleranceMinutes);
        }

        /** This contract with a new balance brought forward (for the next window of a year). */
        public Annualised withCreditedToDate(long minutes) {
            return new Annualised(
                    annualMinutes,
                    yearStart,
                    reservePercent,
                    toleranceMinutes,
                    yearEnd,
                    carryForwardCapMinutes,
                    minutes);
        }

        /** How a year-end balance is settled: minutes carried forward, paid and written off. */
        public record Settlement(long carried, long paid, long writtenOff) {}

        public Settlement settle(long yearEndBalance) {
            if (yearEndBalance <= 0) {
                return new Settlement(0, 0, 0);
            }
            return switch (yearEnd) {
                case CARRY_FORWARD -> {
                    long carried = Math.min(yearEndBalance, carryForwardCapMinutes);
                    yield new Settlement(carried, yearEndBalance - carried, 0);
                }
                case PAY -> new Settlement(0, yearEndBalance, 0);
                case WRITE_OFF -> new Settlement(0, 0, yearEndBalance);
            };
        }

        @Override
        public String kind() {
            return "annualised";
        }
    }

    /** A closed period of a term-time contract, both dates included. */
    record ClosedPeriod(LocalDate from, LocalDate to) {
        public ClosedPeriod {
            Checks.notNull(from, "from of closed period");
            Checks.notNull(to, "to of closed period");
            Checks.check(!to.isBefore(from), "The closed period ends (" + to + ") before it starts (" + from + ").");
        }

        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    /**
     * Term-time working: annualised hours with closed periods (school holidays) in which nothing is
     * rostered. The trajectory runs over open days only, so it is flat through a closed period and
     * still ends the year at the rostered total.
     */
    record TermTime(Annualised terms, List<ClosedPeriod> closed) implements Contract {
        public TermTime {
            Checks.notNull(terms, "terms of term-time contract");
            closed = Checks.list(closed, "closed");
        }

        @Override
        public boolean closedOn(LocalDate date) {
            return closed.stream().anyMatch(c -> c.covers(date));
        }

        /** Open days of the reference year before {@code date}. */
        int openDaysBefore(LocalDate date) {
            LocalDate end = terms.yearStart().plusDays(terms.elapsedDays(date));
            int open = 0;
            for (LocalDate d = terms.yearStart(); d.isBefore(end); d = d.plusDays(1)) {
                if (!closedOn(d)) {
                    open++;
                }
            }
            return open;
        }

        /** The rostered minutes due by the start of {@code date}, accrued over open days only. */
        public long trajectory(LocalDate date) {
            int openInYear = openDaysBefore(terms.yearStart().plusYears(1));
            return openInYear == 0 ? 0 : terms.rosteredAnnualMinutes() * openDaysBefore(date) / openInYear;
        }

        public long balance(long credited, LocalDate date) {
            return credited - trajectory(date);
        }

        @Override
        public HoursBounds bounds(LocalDate start, int days, int leaveDays) {
            return terms.trajectoryBounds(trajectory(start.plusDays(days)), leaveDays);
        }

        @Override
        public int weeklyMinutes() {
            return terms.weeklyMinutes();
        }

        @Override
        public int maxExtraMinutesPerWeek() {
            return 0;
        }

        public TermTime withCreditedToDate(long minutes) {
            return new TermTime(terms.withCreditedToDate(minutes), closed);
        }

        @Override
        public String kind() {
            return "termTime";
        }
    }

    /**
     * A share of a job-share post ({@link JobSharePost}): the person works {@code weeklyMinutes} of the
     * post's hours; the post says which days are covered, the handover and the partners.
     */
    record JobShare(String post, int weeklyMinutes, int maxExtraMinutesPerWeek) implements Contract {
        public JobShare {
            Checks.id(post, "post of job share");
            Checks.positive(weeklyMinutes, "weeklyMinutes");
            Checks.nonNegative(maxExtraMinutesPerWeek, "maxExtraMinutesPerWeek");
        }

        @Override
        public String kind() {
            return "jobShare";
        }
    }

    /**
     * A minimum-hours contract: {@code guaranteedMinutesPerWeek} are paid whether rostered or not (what
     * is not rostered is written off); extra hours are offered only if the person is
     * {@code willingForExtra}, up to {@code extraCapMinutesPerWeek}.
     */
    record MinimumHours(int guaranteedMinutesPerWeek, int extraCapMinutesPerWeek, boolean willingForExtra)
            implements Contract {
        public MinimumHours {
            Checks.positive(guaranteedMinutesPerWeek, "guaranteedMinutesPerWeek");
            Checks.nonNegative(extraCapMinutesPerWeek, "extraCapMinutesPerWeek");
        }

        @Override
        public int weeklyMinutes() {
            return guaranteedMinutesPerWeek;
        }

        @Override
        public int maxExtraMinutesPerWeek() {
            return willingForExtra ? extraCapMinutesPerWeek : 0;
        }

        /** Nothing need be rostered; the guarantee is the target; extra only if willing, up to the cap. */
        @Override
        public HoursBounds bounds(LocalDate start, int days, int leaveDays) {
            long target =
                    Math.max(0, (long) guaranteedMinutesPerWeek * days / 7 - (long) leaveDays * leaveDayMinutes());
            return new HoursBounds(0, target, target + (long) maxExtraMinutesPerWeek() * days / 7);
        }

        /** Guaranteed minutes not rostered: paid anyway and written off. */
        public long writeOff(HoursBounds bounds, long worked) {
            return bounds.underTarget(worked);
        }

        @Override
        public String kind() {
            return "minimumHours";
        }
    }

    /** One post of a dual contract: its grade and the contract that governs its hours. */
    record Post(String id, Grade grade, Contract contract) {
        public Post {
            Checks.id(id, "post id");
            Checks.notNull(grade, "grade of post (" + id + ")");
            Checks.notNull(contract, "contract of post (" + id + ")");
            Checks.check(
                    !(contract instanceof Dual) && !(contract instanceof JobShare),
                    "The post (" + id + ") of a dual contract must have a single contract, not " + contract.kind()
                            + ".");
        }
    }

    /**
     * Two or more contracts held by one person (e.g. an OSG post and an officer post). Each duty counts
     * toward the first post whose grade its template is open to, and each post's hours are kept to its
     * own band; working-time law, rest and overlaps apply to the person across all posts.
     */
    record Dual(List<Post> posts) implements Contract {
        public Dual {
            posts = Checks.list(posts, "posts");
            Checks.check(posts.size() >= 2, "A dual contract needs at least two posts, not " + posts.size() + ".");
            Checks.uniqueIds(posts, Post::id, "post");
            Checks.check(
                    posts.stream().map(Post::grade).distinct().count() == posts.size(),
                    "The posts of a dual contract must each be of a different grade (a duty counts toward the post"
                            + " of its grade), not "
                            + posts.stream().map(Post::grade).toList() + ".");
        }

        @Override
        public int weeklyMinutes() {
            return posts.stream().mapToInt(p -> p.contract().weeklyMinutes()).sum();
        }

        @Override
        public int maxExtraMinutesPerWeek() {
            return posts.stream()
                    .mapToInt(p -> p.contract().maxExtraMinutesPerWeek())
                    .sum();
        }

        @Override
        public int leaveDayMinutes() {
            return posts.stream().mapToInt(p -> p.contract().leaveDayMinutes()).sum();
        }

        /** Closed only when every post is (a term-time post alone closes its own duties: {@link #closedFor}). */
        @Override
        public boolean closedOn(LocalDate date) {
            return posts.stream().allMatch(p -> p.contract().closedOn(date));
        }

        /** Whether a duty of a template open to {@code grades} falls in its post's closed period. */
        public boolean closedFor(LocalDate date, java.util.Set<Grade> grades) {
            Post post = postFor(grades);
            return post != null && post.contract().closedOn(date);
        }

        @Override
        public HoursBounds bounds(LocalDate start, int days, int leaveDays) {
            long min = 0;
            long target = 0;
            long max = 0;
            for (Post p : posts) {
                HoursBounds b = p.contract().bounds(start, days, leaveDays);
                min += b.min();
                target += b.target();
                max += b.max();
            }
            return new HoursBounds(min, target, max);
        }

        /** The post a duty of a template open to {@code grades} counts toward (null: none). */
        public Post postFor(java.util.Set<Grade> grades) {
            for (Post p : posts) {
                if (grades.isEmpty() || grades.contains(p.grade())) {
                    return p;
                }
            }
            return null;
        }

        @Override
        public String kind() {
            return "dual";
        }
    }
}
