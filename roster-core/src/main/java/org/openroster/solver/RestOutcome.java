package org.openroster.solver;

/**
 * How a rest rule came out: minutes below the hard floor (a breach) and minutes displaced but allowed
 * under the special case, which are owed back as compensatory rest (WTR reg 24).
 */
public record RestOutcome(long breachMinutes, long compensatoryMinutes) {

    public static final RestOutcome NONE = new RestOutcome(0, 0);

    public boolean isNone() {
        return breachMinutes == 0 && compensatoryMinutes == 0;
    }
}
