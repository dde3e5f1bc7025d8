package org.openroster.examples.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.openroster.examples.demo.Staffing.Draft;
import org.openroster.model.DayType;
import org.openroster.model.Grade;
import org.openroster.model.Leave;
import org.openroster.model.LeaveKind;
import org.openroster.model.Request;
import org.openroster.model.ShiftTemplate;

/**
 * Leave and requests of a demo prison's staff: public holidays off for staff who work Monday to
 * Friday, long-term sickness for ~2%, approved annual leave in blocks for ~10% of person-days within
 * each detail group's leave quota, and requests (days off, shift preferences, extra days wanted).
 */
final class Absences {

    /** At most this share of a detail group is on annual leave on any day (HMPPS-style leave slots). */
    static final double LEAVE_QUOTA = 0.14;

    /** Lengths of leave blocks in days; a week's leave is five days. */
    private static final int[] BLOCK_LENGTHS = {2, 3, 3, 4, 5, 5, 5};

    private static final int[] REQUEST_WEIGHTS = {1, 1, 1, 2, 2, 3, 3, 4, 5};

    private final Calendar calendar;
    private final List<Draft> staff;
    private final List<Leave> leave = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, TreeSet<LocalDate>> away = new HashMap<>();
    private final Map<String, int[]> onLeaveByGroup = new HashMap<>();
    private final Map<String, Integer> groupSize = new HashMap<>();

    Absences(Calendar calendar, List<Draft> staff) {
        this.calendar = calendar;
        this.staff = staff;
        staff.forEach(d -> {
            away.put(d.id, new TreeSet<>());
            groupSize.merge(d.home, 1, Integer::sum);
        });
    }

    List<Leave> leave() {
        return List.copyOf(leave);
    }

    List<Request> requestList() {
        return List.copyOf(requests);
    }

    /** The dates the person is away (leave of any kind) in the window. */
    TreeSet<LocalDate> away(Draft d) {
        return away.get(d.id);
    }

    /**
     * Extends the person's absence to the whole window, as one block of the kind of their longest
     * (someone away most of the window whose few remaining days could not hold a whole shift).
     */
    void awayForTheWindow(Draft d) {
        List<Leave> theirs = leave.stream().filter(l -> l.person().equals(d.id)).toList();
        LeaveKind kind = theirs.stream()
                .max(java.util.Comparator.comparingLong(
                        l -> l.to().toEpochDay() - l.from().toEpochDay()))
                .map(Leave::kind)
                .orElse(LeaveKind.SICK);
        int at = leave.indexOf(theirs.get(0));
        leave.removeAll(theirs);
        leave.add(at, new Leave(d.id, calendar.start(), calendar.end(), kind));
        calendar.dates().forEach(away.get(d.id)::add);
    }

    // ------------------------------------------------------------------ leave

    void plan(SplittableRandom r) {
        publicHolidaysOff();
        sickness(r);
        annualLeave(r);
    }

    /** Non-operational staff work Monday to Friday and are off on a public holiday. */
    private void publicHolidaysOff() {
        for (Draft d : staff) {
            if (d.grade != Grade.NON_OPERATIONAL) {
                continue;
            }
            for (LocalDate date : calendar.dates()) {
                boolean weekday = date.getDayOfWeek().getValue() <= 5;
                if (weekday && calendar.dayType(date) == DayType.PUBLIC_HOLIDAY) {
                    add(d, date, date, LeaveKind.PUBLIC_HOLIDAY_IN_LIEU);
                }
            }
        }
    }

    /** ~2% of staff are off sick for one to four weeks, some since before the window. */
    private void sickness(SplittableRandom r) {
        int count = (int) Math.round(staff.size() * 0.02);
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(count, staff.size())) {
            chosen.add(r.nextInt(staff.size()));
        }
        for (int i : chosen) {
            Draft d = staff.get(i);
            int from = r.nextInt(calendar.days()) - 7;
            int to = from + 7 + r.nextInt(22);
            LocalDate start = calendar.start().plusDays(Math.max(0, from));
            LocalDate end = calendar.start().plusDays(Math.min(calendar.days() - 1, to));
            if (!start.isAfter(end) && free(d, start, end)) {
                add(d, start, end, LeaveKind.SICK);
                d.sickAtStart = from < 0;
            }
        }
    }

    /**
     * Annual leave: about half the staff take a block of two to five days in the window, some a
     * second; a block is placed only where the person's detail group stays within its leave quota.
     */
    private void annualLeave(SplittableRandom r) {
        int days = calendar.days();
        for (Draft d : staff) {
            int blocks = r.nextDouble() < 0.6 ? (r.nextDouble() < 0.3 ? 2 : 1) : 0;
            int cap = Math.max(1, (int) Math.floor(LEAVE_QUOTA * groupSize.get(d.home)));
            int[] counts = onLeaveByGroup.computeIfAbsent(d.home, k -> new int[days]);
            for (int b = 0; b < blocks; b++) {
                int length = Math.min(days, BLOCK_LENGTHS[r.nextInt(BLOCK_LENGTHS.length)]);
                for (int attempt = 0; attempt < 8; attempt++) {
                    int from = r.nextInt(days - length + 1);
                    LocalDate start = calendar.start().plusDays(from);
                    LocalDate end = start.plusDays(length - 1L);
                    if (free(d, start, end) && withinQuota(counts, from, length, cap)) {
                        add(d, start, end, LeaveKind.ANNUAL);
                        for (int i = from; i < from + length; i++) {
                            counts[i]++;
                        }
                        break;
                    }
                }
            }
        }
    }

    private static boolean withinQuota(int[] counts, int from, int length, int cap) {
        for (int i = from; i < from + length; i++) {
            if (counts[i] >= cap) {
                return false;
            }
        }
        return true;
    }

    /** Whether the person has no leave from a day before {@code start} to a day after {@code end}. */
    private boolean free(Draft d, LocalDate start, LocalDate end) {
        TreeSet<LocalDate> dates = away.get(d.id);
        return dates.subSet(start.minusDays(1), true, end.plusDays(1), true).isEmpty();
    }

    private void add(Draft d, LocalDate start, LocalDate end, LeaveKind kind) {
        leave.add(new Leave(d.id, start, end, kind));
        start.datesUntil(end.plusDays(1)).forEach(away.get(d.id)::add);
    }

    // ------------------------------------------------------------------ requests

    /**
     * Requests on days the person is not away (assumption): ~45% ask for a day off and ~15% for a
     * second (weights 1-5, 5 for a family event); ~12% prefer early shifts on a few days, ~10% of
     * night workers ask not to work nights on a few days, ~25% of part-timers ask to work an extra day.
     */
    void requests(SplittableRandom r, Staffing staffing) {
        for (Draft d : staff) {
            List<LocalDate> open = calendar.dates().stream()
                    .filter(date -> !away.get(d.id).contains(date))
                    .filter(date -> !d.fixedRestDays.contains(date.getDayOfWeek()) && !d.daysOff.contains(date))
                    .toList();
            if (open.isEmpty()) {
                continue;
            }
            TreeSet<LocalDate> used = new TreeSet<>();
            int daysOff = (r.nextDouble() < 0.45 ? 1 : 0) + (r.nextDouble() < 0.15 ? 1 : 0);
            for (int i = 0; i < daysOff; i++) {
                request(r, d, open, used, null, false, REQUEST_WEIGHTS[r.nextInt(REQUEST_WEIGHTS.length)]);
            }
            List<ShiftTemplate> home = staffing.eligible(d, d.home);
            double u = r.nextDouble();
            ShiftTemplate early = home.stream()
                    .filter(t -> t.start().getHour() < 8 && !Staffing.isNight(t))
                    .findFirst()
                    .orElse(null);
            ShiftTemplate night =
                    home.stream().filter(Staffing::isNight).findFirst().orElse(null);
            if (u < 0.12 && early != null) {
                List<LocalDate> weekdays = open.stream()
                        .filter(date -> date.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0)
                        .toList();
                for (int i = 0; i < 3 && !weekdays.isEmpty(); i++) {
                    request(r, d, weekdays, used, early.id(), true, 1 + r.nextInt(2));
                }
            } else if (u < 0.22 && night != null) {
                for (int i = 0; i < 3; i++) {
                    request(r, d, open, used, night.id(), false, 2 + r.nextInt(2));
                }
            }
            if (d.partTime() && r.nextDouble() < 0.25) {
                int extra = 1 + r.nextInt(2);
                for (int i = 0; i < extra; i++) {
                    request(r, d, open, used, null, true, 1 + r.nextInt(3));
                }
            }
        }
    }

    private void request(
            SplittableRandom r,
            Draft d,
            List<LocalDate> dates,
            TreeSet<LocalDate> used,
            String template,
            boolean wanted,
            int weight) {
        LocalDate date = dates.get(r.nextInt(dates.size()));
        if (used.add(date)) {
            requests.add(new Request(d.id, date, template, wanted, weight));
        }
    }
}
