package org.openroster.bench.curtois;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One instance of the Curtois and Qu Employee Shift Scheduling benchmark exactly as its file states
 * it, before any mapping to the engine: days are indexes from 0 (a Monday), times are minutes.
 *
 * @param name the instance's name, e.g. {@code Instance1}
 * @param days the horizon H in days
 * @param shifts the shift types in file order
 * @param staff the employees in file order
 * @param daysOff each employee's days that must not be worked (employees without any are absent)
 * @param onRequests shift-on requests (work this shift on this day)
 * @param offRequests shift-off requests (do not work this shift on this day)
 * @param cover the cover lines
 */
public record CurtoisInstance(
        String name,
        int days,
        List<ShiftType> shifts,
        List<Employee> staff,
        Map<String, Set<Integer>> daysOff,
        List<ShiftRequest> onRequests,
        List<ShiftRequest> offRequests,
        List<Cover> cover) {

    public CurtoisInstance {
        shifts = List.copyOf(shifts);
        staff = List.copyOf(staff);
        daysOff = Map.copyOf(daysOff);
        onRequests = List.copyOf(onRequests);
        offRequests = List.copyOf(offRequests);
        cover = List.copyOf(cover);
    }

    /** A shift type: its length and the shift types that may not be worked the day after it. */
    public record ShiftType(String id, int minutes, Set<String> cannotFollow) {
        public ShiftType {
            cannotFollow = Set.copyOf(cannotFollow);
        }
    }

    /**
     * An employee's hard limits: most shifts of each type (absent: no limit; 0: never), total minutes
     * worked, consecutive working days, consecutive days off and weekends worked.
     */
    public record Employee(
            String id,
            Map<String, Integer> maxShifts,
            int maxTotalMinutes,
            int minTotalMinutes,
            int maxConsecutiveShifts,
            int minConsecutiveShifts,
            int minConsecutiveDaysOff,
            int maxWeekends) {
        public Employee {
            maxShifts = Map.copyOf(maxShifts);
        }
    }

    /** A request about one shift on one day; not honoured, it costs its weight. */
    public record ShiftRequest(String employee, int day, String shift, int weight) {}

    /** The number of people wanted on a shift on a day, with the cost per person missing or surplus. */
    public record Cover(int day, String shift, int requirement, int underWeight, int overWeight) {}

    /** Whether the day is a Saturday or Sunday (day 0 is a Monday). */
    public static boolean weekend(int day) {
        return day % 7 >= 5;
    }

    public Map<String, ShiftType> shiftsById() {
        Map<String, ShiftType> byId = new java.util.LinkedHashMap<>();
        shifts.forEach(s -> byId.put(s.id(), s));
        return byId;
    }
}
