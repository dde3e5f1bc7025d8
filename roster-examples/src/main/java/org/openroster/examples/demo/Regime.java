package org.openroster.examples.demo;

import static org.openroster.examples.demo.Templates.ACTIVITIES_DAY;
import static org.openroster.examples.demo.Templates.ACTIVITIES_MORNING;
import static org.openroster.examples.demo.Templates.COMPRESSED_EARLY;
import static org.openroster.examples.demo.Templates.COMPRESSED_LATE;
import static org.openroster.examples.demo.Templates.EARLY;
import static org.openroster.examples.demo.Templates.EARLY_LONG;
import static org.openroster.examples.demo.Templates.ESCORT_NIGHT;
import static org.openroster.examples.demo.Templates.LATE;
import static org.openroster.examples.demo.Templates.LATE_21;
import static org.openroster.examples.demo.Templates.LONG_DAY;
import static org.openroster.examples.demo.Templates.MAIN;
import static org.openroster.examples.demo.Templates.NIGHT;
import static org.openroster.examples.demo.Templates.OPS_COMPRESSED_EARLY;
import static org.openroster.examples.demo.Templates.OPS_COMPRESSED_LATE;
import static org.openroster.examples.demo.Templates.OPS_EARLY;
import static org.openroster.examples.demo.Templates.OPS_LATE;
import static org.openroster.examples.demo.Templates.OPS_LONG;
import static org.openroster.examples.demo.Templates.RECEPTION_LATE;
import static org.openroster.examples.demo.Templates.SUPPORT_DAY;
import static org.openroster.examples.demo.Templates.TWILIGHT;
import static org.openroster.examples.demo.Templates.VISITS_AFTERNOON;
import static org.openroster.examples.demo.Templates.VISITS_DAY;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openroster.examples.demo.DemoPrison.Size;
import org.openroster.model.Activity;
import org.openroster.model.DayType;
import org.openroster.model.Grade;
import org.openroster.model.Location;
import org.openroster.model.LocationKind;
import org.openroster.model.StaffingLine;

/**
 * The locations of each demo prison and their regime: the activities by day type with their time
 * bands, tiers and staffing ladders (MSL up to SDSOL, by headcount and by grade and skill lines).
 *
 * <p>The timetable follows a typical closed adult male prison's Regime Management Plan (PSI
 * 07/2017): unlock 07:30, work and education sessions 08:30-11:30 and 13:45-16:30 on weekdays,
 * lunchtime lock-up, tea at 16:30, evening association until 19:30 on weekdays (after tea at
 * weekends and on public holidays, which run the weekend regime), and night state 20:45-07:30.
 * Figures are the demo's assumptions, not any prison's real plan; each is named where it is set.
 */
final class Regime {

    static final Set<DayType> ALL_DAYS = Set.of(DayType.WEEKDAY, DayType.WEEKEND, DayType.PUBLIC_HOLIDAY);
    static final Set<DayType> WEEKDAYS = Set.of(DayType.WEEKDAY);
    /** Public holidays run the weekend regime. */
    static final Set<DayType> WEEKENDS_AND_HOLIDAYS = Set.of(DayType.WEEKEND, DayType.PUBLIC_HOLIDAY);
    /** Social visits run on weekdays and weekends, not on public holidays. */
    static final Set<DayType> VISITING_DAYS = Set.of(DayType.WEEKDAY, DayType.WEEKEND);

    static final Set<Grade> SUPERVISORS = Set.of(Grade.SUPERVISING_OFFICER, Grade.CUSTODIAL_MANAGER);

    /** Residential shifts: the wing's day is shaped from these (DLFR). */
    private static final List<String> RESIDENTIAL_SHIFTS = List.of(
            EARLY, EARLY_LONG, LATE, LATE_21, MAIN, LONG_DAY, TWILIGHT, COMPRESSED_EARLY, COMPRESSED_LATE, NIGHT);

    private static final List<String> OPERATIONAL_SUPPORT_SHIFTS =
            List.of(OPS_EARLY, OPS_LATE, OPS_LONG, OPS_COMPRESSED_EARLY, OPS_COMPRESSED_LATE, NIGHT);

    private Regime() {}

    /** A location with its regime and the shift templates offered there. */
    record Site(Location location, List<Activity> activities, List<String> templates) {
        String id() {
            return location.id();
        }

        LocationKind kind() {
            return location.kind();
        }
    }

    /** The sites of a demo prison of the size, in a fixed order. */
    static List<Site> sites(Size size) {
        return switch (size) {
            case SMALL -> small();
            case MEDIUM -> medium();
            case LARGE -> large();
        };
    }

    /** A small Cat C training prison: one seven-landing house block (~315 men), the gate, night state. */
    private static List<Site> small() {
        return List.of(wing("A", "A wing (house block)", 7, WingProfile.TRAINING, true), gate(2, 2, 1, false));
    }

    /** A Cat B local (~800 men): four wings and the main departments. */
    private static List<Site> medium() {
        List<Site> sites = new ArrayList<>();
        // A and B are the larger main wings; C (first night and induction) and D are smaller.
        for (String w : List.of("A", "B", "C", "D")) {
            sites.add(wing(w, w + " wing", w.compareTo("C") < 0 ? 5 : 4, WingProfile.LOCAL, false));
        }
        sites.add(gate(3, 2, 1, true));
        sites.add(controlRoom(2, 2));
        sites.add(reception(1));
        sites.add(visits(1));
        sites.add(healthcare(false));
        sites.add(education(3));
        sites.add(searchTeam(2));
        return List.copyOf(sites);
    }

    /** A large Cat B local (~2,100 men): eight wings and every department. */
    private static List<Site> large() {
        List<Site> sites = new ArrayList<>();
        // A-D are seven-landing house blocks, E-H six-landing wings.
        for (String w : List.of("A", "B", "C", "D", "E", "F", "G", "H")) {
            sites.add(wing(w, w + " wing", w.compareTo("E") < 0 ? 7 : 6, WingProfile.LOCAL, false));
        }
        sites.add(segregation());
        sites.add(gate(4, 3, 2, true));
        sites.add(controlRoom(3, 3));
        sites.add(reception(2));
        sites.add(visits(2));
        sites.add(healthcare(true));
        sites.add(education(5));
        sites.add(workshops());
        sites.add(searchTeam(3));
        sites.add(escorts());
        return List.copyOf(sites);
    }

    // ------------------------------------------------------------------ residential

    /** How heavily a wing is staffed: a training prison's wing, or a local's with its churn. */
    enum WingProfile {
        /**
         * A Cat C training wing: at MSL one officer a landing plus a servery officer and the SO to
         * unlock and feed, one a landing plus the SO through the working day, one a landing while cells
         * are locked; the full regime needs a second officer a landing in the working day.
         */
        TRAINING,
        /**
         * A Cat B local's wing (high turnover, many men without work): at MSL two officers a landing
         * plus the SO, one more while cells are locked; the full regime needs a third a landing in the
         * working day; OSGs are half the night patrols.
         */
        LOCAL
    }

    /**
     * A residential wing of {@code landings} landings (30-45 men each) staffed to its profile, with one
     * night patrol per two landings plus the wing's night officer. Assumptions: MSL is the safety floor
     * and stays nearly level through the unlocked day (staff on the early shift see the wing from
     * unlock to lunch, the late shift from lunch to lock-up); safety activities (unlock, meals, lock-up)
     * are fully staffed at two above MSL, while the staff that deliver the full regime (escorts to
     * activities, applications, association, key work, searches) are SDSOL of the statutory and
     * purposeful activities, which are curtailed first. About half the staff on duty must be C&amp;R
     * trained, and a Supervising Officer (or a Custodial Manager) runs the wing by day.
     */
    static Site wing(String id, String name, int landings, WingProfile profile, boolean nightLeadOnWing) {
        boolean local = profile == WingProfile.LOCAL;
        int l = landings;
        int unlockMsl = local ? 2 * l + 1 : l + 2;
        int unlockSdsol = unlockMsl + 2;
        int coreMsl = local ? 2 * l : l + 1;
        int coreSdsol = local ? 3 * l + 1 : 2 * l + 2;
        int lockedMsl = local ? l + 1 : l;
        int lockedSdsol = lockedMsl + 1;
        int night = (l + 1) / 2 + 1;
        StaffingLine so = new StaffingLine(SUPERVISORS, null, 1, 1);
        StaffingLine crUnlocked = cr(half(unlockMsl), half(unlockSdsol));
        StaffingLine crCore = cr(half(coreMsl), half(coreSdsol));
        List<Activity> a = new ArrayList<>();
        // Everyone starting early attends the briefing and roll check with the night staff.
        a.add(act(
                id, "handover", "Handover, roll check and briefing", ALL_DAYS, 7, 0, 7, 30, 1, lockedMsl, unlockSdsol));
        a.add(act(
                id,
                "unlock",
                "Unlock, roll check and breakfast",
                ALL_DAYS,
                7,
                30,
                8,
                30,
                1,
                unlockMsl,
                unlockSdsol,
                so,
                crUnlocked));
        a.add(act(id, "meds-am", "Medication hatch (morning)", ALL_DAYS, 7, 45, 8, 30, 1, 1, 1));
        a.add(act(
                id,
                "work-am",
                "Work and education, morning (wing cover and movement)",
                WEEKDAYS,
                8,
                30,
                11,
                30,
                3,
                coreMsl,
                coreSdsol,
                so,
                crCore));
        a.add(act(id, "exercise", "Exercise in the open air", WEEKDAYS, 10, 0, 11, 0, 2, 1, 2));
        // Key work (OMiC: ~45 minutes a man a week), induction and cell searches are wing work that
        // only SDSOL staffing delivers; a local, with its churn, needs twice a training prison's.
        int keyWork = local ? 2 * l : l;
        a.add(act(id, "keywork-am", "Key work sessions and cell searches", WEEKDAYS, 8, 30, 11, 30, 3, 0, keyWork));
        a.add(act(
                id,
                "weekend-am",
                "Exercise, showers and domestics",
                WEEKENDS_AND_HOLIDAYS,
                8,
                30,
                11,
                30,
                2,
                coreMsl,
                coreMsl + 1,
                so,
                crCore));
        a.add(act(
                id,
                "assoc-am",
                "Association (weekend morning)",
                WEEKENDS_AND_HOLIDAYS,
                8,
                30,
                11,
                30,
                3,
                0,
                coreSdsol - coreMsl - 1));
        a.add(act(
                id,
                "lunch",
                "Lunch servery and medication",
                ALL_DAYS,
                11,
                30,
                12,
                30,
                1,
                unlockMsl,
                unlockSdsol,
                so,
                crUnlocked));
        a.add(act(
                id,
                "lockup-lunch",
                "Lunchtime lock-up and roll check",
                ALL_DAYS,
                12,
                30,
                13,
                45,
                1,
                lockedMsl,
                lockedSdsol,
                so));
        a.add(act(
                id,
                "work-pm",
                "Work and education, afternoon (wing cover and movement)",
                WEEKDAYS,
                13,
                45,
                16,
                30,
                3,
                coreMsl,
                coreSdsol,
                so,
                crCore));
        a.add(act(id, "keywork-pm", "Key work sessions and cell searches", WEEKDAYS, 13, 45, 16, 30, 3, 0, keyWork));
        a.add(act(
                id,
                "weekend-pm",
                "Association and movement to visits",
                WEEKENDS_AND_HOLIDAYS,
                13,
                45,
                16,
                30,
                3,
                coreMsl,
                coreSdsol,
                so,
                crCore));
        a.add(act(id, "tea", "Tea servery", ALL_DAYS, 16, 30, 17, 30, 1, unlockMsl, unlockSdsol, so, crUnlocked));
        a.add(act(id, "meds-pm", "Medication hatch (evening)", ALL_DAYS, 16, 45, 17, 30, 1, 1, 1));
        a.add(act(
                id,
                "association",
                "Evening association, showers and phones",
                WEEKDAYS,
                17,
                30,
                19,
                30,
                3,
                coreMsl,
                coreSdsol,
                so,
                crCore));
        a.add(act(
                id,
                "weekend-eve",
                "Evening patrol (locked up after tea)",
                WEEKENDS_AND_HOLIDAYS,
                17,
                30,
                19,
                30,
                1,
                lockedMsl,
                lockedMsl));
        a.add(act(id, "lockup", "Lock-up and roll check", ALL_DAYS, 19, 30, 20, 0, 1, lockedMsl, lockedMsl));
        a.add(act(id, "evening", "Evening patrol until night state", ALL_DAYS, 20, 0, 20, 45, 1, 2, 2));
        List<StaffingLine> nightLines = new ArrayList<>();
        nightLines.add(cr(1, 1));
        if (local) {
            // In a local, OSGs are half the night patrols; officers make up the rest of night state.
            nightLines.add(StaffingLine.ofGrade(Grade.OSG, night / 2, night / 2));
        }
        if (nightLeadOnWing) {
            nightLines.add(StaffingLine.ofSkill(DemoPrison.NIGHT_LEAD, 1, 1));
        }
        a.add(new Activity(
                id + "-night",
                "Night state",
                id,
                ALL_DAYS,
                LocalTime.of(20, 45),
                LocalTime.of(7, 30),
                1,
                night,
                night,
                nightLines));
        return new Site(new Location(id, name, LocationKind.WING), List.copyOf(a), RESIDENTIAL_SHIFTS);
    }

    /**
     * The segregation unit (~20 cells): every door is unlocked by a team of three C&amp;R-trained
     * officers, so the unit is staffed around the clock above its size.
     */
    private static Site segregation() {
        String id = "SEG";
        StaffingLine so = new StaffingLine(SUPERVISORS, null, 1, 1);
        List<Activity> a = List.of(
                act(id, "handover", "Handover and roll check", ALL_DAYS, 7, 0, 7, 30, 1, 2, 4),
                act(
                        id,
                        "am",
                        "Three-officer unlocks, meals and medication",
                        ALL_DAYS,
                        7,
                        30,
                        12,
                        30,
                        1,
                        4,
                        5,
                        so,
                        cr(3, 4)),
                act(id, "regime", "Exercise, showers and phone calls", ALL_DAYS, 9, 0, 11, 30, 2, 0, 1),
                act(id, "pm", "Reviews, adjudications and meals", ALL_DAYS, 12, 30, 17, 30, 1, 4, 5, so, cr(3, 4)),
                act(id, "evening", "Evening patrol", ALL_DAYS, 17, 30, 20, 45, 1, 3, 3, cr(2, 3)),
                new Activity(
                        id + "-night",
                        "Night state (segregation)",
                        id,
                        ALL_DAYS,
                        LocalTime.of(20, 45),
                        LocalTime.of(7, 30),
                        1,
                        2,
                        2,
                        List.of(cr(2, 2))));
        return new Site(new Location(id, "Segregation unit", LocationKind.WING), a, RESIDENTIAL_SHIFTS);
    }

    // ------------------------------------------------------------------ gate and control room

    /**
     * The gate, staffed around the clock: a peak while staff arrive and are searched (a female
     * searcher among them), vehicles and keys by day, one or two at night; with visits, visitors are
     * processed at the gate before each session.
     */
    private static Site gate(int arrival, int day, int night, boolean visitors) {
        String id = "GATE";
        StaffingLine female = StaffingLine.ofSkill(DemoPrison.FEMALE_SEARCHER, 1, 1);
        List<Activity> a = new ArrayList<>();
        a.add(act(
                id,
                "arrival",
                "Staff arrival, searching and key issue",
                ALL_DAYS,
                6,
                45,
                9,
                0,
                1,
                arrival,
                arrival + 1,
                female));
        a.add(act(id, "day", "Vehicles, deliveries and key control", ALL_DAYS, 9, 0, 20, 45, 1, day, day + 1));
        if (visitors) {
            a.add(act(
                    id, "visitors", "Visitor processing and searching", VISITING_DAYS, 13, 0, 14, 0, 2, 1, 2, female));
            a.add(act(
                    id,
                    "visitors-am",
                    "Visitor processing and searching (weekend morning)",
                    Set.of(DayType.WEEKEND),
                    9,
                    0,
                    10,
                    0,
                    2,
                    1,
                    2,
                    female));
        }
        a.add(new Activity(
                id + "-night",
                "Gate at night: keys and emergency access",
                id,
                ALL_DAYS,
                LocalTime.of(20, 45),
                LocalTime.of(6, 45),
                1,
                night,
                night,
                List.of()));
        return new Site(new Location(id, "Gate", LocationKind.GATE), List.copyOf(a), OPERATIONAL_SUPPORT_SHIFTS);
    }

    /**
     * The control room: radio net, CCTV and movement control by day; at night the Night Orderly
     * Officer (a night-state lead) runs the prison from it.
     */
    private static Site controlRoom(int day, int night) {
        String id = "CONTROL";
        List<Activity> a = List.of(
                act(id, "day", "Radio net, CCTV and movement control", ALL_DAYS, 6, 45, 20, 45, 1, day, day + 1),
                new Activity(
                        id + "-night",
                        "Night orderly officer and control room",
                        id,
                        ALL_DAYS,
                        LocalTime.of(20, 45),
                        LocalTime.of(6, 45),
                        1,
                        night,
                        night,
                        List.of(StaffingLine.ofSkill(DemoPrison.NIGHT_LEAD, 1, 1))));
        return new Site(new Location(id, "Control room", LocationKind.CONTROL_ROOM), a, OPERATIONAL_SUPPORT_SHIFTS);
    }

    // ------------------------------------------------------------------ departments

    /**
     * The dedicated search team (OSGs and officers): cell and area searches on weekdays, searching
     * visitors and the visits hall in the afternoon sessions.
     */
    private static Site searchTeam(int team) {
        String id = "SEARCH";
        List<Activity> a = List.of(
                act(id, "cells", "Cell and area searches", WEEKDAYS, 8, 0, 17, 0, 1, team, 2 * team),
                act(
                        id,
                        "visits",
                        "Searching visitors and the visits hall",
                        VISITING_DAYS,
                        13,
                        0,
                        16,
                        30,
                        2,
                        1,
                        2,
                        StaffingLine.ofSkill(DemoPrison.FEMALE_SEARCHER, 1, 1)));
        return new Site(
                new Location(id, "Dedicated search team", LocationKind.OTHER),
                a,
                List.of(SUPPORT_DAY, VISITS_AFTERNOON));
    }

    /** Reception: discharges and court production in the morning, arrivals from court until 19:30. */
    private static Site reception(int scale) {
        String id = "RECEPTION";
        List<Activity> a = List.of(
                act(
                        id,
                        "discharges",
                        "Discharges and court production",
                        WEEKDAYS,
                        8,
                        0,
                        10,
                        30,
                        1,
                        2 * scale,
                        3 * scale),
                act(id, "transfers", "Transfers and property", WEEKDAYS, 10, 30, 13, 30, 3, scale, 2 * scale),
                act(
                        id,
                        "arrivals",
                        "New arrivals from court: searching and first night",
                        WEEKDAYS,
                        13,
                        30,
                        19,
                        30,
                        1,
                        2 + scale,
                        3 + scale,
                        cr(2, 2)),
                act(id, "weekend", "Weekend arrivals", Set.of(DayType.WEEKEND), 13, 0, 17, 0, 1, 2, 2));
        return new Site(new Location(id, "Reception", LocationKind.RECEPTION), a, List.of(SUPPORT_DAY, RECEPTION_LATE));
    }

    /**
     * The visits hall (~40 tables a session per hall): legal visits on weekday mornings, social visits
     * every afternoon and on weekend mornings, none on public holidays. A female searcher and a first
     * aider are on duty in each session.
     */
    private static Site visits(int halls) {
        String id = "VISITS";
        StaffingLine female = StaffingLine.ofSkill(DemoPrison.FEMALE_SEARCHER, 1, 2);
        StaffingLine firstAid = StaffingLine.ofSkill(DemoPrison.FIRST_AID, 1, 1);
        List<Activity> a = List.of(
                act(id, "legal", "Legal and official visits", WEEKDAYS, 9, 0, 11, 30, 2, 2, 3),
                act(
                        id,
                        "social-am",
                        "Social visits (weekend morning)",
                        Set.of(DayType.WEEKEND),
                        9,
                        0,
                        11,
                        30,
                        2,
                        4 * halls,
                        6 * halls,
                        female,
                        firstAid),
                act(
                        id,
                        "social-pm",
                        "Social visits (afternoon)",
                        VISITING_DAYS,
                        13,
                        30,
                        16,
                        30,
                        2,
                        4 * halls,
                        6 * halls,
                        female,
                        firstAid));
        return new Site(new Location(id, "Visits hall", LocationKind.VISITS), a, List.of(VISITS_DAY, VISITS_AFTERNOON));
    }

    /**
     * Officers in healthcare: treatment hall and clinics; in the large prison also a 24-hour inpatient
     * unit.
     */
    private static Site healthcare(boolean inpatients) {
        String id = "HEALTHCARE";
        List<Activity> a = new ArrayList<>();
        a.add(act(id, "clinics-am", "Treatment hall and clinics (morning)", WEEKDAYS, 8, 0, 12, 0, 2, 2, 3));
        a.add(act(id, "clinics-pm", "Treatment hall and clinics (afternoon)", WEEKDAYS, 13, 30, 17, 0, 2, 2, 3));
        a.add(act(id, "weekend", "Weekend treatment hall", WEEKENDS_AND_HOLIDAYS, 8, 0, 12, 0, 2, 1, 2));
        if (inpatients) {
            a.add(act(id, "inpatient", "Inpatient unit", ALL_DAYS, 7, 30, 20, 45, 1, 2, 3, cr(1, 2)));
            a.add(new Activity(
                    id + "-night",
                    "Inpatient unit (night)",
                    id,
                    ALL_DAYS,
                    LocalTime.of(20, 45),
                    LocalTime.of(7, 30),
                    1,
                    1,
                    1,
                    List.of()));
        }
        List<String> shifts = inpatients ? List.of(EARLY, LATE, LATE_21, MAIN, LONG_DAY, NIGHT) : List.of(EARLY, MAIN);
        return new Site(new Location(id, "Healthcare", LocationKind.HEALTHCARE), List.copyOf(a), shifts);
    }

    /** The education block: officers supervise classes and movement in the two weekday sessions. */
    private static Site education(int officers) {
        String id = "EDUCATION";
        List<Activity> a = List.of(
                act(id, "am", "Education, morning session", WEEKDAYS, 8, 30, 11, 30, 3, officers, 2 * officers),
                act(id, "pm", "Education, afternoon session", WEEKDAYS, 13, 45, 16, 30, 3, officers, 2 * officers));
        return new Site(
                new Location(id, "Education", LocationKind.EDUCATION), a, List.of(ACTIVITIES_DAY, ACTIVITIES_MORNING));
    }

    /** Workshops and industries: instructors (non-operational) run them, officers keep them secure. */
    private static Site workshops() {
        String id = "WORKSHOPS";
        StaffingLine instructors = StaffingLine.ofGrade(Grade.NON_OPERATIONAL, 4, 6);
        List<Activity> a = List.of(
                act(id, "am", "Workshops and industries, morning", WEEKDAYS, 8, 30, 11, 30, 3, 7, 10, instructors),
                act(id, "pm", "Workshops and industries, afternoon", WEEKDAYS, 13, 45, 16, 30, 3, 7, 10, instructors));
        return new Site(
                new Location(id, "Workshops", LocationKind.EDUCATION), a, List.of(ACTIVITIES_DAY, ACTIVITIES_MORNING));
    }

    /**
     * External escorts: three hospital bed watches around the clock (two C&amp;R-trained officers each)
     * and outpatient and court escorts on weekdays, one officer Cat A trained.
     */
    private static Site escorts() {
        String id = "ESCORTS";
        List<Activity> a = List.of(
                act(id, "bedwatch", "Hospital bed watches (day)", ALL_DAYS, 8, 0, 20, 0, 1, 6, 6, cr(6, 6)),
                new Activity(
                        id + "-bedwatch-night",
                        "Hospital bed watches (night)",
                        id,
                        ALL_DAYS,
                        LocalTime.of(20, 0),
                        LocalTime.of(8, 0),
                        1,
                        6,
                        6,
                        List.of(cr(6, 6))),
                act(
                        id,
                        "outpatients",
                        "Outpatient and court escorts",
                        WEEKDAYS,
                        8,
                        0,
                        17,
                        0,
                        2,
                        4,
                        8,
                        StaffingLine.ofSkill(DemoPrison.CAT_A_ESCORT, 1, 2)));
        return new Site(
                new Location(id, "External escorts", LocationKind.ESCORTS), a, List.of(MAIN, LONG_DAY, ESCORT_NIGHT));
    }

    // ------------------------------------------------------------------ helpers

    private static Activity act(
            String location,
            String key,
            String name,
            Set<DayType> days,
            int fromHour,
            int fromMinute,
            int toHour,
            int toMinute,
            int tier,
            int msl,
            int sdsol,
            StaffingLine... lines) {
        return new Activity(
                location + "-" + key,
                name,
                location,
                days,
                LocalTime.of(fromHour, fromMinute),
                LocalTime.of(toHour, toMinute),
                tier,
                msl,
                sdsol,
                List.of(lines));
    }

    private static StaffingLine cr(int msl, int sdsol) {
        return StaffingLine.ofSkill(DemoPrison.C_AND_R, msl, sdsol);
    }

    private static int half(int n) {
        return (n + 1) / 2;
    }
}
