package org.openroster.examples.demo;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openroster.model.Grade;
import org.openroster.model.ShiftTemplate;

/**
 * The shift templates of the demo prisons: the HMPPS standard shifts (domain brief: Early
 * 07:00-12:30, Late 12:00-20:00, Main 08:00-17:00, Long day 08:00-20:00, Night 20:45-07:30) plus a
 * few alternative starts and lengths so that DLFR can shape shifts to the demand curve, and the
 * shifts of the non-residential posts (gate and control room, visits, reception, activities,
 * escorts).
 *
 * <p>Compressed-hours staff (37 hours in four days of 9 h 15) work the compressed days: 10-hour
 * early and late shifts on the wings and at the gate and control room, with a 45-minute break.
 *
 * <p>Assumption: every shift of more than 6 hours has an unpaid break of at least 20 minutes (WTR
 * reg 12): 30 minutes on an 8-9 hour day, 45 on a night, a compressed day or an activities day, 60 on
 * a 12-hour day.
 * The break does not count as working time, but the person stays at the post (on call), so the whole
 * shift counts toward coverage.
 */
final class Templates {

    // Residential day shifts (wings, segregation, inpatient healthcare).
    static final String EARLY = "E";
    static final String EARLY_LONG = "EL";
    static final String LATE = "L";
    static final String LATE_21 = "L21";
    static final String MAIN = "M";
    static final String LONG_DAY = "LD";
    static final String TWILIGHT = "T";
    // Compressed days (37 h in 4 days = 9 h 15 worked): a 10-hour shift with a 45-minute break.
    static final String COMPRESSED_EARLY = "CE";
    static final String COMPRESSED_LATE = "CL";
    // Nights.
    static final String NIGHT = "N";
    static final String ESCORT_NIGHT = "XN";
    // Operational support shifts (gate and control room): the gate opens for staff at 06:45.
    static final String OPS_EARLY = "OE";
    static final String OPS_LATE = "OL";
    static final String OPS_LONG = "OLD";
    static final String OPS_COMPRESSED_EARLY = "OCE";
    static final String OPS_COMPRESSED_LATE = "OCL";
    // Visits hall, reception and activities (education and workshops).
    static final String VISITS_DAY = "VD";
    static final String VISITS_AFTERNOON = "VA";
    static final String SUPPORT_DAY = "SD";
    static final String RECEPTION_LATE = "RL";
    static final String ACTIVITIES_DAY = "AD";
    static final String ACTIVITIES_MORNING = "AM";

    private static final Set<Grade> RESIDENTIAL =
            Set.of(Grade.OFFICER, Grade.SUPERVISING_OFFICER, Grade.CUSTODIAL_MANAGER);
    private static final Set<Grade> OPERATIONAL = Set.of(Grade.OSG, Grade.OFFICER, Grade.SUPERVISING_OFFICER);

    private Templates() {}

    /** A template's times, break and grades, before the locations it is offered at are known. */
    private record Spec(String id, String name, LocalTime start, LocalTime end, int breakMinutes, Set<Grade> grades) {
        ShiftTemplate at(Set<String> locations) {
            return new ShiftTemplate(id, name, start, end, breakMinutes, grades, locations, Set.of(), Set.of());
        }
    }

    private static final List<Spec> SPECS = List.of(
            new Spec(EARLY, "Early", t(7, 0), t(12, 30), 0, RESIDENTIAL),
            new Spec(EARLY_LONG, "Early long", t(7, 0), t(15, 0), 30, RESIDENTIAL),
            new Spec(LATE, "Late", t(12, 0), t(20, 0), 30, RESIDENTIAL),
            // Ends after the evening patrol, so that someone is on the wing until night staff arrive.
            new Spec(LATE_21, "Late (21:00 finish)", t(13, 0), t(21, 0), 30, RESIDENTIAL),
            new Spec(MAIN, "Main", t(8, 0), t(17, 0), 30, RESIDENTIAL),
            new Spec(LONG_DAY, "Long day", t(8, 0), t(20, 0), 60, RESIDENTIAL),
            // A short evening shift for part-timers and voluntary extra hours.
            new Spec(TWILIGHT, "Twilight", t(17, 0), t(21, 0), 0, RESIDENTIAL),
            // Compressed hours: 9 h 15 worked (37 h over 4 days), early and late on the wing.
            new Spec(COMPRESSED_EARLY, "Early (compressed day)", t(7, 0), t(17, 0), 45, RESIDENTIAL),
            new Spec(COMPRESSED_LATE, "Late (compressed day)", t(11, 0), t(21, 0), 45, RESIDENTIAL),
            new Spec(NIGHT, "Night", t(20, 45), t(7, 30), 45, OPERATIONAL),
            // Hospital bed watches run two 12-hour shifts.
            new Spec(
                    ESCORT_NIGHT,
                    "Escort night",
                    t(20, 0),
                    t(8, 0),
                    60,
                    Set.of(Grade.OFFICER, Grade.SUPERVISING_OFFICER)),
            new Spec(OPS_EARLY, "Gate/control early", t(6, 45), t(14, 45), 30, OPERATIONAL),
            new Spec(OPS_LATE, "Gate/control late", t(12, 45), t(20, 45), 30, OPERATIONAL),
            new Spec(OPS_LONG, "Gate/control long day", t(8, 45), t(20, 45), 60, OPERATIONAL),
            new Spec(OPS_COMPRESSED_EARLY, "Gate/control early (compressed day)", t(6, 45), t(16, 45), 45, OPERATIONAL),
            new Spec(OPS_COMPRESSED_LATE, "Gate/control late (compressed day)", t(10, 45), t(20, 45), 45, OPERATIONAL),
            new Spec(VISITS_DAY, "Visits day", t(8, 45), t(16, 45), 30, OPERATIONAL),
            new Spec(VISITS_AFTERNOON, "Visits afternoon", t(12, 45), t(16, 45), 0, OPERATIONAL),
            // Main hours for the departments where OSGs work alongside officers.
            new Spec(SUPPORT_DAY, "Support day", t(8, 0), t(17, 0), 30, OPERATIONAL),
            // Court vans return late: reception stays open until the last arrival is located.
            new Spec(RECEPTION_LATE, "Reception late", t(11, 0), t(19, 30), 30, OPERATIONAL),
            new Spec(
                    ACTIVITIES_DAY,
                    "Activities day",
                    t(8, 0),
                    t(16, 45),
                    45,
                    Set.of(Grade.OFFICER, Grade.NON_OPERATIONAL)),
            new Spec(
                    ACTIVITIES_MORNING,
                    "Activities morning",
                    t(8, 0),
                    t(12, 30),
                    0,
                    Set.of(Grade.OFFICER, Grade.NON_OPERATIONAL)));

    /**
     * The templates offered somewhere in the prison, each with the locations that offer it (in the
     * order of {@link #SPECS}); templates no location offers are left out.
     */
    static List<ShiftTemplate> offered(Map<String, List<String>> templatesByLocation) {
        List<ShiftTemplate> result = new ArrayList<>();
        for (Spec spec : SPECS) {
            Set<String> locations = new TreeSet<>();
            templatesByLocation.forEach((location, ids) -> {
                if (ids.contains(spec.id())) {
                    locations.add(location);
                }
            });
            if (!locations.isEmpty()) {
                result.add(spec.at(locations));
            }
        }
        return List.copyOf(result);
    }

    private static LocalTime t(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }
}
