package org.openroster.solver.search;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;
import org.openroster.solver.PersonDay;
import org.openroster.solver.PersonWindow;
import org.openroster.solver.Roster;
import org.openroster.solver.Shift;

/**
 * The moves of the local search, drawn at random in proportions set by the custom properties:
 *
 * <ul>
 *   <li>{@code change}: one person-day gets another duty from its options, or off;
 *   <li>{@code swap}: two people swap their duties on the same day (a plain swap of two random
 *       person-days would mostly pair different dates, which the value ranges reject);
 *   <li>{@code daySwap}: one person's duties on two days up to {@code maxBlock} apart trade places
 *       (totals and per-template counts unchanged, runs and cover move);
 *   <li>{@code blockSwap}: two people swap their duties on a run of 2 to {@code maxBlock}
 *       consecutive days, keeping every day's cover while changing both people's patterns;
 *   <li>{@code blockAssign}: one person works one shift (same template and location) or is off on
 *       a run of 2 to {@code maxBlock} days, which makes and breaks runs of work and rest;
 *   <li>{@code line}: one person's duties on a window of 7 to {@code lineDays} days rebuilt at once,
 *       the best line against the others' current cover ({@link LineDp}); only where the roster has
 *       named slots and no demand curve, none when the current line is already the best;
 *   <li>{@code handOver}: someone off on a day takes another's shift there, then the giver's and the
 *       taker's lines are rebuilt around that day, each by {@link LineDp} ({@link #handOverChain}):
 *       what neither line alone can improve; same conditions as {@code line}.
 * </ul>
 *
 * A move never touches a pinned day and never gives a day a value outside its options. Timefold
 * creates one instance per solver and calls it from the solver's thread only.
 */
public final class RosterMoves implements MoveIteratorFactory<Roster, DutyMove> {

    /** Attempts to find a move of a drawn kind before drawing another kind. */
    private static final int ATTEMPTS = 20;

    // Custom properties (set by Timefold from the move selector's configuration).
    private double changeWeight = 1;
    private double swapWeight = 1;
    private double blockSwapWeight = 0.3;
    private double blockAssignWeight = 0.3;
    private double daySwapWeight = 1;
    private int maxBlock = 7;
    private double lineWeight = 0;
    private int lineDays = 14;
    private double handOverWeight = 0;

    private Roster indexed;
    private Index index;

    public void setChangeWeight(double changeWeight) {
        this.changeWeight = changeWeight;
    }

    public void setSwapWeight(double swapWeight) {
        this.swapWeight = swapWeight;
    }

    public void setBlockSwapWeight(double blockSwapWeight) {
        this.blockSwapWeight = blockSwapWeight;
    }

    public void setBlockAssignWeight(double blockAssignWeight) {
        this.blockAssignWeight = blockAssignWeight;
    }

    public void setDaySwapWeight(double daySwapWeight) {
        this.daySwapWeight = daySwapWeight;
    }

    public void setLineWeight(double lineWeight) {
        this.lineWeight = lineWeight;
    }

    public void setHandOverWeight(double handOverWeight) {
        this.handOverWeight = handOverWeight;
    }

    public void setLineDays(int lineDays) {
        this.lineDays = lineDays;
    }

    public void setMaxBlock(int maxBlock) {
        this.maxBlock = maxBlock;
    }

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        index(scoreDirector);
    }

    @Override
    public void phaseEnded(ScoreDirector<Roster> scoreDirector) {
        indexed = null;
        index = null;
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        Index i = index(scoreDirector);
        long people = i.grid.length;
        return i.movable.size() * (4L + people * (1 + maxBlock));
    }

    @Override
    public Iterator<DutyMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        Index i = index(scoreDirector);
        List<DutyMove> moves = new ArrayList<>();
        for (PersonDay pd : i.movable) {
            for (Shift s : pd.getOptions()) {
                if (s != pd.getShift()) {
                    moves.add(i.single("change", pd, s));
                }
            }
            if (pd.getShift() != null) {
                moves.add(i.single("change", pd, null));
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<DutyMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, RandomGenerator random) {
        Index i = index(scoreDirector);
        double line = i.lines == null ? 0 : lineWeight;
        double handOver = i.lines == null ? 0 : handOverWeight;
        double total =
                changeWeight + swapWeight + blockSwapWeight + blockAssignWeight + daySwapWeight + line + handOver;
        if (i.movable.isEmpty() || total <= 0) {
            return java.util.Collections.emptyIterator();
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public DutyMove next() {
                for (int tries = 0; tries < 1000; tries++) {
                    double r = random.nextDouble() * total;
                    DutyMove move;
                    if ((r -= changeWeight) < 0) {
                        move = i.change(random);
                    } else if ((r -= swapWeight) < 0) {
                        move = i.swap(random);
                    } else if ((r -= daySwapWeight) < 0) {
                        move = i.daySwap(random, maxBlock);
                    } else if ((r -= blockSwapWeight) < 0) {
                        move = i.blockSwap(random, maxBlock);
                    } else if ((r -= line) < 0) {
                        move = i.line(random, lineDays);
                    } else if ((r -= handOver) < 0) {
                        move = i.handOver(random, lineDays);
                    } else {
                        move = i.blockAssign(random, maxBlock);
                    }
                    if (move != null) {
                        return move;
                    }
                }
                throw new NoSuchElementException("No move found in 1000 draws: nothing in the roster can change.");
            }
        };
    }

    private Index index(ScoreDirector<Roster> scoreDirector) {
        Roster working = scoreDirector.getWorkingSolution();
        if (working != indexed) {
            @SuppressWarnings("unchecked")
            var inner = (InnerScoreDirector<Roster, ?>) scoreDirector;
            @SuppressWarnings("unchecked")
            var variable = (PlanningVariableMetaModel<Roster, PersonDay, Shift>)
                    (PlanningVariableMetaModel<?, ?, ?>) inner.getSolutionDescriptor()
                            .getMetaModel()
                            .genuineEntity(PersonDay.class)
                            .variable("shift");
            index = new Index(working, variable);
            indexed = working;
        }
        return index;
    }

    /**
     * The changes of a hand-over ({@link Index#handOver}): {@code take} is given {@code shift}, then
     * the giver's and the taker's lines on days {@code [from, to)} are rebuilt in turn, each against the
     * cover as the chain has left it. The chain is tried on the roster's values directly (no score is
     * calculated meanwhile) and every value is put back before returning: the score director only
     * ever sees the returned move. Empty when neither line changes after the hand-over.
     */
    static Map<PersonDay, Shift> handOverChain(
            LineDp lines, PersonDay take, Shift shift, int giver, int taker, int from, int to) {
        Map<PersonDay, Shift> chain = new LinkedHashMap<>();
        Map<PersonDay, Shift> before = new LinkedHashMap<>();
        boolean changed = false;
        try {
            apply(chain, before, new PersonDay[] {take}, new Shift[] {shift});
            for (int p : new int[] {giver, taker}) {
                LineDp.DutyChange change = lines.best(p, from, to);
                if (change != null) {
                    apply(chain, before, change.days(), change.values());
                    changed = true;
                }
            }
        } finally {
            before.forEach(PersonDay::setShift);
        }
        if (!changed) {
            return Map.of();
        }
        chain.entrySet().removeIf(e -> e.getValue() == before.get(e.getKey()));
        return chain;
    }

    private static void apply(
            Map<PersonDay, Shift> chain, Map<PersonDay, Shift> before, PersonDay[] days, Shift[] values) {
        for (int k = 0; k < days.length; k++) {
            if (!before.containsKey(days[k])) { // not putIfAbsent: an original value of null (off) must stay
                before.put(days[k], days[k].getShift());
            }
            chain.put(days[k], values[k]);
            days[k].setShift(values[k]);
        }
    }

    /** The working roster's person-days by person and day, and those the search may change. */
    private static final class Index {
        private final PlanningVariableMetaModel<Roster, PersonDay, Shift> variable;
        private final PersonDay[][] grid;
        private final List<PersonDay> movable = new ArrayList<>();
        private final int[] movablePerson;
        private final PersonDay[][] movableByDay;
        private final LineDp lines;

        Index(Roster roster, PlanningVariableMetaModel<Roster, PersonDay, Shift> variable) {
            this.variable = variable;
            int days = roster.horizon().days();
            grid = LineDp.grid(roster);
            List<List<PersonDay>> byDay = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                byDay.add(new ArrayList<>());
            }
            List<Integer> people = new ArrayList<>();
            for (int p = 0; p < grid.length; p++) {
                for (PersonDay pd : grid[p]) {
                    if (pd != null && !pd.isPinned() && (!pd.getOptions().isEmpty() || pd.getShift() != null)) {
                        movable.add(pd);
                        people.add(p);
                        byDay.get(pd.dayIndex()).add(pd);
                    }
                }
            }
            movablePerson = people.stream().mapToInt(Integer::intValue).toArray();
            movableByDay = new PersonDay[days][];
            for (int d = 0; d < days; d++) {
                movableByDay[d] = byDay.get(d).toArray(PersonDay[]::new);
            }
            PersonWindow[] windows = LineDp.windows(grid);
            LineDp dp = new LineDp(roster, grid, windows);
            lines = dp.applies() ? dp : null;
        }

        DutyMove single(String kind, PersonDay pd, Shift value) {
            return new DutyMove(variable, kind, new PersonDay[] {pd}, new Shift[] {value});
        }

        /** Whether the value (null: off) is one the day may take. */
        private static boolean allowed(PersonDay pd, Shift value) {
            if (value == null) {
                return true;
            }
            for (Shift s : pd.getOptions()) {
                if (s == value) {
                    return true;
                }
            }
            return false;
        }

        private static boolean movable(PersonDay pd) {
            return pd != null && !pd.isPinned();
        }

        DutyMove change(RandomGenerator random) {
            for (int t = 0; t < ATTEMPTS; t++) {
                PersonDay pd = movable.get(random.nextInt(movable.size()));
                List<Shift> options = pd.getOptions();
                int n = random.nextInt(options.size() + 1);
                Shift value = n == options.size() ? null : options.get(n);
                if (value != pd.getShift()) {
                    return single("change", pd, value);
                }
            }
            return null;
        }

        DutyMove swap(RandomGenerator random) {
            for (int t = 0; t < ATTEMPTS; t++) {
                PersonDay a = movable.get(random.nextInt(movable.size()));
                PersonDay[] sameDay = movableByDay[a.dayIndex()];
                PersonDay b = sameDay[random.nextInt(sameDay.length)];
                Shift va = a.getShift();
                Shift vb = b.getShift();
                if (a != b && va != vb && allowed(a, vb) && allowed(b, va)) {
                    return new DutyMove(variable, "swap", new PersonDay[] {a, b}, new Shift[] {vb, va});
                }
            }
            return null;
        }

        /**
         * One person's duties on two days up to {@code reach} days apart trade places (each day takes
         * the other's template at the same location, or off): totals and counts per template stay,
         * runs and cover move.
         */
        DutyMove daySwap(RandomGenerator random, int reach) {
            for (int t = 0; t < ATTEMPTS; t++) {
                int m = random.nextInt(movable.size());
                PersonDay a = movable.get(m);
                int p = movablePerson[m];
                int offset = 1 + random.nextInt(Math.max(1, reach));
                int d = a.dayIndex() + (random.nextBoolean() ? offset : -offset);
                if (d < 0 || d >= grid[p].length) {
                    continue;
                }
                PersonDay b = grid[p][d];
                if (!movable(b)) {
                    continue;
                }
                Shift va = a.getShift();
                Shift vb = b.getShift();
                if ((va == null) == (vb == null) && (va == null || va.template().equals(vb.template()))) {
                    continue;
                }
                Shift na = vb == null ? null : sameKind(a, vb);
                Shift nb = va == null ? null : sameKind(b, va);
                if ((vb != null && na == null) || (va != null && nb == null)) {
                    continue;
                }
                return new DutyMove(variable, "daySwap", new PersonDay[] {a, b}, new Shift[] {na, nb});
            }
            return null;
        }

        /**
         * One person's duties on a window of 7 to {@code maxDays} days rebuilt at once by {@link LineDp},
         * against the others' current cover; null when the best line is the current one.
         */
        DutyMove line(RandomGenerator random, int maxDays) {
            int days = grid[0].length;
            for (int t = 0; t < 3; t++) {
                int p = movablePerson[random.nextInt(movable.size())];
                int length = Math.min(days, 7 + random.nextInt(Math.max(1, maxDays - 6)));
                int start = random.nextInt(days - length + 1);
                LineDp.DutyChange change = lines.best(p, start, start + length);
                if (change != null) {
                    return new DutyMove(variable, "line", change.days(), change.values());
                }
            }
            return null;
        }

        /**
         * A chain of two people: someone off on a day takes another's shift there, then the giver's
         * line and the taker's line are each rebuilt by {@link LineDp} around that day (windows of 7 to
         * {@code maxDays} days), each against the cover as the chain has left it. Where a slot lacks
         * someone whom only a second person's change makes free, neither line alone improves, so line
         * moves alone cannot make it. Null when neither line changes after the hand-over.
         */
        DutyMove handOver(RandomGenerator random, int maxDays) {
            int days = grid[0].length;
            for (int t = 0; t < ATTEMPTS; t++) {
                int m = random.nextInt(movable.size());
                PersonDay give = movable.get(m);
                Shift shift = give.getShift();
                if (shift == null) {
                    continue;
                }
                PersonDay[] sameDay = movableByDay[give.dayIndex()];
                PersonDay take = sameDay[random.nextInt(sameDay.length)];
                if (take.getShift() != null || !allowed(take, shift)) {
                    continue;
                }
                int giver = movablePerson[m];
                int taker = personOf(take);
                int length = Math.min(days, 7 + random.nextInt(Math.max(1, maxDays - 6)));
                int from = Math.clamp(give.dayIndex() - random.nextInt(length), 0, days - length);
                Map<PersonDay, Shift> chain = handOverChain(lines, take, shift, giver, taker, from, from + length);
                if (!chain.isEmpty()) {
                    return new DutyMove(
                            variable,
                            "handOver",
                            chain.keySet().toArray(PersonDay[]::new),
                            chain.values().toArray(Shift[]::new));
                }
            }
            return null;
        }

        private int personOf(PersonDay pd) {
            for (int p = 0; p < grid.length; p++) {
                if (grid[p][pd.dayIndex()] == pd) {
                    return p;
                }
            }
            throw new IllegalStateException("No line holds " + pd.getId());
        }

        DutyMove blockSwap(RandomGenerator random, int maxBlock) {
            if (grid.length < 2) {
                return null;
            }
            for (int t = 0; t < ATTEMPTS; t++) {
                int m = random.nextInt(movable.size());
                PersonDay first = movable.get(m);
                int p1 = movablePerson[m];
                int p2 = random.nextInt(grid.length - 1);
                p2 = p2 >= p1 ? p2 + 1 : p2;
                int length = 2 + random.nextInt(Math.max(1, maxBlock - 1));
                int start = first.dayIndex();
                int end = Math.min(grid[p1].length, start + length);
                List<PersonDay> days = new ArrayList<>(2 * length);
                List<Shift> values = new ArrayList<>(2 * length);
                for (int d = start; d < end; d++) {
                    PersonDay a = grid[p1][d];
                    PersonDay b = grid[p2][d];
                    if (a == null || b == null) {
                        break;
                    }
                    Shift va = a.getShift();
                    Shift vb = b.getShift();
                    if (va == vb) {
                        continue;
                    }
                    if (!movable(a) || !movable(b) || !allowed(a, vb) || !allowed(b, va)) {
                        break;
                    }
                    days.add(a);
                    values.add(vb);
                    days.add(b);
                    values.add(va);
                }
                if (days.size() > 2) {
                    return new DutyMove(
                            variable, "blockSwap", days.toArray(PersonDay[]::new), values.toArray(Shift[]::new));
                }
            }
            return null;
        }

        DutyMove blockAssign(RandomGenerator random, int maxBlock) {
            for (int t = 0; t < ATTEMPTS; t++) {
                int m = random.nextInt(movable.size());
                PersonDay first = movable.get(m);
                List<Shift> options = first.getOptions();
                int n = random.nextInt(options.size() + 1);
                Shift pattern = n == options.size() ? null : options.get(n);
                int p = movablePerson[m];
                int length = 2 + random.nextInt(Math.max(1, maxBlock - 1));
                int start = first.dayIndex();
                int end = Math.min(grid[p].length, start + length);
                List<PersonDay> days = new ArrayList<>(length);
                List<Shift> values = new ArrayList<>(length);
                for (int d = start; d < end; d++) {
                    PersonDay pd = grid[p][d];
                    if (!movable(pd)) {
                        break;
                    }
                    Shift value = pattern == null ? null : sameKind(pd, pattern);
                    if (pattern != null && value == null) {
                        break;
                    }
                    if (value != pd.getShift()) {
                        days.add(pd);
                        values.add(value);
                    }
                }
                if (days.size() > 1) {
                    return new DutyMove(
                            variable, "blockAssign", days.toArray(PersonDay[]::new), values.toArray(Shift[]::new));
                }
            }
            return null;
        }

        /** The day's option of the same template at the same location as {@code pattern}, or null. */
        private static Shift sameKind(PersonDay pd, Shift pattern) {
            for (Shift s : pd.getOptions()) {
                if (s.template().equals(pattern.template()) && s.location().equals(pattern.location())) {
                    return s;
                }
            }
            return null;
        }
    }
}
