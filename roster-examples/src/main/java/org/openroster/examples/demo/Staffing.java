package org.openroster.examples.demo;

import static org.openroster.examples.demo.DemoPrison.CAT_A_ESCORT;
import static org.openroster.examples.demo.DemoPrison.C_AND_R;
import static org.openroster.examples.demo.DemoPrison.FEMALE_SEARCHER;
import static org.openroster.examples.demo.DemoPrison.FIRST_AID;
import static org.openroster.examples.demo.DemoPrison.NIGHT_LEAD;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.openroster.examples.demo.Regime.Site;
import org.openroster.model.Activity;
import org.openroster.model.Adjustments;
import org.openroster.model.Contract;
import org.openroster.model.ExtraHoursElection;
import org.openroster.model.Grade;
import org.openroster.model.History;
import org.openroster.model.Leave;
import org.openroster.model.LocationKind;
import org.openroster.model.Person;
import org.openroster.model.Qualification;
import org.openroster.model.ShiftTemplate;
import org.openroster.model.StaffingLine;
import org.openroster.model.WorkRules;
import org.openroster.model.WorkingTimeSettings;
import org.openroster.time.TimeSpan;

/**
 * Recruits the staff of a demo prison from its regime: each location gets a detail group (its home
 * staff) sized so that their contracted hours, net of expected absence, are {@link #STAFFING_RATIO}
 * times the work whole shifts need to cover the MSL of every line of its ladders ({@link ShiftFit}),
 * with at least two holders a line; then custodial managers, cross-deployments, workplace
 * adjustments, working-time flags, rest days and the history before the window; after leave is
 * known, {@link #repair} makes sure every contract band can be met.
 */
final class Staffing {

    /**
     * Contracted hours of the staff who may cover a line, net of leave and sickness, are sized to
     * this multiple of the work its MSL needs as whole shifts (assumption: HMPPS details staff above
     * MSL so that the regime survives sickness, training and rest rules).
     */
    static final double STAFFING_RATIO = 1.2;

    /** Expected share of a person's days away: annual leave ~10% of person-days, sickness ~2%. */
    static final double EXPECTED_ABSENCE = 0.12;

    /** Custodial managers are ~3% of the staff. */
    static final double CUSTODIAL_MANAGER_SHARE = 0.03;

    /** ~3% of staff have workplace adjustments from Occupational Health. */
    static final double ADJUSTMENT_SHARE = 0.03;

    /** Every line of a ladder has at least this many holders in the location's detail group. */
    static final int MIN_HOLDERS = 2;

    /** Staff on older terms (before Fair and Sustainable, April 2013) may still work 39 hours. */
    static final LocalDate NEW_TERMS = LocalDate.of(2013, 4, 1);

    private static final List<String> FEMALE_NAMES = List.of(
            "Amy",
            "Bethany",
            "Chloe",
            "Claire",
            "Danielle",
            "Emma",
            "Gemma",
            "Hannah",
            "Jade",
            "Joanne",
            "Karen",
            "Kelly",
            "Laura",
            "Leanne",
            "Lisa",
            "Lucy",
            "Michelle",
            "Natalie",
            "Nicola",
            "Rachel",
            "Rebecca",
            "Samantha",
            "Sarah",
            "Sophie",
            "Stacey",
            "Zoe",
            "Aisha",
            "Priya",
            "Siobhan",
            "Megan");
    private static final List<String> MALE_NAMES = List.of(
            "Adam", "Andrew", "Ben", "Callum", "Chris", "Craig", "Daniel", "Darren", "David", "Gareth", "Gavin", "Ian",
            "James", "Jamie", "Jason", "Kevin", "Lee", "Liam", "Mark", "Martin", "Matthew", "Michael", "Neil", "Paul",
            "Richard", "Robert", "Ryan", "Scott", "Stephen", "Stuart", "Thomas", "Tom", "Wayne", "Imran", "Kwame",
            "Rhys", "Owen", "Connor");
    private static final List<String> SURNAMES = List.of(
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Johnson",
            "Davies",
            "Robinson",
            "Wright",
            "Thompson",
            "Evans",
            "Walker",
            "White",
            "Roberts",
            "Green",
            "Hall",
            "Wood",
            "Jackson",
            "Clarke",
            "Patel",
            "Khan",
            "Lewis",
            "James",
            "Phillips",
            "Mason",
            "Mitchell",
            "Rose",
            "Davis",
            "Rodriguez",
            "Cox",
            "Alexander",
            "Morgan",
            "Hughes",
            "Edwards",
            "Hill",
            "Moore",
            "Clark",
            "Harrison",
            "Scott",
            "Young",
            "Morris",
            "Hussain",
            "Ward",
            "Turner",
            "Carter",
            "Phillips",
            "Begum",
            "Murphy",
            "Kelly",
            "Price",
            "Bennett",
            "Griffiths",
            "Shaw",
            "Lloyd",
            "Ellis",
            "Richardson",
            "Fox",
            "Okafor",
            "Nowak");

    private final List<Site> sites;
    private final List<ShiftTemplate> templates;
    private final Calendar calendar;
    private final WorkingTimeSettings workingTime;
    private final ContractMix mix;
    private final List<JobShares.Pair> pairs = new ArrayList<>();

    Staffing(List<Site> sites, List<ShiftTemplate> templates, Calendar calendar, ContractMix mix) {
        this.sites = sites;
        this.templates = templates;
        this.calendar = calendar;
        this.workingTime = calendar.establishment().workingTime();
        this.mix = mix;
    }

    /** The job shares, in the order their partners were recruited. */
    List<JobShares.Pair> pairs() {
        return List.copyOf(pairs);
    }

    /** A person while being generated; {@link #build()} makes the immutable {@link Person}. */
    static final class Draft {
        final String id;
        final Grade grade;
        final String home;
        /** The line the person was recruited for (null: the location's headcount). */
        final Qualification recruitedFor;

        String name;
        LocalDate serviceStart;
        Contract contract;
        final TreeSet<String> skills = new TreeSet<>();
        final TreeSet<String> locations = new TreeSet<>();
        Adjustments adjustments = Adjustments.NONE;
        boolean optedOut;
        boolean youngWorker;
        boolean nightWorker;
        WorkRules rules = WorkRules.DEFAULT;
        final TreeSet<DayOfWeek> fixedRestDays = new TreeSet<>();
        final TreeSet<LocalDate> daysOff = new TreeSet<>();
        History history = History.NONE;
        ExtraHoursElection election = ExtraHoursElection.TOIL;
        /** Off sick since before the window starts (so no recent shifts). */
        boolean sickAtStart;
        /** The kind of contract the mix dealt. */
        ContractMix.Kind kind = ContractMix.Kind.FULL_TIME;
        /** The job share the person is a partner of (null: none). */
        JobShares.Pair share;

        Draft(String id, Grade grade, String home, Qualification recruitedFor) {
            this.id = id;
            this.grade = grade;
            this.home = home;
            this.recruitedFor = recruitedFor;
            locations.add(home);
        }

        boolean holds(String skill) {
            return skills.contains(skill) && !(adjustments.noControlAndRestraint() && C_AND_R.equals(skill));
        }

        boolean matches(Qualification q) {
            return (q.grades().isEmpty() || q.grades().contains(grade)) && (q.skill() == null || holds(q.skill()));
        }

        boolean partTime() {
            return contract instanceof Contract.PartTime;
        }

        Person build() {
            return new Person(
                    id,
                    name,
                    grade,
                    Set.copyOf(skills),
                    Set.copyOf(locations),
                    adjustments,
                    optedOut,
                    youngWorker,
                    nightWorker,
                    serviceStart,
                    contract,
                    rules,
                    Set.copyOf(fixedRestDays),
                    Set.copyOf(daysOff),
                    history,
                    election);
        }
    }

    private record Share(Grade grade, double weight) {}

    // ------------------------------------------------------------------ recruitment

    /** The staff, in a fixed order: each location's detail group in site order, then managers. */
    List<Draft> recruit(SplittableRandom r) {
        List<Draft> staff = new ArrayList<>();
        for (Site site : sites) {
            List<Draft> group = new ArrayList<>();
            for (Map.Entry<Qualification, Long> need : mslDemand(site).entrySet()) {
                Qualification q = need.getKey();
                double needed = STAFFING_RATIO * need.getValue();
                double have = group.stream()
                        .filter(d -> d.matches(q))
                        .mapToDouble(this::expectedMinutes)
                        .sum();
                long holders = group.stream().filter(d -> d.matches(q)).count();
                // At least two holders of every line, so that one person's leave never empties it.
                while (have < needed || (needed > 0 && holders < MIN_HOLDERS)) {
                    for (Draft d : recruit(r, site, q, staff.size() + group.size() + 1)) {
                        group.add(d);
                        have += expectedMinutes(d);
                        holders += d.matches(q) ? 1 : 0;
                    }
                }
            }
            staff.addAll(group);
        }
        addCustodialManagers(r, staff);
        if (site("WORKSHOPS") != null) {
            addApprentice(r, staff);
        }
        crossDeploy(r, staff);
        adjust(r, staff);
        workingTimeFlags(r, staff);
        restDays(r, staff);
        return staff;
    }

    /**
     * For each qualification of the site's ladders, the worked minutes whole shifts need to cover its
     * MSL over the window ({@link ShiftFit}): grade lines first, then skill lines, then the headcount,
     * so that the scarce lines are staffed before the headcount is topped up.
     */
    Map<Qualification, Long> mslDemand(Site site) {
        List<Qualification> qualifications = new ArrayList<>();
        qualifications.add(Qualification.ANY);
        for (Activity a : site.activities()) {
            for (StaffingLine line : a.lines()) {
                if (!qualifications.contains(line.qualification())) {
                    qualifications.add(line.qualification());
                }
            }
        }
        qualifications.sort(Comparator.comparingInt(Staffing::rank));
        Map<Qualification, Long> demand = new LinkedHashMap<>();
        for (Qualification q : qualifications) {
            List<ShiftTemplate> offered = templates.stream()
                    .filter(t -> t.offeredAt(site.id()))
                    .filter(t -> q.grades().isEmpty() || q.grades().stream().anyMatch(t::openTo))
                    .toList();
            ShiftFit.Fit fit =
                    ShiftFit.cover(calendar.dates(), calendar.zone(), calendar::dayType, site.activities(), offered, q);
            demand.put(q, fit.workedMinutes());
        }
        return demand;
    }

    private static int rank(Qualification q) {
        return q.isAny() ? 2 : q.grades().isEmpty() ? 1 : 0;
    }

    /**
     * Contracted minutes over the window net of expected absence, at the person's home: the window's
     * share of their year for annualised and term-time hours (none in closed periods), the guarantee of
     * a minimum-hours contract, and only the post of their grade of a dual contract.
     */
    double expectedMinutes(Draft d) {
        return windowMinutes(d.contract, d.grade) * (1 - EXPECTED_ABSENCE);
    }

    /** The contract's minutes in the window before leave (of the post of {@code grade} on a dual contract). */
    long windowMinutes(Contract c, Grade grade) {
        LocalDate end = calendar.start().plusDays(calendar.days());
        return switch (c) {
            case Contract.Annualised a -> a.trajectory(end) - a.trajectory(calendar.start());
            case Contract.TermTime t -> t.trajectory(end) - t.trajectory(calendar.start());
            case Contract.Dual dual ->
                dual.posts().stream()
                        .filter(p -> p.grade() == grade)
                        .mapToLong(p -> windowMinutes(p.contract(), grade))
                        .sum();
            default -> c.bounds(calendar.start(), calendar.days(), 0).target();
        };
    }

    /**
     * A recruit for the line (two for a job share: the partners of a new post), with the contract the
     * mix deals them.
     */
    private List<Draft> recruit(SplittableRandom r, Site site, Qualification q, int number) {
        Grade grade = gradeFor(r, site, q);
        Draft d = new Draft(String.format("P%04d", number), grade, site.id(), q.isAny() ? null : q);
        d.serviceStart = serviceStart(r, grade);
        drawSkills(r, d);
        if (q.skill() != null) {
            d.skills.add(q.skill());
        }
        d.name = name(r, d.skills.contains(FEMALE_SEARCHER));
        d.kind = mix.next(r, openKinds(site, grade, q));
        if (d.kind != ContractMix.Kind.JOB_SHARE) {
            d.contract = contract(r, d.kind, grade, d.serviceStart, site);
            mix.dealt(d.kind, 1);
            return List.of(d);
        }
        Draft partner = new Draft(String.format("P%04d", number + 1), grade, site.id(), null);
        partner.serviceStart = serviceStart(r, grade);
        drawSkills(r, partner);
        partner.name = name(r, partner.skills.contains(FEMALE_SEARCHER));
        partner.kind = ContractMix.Kind.JOB_SHARE;
        JobShares.Pair pair = new JobShares.Pair("JS" + (pairs.size() + 1), d, partner, r.nextDouble() < 0.5);
        d.contract = ContractMix.jobShare(pair.post(), pair.leadMinutes());
        partner.contract = ContractMix.jobShare(pair.post(), pair.partnerMinutes());
        d.share = pair;
        partner.share = pair;
        pairs.add(pair);
        mix.dealt(ContractMix.Kind.JOB_SHARE, 2);
        return List.of(d, partner);
    }

    /** The contract kinds that make sense for a recruit of the grade at the site for the line. */
    private java.util.Set<ContractMix.Kind> openKinds(Site site, Grade grade, Qualification q) {
        java.util.EnumSet<ContractMix.Kind> open = java.util.EnumSet.of(ContractMix.Kind.FULL_TIME);
        if (grade == Grade.CUSTODIAL_MANAGER) {
            return open;
        }
        open.add(ContractMix.Kind.PART_TIME);
        boolean uniformed = grade == Grade.OSG || grade == Grade.OFFICER || grade == Grade.SUPERVISING_OFFICER;
        if (uniformed && compressedDayAt(site.id(), grade)) {
            open.add(ContractMix.Kind.COMPRESSED);
        }
        if (uniformed) {
            open.add(ContractMix.Kind.ANNUALISED);
        }
        if (grade == Grade.OSG || grade == Grade.OFFICER || grade == Grade.NON_OPERATIONAL) {
            open.add(ContractMix.Kind.TERM_TIME);
        }
        if (grade == Grade.OSG || grade == Grade.OFFICER) {
            open.add(ContractMix.Kind.MINIMUM_HOURS);
        }
        if (grade == Grade.OFFICER && isWing(site) && q.isAny()) {
            open.add(ContractMix.Kind.JOB_SHARE);
        }
        if (grade == Grade.OFFICER && isWing(site) && site("GATE") != null) {
            open.add(ContractMix.Kind.DUAL);
        }
        return open;
    }

    /** Whether a compressed day (37 h over 4 days) is offered at the location to the grade. */
    private boolean compressedDayAt(String location, Grade grade) {
        Contract.Compressed day = Contract.Compressed.fourDayWeek();
        return templates.stream()
                .anyMatch(t -> t.offeredAt(location)
                        && t.openTo(grade)
                        && !isNight(t)
                        && day.dayLengthBreach(t.nominalMinutes() - t.breakMinutes()) == 0);
    }

    private boolean nightAt(String location, Grade grade) {
        return templates.stream().anyMatch(t -> t.offeredAt(location) && t.openTo(grade) && isNight(t));
    }

    private Contract contract(
            SplittableRandom r, ContractMix.Kind kind, Grade grade, LocalDate serviceStart, Site site) {
        return switch (kind) {
            case FULL_TIME, JOB_SHARE -> ContractMix.fullTime(r, grade, serviceStart);
            case PART_TIME -> ContractMix.partTime(r, grade);
            case COMPRESSED -> ContractMix.compressed(r, nightAt(site.id(), grade));
            case ANNUALISED -> mix.annualised(r, serviceStart);
            case TERM_TIME -> mix.termTime(r);
            case MINIMUM_HOURS -> ContractMix.minimumHours(r);
            case DUAL -> ContractMix.dual(r);
        };
    }

    private Grade gradeFor(SplittableRandom r, Site site, Qualification q) {
        if (!q.grades().isEmpty()) {
            return q.grades().contains(Grade.SUPERVISING_OFFICER)
                    ? Grade.SUPERVISING_OFFICER
                    : q.grades().stream().min(Comparator.naturalOrder()).orElseThrow();
        }
        if (NIGHT_LEAD.equals(q.skill())) {
            // Night orderly officers are mostly SOs, some senior officers.
            return r.nextDouble() < 0.7 ? Grade.SUPERVISING_OFFICER : Grade.OFFICER;
        }
        Grade grade = draw(r, mix(site));
        if (grade == Grade.OSG && (C_AND_R.equals(q.skill()) || CAT_A_ESCORT.equals(q.skill()))) {
            return Grade.OFFICER; // OSGs are not C&R or Cat A escort trained in the demo
        }
        return grade;
    }

    /** The grades of a location's detail group (assumption; gives OSG ~20%, SO ~12% overall). */
    private static List<Share> mix(Site site) {
        return switch (site.kind()) {
            case WING -> List.of(new Share(Grade.OFFICER, 0.92), new Share(Grade.SUPERVISING_OFFICER, 0.08));
            case GATE -> List.of(new Share(Grade.OSG, 0.9), new Share(Grade.OFFICER, 0.1));
            case CONTROL_ROOM ->
                List.of(
                        new Share(Grade.OSG, 0.85),
                        new Share(Grade.OFFICER, 0.1),
                        new Share(Grade.SUPERVISING_OFFICER, 0.05));
            case VISITS ->
                List.of(
                        new Share(Grade.OSG, 0.65),
                        new Share(Grade.OFFICER, 0.3),
                        new Share(Grade.SUPERVISING_OFFICER, 0.05));
            case RECEPTION ->
                List.of(
                        new Share(Grade.OFFICER, 0.6),
                        new Share(Grade.OSG, 0.3),
                        new Share(Grade.SUPERVISING_OFFICER, 0.1));
            case HEALTHCARE, ESCORTS ->
                List.of(new Share(Grade.OFFICER, 0.88), new Share(Grade.SUPERVISING_OFFICER, 0.12));
            case OTHER -> List.of(new Share(Grade.OSG, 0.6), new Share(Grade.OFFICER, 0.4));
            default -> List.of(new Share(Grade.OFFICER, 1.0));
        };
    }

    private static Grade draw(SplittableRandom r, List<Share> shares) {
        double u = r.nextDouble();
        double acc = 0;
        for (Share s : shares) {
            acc += s.weight();
            if (u < acc) {
                return s.grade();
            }
        }
        return shares.get(shares.size() - 1).grade();
    }

    private LocalDate serviceStart(SplittableRandom r, Grade grade) {
        // Years of service: many officers joined in the 2017-2020 recruitment drive.
        double years = switch (grade) {
            case OSG -> r.nextDouble(0, 20);
            case OFFICER -> r.nextDouble() < 0.5 ? r.nextDouble(0, 5) : r.nextDouble(5, 30);
            case SUPERVISING_OFFICER -> r.nextDouble(6, 30);
            case CUSTODIAL_MANAGER -> r.nextDouble(10, 35);
            case NON_OPERATIONAL -> r.nextDouble(0, 25);
        };
        return calendar.start().minusDays(Math.round(years * 365.25));
    }

    /** Skills by grade (assumption): C&amp;R for most officers, night lead for SOs and a few officers. */
    private void drawSkills(SplittableRandom r, Draft d) {
        boolean operational = d.grade != Grade.NON_OPERATIONAL;
        double cr = switch (d.grade) {
            case OFFICER -> 0.92;
            case SUPERVISING_OFFICER -> 0.95;
            case CUSTODIAL_MANAGER -> 0.85;
            default -> 0.0;
        };
        double nightLead = switch (d.grade) {
            case SUPERVISING_OFFICER, CUSTODIAL_MANAGER -> 0.9;
            case OFFICER -> 0.08;
            default -> 0.0;
        };
        double female = switch (d.grade) {
            case OSG -> 0.35;
            case OFFICER -> 0.28;
            case SUPERVISING_OFFICER, CUSTODIAL_MANAGER -> 0.25;
            case NON_OPERATIONAL -> 0.0;
        };
        double catA = site("ESCORTS") != null && (d.grade == Grade.OFFICER || d.grade == Grade.SUPERVISING_OFFICER)
                ? 0.15
                : 0.0;
        addIf(r, d, C_AND_R, cr);
        addIf(r, d, FIRST_AID, operational ? 0.35 : 0.5);
        addIf(r, d, NIGHT_LEAD, nightLead);
        addIf(r, d, FEMALE_SEARCHER, female);
        addIf(r, d, CAT_A_ESCORT, catA);
    }

    private static void addIf(SplittableRandom r, Draft d, String skill, double probability) {
        if (r.nextDouble() < probability) {
            d.skills.add(skill);
        }
    }

    private static String name(SplittableRandom r, boolean female) {
        List<String> first = female || r.nextDouble() < 0.1 ? FEMALE_NAMES : MALE_NAMES;
        return first.get(r.nextInt(first.size())) + " " + SURNAMES.get(r.nextInt(SURNAMES.size()));
    }

    /** Custodial managers (~3%), each responsible for a pair of wings and counted as their supervisor. */
    private void addCustodialManagers(SplittableRandom r, List<Draft> staff) {
        List<String> wings = wings();
        int count =
                Math.max(1, (int) Math.round(staff.size() * CUSTODIAL_MANAGER_SHARE / (1 - CUSTODIAL_MANAGER_SHARE)));
        for (int i = 0; i < count; i++) {
            int w = i % wings.size();
            Draft d = new Draft(String.format("P%04d", staff.size() + 1), Grade.CUSTODIAL_MANAGER, wings.get(w), null);
            d.serviceStart = serviceStart(r, d.grade);
            d.contract = ContractMix.fullTime(r, d.grade, d.serviceStart);
            mix.outside();
            drawSkills(r, d);
            d.name = name(r, d.skills.contains(FEMALE_SEARCHER));
            if ((w ^ 1) < wings.size()) {
                d.locations.add(wings.get(w ^ 1));
            }
            staff.add(d);
        }
    }

    /** One apprentice instructor, aged 17, in the workshops (a young worker under the WTR). */
    private void addApprentice(SplittableRandom r, List<Draft> staff) {
        Draft d = new Draft(String.format("P%04d", staff.size() + 1), Grade.NON_OPERATIONAL, "WORKSHOPS", null);
        d.serviceStart = calendar.start().minusDays(200);
        d.contract = new Contract.PartTime(30 * 60, 0);
        d.kind = ContractMix.Kind.PART_TIME;
        mix.outside();
        d.skills.add(FIRST_AID);
        d.youngWorker = true;
        d.name = name(r, r.nextBoolean());
        staff.add(d);
    }

    /**
     * Cross-deployments (assumption): most wing staff may also work on the paired wing, some in a
     * department; SOs who lead nights may run the control room; gate and control room OSGs cover each
     * other, and where OSGs patrol wings at night some of them do; department officers are redeployed
     * to a wing when their department is closed.
     */
    private void crossDeploy(SplittableRandom r, List<Draft> staff) {
        List<String> wings = wings();
        List<String> departments = sites.stream()
                .filter(s -> !isWing(s) && s.kind() != LocationKind.GATE && s.kind() != LocationKind.CONTROL_ROOM)
                .map(Site::id)
                .toList();
        boolean control = site("CONTROL") != null;
        boolean visits = site("VISITS") != null;
        boolean osgNightPatrols = templates.stream()
                        .anyMatch(t -> isNight(t)
                                && t.openTo(Grade.OSG)
                                && wings.stream().anyMatch(t::offeredAt))
                && sites.stream()
                        .anyMatch(s -> s.activities().stream()
                                .anyMatch(a -> a.lines().stream()
                                        .anyMatch(l -> l.grades().contains(Grade.OSG))));
        int next = 0;
        for (Draft d : staff) {
            if (d.grade == Grade.CUSTODIAL_MANAGER || d.grade == Grade.NON_OPERATIONAL) {
                continue;
            }
            Site home = site(d.home);
            String someWing = wings.get(next++ % wings.size());
            if (isWing(home) && d.grade == Grade.OSG) {
                // OSG night patrols also work days at the gate.
                int w = wings.indexOf(d.home);
                if ((w ^ 1) < wings.size() && r.nextDouble() < 0.7) {
                    d.locations.add(wings.get(w ^ 1));
                }
                addIfWorkable(d, "GATE");
            } else if (isWing(home)) {
                int w = wings.indexOf(d.home);
                if ((w ^ 1) < wings.size() && r.nextDouble() < 0.7) {
                    d.locations.add(wings.get(w ^ 1));
                }
                if (!departments.isEmpty() && r.nextDouble() < 0.15) {
                    addIfWorkable(d, departments.get(r.nextInt(departments.size())));
                }
                if (control && d.skills.contains(NIGHT_LEAD) && r.nextDouble() < 0.5) {
                    addIfWorkable(d, "CONTROL");
                }
            } else if (home.kind() == LocationKind.GATE) {
                if (control && r.nextDouble() < 0.5) {
                    addIfWorkable(d, "CONTROL");
                }
                if (visits && r.nextDouble() < 0.3) {
                    addIfWorkable(d, "VISITS");
                }
                if (osgNightPatrols && d.grade == Grade.OSG && r.nextDouble() < 0.3) {
                    addIfWorkable(d, someWing); // night patrols on a wing
                }
            } else if (home.kind() == LocationKind.CONTROL_ROOM) {
                if (r.nextDouble() < 0.6) {
                    addIfWorkable(d, "GATE");
                }
                if (osgNightPatrols && d.grade == Grade.OSG && r.nextDouble() < 0.3) {
                    addIfWorkable(d, someWing);
                }
            } else if (d.grade == Grade.OSG) {
                if (r.nextDouble() < 0.5) {
                    addIfWorkable(d, "GATE");
                }
            } else if (home.kind() == LocationKind.EDUCATION || r.nextDouble() < 0.6) {
                addIfWorkable(d, someWing);
            }
            if (d.contract instanceof Contract.Dual) {
                addIfWorkable(d, "GATE"); // the OSG post
            }
        }
        // job share partners are detailed to the same locations
        for (JobShares.Pair pair : pairs) {
            pair.partner().locations.clear();
            pair.partner().locations.addAll(pair.lead().locations);
        }
    }

    private void addIfWorkable(Draft d, String location) {
        if (templates.stream().anyMatch(t -> t.offeredAt(location) && t.openTo(d.grade))) {
            d.locations.add(location);
        }
    }

    /**
     * Workplace adjustments for ~3% of staff recruited for a location's headcount (restrictions only):
     * no nights, a 9-hour maximum shift, no C&amp;R duties, or a fixed 08:00 start where a Main shift
     * is offered.
     */
    private void adjust(SplittableRandom r, List<Draft> staff) {
        List<Draft> candidates = staff.stream()
                .filter(d ->
                        d.recruitedFor == null && d.grade != Grade.NON_OPERATIONAL && !d.youngWorker && d.share == null)
                .toList();
        int count = (int) Math.round(staff.size() * ADJUSTMENT_SHARE);
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(count, candidates.size())) {
            chosen.add(r.nextInt(candidates.size()));
        }
        for (int i : chosen) {
            Draft d = candidates.get(i);
            double u = r.nextDouble();
            Adjustments before = d.adjustments;
            boolean mainAtHome = templates.stream()
                    .anyMatch(t -> t.id().equals(Templates.MAIN) && t.offeredAt(d.home) && t.openTo(d.grade));
            if (u < 0.4) {
                d.adjustments = new Adjustments(true, 0, false, null);
            } else if (u < 0.6 || (u >= 0.8 && !mainAtHome)) {
                d.adjustments = new Adjustments(false, 9 * 60, false, null);
            } else if (u < 0.8) {
                d.adjustments = d.skills.contains(C_AND_R)
                        ? new Adjustments(false, 0, true, null)
                        : new Adjustments(true, 0, false, null);
            } else {
                d.adjustments = new Adjustments(false, 0, false, LocalTime.of(8, 0));
            }
            if (!bandReachable(d, Set.of(), List.of())) {
                d.adjustments = before; // the restriction would leave no roster meeting the contract
            }
        }
    }

    /**
     * Makes every contract band reachable once leave is known: drops a workplace adjustment that
     * leaves no combination of shifts within the band, extends the absence of someone away most of
     * the window whose remaining days cannot hold their few remaining hours, and otherwise frees the
     * days off around their leave and, if that is not enough, refuses their latest annual leave.
     */
    void repair(List<Draft> staff, Absences absences) {
        for (Draft d : staff) {
            if (bandReachable(d, absences.away(d), absences.leaveOf(d))) {
                continue;
            }
            if (d.adjustments.any()) {
                d.adjustments = Adjustments.NONE;
            }
            if (!bandReachable(d, absences.away(d), absences.leaveOf(d))
                    && absences.away(d).size() * 2 >= calendar.days()) {
                absences.awayForTheWindow(d);
                d.sickAtStart |= absences.away(d).contains(calendar.start());
            }
            if (!bandReachable(d, absences.away(d), absences.leaveOf(d))) {
                absences.freeDaysOff(d); // the line's days off around leave become days to work
            }
            while (!bandReachable(d, absences.away(d), absences.leaveOf(d)) && absences.cancelLastAnnualLeave(d)) {
                // leave the rest of the window cannot make up is not granted, the latest block first
            }
        }
    }

    /**
     * Whether some choice of shifts (at most one a day, on days the person is not away or resting)
     * meets the person's contract band, computed as the engine does (the days their leave charges
     * lower the band; other days away are days off).
     */
    boolean bandReachable(Draft d, Set<LocalDate> away, List<Leave> leave) {
        Person p = d.build();
        int leaveDays = (int) calendar.dates().stream()
                .filter(date -> leave.stream().anyMatch(l -> l.charges(date)))
                .count();
        var band = p.rules().apply(p.contract().bounds(calendar.start(), calendar.days(), leaveDays));
        List<Set<Integer>> lengths = new ArrayList<>();
        for (LocalDate date : calendar.dates()) {
            Set<Integer> day = new java.util.HashSet<>();
            if (!away.contains(date) && !p.isRestDay(date)) {
                for (String location : d.locations) {
                    for (ShiftTemplate t : eligible(d, location)) {
                        day.add((int) calendar.minutes(date, t.start(), t.end()) - t.breakMinutes());
                    }
                }
            }
            lengths.add(day);
        }
        return Reach.reachable(lengths, band.min(), band.max());
    }

    /**
     * Working Time Regulations flags: everyone who may be rostered on nights is a night worker; about
     * a third of those who take many extra hours opted out of the 48-hour average week. Extra hours
     * (assumption): 60% of those who take voluntary extra hours elect payment plus, the others and
     * everyone else TOIL (the default).
     */
    private void workingTimeFlags(SplittableRandom r, List<Draft> staff) {
        for (Draft d : staff) {
            d.nightWorker =
                    d.locations.stream().anyMatch(l -> eligible(d, l).stream().anyMatch(Staffing::isNight));
            d.optedOut = !d.youngWorker && d.contract.maxExtraMinutesPerWeek() >= 360 && r.nextDouble() < 0.35;
            d.election = d.contract.maxExtraMinutesPerWeek() > 0 && r.nextDouble() < 0.6
                    ? ExtraHoursElection.PAYMENT_PLUS
                    : ExtraHoursElection.TOIL;
        }
    }

    /**
     * Agreed fixed rest days for ~2% (part-timers keep weekends free, full-timers Sundays) and an
     * agreed day off for ~1.5%; ~5% of part-timers work at most two weekends in the window.
     */
    private void restDays(SplittableRandom r, List<Draft> staff) {
        // job share partners keep to their agreed days, so need no other rest days
        List<Draft> candidates = staff.stream()
                .filter(d -> !d.youngWorker && d.grade != Grade.NON_OPERATIONAL && d.share == null)
                .toList();
        int fixed = Math.max(1, (int) Math.round(staff.size() * 0.02));
        for (int i = 0; i < fixed; i++) {
            Draft d = candidates.get(r.nextInt(candidates.size()));
            if (d.partTime()) {
                d.fixedRestDays.addAll(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            } else {
                d.fixedRestDays.add(DayOfWeek.SUNDAY);
            }
        }
        int agreed = Math.max(1, (int) Math.round(staff.size() * 0.015));
        for (int i = 0; i < agreed; i++) {
            Draft d = candidates.get(r.nextInt(candidates.size()));
            d.daysOff.add(calendar.start().plusDays(r.nextInt(calendar.days())));
        }
        for (Draft d : candidates) {
            if (d.partTime() && r.nextDouble() < 0.05) {
                d.rules = new WorkRules(7, 0, 0, 2, Map.of(), null, null, 5);
            }
        }
    }

    // ------------------------------------------------------------------ history

    /**
     * The shifts of the person's rota line over the two weeks before the window (the fixed rota was
     * worked until the window: none for someone off sick since before it), and the minutes worked in
     * the part of the 26-week reference period before the window (their contracted hours less absence
     * plus some of their voluntary extra hours).
     */
    void history(SplittableRandom r, List<Draft> staff, Map<String, RotaDesign.Line> lines) {
        LocalDate start = calendar.start();
        // the part of the reference period before the window, never less than the two weeks of recent
        // shifts it holds (a window as long as the reference period still has that history)
        int referenceDays = Math.max(14, workingTime.referenceWeeks() * 7 - calendar.days());
        for (Draft d : staff) {
            List<TimeSpan> spans = new ArrayList<>();
            RotaDesign.Line line = lines.get(d.id);
            if (!d.sickAtStart) {
                for (int back = 14; back >= 1; back--) {
                    LocalDate date = start.minusDays(back);
                    var duty = line.duty[Math.floorMod(-back, RotaDesign.CYCLE)];
                    if (duty != null && !d.fixedRestDays.contains(date.getDayOfWeek())) {
                        spans.add(calendar.span(
                                date, duty.template().start(), duty.template().end()));
                    }
                }
            }
            long recent = spans.stream().mapToLong(TimeSpan::minutes).sum();
            double weekly = d.contract.weeklyMinutes() * (1 - EXPECTED_ABSENCE)
                    + d.contract.maxExtraMinutesPerWeek() * r.nextDouble(0.2, 0.8);
            long reference = Math.round(weekly * referenceDays / 7.0 * r.nextDouble(0.95, 1.05));
            d.history = new History(spans, Math.max(reference, recent), referenceDays);
        }
    }

    // ------------------------------------------------------------------ shared

    /**
     * The templates the person may work at the location: grade, skills and adjustments allow them, and
     * for compressed hours, they are of the compressed day's length.
     */
    List<ShiftTemplate> eligible(Draft d, String location) {
        List<ShiftTemplate> result = new ArrayList<>();
        Set<Grade> grades = d.contract instanceof Contract.Dual dual
                ? Set.copyOf(dual.posts().stream().map(Contract.Post::grade).toList())
                : Set.of(d.grade);
        for (ShiftTemplate t : templates) {
            if (!t.offeredAt(location) || grades.stream().noneMatch(t::openTo)) {
                continue;
            }
            Adjustments a = d.adjustments;
            long length = t.nominalMinutes();
            long worked = length - t.breakMinutes();
            boolean allowed = !(a.noNights() && isNight(t))
                    && !(a.maxShiftMinutes() > 0 && length > a.maxShiftMinutes())
                    && !(a.fixedStart() != null && !a.fixedStart().equals(t.start()))
                    && !(d.youngWorker
                            && (isNight(t)
                                    || worked > WorkingTimeSettings.YOUNG_MAX_DAILY_MINUTES
                                    || (length > WorkingTimeSettings.YOUNG_BREAK_AFTER_MINUTES
                                            && t.breakMinutes() < WorkingTimeSettings.YOUNG_BREAK_MINUTES)));
            if (allowed && d.contract instanceof Contract.Compressed c) {
                // a compressed day's length (clock changes aside)
                allowed = c.dayLengthBreach(worked) == 0;
            }
            if (allowed) {
                result.add(t);
            }
        }
        return result;
    }

    /** A night shift: the demo's night templates all cross midnight. */
    static boolean isNight(ShiftTemplate t) {
        return !t.end().isAfter(t.start());
    }

    List<String> wings() {
        return sites.stream().filter(Staffing::isWing).map(Site::id).toList();
    }

    static boolean isWing(Site site) {
        return site.kind() == LocationKind.WING && !site.id().equals("SEG");
    }

    Site site(String id) {
        return sites.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
