package org.openroster.ledger;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openroster.audit.AuditReport;
import org.openroster.audit.PersonHours;
import org.openroster.audit.RosterAudit;
import org.openroster.model.Balances;
import org.openroster.model.Checks;
import org.openroster.model.Contract;
import org.openroster.model.History;
import org.openroster.model.Leave;
import org.openroster.model.LeaveKind;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.ProblemValidator;
import org.openroster.rostering.RosteringModels;
import org.openroster.solver.PersonDay;
import org.openroster.solver.PersonWindow;
import org.openroster.solver.RosterSolver;
import org.openroster.solver.SolveResult;
import org.openroster.time.LocalTimes;
import org.openroster.time.TimeSpan;

/**
 * Rosters a year as successive windows (13 x 4 weeks by default) from a {@link Problem} whose
 * {@code start} is the year's first day and whose leave, requests, pins and slot demands cover the
 * whole year (the problem's own {@code days} is ignored). Between windows it carries each person's
 * recent shifts (rest and consecutive days), the minutes of the working-time reference period, their
 * annualised or term-time balance ({@code creditedToDateMinutes}) and their ledgers; before each window
 * it hands the solver the balances it needs as facts (TOIL owed and overdue, payment plus this year).
 * After each window it books the roster's hours ({@link HoursAccrual}) and closes the books through the
 * window's end.
 *
 * <pre>{@code
 * YearPlan plan = YearPlanner.create().plan(problem, YearPlanOptions.defaults()
 *         .withTimeLimitPerWindow(Duration.ofSeconds(30)));
 * YearPlanWriter.writeAll(plan, Path.of("out/year"));
 * }</pre>
 */
public final class YearPlanner {

    /** Recent shifts kept in a person's history: two weeks is plenty for rest and consecutive days. */
    static final int RECENT_DAYS = 14;

    private final RosterSolver solver;

    private YearPlanner(RosterSolver solver) {
        this.solver = solver;
    }

    public static YearPlanner create() {
        return new YearPlanner(RosterSolver.create());
    }

    public static YearPlanner with(RosterSolver solver) {
        return new YearPlanner(Checks.notNull(solver, "solver"));
    }

    /** Plans the year; throws {@code InvalidProblemException} when the problem is not valid for it. */
    public YearPlan plan(Problem problem, YearPlanOptions options) {
        Checks.notNull(problem, "problem");
        Checks.notNull(options, "options");
        return new Run(problem, options).plan();
    }

    /** One planning run: its state between windows. */
    private final class Run {
        private final Problem problem;
        private final YearPlanOptions options;
        private final LedgerSettings settings;
        private final LocalDate start;
        private final LocalDate end;
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final Map<String, List<Long>> dailyMinutes = new HashMap<>();
        private final Map<String, List<TimeSpan>> recent = new HashMap<>();
        private final Map<String, List<AnnualisedSummary.Point>> points = new HashMap<>();
        private final Map<String, List<Leave>> leaveByPerson = new HashMap<>();
        private LedgerBook book;

        Run(Problem problem, YearPlanOptions options) {
            this.problem = problem;
            this.options = options;
            this.start = problem.start();
            int total = options.windows() * options.windowDays();
            this.end = start.plusDays(total - 1L);
            this.settings = options.settings().leaveYearStart() == null
                    ? options.settings().withLeaveYearStart(MonthDay.from(start))
                    : options.settings();
            ProblemValidator.validateOrThrow(problem.withWindow(start, total));
            this.book = options.opening();
            Checks.check(
                    book.closedThrough() == null || book.closedThrough().isBefore(start),
                    "The opening ledgers are closed through " + book.closedThrough() + ", not before the plan's start ("
                            + start + ").");
            for (int i = 0; i < options.elections().size(); i++) {
                ElectionOverride e = options.elections().get(i);
                Checks.check(
                        problem.people().stream().anyMatch(p -> p.id().equals(e.person())),
                        "The elections[" + i + "].person (" + e.person() + ") is not a known person.");
                Checks.check(
                        !e.date().isBefore(start) && !e.date().isAfter(end),
                        "The elections[" + i + "].date (" + e.date() + ") is outside the plan " + start + " to " + end
                                + ".");
            }
            problem.leave()
                    .forEach(l -> leaveByPerson
                            .computeIfAbsent(l.person(), k -> new ArrayList<>())
                            .add(l));
            for (Person p : problem.people()) {
                people.put(p.id(), p);
                dailyMinutes.put(p.id(), initialDays(p.history()));
                recent.put(p.id(), p.history().recentShifts());
                points.put(p.id(), new ArrayList<>());
                openLedgers(p);
            }
        }

        /** Opens what the opening book lacks: annualised balances, history's balances, a part leave year. */
        private void openLedgers(Person p) {
            String id = p.id();
            Contract c = p.contract();
            Contract.Annualised terms = AnnualisedTerms.terms(c);
            if (terms != null && !book.has(id, Account.ANNUALISED_HOURS)) {
                book = book.open(
                        id,
                        Account.ANNUALISED_HOURS,
                        terms.creditedToDateMinutes() - AnnualisedTerms.trajectory(c, start));
            }
            Balances b = p.history().balances();
            if (!book.has(id, Account.TOIL) && b.toilOwedMinutes() > 0) {
                // TOIL brought in from the person's history: the overdue part dated past the target
                List<Entry> lots = new ArrayList<>();
                if (b.toilOverdueMinutes() > 0) {
                    lots.add(new Entry(
                            start.minusDays(settings.toilRepaymentTargetDays() + 1L),
                            b.toilOverdueMinutes(),
                            EntryKind.CARRY_OVER));
                }
                if (b.toilOwedMinutes() > b.toilOverdueMinutes()) {
                    lots.add(new Entry(
                            start.minusDays(1), b.toilOwedMinutes() - b.toilOverdueMinutes(), EntryKind.CARRY_OVER));
                }
                book = book.post(id, Account.TOIL, lots);
            }
            if (!book.has(id, Account.PAYMENT_PLUS) && b.paymentPlusMinutes() > 0) {
                book = book.open(id, Account.PAYMENT_PLUS, b.paymentPlusMinutes());
            }
            if (!settings.isLeaveYearStart(start)) {
                LocalDate leaveYear = settings.leaveYearStartOf(start, start);
                if (!book.has(id, Account.ANNUAL_LEAVE)) {
                    book = book.post(
                            id,
                            Account.ANNUAL_LEAVE,
                            entitlement(Entitlements.proRata(
                                    Entitlements.annualLeaveMinutes(p, leaveYear, settings), start, leaveYear)));
                }
                if (!book.has(id, Account.PRIVILEGE_DAY)) {
                    book = book.post(
                            id,
                            Account.PRIVILEGE_DAY,
                            entitlement(Entitlements.proRata(
                                    Entitlements.privilegeMinutes(c, settings), start, leaveYear)));
                }
            }
        }

        private List<Entry> entitlement(long minutes) {
            return minutes == 0 ? List.of() : List.of(new Entry(start, minutes, EntryKind.ENTITLEMENT));
        }

        YearPlan plan() {
            List<WindowSummary> summaries = new ArrayList<>();
            for (int i = 0; i < options.windows(); i++) {
                LocalDate ws = start.plusDays((long) i * options.windowDays());
                LocalDate we = ws.plusDays(options.windowDays() - 1L);
                Problem window = RosteringModels.prepare(windowProblem(i, ws, we), options.rosteringModel());
                SolveResult result = solver.solve(
                        window, options.solve().withSeed(options.solve().seed() + i));
                AuditReport audit = RosterAudit.audit(result.roster());
                for (WindowHours hours : WindowHours.of(result.roster(), audit, options.elections())) {
                    book = HoursAccrual.post(book, hours, settings);
                }
                carry(result, audit, we);
                book = book.close(we);
                WindowSummary summary = summary(i, ws, we, result, audit);
                summaries.add(summary);
                options.onWindow().accept(new WindowResult(i, result, audit, summary));
            }
            // the people as they stand after the plan, with history and balances for what comes next
            LocalDate next = end.plusDays(1);
            people.replaceAll((id, p) ->
                    p.withHistory(history(p, options.windows(), next, next.plusDays(options.windowDays() - 1L))));
            return new YearPlan(
                    problem.id(),
                    problem.establishment().name(),
                    start,
                    end,
                    options.windowDays(),
                    settings,
                    summaries,
                    annualised(),
                    personYears(),
                    book,
                    List.copyOf(people.values()));
        }

        /** The problem of one window: its people with carried history and balances, its dated facts. */
        private Problem windowProblem(int index, LocalDate ws, LocalDate we) {
            List<Person> windowPeople = new ArrayList<>();
            for (Person p : people.values()) {
                windowPeople.add(p.withHistory(history(p, index, ws, we)));
            }
            return new Problem(
                    problem.id() + "-w" + (index + 1),
                    problem.establishment(),
                    ws,
                    options.windowDays(),
                    problem.templates(),
                    problem.activities(),
                    windowPeople,
                    problem.leave().stream()
                            .filter(l -> !l.to().isBefore(ws) && !l.from().isAfter(we))
                            .toList(),
                    problem.requests().stream()
                            .filter(r -> within(r.date(), ws, we))
                            .toList(),
                    problem.pins().stream()
                            .filter(p -> within(p.date(), ws, we))
                            .toList(),
                    problem.slotDemands().stream()
                            .filter(s -> within(s.date(), ws, we))
                            .toList(),
                    problem.constraintWeights(),
                    problem.jobShares(),
                    problem.rotaLines(),
                    problem.choices().stream()
                            .filter(c -> within(c.date(), ws, we))
                            .toList());
        }

        /** The person's history before the window: recent shifts, reference period, balances. */
        private History history(Person p, int index, LocalDate ws, LocalDate we) {
            Balances balances = balances(p, ws, we);
            if (index == 0) {
                return p.history().withBalances(balances);
            }
            int keep = Math.max(0, problem.establishment().workingTime().referenceWeeks() * 7 - options.windowDays());
            List<Long> days = dailyMinutes.get(p.id());
            int n = Math.min(keep, days.size());
            long minutes = 0;
            for (int d = days.size() - n; d < days.size(); d++) {
                minutes += days.get(d);
            }
            return new History(recent.get(p.id()), minutes, n, balances);
        }

        /** The balances the solver needs for the window, read from the books. */
        private Balances balances(Person p, LocalDate ws, LocalDate we) {
            String id = p.id();
            Ledger toil = book.ledger(id, Account.TOIL);
            long toilLeave = (long) leaveDaysOf(id, LeaveKind.TOIL, ws, we)
                    * p.contract().leaveDayMinutes();
            ToilAges ages = ToilAges.of(toil, start, ws.minusDays(1)).afterTaking(toilLeave);
            long owed = Math.max(0, ages.owed() - ages.deficit());
            long overdue = Math.min(owed, ages.overdueOn(we, settings.toilRepaymentTargetDays()));
            long paymentPlus = Math.max(0, book.balance(id, Account.PAYMENT_PLUS));
            return new Balances(owed, overdue, paymentPlus);
        }

        private int leaveDaysOf(String person, LeaveKind kind, LocalDate from, LocalDate to) {
            int n = 0;
            for (Leave l : leaveByPerson.getOrDefault(person, List.of())) {
                if (l.kind() != kind) {
                    continue;
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    if (l.charges(d)) {
                        n++;
                    }
                }
            }
            return n;
        }

        /** Carries what the window did into each person: minutes per day, shifts, annualised balance. */
        private void carry(SolveResult result, AuditReport audit, LocalDate we) {
            Map<String, long[]> worked = new HashMap<>();
            int days = options.windowDays();
            for (PersonDay pd : result.roster().getPersonDays()) {
                worked.computeIfAbsent(pd.person().id(), k -> new long[days])[pd.dayIndex()] += pd.workedMinutes();
                if (pd.isWorking()) {
                    List<TimeSpan> spans =
                            new ArrayList<>(recent.get(pd.person().id()));
                    spans.add(pd.getShift().span());
                    recent.put(pd.person().id(), spans);
                }
            }
            worked.forEach((id, perDay) -> {
                for (long m : perDay) {
                    dailyMinutes.get(id).add(m);
                }
            });
            LocalDate next = we.plusDays(1);
            var since = LocalTimes.startOfDay(
                    next.minusDays(RECENT_DAYS), problem.establishment().zone());
            recent.replaceAll((id, spans) ->
                    spans.stream().filter(s -> s.end().isAfter(since)).toList());
            for (PersonHours h : audit.people()) {
                Person p = people.get(h.person());
                Contract c = p.contract();
                Contract.Annualised terms = AnnualisedTerms.terms(c);
                if (terms == null || h.creditedMinutes() == null) {
                    continue;
                }
                Contract carried = AnnualisedTerms.withTerms(c, terms.withCreditedToDate(h.creditedMinutes()));
                LocalDate yearEnd = terms.yearStart().plusYears(1);
                if (!yearEnd.isAfter(next)) {
                    carried = settle(p.id(), carried, we, yearEnd, creditedFrom(result, p, yearEnd));
                }
                people.put(p.id(), p.withContract(carried));
                Contract.Annualised now = AnnualisedTerms.terms(carried);
                points.get(p.id())
                        .add(new AnnualisedSummary.Point(
                                next,
                                now.creditedToDateMinutes(),
                                AnnualisedTerms.trajectory(carried, next),
                                now.toleranceMinutes()));
            }
        }

        /** Minutes credited to an annualised person in the window from {@code from}: worked and leave days. */
        private long creditedFrom(SolveResult result, Person p, LocalDate from) {
            long credited = 0;
            for (PersonDay pd : result.roster().getPersonDays()) {
                if (pd.person().id().equals(p.id()) && !pd.date().isBefore(from)) {
                    credited +=
                            pd.workedMinutes() + (pd.onLeave() ? p.contract().leaveDayMinutes() : 0);
                }
            }
            return credited;
        }

        /**
         * Settles an annualised year that ended by the window's end. The window's days from the year's end
         * on belong to the next year: what they credited and what the trajectory made due over them are
         * taken out of the balance settled. The year-end balance is carried (up to the cap), paid or written
         * off by the contract's terms, a deficit written off; the contract moves to the next reference year
         * with the carried minutes and those days' credit, and the ledger is brought to the new year's
         * trajectory (the old year's rate and the new year's can differ by a leap day).
         */
        private Contract settle(String id, Contract c, LocalDate we, LocalDate yearEnd, long creditedAfter) {
            Contract.Annualised terms = AnnualisedTerms.terms(c);
            LocalDate next = we.plusDays(1);
            long dueAfter = AnnualisedTerms.trajectory(c, next) - AnnualisedTerms.trajectory(c, yearEnd);
            long balance = book.balance(id, Account.ANNUALISED_HOURS) - (creditedAfter - dueAfter);
            List<Entry> entries = new ArrayList<>();
            long carried = 0;
            if (balance > 0) {
                Contract.Annualised.Settlement s = terms.settle(balance);
                if (s.paid() > 0) {
                    entries.add(new Entry(we, -s.paid(), EntryKind.ELECTED_PAY));
                }
                if (s.writtenOff() > 0) {
                    entries.add(new Entry(we, -s.writtenOff(), EntryKind.WRITE_OFF));
                }
                carried = s.carried();
            } else if (balance < 0) {
                entries.add(new Entry(we, -balance, EntryKind.WRITE_OFF));
            }
            Contract.Annualised nextTerms = new Contract.Annualised(
                    terms.annualMinutes(),
                    yearEnd,
                    terms.reservePercent(),
                    terms.toleranceMinutes(),
                    terms.yearEnd(),
                    terms.carryForwardCapMinutes(),
                    carried + creditedAfter);
            Contract nextContract = AnnualisedTerms.withTerms(c, nextTerms);
            long adjust = AnnualisedTerms.trajectory(nextContract, next) - dueAfter;
            if (adjust != 0) {
                entries.add(new Entry(we, -adjust, EntryKind.DUE));
            }
            book = book.post(id, Account.ANNUALISED_HOURS, entries);
            return nextContract;
        }

        private WindowSummary summary(int index, LocalDate ws, LocalDate we, SolveResult result, AuditReport audit) {
            long toilAccrued = 0;
            long toilRepaid = 0;
            long toilOwed = 0;
            long toilOverdue = 0;
            long oldest = 0;
            long paymentPlus = 0;
            long hoursOwed = 0;
            long annualTaken = 0;
            for (String id : people.keySet()) {
                Ledger toil = book.ledger(id, Account.TOIL);
                toilAccrued += toil.total(EntryKind.ACCRUED, ws, we);
                toilRepaid -= toil.total(EntryKind.TAKEN, ws, we);
                toilOwed += toil.balanceAt(we);
                ToilAges ages = ToilAges.of(toil, start, we);
                toilOverdue += ages.overdue(settings.toilRepaymentTargetDays());
                oldest = Math.max(oldest, ages.oldestAgeDays());
                Ledger pp = book.ledger(id, Account.PAYMENT_PLUS);
                paymentPlus += pp.total(EntryKind.ACCRUED, ws, we) + pp.total(EntryKind.ELECTED_PAY, ws, we);
                hoursOwed += book.ledger(id, Account.HOURS_OWED).balanceAt(we);
                annualTaken -= book.ledger(id, Account.ANNUAL_LEAVE).total(EntryKind.TAKEN, ws, we);
            }
            var s = audit.summary();
            int outside = (int) audit.people().stream()
                    .filter(h -> Boolean.FALSE.equals(h.withinTolerance()))
                    .count();
            return new WindowSummary(
                    index,
                    ws,
                    we,
                    result.score().toString(),
                    s.regimeSafe(),
                    s.hardViolations(),
                    s.mslShortfallMinutes(),
                    s.sdsolShortfallMinutes(),
                    s.rosteredMinutes(),
                    s.compensatoryRestOwedMinutes(),
                    toilAccrued,
                    toilRepaid,
                    toilOwed,
                    toilOverdue,
                    oldest,
                    paymentPlus,
                    YearPlan.cost(paymentPlus, settings),
                    hoursOwed,
                    annualTaken,
                    outside,
                    result.stats().secondsSpent());
        }

        private List<AnnualisedSummary> annualised() {
            List<AnnualisedSummary> list = new ArrayList<>();
            LocalDate next = end.plusDays(1);
            for (Person p : people.values()) {
                Contract c = p.contract();
                Contract.Annualised terms = AnnualisedTerms.terms(c);
                if (terms == null) {
                    continue;
                }
                Ledger l = book.ledger(p.id(), Account.ANNUALISED_HOURS);
                long trajectory = AnnualisedTerms.trajectory(c, next);
                long credited = terms.creditedToDateMinutes();
                long balance = credited - trajectory;
                list.add(new AnnualisedSummary(
                        p.id(),
                        c.kind(),
                        terms.yearStart(),
                        terms.rosteredAnnualMinutes(),
                        trajectory,
                        credited,
                        l.total(EntryKind.WORKED, start, end),
                        l.total(EntryKind.LEAVE_CREDIT, start, end),
                        balance,
                        terms.toleranceMinutes(),
                        Math.abs(balance) <= terms.toleranceMinutes(),
                        points.get(p.id())));
            }
            return list;
        }

        private List<PersonYear> personYears() {
            List<PersonYear> list = new ArrayList<>();
            for (Person p : people.values()) {
                String id = p.id();
                Ledger toil = book.ledger(id, Account.TOIL);
                ToilAges ages = ToilAges.of(toil, start, end);
                Ledger annual = book.ledger(id, Account.ANNUAL_LEAVE);
                Ledger ph = book.ledger(id, Account.PUBLIC_HOLIDAY);
                Ledger pp = book.ledger(id, Account.PAYMENT_PLUS);
                long ppMinutes = pp.total(EntryKind.ACCRUED, start, end) + pp.total(EntryKind.ELECTED_PAY, start, end);
                boolean annualised = !PersonWindow.banksExtraHours(p.contract());
                list.add(new PersonYear(
                        id,
                        p.contract().kind(),
                        p.extraHoursElection().name(),
                        Entitlements.standardDayMinutes(p.contract()),
                        toil.total(EntryKind.ACCRUED, start, end),
                        -toil.total(EntryKind.TAKEN, start, end),
                        toil.closing(),
                        ages.overdue(settings.toilRepaymentTargetDays()),
                        ages.oldestAgeDays(),
                        annual.opening()
                                + annual.total(EntryKind.ENTITLEMENT, start, end)
                                + annual.total(EntryKind.CARRY_OVER, start, end),
                        -annual.total(EntryKind.TAKEN, start, end),
                        annual.closing(),
                        ph.total(EntryKind.ENTITLEMENT, start, end)
                                + ph.total(EntryKind.PUBLIC_HOLIDAY_WORKED, start, end),
                        -ph.total(EntryKind.TAKEN, start, end),
                        ph.closing(),
                        book.balance(id, Account.PRIVILEGE_DAY),
                        ppMinutes,
                        YearPlan.cost(ppMinutes, settings),
                        book.balance(id, Account.HOURS_OWED),
                        book.balance(id, Account.COMPENSATORY_REST),
                        annualised ? book.balance(id, Account.ANNUALISED_HOURS) : null));
            }
            return list;
        }
    }

    /** The problem's own reference-period history spread evenly over its days (the oldest first). */
    private static List<Long> initialDays(History h) {
        List<Long> days = new ArrayList<>();
        int n = h.referencePeriodDays();
        for (int d = 0; d < n; d++) {
            long share = h.referencePeriodMinutes() / n + (d == n - 1 ? h.referencePeriodMinutes() % n : 0);
            days.add(share);
        }
        return days;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
