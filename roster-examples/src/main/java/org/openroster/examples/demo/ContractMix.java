package org.openroster.examples.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.openroster.examples.demo.DemoPrison.Size;
import org.openroster.model.Contract;
import org.openroster.model.Contract.Annualised;
import org.openroster.model.Contract.YearEndPolicy;
import org.openroster.model.Grade;

/**
 * The flexible-working mix of a demo prison (assumption, after HMPPS's flexible working offer): of the
 * staff recruited for its locations about 20% work part time, 10% compressed hours, 5% annualised
 * hours, 3% term time, 3% share a post (pairs), 5% are on minimum-hours contracts and 2% hold dual
 * contracts (an OSG post at the gate and an officer post on a wing); the rest are full time. A small
 * prison keeps a few of each kind (at least two people, one job share pair).
 *
 * <p>Kinds are dealt in proportion as people are recruited: each recruit gets, among the kinds open to
 * them, the one furthest behind its share (with a random tie-break), so the mix is close to its shares
 * in any prison and every kind appears early. Kinds are open to a recruit where they make sense:
 * compressed hours where the location offers compressed days (or nights, for night patrols), job
 * shares for wing officers, dual contracts for wing officers where there is a gate, term time and
 * minimum hours for officers, OSGs and (term time) instructors, none for custodial managers.
 */
final class ContractMix {

    /**
     * The contract kinds the mix deals, each with its share of the staff and how much faster than its
     * share it is dealt where it is open: compressed hours and dual contracts are open to fewer recruits
     * (compressed days are offered on the wings, at the gate and in the control room; dual contracts are
     * for wing officers), so they are dealt faster there to reach their share of the whole prison.
     */
    enum Kind {
        FULL_TIME(0, 1),
        PART_TIME(0.20, 1),
        COMPRESSED(0.10, 1.25),
        ANNUALISED(0.05, 1),
        TERM_TIME(0.03, 1),
        /** People, not pairs: a share of 3% is 1.5% of posts. */
        JOB_SHARE(0.03, 1),
        MINIMUM_HOURS(0.05, 1),
        DUAL(0.02, 1.4);

        final double share;
        final double pace;

        Kind(double share, double pace) {
            this.share = share;
            this.pace = pace;
        }
    }

    /** A small prison has at least this many people of each kind other than full time. */
    static final int SMALL_MINIMUM = 2;

    /** Medium and large prisons have at least this many job share pairs. */
    static final int MINIMUM_PAIRS = 3;

    /** Annualised and term-time reference years start on 1 April (the HMPPS business year). */
    static final Month YEAR_START = Month.APRIL;

    private final Map<Kind, Double> shares = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    private final Calendar calendar;
    private int dealt;

    ContractMix(Size size, Calendar calendar) {
        this.calendar = calendar;
        double others = 0;
        for (Kind k : Kind.values()) {
            double share = k.share * k.pace;
            if (k != Kind.FULL_TIME) {
                int minimum = k == Kind.JOB_SHARE && size != Size.SMALL ? 2 * MINIMUM_PAIRS : SMALL_MINIMUM;
                share = Math.max(share, (minimum + 0.5) / size.targetStaff());
                others += share;
            }
            shares.put(k, share);
            counts.put(k, 0);
        }
        shares.put(Kind.FULL_TIME, 1 - others);
    }

    /**
     * The kind for the next recruit among {@code open}: the furthest behind its share of everyone
     * dealt so far (this recruit included), ties broken at random.
     */
    Kind next(SplittableRandom r, Set<Kind> open) {
        int people = dealt + 1;
        Kind best = Kind.FULL_TIME;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Kind k : Kind.values()) {
            if (!open.contains(k)) {
                continue;
            }
            int size = k == Kind.JOB_SHARE ? 2 : 1;
            // a kind is due when dealing it would leave it no further ahead than it is now behind
            double behind = shares.get(k) * (people + size - 1) - counts.get(k) - (size - 1) / 2.0;
            double score = behind + r.nextDouble() * 0.5;
            if (score > bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return best;
    }

    /** Records that {@code people} recruits (2 for a job share pair) got the kind. */
    void dealt(Kind kind, int people) {
        counts.merge(kind, people, Integer::sum);
        dealt += people;
    }

    /** Records a recruit whose contract was set outside the mix (managers, apprentices). */
    void outside() {
        dealt++;
    }

    // ------------------------------------------------------------------ contracts of each kind

    /**
     * Full time (assumption): 37 hours, or 39 for half of those who joined before April 2013; about half
     * take voluntary extra hours (payment plus) up to a weekly cap.
     */
    static Contract fullTime(SplittableRandom r, Grade grade, LocalDate serviceStart) {
        boolean extraHours = grade != Grade.CUSTODIAL_MANAGER && grade != Grade.NON_OPERATIONAL;
        int weekly = serviceStart.isBefore(Staffing.NEW_TERMS) && r.nextDouble() < 0.5 ? 39 * 60 : 37 * 60;
        return new Contract.FullTime(weekly, extraCap(r, extraHours, 0.55));
    }

    /** Part time: 18.5, 22.2 or 29.6 hours (50, 60 or 80%); 40% of operational staff take extra hours. */
    static Contract partTime(SplittableRandom r, Grade grade) {
        boolean extraHours = grade != Grade.CUSTODIAL_MANAGER && grade != Grade.NON_OPERATIONAL;
        int weekly = List.of(1110, 1332, 1776).get(r.nextInt(3));
        int extra = extraHours && r.nextDouble() < 0.4 ? List.of(240, 480).get(r.nextInt(2)) : 0;
        return new Contract.PartTime(weekly, extra);
    }

    /**
     * Compressed hours: 37 hours in four days of 9 h 15 (three quarters, some with extra hours), or
     * where nights are worked 30 hours in three 10-hour nights (a night patrol's compressed week).
     */
    static Contract compressed(SplittableRandom r, boolean nightsOffered) {
        if (nightsOffered && r.nextDouble() < 0.25) {
            return new Contract.Compressed(3, 600, 0);
        }
        return new Contract.Compressed(4, Contract.FULL_TIME_WEEKLY_MINUTES / 4, extraCap(r, true, 0.4));
    }

    /**
     * Annualised hours: 52.14 weeks of 37 (or 39) hours a year from 1 April, 5 or 10% held in reserve,
     * a tolerance of 8 to 12 hours a window, and a year end that carries up to 37 hours forward (60%),
     * pays (30%) or writes off (10%). The balance brought forward is set once the person's rota line is
     * known ({@link #withBalance}).
     */
    Annualised annualised(SplittableRandom r, LocalDate serviceStart) {
        int weekly = serviceStart.isBefore(Staffing.NEW_TERMS) && r.nextDouble() < 0.3 ? 39 * 60 : 37 * 60;
        int annual = (int) Math.round(weekly * Annualised.WEEKS_PER_YEAR);
        int reserve = r.nextDouble() < 0.5 ? 5 : 10;
        int tolerance = List.of(480, 600, 720).get(r.nextInt(3));
        double u = r.nextDouble();
        YearEndPolicy policy =
                u < 0.6 ? YearEndPolicy.CARRY_FORWARD : u < 0.9 ? YearEndPolicy.PAY : YearEndPolicy.WRITE_OFF;
        Annualised a = new Annualised(annual, yearStart(), reserve, tolerance, policy, 37 * 60, 0);
        return a.withCreditedToDate(a.trajectory(calendar.start()));
    }

    /**
     * Term time: 37 or 30 hours a week in term, annualised over the open days of the year from
     * 1 April, with the school holidays of that year and the next closed ({@link SchoolHolidays}).
     */
    Contract.TermTime termTime(SplittableRandom r) {
        int weekly = r.nextDouble() < 0.6 ? 37 * 60 : 30 * 60;
        LocalDate yearStart = yearStart();
        List<Contract.ClosedPeriod> closed =
                SchoolHolidays.england(yearStart, yearStart.plusYears(2).minusDays(1));
        Contract.TermTime probe =
                new Contract.TermTime(new Annualised(1, yearStart, 0, 0, YearEndPolicy.PAY, 0, 0), closed);
        int open = 0;
        for (LocalDate d = yearStart; d.isBefore(yearStart.plusYears(1)); d = d.plusDays(1)) {
            open += probe.closedOn(d) ? 0 : 1;
        }
        int annual = (int) Math.round(weekly * open / 7.0);
        int tolerance = List.of(480, 600).get(r.nextInt(2));
        Annualised terms = new Annualised(annual, yearStart, 0, tolerance, YearEndPolicy.PAY, 0, 0);
        Contract.TermTime t = new Contract.TermTime(terms, closed);
        return t.withCreditedToDate(t.trajectory(calendar.start()));
    }

    /** Minimum hours: 12, 16 or 20 hours guaranteed, extra up to 8-16 hours a week; 70% willing. */
    static Contract minimumHours(SplittableRandom r) {
        int guaranteed = List.of(720, 960, 1200).get(r.nextInt(3));
        int cap = List.of(480, 720, 960).get(r.nextInt(3));
        return new Contract.MinimumHours(guaranteed, cap, r.nextDouble() < 0.7);
    }

    /**
     * A dual contract: an OSG post at the gate and an officer post on a wing, 15 + 22 or 18.5 + 18.5
     * hours, part time each, each with 4 hours' extra a week (a day of leave is worth a day of each
     * post, whichever post's shift it replaces); the OSG post comes first, so that a duty open to OSGs
     * (gate, control room, night patrol) counts toward it and a wing duty toward the officer post.
     */
    static Contract dual(SplittableRandom r) {
        int osg = r.nextBoolean() ? 900 : 1110;
        int officer = Contract.FULL_TIME_WEEKLY_MINUTES - osg;
        return new Contract.Dual(List.of(
                new Contract.Post("OSG", Grade.OSG, new Contract.PartTime(osg, 240)),
                new Contract.Post("OFFICER", Grade.OFFICER, new Contract.PartTime(officer, 240))));
    }

    /** A job share partner's contract of the post: their weekly minutes; 4 hours' extra to cover leave. */
    static Contract jobShare(String post, int weeklyMinutes) {
        return new Contract.JobShare(post, weeklyMinutes, 240);
    }

    /**
     * The contract (annualised or term time; others unchanged) with the balance brought forward that
     * makes the window's target {@code windowMinutes - offset}: the minutes credited before the window
     * are the trajectory at the window's end less what the window is to roster, plus the offset. A
     * person whose rota line is heavy this window was behind the trajectory before it, and the other
     * way round: the balance tells the same story as the line.
     */
    static Contract withBalance(Contract c, LocalDate windowEnd, long windowMinutes, long offset) {
        LocalDate after = windowEnd.plusDays(1);
        if (c instanceof Annualised a) {
            return a.withCreditedToDate(Math.max(0, a.trajectory(after) - windowMinutes + offset));
        }
        if (c instanceof Contract.TermTime t) {
            return t.withCreditedToDate(Math.max(0, t.trajectory(after) - windowMinutes + offset));
        }
        return c;
    }

    /** The 1 April on or before the window's first day. */
    LocalDate yearStart() {
        LocalDate start = calendar.start();
        LocalDate april = LocalDate.of(start.getYear(), YEAR_START, 1);
        return start.isBefore(april) ? april.minusYears(1) : april;
    }

    private static int extraCap(SplittableRandom r, boolean takesExtra, double probability) {
        return takesExtra && r.nextDouble() < probability
                ? List.of(240, 360, 480).get(r.nextInt(3))
                : 0;
    }

    /** Monday to Sunday, for cover days. */
    static final Set<DayOfWeek> WEEKDAYS =
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
}
