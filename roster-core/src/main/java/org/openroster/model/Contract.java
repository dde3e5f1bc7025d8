package org.openroster.model;

/**
 * A person's contract: what hours they are conditioned to work and how much extra they may be
 * given. The family is closed; each kind does its own arithmetic.
 */
public sealed interface Contract permits Contract.FullTime, Contract.PartTime {

    /** Conditioned weekly hours of a full-timer on current terms (37 h). */
    int FULL_TIME_WEEKLY_MINUTES = 37 * 60;

    /** Conditioned minutes per week. */
    int weeklyMinutes();

    /** The most extra minutes per week beyond conditioned hours the person may be rostered. */
    int maxExtraMinutesPerWeek();

    /** A short stable name of the kind, as used in JSON and reports. */
    String kind();

    /** Full-time equivalent in percent of 37 h (older 39 h terms give 105). */
    default int ftePercent() {
        return Math.max(1, Math.round(weeklyMinutes() * 100f / FULL_TIME_WEEKLY_MINUTES));
    }

    /** Minutes one day of leave is worth: a fifth of the week, pro rata for part-timers. */
    default int leaveDayMinutes() {
        return weeklyMinutes() / 5;
    }

    /**
     * The hours band for a window of {@code windowDays} days of which {@code leaveDays} are leave:
     * the target is the pro-rata weekly hours less leave; the band goes down by one working day per
     * four weeks or part of four weeks (shift lengths rarely add up to the target exactly; what is left
     * is hours owed) and up by the extra-hours cap.
     */
    default HoursBounds bounds(int windowDays, int leaveDays) {
        long target = Math.max(0, (long) weeklyMinutes() * windowDays / 7 - (long) leaveDays * leaveDayMinutes());
        long below = (long) leaveDayMinutes() * Math.max(1, (windowDays + 27) / 28);
        long extra = (long) maxExtraMinutesPerWeek() * windowDays / 7;
        return new HoursBounds(Math.max(0, target - below), target, target + extra);
    }

    /** Conditioned hours of a full-timer (37 h, or 39 h on older terms). */
    record FullTime(int weeklyMinutes, int maxExtraMinutesPerWeek) implements Contract {
        public FullTime {
            Checks.positive(weeklyMinutes, "weeklyMinutes");
            Checks.nonNegative(maxExtraMinutesPerWeek, "maxExtraMinutesPerWeek");
        }

        public static FullTime standard() {
            return new FullTime(FULL_TIME_WEEKLY_MINUTES, 0);
        }

        @Override
        public String kind() {
            return "fullTime";
        }
    }

    /** Fewer weekly hours than full time; leave and public holidays are pro rata in hours. */
    record PartTime(int weeklyMinutes, int maxExtraMinutesPerWeek) implements Contract {
        public PartTime {
            Checks.positive(weeklyMinutes, "weeklyMinutes");
            Checks.nonNegative(maxExtraMinutesPerWeek, "maxExtraMinutesPerWeek");
        }

        @Override
        public String kind() {
            return "partTime";
        }
    }
}
