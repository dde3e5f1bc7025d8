package org.openroster.io;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.openroster.model.Activity;
import org.openroster.model.Adjustments;
import org.openroster.model.Balances;
import org.openroster.model.Contract;
import org.openroster.model.DayType;
import org.openroster.model.Establishment;
import org.openroster.model.ExtraHoursElection;
import org.openroster.model.Grade;
import org.openroster.model.History;
import org.openroster.model.JobSharePost;
import org.openroster.model.Leave;
import org.openroster.model.LeaveKind;
import org.openroster.model.Location;
import org.openroster.model.LocationKind;
import org.openroster.model.Person;
import org.openroster.model.Pin;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.RotaLine;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.SlotDemand;
import org.openroster.model.StaffingLine;
import org.openroster.model.TierWeights;
import org.openroster.model.WorkRules;
import org.openroster.model.WorkingTimeSettings;
import org.openroster.solver.Rule;
import org.openroster.time.LocalTimes;
import org.openroster.time.TimeSpan;

/**
 * Arbitraries for small, valid problems that use every part of the model: any number of locations,
 * templates and people (1 to a few), every contract kind (dual contracts with posts of every single
 * kind; job shares whose partners' weekly minutes add up to the post's), adjustments, rules, history
 * across clock changes with balances brought forward, elections for extra hours, leave, requests, pins, slot demands, weight overrides, rota lines and
 * self-rostering choices. References always point at
 * something that exists and leave never overlaps, so {@code ProblemValidator} accepts every value.
 */
final class ProblemArbitraries {

    static final List<String> SKILLS = List.of("C&R", "FIRST_AID", "NIGHT_LEAD", "KEY");
    static final List<ZoneId> ZONES =
            List.of(ZoneId.of("Europe/London"), ZoneId.of("UTC"), ZoneId.of("Europe/Belfast"));
    /** Starts near the UK clock changes as well as in plain weeks. */
    static final List<LocalDate> STARTS =
            List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 22), LocalDate.of(2027, 10, 25));

    private ProblemArbitraries() {}

    /** A small valid problem. */
    static Arbitrary<Problem> problems() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(1, 21),
                        Arbitraries.of(STARTS))
                .flatAs(ProblemArbitraries::problem);
    }

    /*
     * A warning for whoever extends this: no lambda here may capture a model fact (a template, a
     * person, a list of them). jqwik memoizes generators by the arbitrary's equality, which compares
     * captured values, and facts compare by id alone; a lambda capturing templates would be taken for
     * one capturing other templates with the same ids, and hand out pins for the wrong ones. So
     * references are drawn as indices and resolved in the final step, from its own parameters.
     */
    private static Arbitrary<Problem> problem(int nLocations, int nTemplates, int nPeople, int days, LocalDate start) {
        List<String> locationIds = ids("L", nLocations);
        List<String> templateIds = ids("T", nTemplates);
        List<String> personIds = ids("P", nPeople);
        List<LocalDate> dates = start.datesUntil(start.plusDays(days)).toList();
        Arbitrary<List<ShiftTemplate>> templates = IntStream.range(0, nTemplates)
                .mapToObj(i -> template(templateIds.get(i), locationIds, templateIds))
                .collect(collectingList());
        Arbitrary<List<Person>> people = IntStream.range(0, nPeople)
                .mapToObj(i -> person(personIds.get(i), locationIds, templateIds, start))
                .collect(collectingList());
        Arbitrary<Parts> parts = Combinators.combine(
                        establishment(locationIds, dates),
                        templates,
                        activity(locationIds).list().ofMaxSize(3).map(ProblemArbitraries::renumberActivities),
                        people,
                        leave(personIds, dates),
                        requests(personIds, templateIds, dates),
                        weights(),
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8))
                .as(Parts::new);
        Arbitrary<Drafts> drafts = Combinators.combine(
                        pinDrafts(personIds, nTemplates, dates),
                        slotDrafts(nTemplates, dates),
                        rules(templateIds),
                        Arbitraries.of(true, false),
                        jobShareDrafts(),
                        rotaDrafts(personIds, nTemplates, start),
                        choices(personIds, templateIds, dates))
                .as(Drafts::new);
        return Combinators.combine(parts, drafts).as((p, d) -> assemble(p, d, locationIds, start, days));
    }

    private record Parts(
            Establishment establishment,
            List<ShiftTemplate> templates,
            List<Activity> activities,
            List<Person> people,
            List<Leave> leave,
            List<Request> requests,
            Map<String, String> weights,
            String id) {}

    private record Drafts(
            List<PinDraft> pins,
            List<SlotDraft> slots,
            WorkRules sharedRules,
            boolean shareRules,
            List<JobShareDraft> jobShares,
            List<RotaDraft> rotaLines,
            List<Request> choices) {}

    /**
     * A job share post before its partners are picked (the next people not yet sharing a post): each
     * partner's weekly minutes and extra-hours cap; the post's minutes are their sum.
     */
    private record JobShareDraft(List<Integer> minutes, List<Integer> extras, Set<DayOfWeek> coverDays, int handover) {}

    /** A rota line before each entry's template (by index, null: OFF) is resolved to a location offering it. */
    private record RotaDraft(String person, LocalDate anchor, List<EntryDraft> cycle) {}

    private record EntryDraft(Integer template, int pick) {}

    /** A pin before its template (by index, null: a day off) is resolved to a location offering it. */
    private record PinDraft(String person, LocalDate date, Integer template, int pick) {}

    private record SlotDraft(LocalDate date, int template, int pick, int minimum, int extra, int under, int over) {}

    private static Problem assemble(Parts p, Drafts d, List<String> locationIds, LocalDate start, int days) {
        List<ShiftTemplate> ts = p.templates();
        List<Person> people = new ArrayList<>(
                d.shareRules()
                        ? p.people().stream()
                                .map(x -> x.withRules(d.sharedRules()))
                                .toList()
                        : p.people());
        List<JobSharePost> jobShares = new ArrayList<>();
        int next = 0;
        for (JobShareDraft j : d.jobShares()) {
            int n = j.minutes().size();
            if (next + n > people.size()) {
                break;
            }
            String post = "JS" + jobShares.size();
            List<String> partners = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Person partner = people.get(next + k);
                people.set(
                        next + k,
                        partner.withContract(new Contract.JobShare(
                                post, j.minutes().get(k), j.extras().get(k))));
                partners.add(partner.id());
            }
            next += n;
            int weekly = j.minutes().stream().mapToInt(Integer::intValue).sum();
            jobShares.add(new JobSharePost(post, weekly, j.coverDays(), j.handover(), partners));
        }
        List<RotaLine> rotaLines = d.rotaLines().stream()
                .map(r -> new RotaLine(
                        r.person(),
                        r.anchor(),
                        r.cycle().stream()
                                .map(e -> e.template() == null
                                        ? RotaLine.OFF
                                        : ts.get(e.template()).id() + "@"
                                                + offeredAt(ts.get(e.template()), locationIds, e.pick()))
                                .toList()))
                .toList();
        List<Pin> pins = d.pins().stream()
                .map(x -> x.template() == null
                        ? new Pin(x.person(), x.date(), null, null)
                        : new Pin(
                                x.person(),
                                x.date(),
                                ts.get(x.template()).id(),
                                offeredAt(ts.get(x.template()), locationIds, x.pick())))
                .toList();
        Map<String, SlotDemand> slots = new LinkedHashMap<>();
        for (SlotDraft x : d.slots()) {
            ShiftTemplate t = ts.get(x.template());
            SlotDemand slot = new SlotDemand(
                    x.date(),
                    t.id(),
                    offeredAt(t, locationIds, x.pick()),
                    x.minimum(),
                    x.minimum() + x.extra(),
                    x.under(),
                    x.over());
            slots.putIfAbsent(slot.key(), slot);
        }
        return new Problem(
                p.id(),
                p.establishment(),
                start,
                days,
                ts,
                p.activities(),
                people,
                p.leave(),
                p.requests(),
                pins,
                List.copyOf(slots.values()),
                p.weights(),
                jobShares,
                rotaLines,
                d.choices());
    }

    private static String offeredAt(ShiftTemplate template, List<String> locationIds, int pick) {
        List<String> offered = template.locations().isEmpty()
                ? locationIds
                : template.locations().stream().sorted().toList();
        return offered.get(pick % offered.size());
    }

    static List<String> ids(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }

    private static <T> java.util.stream.Collector<Arbitrary<T>, ?, Arbitrary<List<T>>> collectingList() {
        return java.util.stream.Collectors.collectingAndThen(
                java.util.stream.Collectors.toList(),
                list -> Combinators.combine(list).as(List::copyOf));
    }

    private static List<Activity> renumberActivities(List<Activity> activities) {
        List<Activity> out = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            out.add(new Activity(
                    "A" + i,
                    a.name(),
                    a.location(),
                    a.dayTypes(),
                    a.start(),
                    a.end(),
                    a.tier(),
                    a.msl(),
                    a.sdsol(),
                    a.lines()));
        }
        return out;
    }

    /** Local times on a five-minute grid. */
    static Arbitrary<LocalTime> times() {
        return Arbitraries.integers().between(0, 24 * 12 - 1).map(i -> LocalTime.of(i / 12, i % 12 * 5));
    }

    /** Names as people write them: letters, digits, spaces, quotes, accents and the odd line break. */
    static Arbitrary<String> names() {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars(' ', '\'', '"', '\\', 'é', 'ł', '\n', '/', '=')
                .ofMaxLength(12);
    }

    static Arbitrary<Establishment> establishment(List<String> locationIds, List<LocalDate> dates) {
        Arbitrary<List<Location>> locations = locationIds.stream()
                .map(id -> Combinators.combine(names(), Arbitraries.of(LocationKind.class))
                        .as((name, kind) -> new Location(id, name, kind)))
                .collect(collectingList());
        return Combinators.combine(
                        names(),
                        Arbitraries.of(ZONES),
                        locations,
                        Arbitraries.of(true, false),
                        Arbitraries.subsetOf(dates),
                        workingTime(),
                        tierWeights())
                .as((name, zone, locs, withSkills, holidays, wt, tw) -> new Establishment(
                        "HMP " + locationIds.size(),
                        name,
                        zone,
                        locs,
                        withSkills ? Set.copyOf(SKILLS) : Set.of(),
                        holidays,
                        wt,
                        tw));
    }

    static Arbitrary<WorkingTimeSettings> workingTime() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 52),
                        Arbitraries.integers().between(1, 60 * 60),
                        Arbitraries.integers().between(1, 24 * 60),
                        times(),
                        times(),
                        Arbitraries.integers().between(0, 8 * 60),
                        Arbitraries.integers().between(0, 24 * 60),
                        Arbitraries.integers().between(0, 96 * 60))
                .flatAs((weeks, maxAvg, nightAvg, nightStart, nightEnd, nightShift, dailyRest, fortnightly) ->
                        Combinators.combine(
                                        Arbitraries.integers().between(0, 48 * 60),
                                        Arbitraries.integers().between(0, 12 * 60),
                                        Arbitraries.integers().between(0, 60),
                                        Arbitraries.of(true, false),
                                        Arbitraries.integers().between(0, dailyRest),
                                        Arbitraries.integers().between(0, fortnightly))
                                .as((weekly, breakAfter, breakMinutes, special, dailyFloor, weeklyFloor) ->
                                        new WorkingTimeSettings(
                                                weeks,
                                                maxAvg,
                                                nightAvg,
                                                nightStart,
                                                nightEnd,
                                                nightShift,
                                                dailyRest,
                                                weekly,
                                                fortnightly,
                                                breakAfter,
                                                breakMinutes,
                                                special,
                                                dailyFloor,
                                                weeklyFloor)));
    }

    static Arbitrary<TierWeights> tierWeights() {
        Arbitrary<Integer> w = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(w, w, w).as(TierWeights::new);
    }

    static Arbitrary<ShiftTemplate> template(String id, List<String> locationIds, List<String> templateIds) {
        return Combinators.combine(
                        names(),
                        times(),
                        times(),
                        Arbitraries.subsetOf(Grade.values()),
                        Arbitraries.subsetOf(locationIds),
                        Arbitraries.subsetOf(SKILLS),
                        Arbitraries.subsetOf(templateIds),
                        Arbitraries.integers().between(0, 100))
                .as((name, start, end, grades, locations, skills, next, breakPercent) -> {
                    long length = LocalTimes.nominalMinutes(start, end);
                    int breakMinutes = (int) Math.min(length - 1, length * breakPercent / 200);
                    return new ShiftTemplate(id, name, start, end, breakMinutes, grades, locations, skills, next);
                });
    }

    static Arbitrary<Activity> activity(List<String> locationIds) {
        Arbitrary<StaffingLine> line = Combinators.combine(
                        Arbitraries.subsetOf(Grade.values()),
                        Arbitraries.of(SKILLS).injectNull(0.3),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 2))
                .as((grades, skill, msl, extra) -> new StaffingLine(grades, skill, msl, msl + extra));
        return Combinators.combine(
                        names(),
                        Arbitraries.of(locationIds),
                        Arbitraries.subsetOf(DayType.values()).ofMinSize(1),
                        times(),
                        times(),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(0, 3),
                        line.list().ofMaxSize(2))
                .as((name, location, dayTypes, start, end, tier, extra, lines) -> {
                    int msl = lines.stream().mapToInt(StaffingLine::msl).max().orElse(0) + extra / 2;
                    return new Activity("A", name, location, dayTypes, start, end, tier, msl, msl + extra, lines);
                });
    }

    /** A contract of any kind but a job share (those are made with their post, in pairs or more). */
    static Arbitrary<Contract> contracts(LocalDate start) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, singleContracts(start)), net.jqwik.api.Tuple.of(1, dual(start)));
    }

    /** A contract of a single kind: any kind a post of a dual contract may have. */
    static Arbitrary<Contract> singleContracts(LocalDate start) {
        Arbitrary<Integer> extra = Arbitraries.integers().between(0, 600);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(1, 39 * 60), extra)
                        .as(Contract.FullTime::new),
                Combinators.combine(Arbitraries.integers().between(1, 37 * 60), extra)
                        .as(Contract.PartTime::new),
                Combinators.combine(
                                Arbitraries.integers().between(1, 6),
                                Arbitraries.integers().between(1, 14 * 60),
                                extra)
                        .as(Contract.Compressed::new),
                annualised(start),
                Combinators.combine(annualised(start), closedPeriods(start)).as(Contract.TermTime::new),
                Combinators.combine(Arbitraries.integers().between(1, 48 * 60), extra, Arbitraries.of(true, false))
                        .as(Contract.MinimumHours::new));
    }

    /** Annualised hours with a reference year starting up to a year and a bit before the window. */
    static Arbitrary<Contract.Annualised> annualised(LocalDate start) {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 130_000),
                        Arbitraries.integers().between(0, 400).map(start::minusDays),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 6000),
                        Arbitraries.of(Contract.YearEndPolicy.class),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.longs().between(0, 200_000))
                .as(Contract.Annualised::new);
    }

    /** Up to three closed periods that do not overlap (adjacent ones may touch), near the window. */
    static Arbitrary<List<Contract.ClosedPeriod>> closedPeriods(LocalDate start) {
        Arbitrary<int[]> gapAndLength = Combinators.combine(
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(0, 20))
                .as((gap, length) -> new int[] {gap, length});
        return Combinators.combine(
                        Arbitraries.integers().between(-60, 30),
                        gapAndLength.list().ofMaxSize(3))
                .as((offset, spans) -> {
                    List<Contract.ClosedPeriod> out = new ArrayList<>();
                    LocalDate from = start.plusDays(offset);
                    for (int[] span : spans) {
                        from = from.plusDays(span[0]);
                        LocalDate to = from.plusDays(span[1]);
                        out.add(new Contract.ClosedPeriod(from, to));
                        from = to.plusDays(1);
                    }
                    return out;
                });
    }

    /** Two or three posts, each of a different grade, with single contracts. */
    static Arbitrary<Contract> dual(LocalDate start) {
        Arbitrary<List<Grade>> grades =
                Arbitraries.of(Grade.class).list().ofMinSize(2).ofMaxSize(3).uniqueElements();
        return Combinators.combine(grades, singleContracts(start).list().ofSize(3))
                .as((g, contracts) -> {
                    List<Contract.Post> posts = new ArrayList<>();
                    for (int i = 0; i < g.size(); i++) {
                        posts.add(new Contract.Post("post-" + i, g.get(i), contracts.get(i)));
                    }
                    return new Contract.Dual(posts);
                });
    }

    static Arbitrary<Adjustments> adjustments() {
        return Arbitraries.oneOf(
                Arbitraries.just(Adjustments.NONE),
                Combinators.combine(
                                Arbitraries.of(true, false),
                                Arbitraries.integers().between(0, 720),
                                Arbitraries.of(true, false),
                                times().injectNull(0.5))
                        .as(Adjustments::new));
    }

    static Arbitrary<WorkRules> rules(List<String> templateIds) {
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 9);
        Arbitrary<Map<String, Integer>> maxShifts = Arbitraries.maps(
                        Arbitraries.of(templateIds), Arbitraries.integers().between(0, 10))
                .ofMaxSize(templateIds.size());
        return Arbitraries.oneOf(
                Arbitraries.just(WorkRules.DEFAULT),
                Combinators.combine(
                                days,
                                days,
                                days,
                                days,
                                maxShifts,
                                Arbitraries.integers().between(0, 3000).injectNull(0.5),
                                Arbitraries.integers().between(0, 3000).injectNull(0.5),
                                days)
                        .as((maxC, minC, minOff, weekends, shifts, minTotal, maxTotal, preferred) -> new WorkRules(
                                Math.max(maxC, minC),
                                minC,
                                minOff,
                                weekends,
                                shifts,
                                minTotal == null || maxTotal == null
                                        ? minTotal
                                        : Integer.valueOf(Math.min(minTotal, maxTotal)),
                                maxTotal,
                                preferred)));
    }

    /** History just before the window, often across a clock change, in whole minutes or seconds. */
    static Arbitrary<History> history(LocalDate windowStart) {
        Instant windowStartInstant =
                windowStart.atStartOfDay(ZoneId.of("Europe/London")).toInstant();
        Arbitrary<TimeSpan> span = Combinators.combine(
                        Arbitraries.longs().between(1, 14 * 24 * 60 * 60L),
                        Arbitraries.longs().between(0, 14 * 60 * 60L))
                .as((before, length) -> new TimeSpan(
                        windowStartInstant.minusSeconds(before), windowStartInstant.minusSeconds(before - length)));
        return Arbitraries.oneOf(
                Arbitraries.just(History.NONE),
                balances().map(History.NONE::withBalances),
                Combinators.combine(
                                span.set().ofMaxSize(4),
                                Arbitraries.longs().between(0, 100_000),
                                Arbitraries.integers().between(0, 182),
                                balances())
                        .as((spans, minutes, days, balances) ->
                                new History(List.copyOf(spans), minutes, days, balances)));
    }

    /** Balances brought forward, often none; the overdue TOIL is never more than the TOIL owed. */
    static Arbitrary<Balances> balances() {
        return Arbitraries.oneOf(
                Arbitraries.just(Balances.NONE),
                Arbitraries.longs()
                        .between(0, 20_000)
                        .flatMap(owed -> Combinators.combine(
                                        Arbitraries.longs().between(0, owed),
                                        Arbitraries.longs().between(0, 200_000))
                                .as((overdue, paymentPlus) -> new Balances(owed, overdue, paymentPlus))));
    }

    static Arbitrary<Person> person(String id, List<String> locationIds, List<String> templateIds, LocalDate start) {
        Arbitrary<Set<DayOfWeek>> restDays = Arbitraries.subsetOf(DayOfWeek.values());
        Arbitrary<Set<LocalDate>> daysOff = Arbitraries.integers()
                .between(-3, 30)
                .map(start::plusDays)
                .set()
                .ofMaxSize(3);
        Arbitrary<LocalDate> serviceStart = Arbitraries.integers()
                .between(0, 40 * 365)
                .map(d -> start.minusDays(d))
                .injectNull(0.3);
        return Combinators.combine(
                        Combinators.combine(
                                        names().injectNull(0.2),
                                        Arbitraries.of(Grade.class),
                                        Arbitraries.subsetOf(SKILLS),
                                        Arbitraries.subsetOf(locationIds),
                                        adjustments(),
                                        Arbitraries.of(true, false).list().ofSize(3),
                                        serviceStart,
                                        contracts(start))
                                .as((name, grade, skills, locations, adj, flags, service, contract) -> Person.builder(
                                                id, gradeFor(contract, grade))
                                        .name(name)
                                        .skills(skills)
                                        .locations(locations)
                                        .adjustments(adj)
                                        .optedOut(flags.get(0))
                                        .youngWorker(flags.get(1))
                                        .nightWorker(flags.get(2))
                                        .serviceStart(service)
                                        .contract(contract)
                                        .build()),
                        restDays,
                        daysOff,
                        history(start),
                        Arbitraries.of(ExtraHoursElection.class))
                .as((p, rest, off, history, election) ->
                        p.withRestDays(rest, off).withHistory(history).withExtraHoursElection(election));
    }

    /** The person's grade: on a dual contract, one of its posts' grades (picked by the grade drawn). */
    private static Grade gradeFor(Contract contract, Grade drawn) {
        if (contract instanceof Contract.Dual dual) {
            return dual.posts().get(drawn.ordinal() % dual.posts().size()).grade();
        }
        return drawn;
    }

    /** Up to two job share posts of two or three partners, each partner 1 minute to 25 hours a week. */
    static Arbitrary<List<JobShareDraft>> jobShareDrafts() {
        return Arbitraries.integers()
                .between(2, 3)
                .flatMap(n -> Combinators.combine(
                                Arbitraries.integers().between(1, 1500).list().ofSize(n),
                                Arbitraries.integers().between(0, 300).list().ofSize(n),
                                Arbitraries.subsetOf(DayOfWeek.values()),
                                Arbitraries.integers().between(0, 120))
                        .as(JobShareDraft::new))
                .list()
                .ofMaxSize(2);
    }

    /** At most one rota line per person, cycles of 1 to 8 entries, some OFF. */
    static Arbitrary<List<RotaDraft>> rotaDrafts(List<String> personIds, int nTemplates, LocalDate start) {
        Arbitrary<EntryDraft> entry = Combinators.combine(
                        Arbitraries.integers().between(0, nTemplates - 1).injectNull(0.3),
                        Arbitraries.integers().between(0, 100))
                .as(EntryDraft::new);
        return Combinators.combine(
                        Arbitraries.of(personIds),
                        Arbitraries.integers().between(-30, 30).map(start::plusDays),
                        entry.list().ofMinSize(1).ofMaxSize(8))
                .as(RotaDraft::new)
                .list()
                .ofMaxSize(3)
                .uniqueElements(RotaDraft::person);
    }

    /** Self-rostering choices: a template wanted on a day of the window, at most one per person and day. */
    static Arbitrary<List<Request>> choices(List<String> personIds, List<String> templateIds, List<LocalDate> dates) {
        return Combinators.combine(
                        Arbitraries.of(personIds),
                        Arbitraries.of(dates),
                        Arbitraries.of(templateIds),
                        Arbitraries.integers().between(1, 100))
                .as((person, date, template, weight) -> new Request(person, date, template, true, weight))
                .list()
                .ofMaxSize(4)
                .uniqueElements(c -> c.person() + "/" + c.date());
    }

    /** Up to two separate spells of leave per person, never overlapping. */
    static Arbitrary<List<Leave>> leave(List<String> personIds, List<LocalDate> dates) {
        LocalDate first = dates.get(0);
        return personIds.stream()
                .map(person -> Combinators.combine(
                                Arbitraries.integers().between(-5, dates.size()),
                                Arbitraries.integers().between(0, 6),
                                Arbitraries.integers().between(1, 5),
                                Arbitraries.integers().between(0, 6),
                                Arbitraries.of(LeaveKind.class),
                                Arbitraries.of(LeaveKind.class),
                                Arbitraries.integers().between(0, 2))
                        .as((from, len1, gap, len2, kind1, kind2, count) -> {
                            List<Leave> out = new ArrayList<>();
                            LocalDate a = first.plusDays(from);
                            if (count >= 1) {
                                out.add(new Leave(person, a, a.plusDays(len1), kind1));
                            }
                            if (count == 2) {
                                LocalDate b = a.plusDays(len1 + gap);
                                out.add(new Leave(person, b, b.plusDays(len2), kind2));
                            }
                            return out;
                        }))
                .collect(collectingList())
                .map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    static Arbitrary<List<Request>> requests(List<String> personIds, List<String> templateIds, List<LocalDate> dates) {
        return Combinators.combine(
                        Arbitraries.of(personIds),
                        Arbitraries.integers().between(-2, dates.size() + 2).map(dates.get(0)::plusDays),
                        Arbitraries.of(templateIds).injectNull(0.4),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 100))
                .as(Request::new)
                .list()
                .ofMaxSize(4);
    }

    static Arbitrary<List<PinDraft>> pinDrafts(List<String> personIds, int nTemplates, List<LocalDate> dates) {
        return Combinators.combine(
                        Arbitraries.of(personIds),
                        Arbitraries.of(dates),
                        Arbitraries.integers().between(0, nTemplates - 1).injectNull(0.3),
                        Arbitraries.integers().between(0, 100))
                .as(PinDraft::new)
                .list()
                .ofMaxSize(4)
                .uniqueElements(p -> p.person() + "/" + p.date());
    }

    static Arbitrary<List<SlotDraft>> slotDrafts(int nTemplates, List<LocalDate> dates) {
        return Combinators.combine(
                        Arbitraries.of(dates),
                        Arbitraries.integers().between(0, nTemplates - 1),
                        Arbitraries.integers().between(0, 100),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 1000))
                .as(SlotDraft::new)
                .list()
                .ofMaxSize(4);
    }

    static Arbitrary<Map<String, String>> weights() {
        Arbitrary<String> score = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 50).map(n -> n + "soft"),
                Combinators.combine(
                                Arbitraries.integers().between(0, 5),
                                Arbitraries.integers().between(0, 50),
                                Arbitraries.integers().between(0, 500))
                        .as((h, m, s) -> h + "hard/" + m + "medium/" + s + "soft"));
        return Arbitraries.maps(Arbitraries.of(Rule.values()).map(Rule::id), score)
                .ofMaxSize(3)
                .map(LinkedHashMap::new);
    }
}
