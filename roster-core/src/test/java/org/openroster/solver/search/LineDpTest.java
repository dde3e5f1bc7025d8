package org.openroster.solver.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openroster.model.Adjustments;
import org.openroster.model.Contract;
import org.openroster.model.Establishment;
import org.openroster.model.Grade;
import org.openroster.model.History;
import org.openroster.model.Location;
import org.openroster.model.LocationKind;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.SlotDemand;
import org.openroster.model.TierWeights;
import org.openroster.model.WorkRules;
import org.openroster.model.WorkingTimeSettings;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;
import org.openroster.solver.RosterSolver;
import org.openroster.solver.Rule;
import org.openroster.solver.Shift;

/**
 * {@link LineDp} on small rosters where the rules it prices are the only ones in play (the rules of
 * a rota with named slots, the working-time law and fairness switched off as the Curtois benchmark
 * does): its prices of two lines differ exactly as the roster's scores do, the line it proposes is
 * the cheapest there is and never makes the score worse, and it finds a known better line.
 */
class LineDpTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    private static final RosterSolver SCORING = RosterSolver.create();

    /** The rules a line's programme does not price, switched off; cover and requests soft, 1 a unit. */
    private static Map<String, String> rotaWeights() {
        Map<String, String> w = new LinkedHashMap<>();
        for (Rule off : List.of(
                Rule.DAILY_REST,
                Rule.WEEKLY_REST,
                Rule.REST_BREAK,
                Rule.AVERAGE_WEEKLY_HOURS,
                Rule.NIGHT_WORK_LIMIT,
                Rule.YOUNG_WORKER_LIMITS,
                Rule.COMPENSATORY_REST,
                Rule.FAIR_UNSOCIAL_WORK,
                Rule.PREFERRED_CONSECUTIVE_DAYS,
                Rule.EXTRA_HOURS,
                Rule.UNUSED_HOURS,
                Rule.OVER_STAFFING,
                Rule.REGIME_BELOW_SDSOL)) {
            w.put(off.id(), "0soft");
        }
        for (Rule soft : List.of(Rule.SLOT_UNDER_COVER, Rule.SLOT_OVER_COVER, Rule.REQUESTS)) {
            w.put(soft.id(), "1soft");
        }
        return w;
    }

    private static ShiftTemplate template(String id, int minutes, Set<String> cannotFollow) {
        return new ShiftTemplate(
                id,
                id,
                LocalTime.MIDNIGHT,
                LocalTime.MIDNIGHT.plusMinutes(minutes),
                0,
                Set.of(),
                Set.of(),
                Set.of(),
                cannotFollow);
    }

    private static Person person(String id, WorkRules rules, Set<LocalDate> daysOff) {
        return new Person(
                id,
                id,
                Grade.OFFICER,
                Set.of(),
                Set.of(),
                Adjustments.NONE,
                true,
                false,
                false,
                null,
                new Contract.FullTime(37, 0),
                rules,
                Set.of(),
                daysOff,
                History.NONE);
    }

    private static Problem problem(
            int days,
            List<ShiftTemplate> templates,
            List<Person> people,
            List<Request> requests,
            List<SlotDemand> slots) {
        Establishment establishment = new Establishment(
                "line",
                "line",
                ZoneOffset.UTC,
                List.of(new Location("W", "Ward", LocationKind.OTHER)),
                Set.of(),
                Set.of(),
                WorkingTimeSettings.GB,
                TierWeights.DEFAULT);
        return new Problem(
                "line",
                establishment,
                MONDAY,
                days,
                templates,
                List.of(),
                people,
                List.of(),
                requests,
                List.of(),
                slots,
                rotaWeights());
    }

    /**
     * Four people, three weeks, three templates (L may not be followed by E, N by E or L), every rule
     * a line decides in play: runs of work and rest, weekends, shifts per template, a minutes band,
     * days off, requests, and cover of each template each day.
     */
    private static Roster randomRota(long seed) {
        Random random = new Random(seed);
        int days = 21;
        List<ShiftTemplate> templates = List.of(
                template("E", 480, Set.of()), template("L", 480, Set.of("E")), template("N", 600, Set.of("E", "L")));
        List<Person> people = new ArrayList<>();
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Set<LocalDate> daysOff = new HashSet<>();
            daysOff.add(MONDAY.plusDays(random.nextInt(days)));
            WorkRules rules = new WorkRules(
                    4 + random.nextInt(2),
                    1 + random.nextInt(3),
                    1 + random.nextInt(3),
                    1 + random.nextInt(2),
                    i == 3 ? Map.of("N", 0) : Map.of("N", 2 + random.nextInt(2), "L", 4 + random.nextInt(4)),
                    480 * 8,
                    480 * 12,
                    0);
            people.add(person("P" + i, rules, daysOff));
            for (int r = 0; r < 6; r++) {
                String t = random.nextInt(3) == 0
                        ? null
                        : templates.get(random.nextInt(3)).id();
                requests.add(new Request(
                        "P" + i,
                        MONDAY.plusDays(random.nextInt(days)),
                        t == null ? null : t,
                        random.nextBoolean(),
                        1 + random.nextInt(3)));
            }
        }
        List<SlotDemand> slots = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (ShiftTemplate t : templates) {
                slots.add(new SlotDemand(MONDAY.plusDays(d), t.id(), "W", 0, random.nextInt(3), 100, 1));
            }
        }
        Roster roster = RosterBuilder.build(problem(days, templates, people, dedupe(requests), slots));
        for (PersonDay pd : roster.getPersonDays()) {
            List<Shift> options = pd.getOptions();
            if (!pd.isPinned() && !options.isEmpty() && random.nextInt(5) < 3) {
                pd.setShift(options.get(random.nextInt(options.size())));
            }
        }
        return roster;
    }

    /** One request per person and day. */
    private static List<Request> dedupe(List<Request> requests) {
        Map<String, Request> byDay = new LinkedHashMap<>();
        for (Request r : requests) {
            byDay.putIfAbsent(r.person() + r.date(), r);
        }
        return List.copyOf(byDay.values());
    }

    /** The roster's person-days by person and day, as {@link RosterMoves} indexes them, and its programme. */
    private record Lines(PersonDay[][] grid, LineDp dp) {

        static Lines of(Roster roster) {
            PersonDay[][] grid = LineDp.grid(roster);
            return new Lines(grid, new LineDp(roster, grid, LineDp.windows(grid)));
        }

        Shift[] current(int p) {
            Shift[] line = new Shift[grid[p].length];
            for (int d = 0; d < line.length; d++) {
                line[d] = grid[p][d].getShift();
            }
            return line;
        }

        void set(int p, Shift[] line) {
            for (int d = 0; d < line.length; d++) {
                grid[p][d].setShift(line[d]);
            }
        }
    }

    /** The score folded into one number as the programme folds its weights (higher is better). */
    private static long score(Roster roster) {
        HardMediumSoftScore score = SCORING.score(roster);
        return LineDp.scalar(score);
    }

    private static Shift randomValue(PersonDay pd, Random random) {
        List<Shift> options = pd.getOptions();
        int n = random.nextInt(options.size() + 1);
        return n == options.size() ? null : options.get(n);
    }

    @Test
    void pricesOfTwoLinesDifferAsTheirScoresDo() {
        Random random = new Random(7);
        for (long seed = 1; seed <= 6; seed++) {
            Roster roster = randomRota(seed);
            Lines lines = Lines.of(roster);
            int days = roster.horizon().days();
            for (int trial = 0; trial < 25; trial++) {
                int p = random.nextInt(lines.grid().length);
                int length = 1 + random.nextInt(days);
                int from = random.nextInt(days - length + 1);
                int to = from + length;
                Shift[] before = lines.current(p);
                Shift[] after = before.clone();
                for (int d = from; d < to; d++) {
                    if (!lines.grid()[p][d].isPinned()) {
                        after[d] = randomValue(lines.grid()[p][d], random);
                    }
                }
                long priceBefore = lines.dp().price(p, from, to, before);
                long priceAfter = lines.dp().price(p, from, to, after);
                long scoreBefore = score(roster);
                lines.set(p, after);
                long scoreAfter = score(roster);
                lines.set(p, before);
                assertEquals(
                        scoreBefore - scoreAfter,
                        priceAfter - priceBefore,
                        "seed " + seed + ", person " + p + ", days " + from + ".." + to);
            }
        }
    }

    @Test
    void theProposedLineIsTheCheapestOfAWeekAndNeverWorse() {
        Random random = new Random(11);
        for (long seed = 1; seed <= 3; seed++) {
            Roster roster = randomRota(seed);
            Lines lines = Lines.of(roster);
            for (int trial = 0; trial < 3; trial++) {
                int p = random.nextInt(lines.grid().length);
                int from = 7 * random.nextInt(3); // Monday to Sunday: no widening
                int to = from + 7;
                Shift[] before = lines.current(p);
                long cheapest = cheapest(lines, p, from, to, before);
                long priceBefore = lines.dp().price(p, from, to, before);
                LineDp.DutyChange change = lines.dp().best(p, from, to);
                if (change == null) {
                    assertEquals(cheapest, priceBefore, "seed " + seed + ": the current line is not the cheapest");
                    continue;
                }
                Shift[] proposed = before.clone();
                for (int i = 0; i < change.days().length; i++) {
                    PersonDay pd = change.days()[i];
                    assertTrue(pd.dayIndex() >= from && pd.dayIndex() < to, "outside the window: " + pd);
                    assertTrue(change.values()[i] == null || pd.getOptions().contains(change.values()[i]));
                    proposed[pd.dayIndex()] = change.values()[i];
                }
                long priceProposed = lines.dp().price(p, from, to, proposed);
                assertEquals(cheapest, priceProposed, "seed " + seed + ": not the cheapest line");
                long scoreBefore = score(roster);
                lines.set(p, proposed);
                long scoreAfter = score(roster);
                assertTrue(scoreAfter >= scoreBefore, "worse: " + scoreBefore + " -> " + scoreAfter);
                assertEquals(priceBefore - priceProposed, scoreAfter - scoreBefore);
            }
        }
    }

    /** Brute force: the lowest price of every line on days {@code [from, to)}. */
    private static long cheapest(Lines lines, int p, int from, int to, Shift[] current) {
        int width = to - from;
        List<List<Shift>> values = new ArrayList<>();
        for (int d = from; d < to; d++) {
            PersonDay pd = lines.grid()[p][d];
            List<Shift> v = new ArrayList<>();
            v.add(null);
            v.addAll(pd.getOptions());
            values.add(pd.isPinned() ? java.util.Collections.singletonList(pd.getShift()) : v);
        }
        int[] digit = new int[width];
        Shift[] line = current.clone();
        long best = Long.MAX_VALUE;
        while (true) {
            for (int i = 0; i < width; i++) {
                line[from + i] = values.get(i).get(digit[i]);
            }
            best = Math.min(best, lines.dp().price(p, from, to, line));
            int i = 0;
            while (i < width && ++digit[i] == values.get(i).size()) {
                digit[i++] = 0;
            }
            if (i == width) {
                return best;
            }
        }
    }

    @Test
    void repeatedLinesOnlyEverImproveTheScore() {
        Random random = new Random(3);
        for (long seed = 10; seed <= 12; seed++) {
            Roster roster = randomRota(seed);
            Lines lines = Lines.of(roster);
            int days = roster.horizon().days();
            long score = score(roster);
            for (int trial = 0; trial < 30; trial++) {
                int p = random.nextInt(lines.grid().length);
                int length = Math.min(days, 7 + random.nextInt(15));
                int from = random.nextInt(days - length + 1);
                LineDp.DutyChange change = lines.dp().best(p, from, from + length);
                if (change == null) {
                    continue;
                }
                for (int i = 0; i < change.days().length; i++) {
                    change.days()[i].setShift(change.values()[i]);
                }
                long next = score(roster);
                assertTrue(next > score, "seed " + seed + ": a proposed line did not improve " + score + " -> " + next);
                score = next;
            }
        }
    }

    @Test
    void aSweepImprovesARandomRota() {
        for (long seed = 20; seed <= 22; seed++) {
            Roster roster = randomRota(seed);
            long before = score(roster);
            SolverConfig config = RosterSolver.baseConfig()
                    .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(LineSweep.class)));
            Roster swept = SolverFactory.<Roster>create(config).buildSolver().solve(roster);
            long after = score(swept);
            assertTrue(after > before, "seed " + seed + ": the sweep did not improve " + before + " -> " + after);
        }
    }

    @Test
    void anotherSweepPassOnlyAfterRepairsOrAGainOfOnePercent() {
        HardMediumSoftScore start = HardMediumSoftScore.of(-2, 0, -1000);
        assertTrue(LineSweep.worthAnotherPass(start, HardMediumSoftScore.of(-1, 0, -1500)));
        assertTrue(LineSweep.worthAnotherPass(start, HardMediumSoftScore.of(-2, 0, -990)));
        assertTrue(!LineSweep.worthAnotherPass(start, HardMediumSoftScore.of(-2, 0, -991)));
        assertTrue(!LineSweep.worthAnotherPass(start, start));
    }

    @Test
    void aHandOverMakesWhatNeitherLineCanAlone() {
        // A and B work exactly one 8-hour shift in the week; B may only work Monday or Wednesday.
        // E is wanted once on Monday and once on Tuesday; A works Monday and B Wednesday, so Tuesday
        // lacks someone and Wednesday has one too many. A moving to Tuesday leaves Monday bare, and B
        // moving to Monday overstaffs it: neither line alone is better. B taking A's Monday, then A's
        // line and B's line rebuilt, covers both days.
        List<ShiftTemplate> templates = List.of(template("E", 480, Set.of()));
        WorkRules rules = new WorkRules(5, 0, 0, 0, Map.of(), 480, 480, 0);
        Set<LocalDate> bOff = Set.of(
                MONDAY.plusDays(1), MONDAY.plusDays(3), MONDAY.plusDays(4), MONDAY.plusDays(5), MONDAY.plusDays(6));
        List<SlotDemand> slots = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            slots.add(new SlotDemand(MONDAY.plusDays(d), "E", "W", 0, d < 2 ? 1 : 0, 100, 1));
        }
        Roster roster = RosterBuilder.build(problem(
                7, templates, List.of(person("A", rules, Set.of()), person("B", rules, bOff)), List.of(), slots));
        Lines lines = Lines.of(roster);
        PersonDay[][] grid = lines.grid();
        Shift monday = grid[0][0].getOptions().getFirst();
        grid[0][0].setShift(monday);
        grid[1][2].setShift(grid[1][2].getOptions().getFirst());
        assertEquals(-101, score(roster));
        assertNull(lines.dp().best(0, 0, 7), "A's line alone");
        assertNull(lines.dp().best(1, 0, 7), "B's line alone");

        Map<PersonDay, Shift> chain = RosterMoves.handOverChain(lines.dp(), grid[1][0], monday, 0, 1, 0, 7);

        assertEquals(monday, grid[0][0].getShift(), "the roster is left as it was");
        assertNull(grid[1][0].getShift(), "the roster is left as it was");
        assertEquals(4, chain.size(), chain.toString());
        chain.forEach(PersonDay::setShift);
        assertEquals(0, score(roster));
        assertTrue(grid[0][1].isWorking() && grid[1][0].isWorking(), "A works Tuesday and B Monday");
    }

    @Test
    void aHandOverLeavesTheRosterAsItWas() {
        Random random = new Random(5);
        int tried = 0;
        for (long seed = 30; seed <= 34; seed++) {
            Roster roster = randomRota(seed);
            Lines lines = Lines.of(roster);
            PersonDay[][] grid = lines.grid();
            int days = roster.horizon().days();
            for (int trial = 0; trial < 200; trial++) {
                int p = random.nextInt(grid.length);
                int q = random.nextInt(grid.length);
                int d = random.nextInt(days);
                Shift shift = grid[p][d].getShift();
                if (p == q
                        || shift == null
                        || grid[q][d].getShift() != null
                        || !grid[q][d].getOptions().contains(shift)) {
                    continue;
                }
                Shift[][] was = new Shift[grid.length][];
                for (int x = 0; x < grid.length; x++) {
                    was[x] = lines.current(x);
                }
                int from = Math.max(0, d - random.nextInt(7));
                RosterMoves.handOverChain(
                        lines.dp(), grid[q][d], shift, p, q, from, Math.min(days, from + 7 + random.nextInt(8)));
                for (int x = 0; x < grid.length; x++) {
                    assertTrue(java.util.Arrays.equals(was[x], lines.current(x)), "seed " + seed + " person " + x);
                }
                tried++;
            }
        }
        assertTrue(tried > 50, "only " + tried + " hand-overs tried");
    }

    @Test
    void findsTheRunTheSlotsNeed() {
        // one person who must work five 8-hour shifts in the week, at most five in a row, at least
        // two off; E is wanted on Monday to Friday and nothing at the weekend; they work Wednesday to
        // Sunday: the better line is Monday to Friday
        List<ShiftTemplate> templates = List.of(template("E", 480, Set.of()));
        WorkRules rules = new WorkRules(5, 2, 2, 0, Map.of(), 480 * 5, 480 * 5, 0);
        List<SlotDemand> slots = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            slots.add(new SlotDemand(MONDAY.plusDays(d), "E", "W", 0, d < 5 ? 1 : 0, 100, 1));
        }
        Roster roster =
                RosterBuilder.build(problem(7, templates, List.of(person("A", rules, Set.of())), List.of(), slots));
        Lines lines = Lines.of(roster);
        for (int d = 2; d < 7; d++) {
            lines.grid()[0][d].setShift(lines.grid()[0][d].getOptions().getFirst());
        }
        long before = score(roster);
        assertEquals(-(2 * 100 + 2), before);
        LineDp.DutyChange change = lines.dp().best(0, 0, 7);
        assertNotNull(change);
        for (int i = 0; i < change.days().length; i++) {
            change.days()[i].setShift(change.values()[i]);
        }
        for (int d = 0; d < 7; d++) {
            assertEquals(d < 5, lines.grid()[0][d].isWorking(), "day " + d);
        }
        assertEquals(0, score(roster));
        assertNull(lines.dp().best(0, 0, 7), "the best line is already worked");
    }
}
