package org.openroster.solver.construction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.openroster.model.Contract;
import org.openroster.model.Person;
import org.openroster.model.Request;
import org.openroster.model.WorkRules;
import org.openroster.solver.CoverSegment;
import org.openroster.solver.PersonDay;
import org.openroster.solver.PersonWindow;
import org.openroster.solver.PostWindow;
import org.openroster.solver.RestRules;
import org.openroster.solver.Roster;
import org.openroster.solver.ShareDay;
import org.openroster.solver.Shift;
import org.openroster.solver.SlotCover;

/**
 * Plans duties for the unassigned, unpinned days of a roster without touching it: {@link #plan()}
 * returns the duty chosen for each day it fills. Deficits are valued like the constraints value them
 * (below MSL far above below SDSOL, then by tier), but this is a heuristic: it never scores a roster.
 */
public final class GreedyConstruction {

    /** Value of a person-minute filling a gap below MSL, against tier weights of at most ~100. */
    private static final long MSL_WEIGHT = 1_000;
    /** A slot's under-weight is per person; a person on a slot is worth about a working hour. */
    private static final long SLOT_MINUTES = 60;
    /** Longest run of working days the construction makes when no lower limit is set (weekly rest). */
    private static final int DEFAULT_MAX_RUN = 6;
    /** How far ahead of an even spread of their hours the construction lets a person get. */
    private static final long PACE_SLACK_MINUTES = 12 * 60;
    /** Preference for a taker who can work at fewer locations, per location they can work at. */
    private static final long FLEXIBILITY_COST = 2_000;

    private final Roster roster;
    private final Map<CoverSegment, Integer> segmentIndex = new IdentityHashMap<>();
    private final int[] coverage;
    private final Map<Shift, SlotCover> slotOf = new HashMap<>();
    private final Map<SlotCover, Integer> slotCount = new HashMap<>();
    private final Map<Shift, List<PersonDay>> takers = new HashMap<>();
    private final List<List<Shift>> shiftsByDay = new ArrayList<>();
    private final Map<String, State> states = new LinkedHashMap<>();
    private final Map<PersonDay, Shift> plan = new LinkedHashMap<>();
    /** Days the construction gave a self-rostering choice on (the safety floor may still need them). */
    private final Set<PersonDay> choiceDuties = new HashSet<>();

    public GreedyConstruction(Roster roster) {
        this.roster = roster;
        List<CoverSegment> segments = roster.getSegments();
        for (int i = 0; i < segments.size(); i++) {
            segmentIndex.put(segments.get(i), i);
        }
        coverage = new int[segments.size()];
        for (SlotCover slot : roster.getSlots()) {
            slotOf.put(slot.shift(), slot);
            slotCount.put(slot, 0);
        }
        for (int d = 0; d < roster.horizon().days(); d++) {
            shiftsByDay.add(new ArrayList<>());
        }
        roster.getShifts().forEach(s -> shiftsByDay.get(s.dayIndex()).add(s));
        for (PersonWindow w : roster.getWindows()) {
            states.put(w.id(), new State(w, roster.horizon().days()));
        }
        for (PostWindow pw : roster.getPostWindows()) {
            states.get(pw.window().id()).posts.put(pw.post().id(), pw);
        }
        for (PersonDay pd : roster.getPersonDays()) {
            State state = states.get(pd.person().id());
            state.days[pd.dayIndex()] = pd;
            if (pd.isWorking()) {
                take(state, pd, pd.getShift(), false);
            } else if (!pd.isPinned()) {
                for (Shift s : pd.getOptions()) {
                    takers.computeIfAbsent(s, k -> new ArrayList<>()).add(pd);
                }
            }
        }
    }

    private void countLocations() {
        Map<String, Set<String>> where = new HashMap<>();
        roster.getPersonDays()
                .forEach(pd -> pd.getOptions()
                        .forEach(s -> where.computeIfAbsent(pd.person().id(), k -> new HashSet<>())
                                .add(s.location().id())));
        states.forEach((id, state) ->
                state.locations = where.getOrDefault(id, Set.of()).size());
    }

    /** The duty for each day this construction fills, in the order chosen. */
    public Map<PersonDay, Shift> plan() {
        countLocations();
        // a job-share post's cover days first: one partner on each, on the shift the regime needs most
        coverJobShares();
        // self-rostering choices next, where the rules allow them: the search gives up a choice only
        // for what the regime needs more
        keepChoices();
        // the floor's lines that need a scarce grade or skill first, every day, so that the few who hold
        // it are not spent on work anyone can do
        this.floorOnly = true;
        this.scarceOnly = true;
        this.wasteCost = EFFICIENT_WASTE_COST;
        for (int d = 0; d < roster.horizon().days(); d++) {
            fillDay(d);
        }
        this.scarceOnly = false;
        // the safety floor first, every day, with shifts that mostly fill gaps; then the floor's last gaps
        // whatever the waste; then the rest of the regime with the hours left
        for (long waste : new long[] {EFFICIENT_WASTE_COST, 1, -1}) {
            this.floorOnly = waste > 0;
            this.wasteCost = Math.abs(waste);
            for (int d = 0; d < roster.horizon().days(); d++) {
                fillDay(d);
            }
        }
        floorOnly = false;
        topUpContractMinimums();
        return plan;
    }

    /** While true, only gaps below MSL (and slot minimums) are worth filling. */
    private boolean floorOnly;

    /** While true, only gaps below MSL in lines that need a grade or skill count (the first pass). */
    private boolean scarceOnly;

    /** What a person-minute on duty where the floor is already met costs, while filling the floor. */
    private long wasteCost = 1;

    /** In the first pass a shift is only worth giving if at least a fifth of it fills a gap below MSL. */
    private static final long EFFICIENT_WASTE_COST = MSL_WEIGHT / 4;

    // ---------------------------------------------------------------- demand-driven pass

    private void fillDay(int day) {
        Set<Shift> exhausted = new HashSet<>();
        while (true) {
            Shift best = null;
            long bestGain = 0;
            for (Shift s : shiftsByDay.get(day)) {
                if (exhausted.contains(s) || !takers.containsKey(s)) {
                    continue;
                }
                long gain = shiftGain(s);
                if (gain > bestGain) {
                    best = s;
                    bestGain = gain;
                }
            }
            if (best == null) {
                return;
            }
            PersonDay taker = bestTaker(best, true);
            if (taker == null && floorOnly) {
                taker = bestTaker(best, false); // the safety floor before an even spread of hours
            }
            if (taker == null && floorOnly && !choiceDuties.isEmpty()) {
                taker = displaceChoice(best); // the safety floor before a self-rostering choice
            }
            if (taker == null) {
                exhausted.add(best);
            } else {
                take(states.get(taker.person().id()), taker, best, true);
            }
        }
    }

    /**
     * Frees the day of the person best placed to take the floor's shift from a self-rostering choice
     * the construction gave them, where the rules allow the shift instead and the choice's duty holds
     * no grade or skill line of the floor the shift would not; returns that day (free), or null if
     * there is none.
     */
    private PersonDay displaceChoice(Shift s) {
        PersonDay best = null;
        long bestScore = Long.MIN_VALUE;
        for (PersonDay pd : takers.get(s)) {
            if (!choiceDuties.contains(pd)) {
                continue;
            }
            State state = states.get(pd.person().id());
            Shift chosen = plan.get(pd);
            release(state, pd);
            // the floor's headcount can be filled by anyone later; a grade or skill line may not
            Set<CoverSegment> floor = belowFloor(state, chosen);
            floor.removeIf(seg -> seg.qualification().isAny());
            if (state.allows(pd.dayIndex(), s) && s.coveredSegments().containsAll(floor)) {
                long score = takerScore(state, pd, s);
                if (score > bestScore) {
                    best = pd;
                    bestScore = score;
                }
            }
            take(state, pd, chosen, true);
        }
        if (best != null) {
            release(states.get(best.person().id()), best);
            choiceDuties.remove(best);
        }
        return best;
    }

    /** Value of one more (generic) person on the shift: total headcount and optimistic line gains. */
    private long shiftGain(Shift s) {
        long gain = 0;
        for (CoverSegment seg : s.coveredSegments()) {
            long m = marginal(seg, coverage[segmentIndex.get(seg)]);
            if (seg.qualification().isAny() || m > 0) {
                gain += m * seg.minutes();
            }
        }
        return gain + slotGain(s);
    }

    private long slotGain(Shift s) {
        SlotCover slot = slotOf.get(s);
        if (slot == null) {
            return 0;
        }
        int count = slotCount.get(slot);
        if (count < slot.demand().minimum()) {
            return MSL_WEIGHT * s.workedMinutes();
        }
        if (floorOnly) {
            return 0;
        }
        return count < slot.demand().target()
                ? slot.demand().underWeight() * SLOT_MINUTES
                : -slot.demand().overWeight() * SLOT_MINUTES;
    }

    private long marginal(CoverSegment seg, int count) {
        if (scarceOnly && seg.qualification().isAny()) {
            return count < seg.msl() ? 0 : -wasteCost;
        }
        if (count < seg.msl()) {
            return MSL_WEIGHT;
        }
        if (floorOnly) {
            return seg.qualification().isAny() ? -wasteCost : 0;
        }
        int level = seg.msl();
        for (int tier = 1; tier <= 3; tier++) {
            level += seg.missingInTier(tier, 0);
            if (count < level) {
                return seg.tierWeights().of(tier);
            }
        }
        return seg.qualification().isAny() ? -1 : 0;
    }

    private PersonDay bestTaker(Shift s, boolean paced) {
        PersonDay best = null;
        long bestScore = Long.MIN_VALUE;
        for (PersonDay pd : takers.get(s)) {
            State state = states.get(pd.person().id());
            if (pd.getShift() != null
                    || plan.containsKey(pd)
                    || (paced && !state.onPace(pd.dayIndex(), s))
                    || !state.allows(pd.dayIndex(), s)
                    || (scarceOnly && !fillsScarceGap(pd.person(), s))) {
                continue;
            }
            long score = takerScore(state, pd, s);
            if (score > bestScore) {
                best = pd;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether the person on the shift counts toward a grade or skill line of it that is below MSL. */
    private boolean fillsScarceGap(Person p, Shift s) {
        for (CoverSegment seg : s.coveredSegments()) {
            if (!seg.qualification().isAny() && counts(p, s, seg) && coverage[segmentIndex.get(seg)] < seg.msl()) {
                return true;
            }
        }
        return false;
    }

    /** How well placed the person is to take the shift: skills the gap needs, hours owed, fairness. */
    private long takerScore(State state, PersonDay pd, Shift s) {
        Person p = state.window.person();
        long lines = 0;
        for (CoverSegment seg : s.coveredSegments()) {
            if (!seg.qualification().isAny() && counts(p, s, seg)) {
                lines += Math.max(0, marginal(seg, coverage[segmentIndex.get(seg)])) * seg.minutes();
            }
        }
        long target = state.window.bounds().target();
        long owed = Math.min(target - state.worked, 3_000);
        long extra = Math.max(0, state.worked + s.workedMinutes() - target);
        long requests = 0;
        for (Request r : pd.requests()) {
            requests += (r.honouredBy(s.template().id()) ? 1 : -1) * r.weight() * 600L;
        }
        long unsocial = s.unsocialUnits() > 0
                ? state.unsocial * 300L * 100 / p.contract().ftePercent()
                : 0;
        // the least flexible first: someone who can work at few locations is harder to place later
        long flexibility = state.locations * FLEXIBILITY_COST;
        return lines * 10 + owed - extra * 5 + requests - unsocial - flexibility;
    }

    // ---------------------------------------------------------------- job-share cover

    /**
     * Gives one partner of each job-share post a duty on each cover day none of them works yet. The
     * partners' hours must last the window's cover days, so a day's duty is chosen, by preference,
     * within the day's share of the hours the partners have left to their targets and keeping each on
     * pace; failing that, any duty the rules allow.
     */
    private void coverJobShares() {
        Map<String, Integer> daysLeft = new HashMap<>();
        roster.getShareDays().forEach(d -> daysLeft.merge(d.postId(), 1, Integer::sum));
        for (ShareDay day : roster.getShareDays()) {
            int index = roster.horizon().dayIndex(day.date());
            int left = daysLeft.merge(day.postId(), -1, Integer::sum) + 1; // this day and those after it
            List<State> partners = day.post().post().partners().stream()
                    .map(states::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            if (partners.stream().anyMatch(st -> st.duty[index] != null)) {
                continue;
            }
            long hoursLeft = partners.stream()
                    .mapToLong(st -> st.window.bounds().target() - st.worked)
                    .sum();
            long share = Math.max(0, hoursLeft) / left + SHARE_SLACK_MINUTES;
            Candidate chosen = null;
            for (BiPredicate<State, Shift> wanted : List.<BiPredicate<State, Shift>>of(
                    (st, s) -> s.workedMinutes() <= share && st.onPace(index, s),
                    (st, s) -> s.workedMinutes() <= share,
                    (st, s) -> st.onPace(index, s),
                    (st, s) -> true)) {
                for (State state : partners) {
                    chosen = better(chosen, best(state, state.days[index], s -> wanted.test(state, s)));
                }
                if (chosen != null) {
                    break;
                }
            }
            if (chosen != null) {
                take(chosen.state(), chosen.day(), chosen.shift(), true);
            }
        }
    }

    /** How far over a cover day's share of the partners' hours its duty may run (a long day on a short). */
    private static final long SHARE_SLACK_MINUTES = 90;

    /**
     * Gives each person their chosen shift on each day they chose one, where the rules the
     * construction tracks allow it and it keeps their hours on pace; of the locations the template is
     * offered at, the one the regime gains most from.
     */
    private void keepChoices() {
        for (State state : states.values()) {
            for (PersonDay pd : state.days) {
                if (pd == null || pd.choices().isEmpty()) {
                    continue;
                }
                for (Request choice : pd.choices()) {
                    Candidate chosen = best(
                            state,
                            pd,
                            s -> s.template().id().equals(choice.template()) && state.onPace(pd.dayIndex(), s));
                    if (chosen != null) {
                        take(state, pd, chosen.shift(), true);
                        choiceDuties.add(pd);
                    }
                }
            }
        }
    }

    /** A duty the construction could give: to whom, on which day, and what the regime gains by it. */
    private record Candidate(State state, PersonDay day, Shift shift, long gain) {}

    /**
     * The duty on the free day {@code pd} that the rules allow, {@code wanted} accepts, and the regime
     * gains most from; null when there is none or the day is not free.
     */
    private Candidate best(State state, PersonDay pd, java.util.function.Predicate<Shift> wanted) {
        if (pd == null || pd.isPinned() || pd.getShift() != null || plan.containsKey(pd)) {
            return null;
        }
        Candidate best = null;
        for (Shift s : pd.getOptions()) {
            if (wanted.test(s) && state.allows(pd.dayIndex(), s)) {
                best = better(best, new Candidate(state, pd, s, shiftGain(s) + takerScore(state, pd, s)));
            }
        }
        return best;
    }

    private static Candidate better(Candidate a, Candidate b) {
        return a == null || (b != null && b.gain() > a.gain()) ? b : a;
    }

    // ---------------------------------------------------------------- contract minimum pass

    private void topUpContractMinimums() {
        List<State> short_ = new ArrayList<>(states.values());
        short_.sort(Comparator.comparingLong(s -> s.worked - s.window.bounds().min()));
        for (State state : short_) {
            for (PostWindow post : state.posts.values()) {
                String id = post.post().id();
                while (state.postWorked(id) < post.bounds().min() && (topUp(state, id) || lengthen(state, id))) {
                    // the post's minimum first: the person's follows from their posts'
                }
            }
            while (state.worked < state.window.bounds().min() && (topUp(state, null) || lengthen(state, null))) {
                // until the minimum is met or no allowed duty is left
            }
        }
    }

    /**
     * Gives the person the allowed duty (counting toward {@code post}, when given) that the regime
     * gains most from; false when there is none.
     */
    private boolean topUp(State state, String post) {
        Candidate chosen = null;
        for (PersonDay pd : state.days) {
            chosen = better(chosen, best(state, pd, s -> post == null || post.equals(state.postOf(s))));
        }
        if (chosen == null) {
            return false;
        }
        take(state, chosen.day(), chosen.shift(), true);
        return true;
    }

    /**
     * When no free day can take a duty (runs, rest and weekly limits), replaces one of the person's
     * planned duties (counting toward {@code post}, when given) by a longer one on the same day, the
     * one the regime gains most from; false when there is none.
     */
    private boolean lengthen(State state, String post) {
        Candidate chosen = null;
        for (PersonDay pd : state.days) {
            Shift old = pd == null ? null : plan.get(pd);
            if (old == null || (post != null && !post.equals(state.postOf(old)))) {
                continue;
            }
            release(state, pd);
            chosen = better(chosen, longer(state, pd, old, post));
            take(state, pd, old, true);
        }
        if (chosen == null) {
            return false;
        }
        release(state, chosen.day());
        take(state, chosen.day(), chosen.shift(), true);
        return true;
    }

    /**
     * The best allowed duty on the (released) day, longer than {@code old} and counting toward {@code
     * post} when given, that still covers what {@code old} covered of the safety floor; null if none.
     */
    private Candidate longer(State state, PersonDay pd, Shift old, String post) {
        SlotCover slot = slotOf.get(old);
        if (slot != null && slotCount.get(slot) < slot.demand().minimum()) {
            return null; // a named slot's minimum rests on this duty
        }
        Set<CoverSegment> floor = belowFloor(state, old);
        return best(
                state,
                pd,
                s -> s.workedMinutes() > old.workedMinutes()
                        && (post == null || post.equals(state.postOf(s)))
                        && floor.stream()
                                .allMatch(seg ->
                                        s.coveredSegments().contains(seg) && counts(state.window.person(), s, seg)));
    }

    /** The segments of the shift the person counts toward that are below MSL. */
    private Set<CoverSegment> belowFloor(State state, Shift s) {
        Set<CoverSegment> below = new HashSet<>();
        for (CoverSegment seg : s.coveredSegments()) {
            if (counts(state.window.person(), s, seg) && coverage[segmentIndex.get(seg)] < seg.msl()) {
                below.add(seg);
            }
        }
        return below;
    }

    // ---------------------------------------------------------------- bookkeeping

    /** Whether the person on the shift counts toward the segment's line (in the grade they work it as). */
    private static boolean counts(Person p, Shift s, CoverSegment seg) {
        return seg.qualification().matches(p, p.dutyGrade(s.template()));
    }

    /** Undoes {@link #take} of a planned duty. */
    private void release(State state, PersonDay pd) {
        Shift s = plan.remove(pd);
        state.unrecord(pd.dayIndex());
        for (CoverSegment seg : s.coveredSegments()) {
            if (counts(state.window.person(), s, seg)) {
                coverage[segmentIndex.get(seg)]--;
            }
        }
        SlotCover slot = slotOf.get(s);
        if (slot != null) {
            slotCount.merge(slot, -1, Integer::sum);
        }
    }

    private void take(State state, PersonDay pd, Shift s, boolean planned) {
        if (planned) {
            plan.put(pd, s);
        }
        state.record(pd.dayIndex(), s);
        for (CoverSegment seg : s.coveredSegments()) {
            if (counts(state.window.person(), s, seg)) {
                coverage[segmentIndex.get(seg)]++;
            }
        }
        SlotCover slot = slotOf.get(s);
        if (slot != null) {
            slotCount.merge(slot, 1, Integer::sum);
        }
    }

    /** What the construction knows of one person's roster so far. */
    private static final class State {
        final PersonWindow window;
        final PersonDay[] days;
        final Shift[] duty;
        final Map<String, Integer> byTemplate = new HashMap<>();
        final Set<Long> weekends = new HashSet<>();
        /** A dual contract's posts by id, with their bands; empty for other contracts. */
        final Map<String, PostWindow> posts = new HashMap<>();

        final Map<String, Long> postMinutes = new HashMap<>();
        long worked;
        int unsocial;
        /** Locations the person can be given a shift at, over the window. */
        int locations;

        State(PersonWindow window, int days) {
            this.window = window;
            this.days = new PersonDay[days];
            this.duty = new Shift[days];
        }

        void record(int day, Shift s) {
            duty[day] = s;
            worked += s.workedMinutes();
            unsocial += s.unsocialUnits();
            byTemplate.merge(s.template().id(), 1, Integer::sum);
            if (s.weekend()) {
                weekends.add(s.weekendKey());
            }
            String post = postOf(s);
            if (post != null) {
                postMinutes.merge(post, (long) s.workedMinutes(), Long::sum);
            }
        }

        void unrecord(int day) {
            Shift s = duty[day];
            duty[day] = null;
            worked -= s.workedMinutes();
            unsocial -= s.unsocialUnits();
            byTemplate.merge(s.template().id(), -1, Integer::sum);
            if (s.weekend()) {
                weekends.clear();
                for (Shift d : duty) {
                    if (d != null && d.weekend()) {
                        weekends.add(d.weekendKey());
                    }
                }
            }
            String post = postOf(s);
            if (post != null) {
                postMinutes.merge(post, (long) -s.workedMinutes(), Long::sum);
            }
        }

        /** The dual-contract post the shift counts toward (null for other contracts). */
        String postOf(Shift s) {
            if (window.person().contract() instanceof Contract.Dual dual) {
                Contract.Post post = dual.postFor(s.template().grades());
                return post == null ? null : post.id();
            }
            return null;
        }

        long postWorked(String post) {
            return postMinutes.getOrDefault(post, 0L);
        }

        /**
         * Whether the shift keeps the person's hours on pace through the window: no more than their
         * maximum's share of the days so far, plus one long shift. Without it a day-by-day construction
         * spends everyone's hours in the first weeks and leaves the last ones empty.
         */
        boolean onPace(int day, Shift s) {
            long share = window.bounds().max() * (day + 1) / duty.length;
            return worked + s.workedMinutes() <= share + PACE_SLACK_MINUTES;
        }

        /** Whether giving the shift on the day keeps every per-person hard rule the construction tracks. */
        boolean allows(int day, Shift s) {
            Person p = window.person();
            WorkRules rules = p.rules();
            long after = worked + s.workedMinutes();
            if (after > window.bounds().max()
                    || window.averageWeeklyExcess(after) > 0
                    || window.nightWorkExcess(after) > 0) {
                return false;
            }
            String post = postOf(s);
            if (post != null
                    && posts.containsKey(post)
                    && postWorked(post) + s.workedMinutes()
                            > posts.get(post).bounds().max()) {
                return false;
            }
            if (p.contract() instanceof Contract.Compressed c && dutiesInWeek(day) >= c.daysPerWeek()) {
                return false;
            }
            int maxOfTemplate = rules.maxShiftsOf(s.template().id());
            if (maxOfTemplate >= 0 && byTemplate.getOrDefault(s.template().id(), 0) >= maxOfTemplate) {
                return false;
            }
            if (s.weekend()
                    && rules.maxWeekends() > 0
                    && !weekends.contains(s.weekendKey())
                    && weekends.size() >= rules.maxWeekends()) {
                return false;
            }
            int previous = previousWorked(day);
            long previousEnd = previous >= 0 ? duty[previous].end() : window.lastShiftEnd();
            if (s.start() < previousEnd
                    || RestRules.dailyRest(previousEnd, s.start(), p, window.workingTime())
                                    .breachMinutes()
                            > 0
                    || RestRules.dailyRest(previousEnd, s.start(), p, window.workingTime())
                                    .compensatoryMinutes()
                            > 0) {
                return false;
            }
            int next = nextWorked(day);
            if (next >= 0
                    && (duty[next].start() < s.end()
                            || RestRules.dailyRest(s.end(), duty[next].start(), p, window.workingTime())
                                            .breachMinutes()
                                    > 0
                            || RestRules.dailyRest(s.end(), duty[next].start(), p, window.workingTime())
                                            .compensatoryMinutes()
                                    > 0)) {
                return false;
            }
            if (previous == day - 1
                    && previous >= 0
                    && duty[previous]
                            .template()
                            .cannotBeFollowedBy()
                            .contains(s.template().id())) {
                return false;
            }
            if (next == day + 1
                    && s.template()
                            .cannotBeFollowedBy()
                            .contains(duty[next].template().id())) {
                return false;
            }
            int run = 1;
            for (int d = day - 1; d >= 0 && duty[d] != null; d--) {
                run++;
            }
            if (run == day + 1) {
                run += window.daysWorkedBefore();
            }
            for (int d = day + 1; d < duty.length && duty[d] != null; d++) {
                run++;
            }
            int maxRun = rules.maxConsecutiveDays() > 0
                    ? Math.min(rules.maxConsecutiveDays(), DEFAULT_MAX_RUN)
                    : DEFAULT_MAX_RUN;
            if (run > maxRun) {
                return false;
            }
            int minOff = rules.minConsecutiveDaysOff();
            if (minOff > 0) {
                if (previous >= 0 && previous < day - 1 && day - previous - 1 < minOff) {
                    return false;
                }
                if (next >= 0 && next > day + 1 && next - day - 1 < minOff) {
                    return false;
                }
            }
            return true;
        }

        /** Duties in the 7-day week of the window that holds the day. */
        private int dutiesInWeek(int day) {
            int from = day / 7 * 7;
            int count = 0;
            for (int d = from; d < Math.min(from + 7, duty.length); d++) {
                count += duty[d] != null ? 1 : 0;
            }
            return count;
        }

        private int previousWorked(int day) {
            for (int d = day - 1; d >= 0; d--) {
                if (duty[d] != null) {
                    return d;
                }
            }
            return -1;
        }

        private int nextWorked(int day) {
            for (int d = day + 1; d < duty.length; d++) {
                if (duty[d] != null) {
                    return d;
                }
            }
            return -1;
        }
    }
}
