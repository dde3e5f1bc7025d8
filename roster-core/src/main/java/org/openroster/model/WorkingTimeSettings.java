package org.openroster.model;

import java.time.LocalTime;

/**
 * Working Time Regulations 1998 (GB) figures as data, so that a user can change them. Defaults are
 * the regulations' own. Where {@code specialCase} is set (reg 21, e.g. prisons), daily and weekly rest
 * may be displaced down to the given floors, but every minute displaced is owed back as compensatory
 * rest (reg 24) and reported.
 *
 * @param referenceWeeks averaging reference period for the 48-hour week and night work (reg 4(3), 6(3))
 * @param maxAverageWeeklyMinutes average weekly working time limit (reg 4(1)), 48 h
 * @param nightAverageDailyMinutes night worker's average normal hours per 24 h (reg 6(1)), 8 h
 * @param nightStart start of night time (reg 2: 23:00 unless agreed)
 * @param nightEnd end of night time (06:00)
 * @param nightShiftMinutes minutes of night time that make a shift a night shift (reg 2: 3 h)
 * @param dailyRestMinutes consecutive rest in each 24 h (reg 10(1)), 11 h
 * @param weeklyRestMinutes uninterrupted rest in each 7 days (reg 11(1)), 24 h
 * @param fortnightlyRestMinutes alternative: uninterrupted rest in each 14 days (reg 11(2)), 48 h
 * @param breakAfterMinutes a rest break is due when a day's work exceeds this (reg 12(1)), 6 h
 * @param breakMinutes length of that break (reg 12(3)), 20 min
 * @param specialCase reg 21 special case: rest may be displaced with compensatory rest owed (reg 24)
 * @param displacedDailyRestFloorMinutes with the special case, daily rest never below this
 * @param displacedWeeklyRestFloorMinutes with the special case, rest in 14 days never below this
 */
public record WorkingTimeSettings(
        int referenceWeeks,
        int maxAverageWeeklyMinutes,
        int nightAverageDailyMinutes,
        LocalTime nightStart,
        LocalTime nightEnd,
        int nightShiftMinutes,
        int dailyRestMinutes,
        int weeklyRestMinutes,
        int fortnightlyRestMinutes,
        int breakAfterMinutes,
        int breakMinutes,
        boolean specialCase,
        int displacedDailyRestFloorMinutes,
        int displacedWeeklyRestFloorMinutes) {

    /** Young workers (reg 5A, 6A, 10(2), 11(3), 12(4)): fixed by law, not configurable. */
    public static final int YOUNG_MAX_DAILY_MINUTES = 8 * 60;

    public static final int YOUNG_MAX_WEEKLY_MINUTES = 40 * 60;
    public static final int YOUNG_DAILY_REST_MINUTES = 12 * 60;
    public static final int YOUNG_WEEKLY_REST_MINUTES = 48 * 60;
    public static final int YOUNG_BREAK_AFTER_MINUTES = 270;
    public static final int YOUNG_BREAK_MINUTES = 30;
    public static final LocalTime YOUNG_NIGHT_START = LocalTime.of(22, 0);
    public static final LocalTime YOUNG_NIGHT_END = LocalTime.of(6, 0);

    /** The regulations' defaults with a 17-week reference period and no special case. */
    public static final WorkingTimeSettings GB = new WorkingTimeSettings(
            17,
            48 * 60,
            8 * 60,
            LocalTime.of(23, 0),
            LocalTime.of(6, 0),
            3 * 60,
            11 * 60,
            24 * 60,
            48 * 60,
            6 * 60,
            20,
            false,
            11 * 60,
            48 * 60);

    public WorkingTimeSettings {
        Checks.positive(referenceWeeks, "referenceWeeks");
        Checks.positive(maxAverageWeeklyMinutes, "maxAverageWeeklyMinutes");
        Checks.positive(nightAverageDailyMinutes, "nightAverageDailyMinutes");
        Checks.notNull(nightStart, "nightStart");
        Checks.notNull(nightEnd, "nightEnd");
        Checks.nonNegative(nightShiftMinutes, "nightShiftMinutes");
        Checks.nonNegative(dailyRestMinutes, "dailyRestMinutes");
        Checks.nonNegative(weeklyRestMinutes, "weeklyRestMinutes");
        Checks.nonNegative(fortnightlyRestMinutes, "fortnightlyRestMinutes");
        Checks.nonNegative(breakAfterMinutes, "breakAfterMinutes");
        Checks.nonNegative(breakMinutes, "breakMinutes");
        Checks.nonNegative(displacedDailyRestFloorMinutes, "displacedDailyRestFloorMinutes");
        Checks.nonNegative(displacedWeeklyRestFloorMinutes, "displacedWeeklyRestFloorMinutes");
        Checks.check(
                displacedDailyRestFloorMinutes <= dailyRestMinutes,
                "The displacedDailyRestFloorMinutes (" + displacedDailyRestFloorMinutes
                        + ") must be <= the dailyRestMinutes (" + dailyRestMinutes + ").");
        Checks.check(
                displacedWeeklyRestFloorMinutes <= fortnightlyRestMinutes,
                "The displacedWeeklyRestFloorMinutes (" + displacedWeeklyRestFloorMinutes
                        + ") must be <= the fortnightlyRestMinutes (" + fortnightlyRestMinutes + ").");
    }

    /**
     * A prison under the reg 21 special case: a 26-week reference period, daily rest displaceable to
     * 8 hours and fortnightly rest to 24 hours, with compensatory rest owed for every minute.
     */
    public static WorkingTimeSettings prisonSpecialCase() {
        return new WorkingTimeSettings(
                26,
                GB.maxAverageWeeklyMinutes,
                GB.nightAverageDailyMinutes,
                GB.nightStart,
                GB.nightEnd,
                GB.nightShiftMinutes,
                GB.dailyRestMinutes,
                GB.weeklyRestMinutes,
                GB.fortnightlyRestMinutes,
                GB.breakAfterMinutes,
                GB.breakMinutes,
                true,
                8 * 60,
                24 * 60);
    }

    /** The daily rest a person is entitled to, in minutes. */
    public int dailyRestFor(Person person) {
        return person.youngWorker() ? YOUNG_DAILY_REST_MINUTES : dailyRestMinutes;
    }

    /** The daily rest below which the rule is broken outright (displacement never goes lower). */
    public int dailyRestFloorFor(Person person) {
        return person.youngWorker() || !specialCase ? dailyRestFor(person) : displacedDailyRestFloorMinutes;
    }
}
