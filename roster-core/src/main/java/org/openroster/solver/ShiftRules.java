package org.openroster.solver;

import java.util.Set;
import org.openroster.model.Adjustments;
import org.openroster.model.Contract;
import org.openroster.model.Person;
import org.openroster.model.WorkingTimeSettings;

/** Per-shift rule arithmetic shared by the value ranges, the constraints and the audit. */
public final class ShiftRules {

    private ShiftRules() {}

    /** Minutes of the shift that break the person's workplace adjustments (0: none). */
    public static long adjustmentBreach(Person person, Shift shift) {
        Adjustments a = person.adjustments();
        long breach = 0;
        if (a.noNights() && shift.night()) {
            breach += shift.nightMinutes();
        }
        if (a.maxShiftMinutes() > 0 && shift.lengthMinutes() > a.maxShiftMinutes()) {
            breach += shift.lengthMinutes() - a.maxShiftMinutes();
        }
        if (a.noControlAndRestraint()
                && shift.template().requiredSkills().contains(Adjustments.CONTROL_AND_RESTRAINT)) {
            breach += shift.workedMinutes();
        }
        if (a.fixedStart() != null && !a.fixedStart().equals(shift.template().start())) {
            breach += shift.workedMinutes();
        }
        return breach;
    }

    /** Minutes of break missing from the shift under WTR reg 12 (reg 12(4) for young workers). */
    public static long restBreakShortfall(Person person, Shift shift, WorkingTimeSettings wt) {
        int after = person.youngWorker() ? WorkingTimeSettings.YOUNG_BREAK_AFTER_MINUTES : wt.breakAfterMinutes();
        int needed = person.youngWorker() ? WorkingTimeSettings.YOUNG_BREAK_MINUTES : wt.breakMinutes();
        int taken = shift.template().breakMinutes();
        return shift.lengthMinutes() > after && taken < needed ? needed - taken : 0;
    }

    /** A young worker's minutes beyond 8 hours in the shift plus minutes between 22:00 and 06:00. */
    public static long youngShiftExcess(Person person, Shift shift) {
        if (!person.youngWorker()) {
            return 0;
        }
        return Math.max(0, shift.workedMinutes() - WorkingTimeSettings.YOUNG_MAX_DAILY_MINUTES)
                + shift.youngNightMinutes();
    }

    /** A young worker's minutes beyond 40 hours in a week of the window. */
    public static long youngWeekExcess(Person person, long weekMinutes) {
        return person.youngWorker() ? Math.max(0, weekMinutes - WorkingTimeSettings.YOUNG_MAX_WEEKLY_MINUTES) : 0;
    }

    /** Whether the shift may be offered to the person at all: no per-shift hard rule would break. */
    public static boolean allowed(Person person, Shift shift, WorkingTimeSettings wt) {
        return allowed(person, shift, wt, Set.of());
    }

    /**
     * Whether the shift may be offered to the person: no per-shift rule that is switched on would
     * break (eligibility, adjustments, rest break, young-worker limits, a template the person may
     * work 0 times, and a compressed-hours person's duty off their compressed day's length). A rule in {@code switchedOff} (weight 0) does not narrow the offer.
     */
    public static boolean allowed(Person person, Shift shift, WorkingTimeSettings wt, Set<Rule> switchedOff) {
        return (switchedOff.contains(Rule.ELIGIBILITY)
                        || person.eligibleFor(shift.template(), shift.location().id()))
                && (switchedOff.contains(Rule.WORKPLACE_ADJUSTMENT) || adjustmentBreach(person, shift) == 0)
                && (switchedOff.contains(Rule.REST_BREAK) || restBreakShortfall(person, shift, wt) == 0)
                && (switchedOff.contains(Rule.YOUNG_WORKER_LIMITS) || youngShiftExcess(person, shift) == 0)
                && (switchedOff.contains(Rule.MAX_SHIFTS_OF_TEMPLATE)
                        || person.rules().maxShiftsOf(shift.template().id()) != 0)
                && (switchedOff.contains(Rule.COMPRESSED_HOURS_PATTERN) || compressedDayBreach(person, shift) == 0);
    }

    /** Minutes by which the shift is off a compressed-hours person's day length (0 for other contracts). */
    public static long compressedDayBreach(Person person, Shift shift) {
        return person.contract() instanceof Contract.Compressed c ? c.dayLengthBreach(shift.workedMinutes()) : 0;
    }
}
