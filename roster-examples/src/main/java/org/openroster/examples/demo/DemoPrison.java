package org.openroster.examples.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.openroster.examples.demo.Regime.Site;
import org.openroster.model.Activity;
import org.openroster.model.Establishment;
import org.openroster.model.Location;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.TierWeights;
import org.openroster.model.WorkingTimeSettings;

/**
 * Realistic, deterministic demo prisons for examples, tests and benchmarks: {@code
 * DemoPrison.generate(Size.MEDIUM, 42)} is a Cat B local with four wings and its departments, its
 * regime and staffing ladders, ~250 staff with contracts, skills, history, leave and requests, for a
 * 28-day window from Monday 8 March 2027 (which holds the clock change of 28 March and the Easter
 * public holidays of 26 and 29 March).
 *
 * <p>The same size, seed, anchor and window always give the same problem: the only source of
 * randomness is a {@link SplittableRandom} seeded with {@code seed}, and nothing depends on the
 * clock. The staffing is sized from the regime so that the staff who may work at each location
 * cover its MSL with room to spare (contracted hours net of leave about 1.2 times the work whole
 * shifts need to cover MSL, 1.3-1.5 times its person-hours), while its SDSOL is above what they can
 * deliver, as in a real prison; {@link DemoPrisonCheck} prints the figures. The prisons and names
 * are fictional.
 */
public final class DemoPrison {

    /** The default first day of the window: a Monday. */
    public static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2027, 3, 8);

    /** The default window: four weeks. */
    public static final int DEFAULT_DAYS = 28;

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Skill ids of the demo prisons. */
    public static final String C_AND_R = org.openroster.model.Adjustments.CONTROL_AND_RESTRAINT;

    public static final String FIRST_AID = "FIRST_AID";
    public static final String NIGHT_LEAD = "NIGHT_LEAD";
    public static final String FEMALE_SEARCHER = "FEMALE_SEARCHER";
    public static final String CAT_A_ESCORT = "CAT_A_ESCORT";

    /** The sizes on offer, each with the number of staff it aims at. */
    public enum Size {
        /** ~60 staff: one residential wing (a six-landing house block), the gate and night state. */
        SMALL("ASH", "HMP Ashcombe", 60),
        /** ~250 staff: four wings, gate, control room, reception, visits, healthcare, education. */
        MEDIUM("BRK", "HMP Brackenridge", 250),
        /**
         * ~700 staff: eight wings, segregation, control room, external escorts, workshops, gate,
         * reception, visits, inpatient healthcare, education.
         */
        LARGE("CSM", "HMP Castlemere", 700);

        private final String code;
        private final String prisonName;
        private final int targetStaff;

        Size(String code, String prisonName, int targetStaff) {
            this.code = code;
            this.prisonName = prisonName;
            this.targetStaff = targetStaff;
        }

        /**
         * The whole-time equivalent staff the size aims at (weekly contracted hours over 37): a generated
         * prison is within 10% of it; its headcount is higher, as a fifth of its staff work part time.
         */
        public int targetStaff() {
            return targetStaff;
        }

        /** The (fictional) name of the prison. */
        public String prisonName() {
            return prisonName;
        }

        String code() {
            return code;
        }
    }

    private DemoPrison() {}

    /** A demo prison of the size for the default window (28 days from Monday 8 March 2027). */
    public static Problem generate(Size size, long seed) {
        return generate(size, seed, DEFAULT_ANCHOR, DEFAULT_DAYS);
    }

    /**
     * A demo prison of the size for the window of {@code days} days from {@code anchor} (a Monday
     * reads best, but any date works). Public holidays are those of England and Wales.
     */
    public static Problem generate(Size size, long seed, LocalDate anchor, int days) {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(anchor, "anchor");
        if (days <= 0 || days > 366) {
            throw new IllegalArgumentException(
                    "The days (" + days + ") must be from 1 to 366. Maybe " + DEFAULT_DAYS + ".");
        }
        SplittableRandom root = new SplittableRandom(seed);
        // One stream per stage, split in a fixed order, so that a change to a later stage does not
        // reshuffle the staff.
        SplittableRandom staffRandom = root.split();
        SplittableRandom leaveRandom = root.split();
        SplittableRandom historyRandom = root.split();
        SplittableRandom requestRandom = root.split();
        SplittableRandom rotaRandom = root.split();
        SplittableRandom choiceRandom = root.split();

        List<Site> sites = Regime.sites(size);
        Map<String, List<String>> templatesByLocation = new LinkedHashMap<>();
        List<Location> locations = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        for (Site site : sites) {
            locations.add(site.location());
            activities.addAll(site.activities());
            templatesByLocation.put(site.id(), site.templates());
        }
        List<ShiftTemplate> templates = Templates.offered(templatesByLocation);
        // the rota is designed over four weeks from the anchor, whatever the window
        int designDays = Math.max(days, RotaDesign.CYCLE);
        Establishment establishment = new Establishment(
                size.code(),
                size.prisonName(),
                LONDON,
                locations,
                Set.of(C_AND_R, FIRST_AID, NIGHT_LEAD, FEMALE_SEARCHER, CAT_A_ESCORT),
                BankHolidays.englandAndWales(
                        LocalDate.of(anchor.getYear(), 1, 1),
                        LocalDate.of(anchor.plusDays(designDays - 1L).getYear(), 12, 31)),
                WorkingTimeSettings.prisonSpecialCase(),
                TierWeights.DEFAULT);
        String id =
                "demo-" + size.name().toLowerCase(java.util.Locale.ROOT) + "-" + seed + "-" + anchor + "-" + days + "d";

        Calendar calendar = new Calendar(establishment, anchor, days);
        Staffing staffing = new Staffing(sites, templates, calendar, new ContractMix(size, calendar));
        List<Staffing.Draft> staff = staffing.recruit(staffRandom);
        List<JobShares.Pair> pairs = staffing.pairs();

        // the fixed rota, drawn on the engine's shifts and demand for four weeks from the anchor
        RotaDesign design = new RotaDesign(new Problem(
                        id,
                        establishment,
                        anchor,
                        RotaDesign.CYCLE,
                        templates,
                        activities,
                        staff.stream().map(Staffing.Draft::build).toList(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        Map.of())
                .withFlexibleWorking(pairs.stream().map(JobShares.Pair::toPost).toList(), List.of(), List.of()));
        FixedRota rota = new FixedRota(design, calendar);
        rota.design(rotaRandom, staff, pairs);

        Absences absences = new Absences(calendar, staff, rota);
        absences.plan(leaveRandom);
        staffing.repair(staff, absences);
        staffing.history(historyRandom, staff, rota.lines());
        absences.requests(requestRandom, staffing);
        // choices are made over the rota's four weeks: those in the window are the problem's
        List<Request> choices = Choices.choose(choiceRandom, design, rota, calendar, staff, absences).stream()
                .filter(c -> !c.date().isBefore(anchor) && !c.date().isAfter(calendar.end()))
                .toList();

        return new Problem(
                        id,
                        establishment,
                        anchor,
                        days,
                        templates,
                        activities,
                        staff.stream().map(Staffing.Draft::build).toList(),
                        absences.leave(),
                        absences.requestList(),
                        List.of(),
                        List.of(),
                        Map.of())
                .withFlexibleWorking(
                        pairs.stream().map(JobShares.Pair::toPost).toList(), rota.rotaLines(staff), choices);
    }

    /** Whole-time equivalent staff of the problem: everyone's weekly contracted hours over 37 hours. */
    public static double wholeTimeEquivalents(Problem problem) {
        return problem.people().stream()
                        .mapToLong(p -> p.contract().weeklyMinutes())
                        .sum()
                / (double) org.openroster.model.Contract.FULL_TIME_WEEKLY_MINUTES;
    }
}
