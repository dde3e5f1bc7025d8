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
import org.openroster.ledger.Entitlements;
import org.openroster.ledger.LedgerSettings;
import org.openroster.model.Contract;
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
 *
 * <p>Leave is booked against the shifts of the person's rota line, as HMPPS books it: a block of annual
 * leave is part of a run of rostered days (a week's leave is the five days of a five-day run), and a
 * spell of sickness is recorded on the rostered days it loses (working days lost), the line's rest days
 * within it being days off. Each day of leave is then worth what the person's contract gives a day of
 * leave, and the hours the rota loses are never fewer than the hours the leave takes off the target.
 * Job share partners take short leave on a day only they work, one partner of a pair in a window, so
 * that the other can cover.
 */
final class Absences {

    /** At most this share of a detail group is on annual leave on any day (HMPPS-style leave slots). */
    static final double LEAVE_QUOTA = 0.14;

    /** Lengths of leave blocks in days; a week's leave is five days. */
    private static final int[] BLOCK_LENGTHS = {2, 3, 3, 4, 5, 5, 5};

    private static final int[] REQUEST_WEIGHTS = {1, 1, 1, 2, 2, 3, 3, 4, 5};

    private final Calendar calendar;
    private final List<Draft> staff;
    private final FixedRota rota;
    private final List<Leave> leave = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, TreeSet<LocalDate>> away = new HashMap<>();
    private final Map<String, int[]> onLeaveByGroup = new HashMap<>();
    private final Map<String, Integer> groupSize = new HashMap<>();

    Absences(Calendar calendar, List<Draft> staff, FixedRota rota) {
        this.calendar = calendar;
        this.staff = staff;
        this.rota = rota;
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

    /**
     * Makes the person available again on their days off that no leave covers (the days a leave block's
     * line was off): for someone whose band the rest of the window could not otherwise hold.
     */
    void freeDaysOff(Draft d) {
        List<Leave> theirs = leaveOf(d);
        List<LocalDate> free = d.daysOff.stream()
                .filter(date -> theirs.stream().noneMatch(l -> l.covers(date)))
                .toList();
        free.forEach(date -> {
            d.daysOff.remove(date);
            away.get(d.id).remove(date);
        });
    }

    /** Cancels the person's last block of annual leave; false when they have none. */
    boolean cancelLastAnnualLeave(Draft d) {
        List<Leave> annual =
                leaveOf(d).stream().filter(l -> l.kind() == LeaveKind.ANNUAL).toList();
        if (annual.isEmpty()) {
            return false;
        }
        Leave last = annual.get(annual.size() - 1);
        leave.remove(last);
        last.from().datesUntil(last.to().plusDays(1)).forEach(away.get(d.id)::remove);
        return true;
    }

    /** The person's leave. */
    List<Leave> leaveOf(Draft d) {
        return leave.stream().filter(l -> l.person().equals(d.id)).toList();
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
        int at = theirs.isEmpty() ? leave.size() : leave.indexOf(theirs.get(0));
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

    /**
     * Non-operational staff work Monday to Friday and are off on a public holiday: a day of leave in
     * lieu where their line has a shift, else a day off.
     */
    private void publicHolidaysOff() {
        for (Draft d : staff) {
            if (d.grade != Grade.NON_OPERATIONAL) {
                continue;
            }
            for (LocalDate date : calendar.dates()) {
                boolean weekday = date.getDayOfWeek().getValue() <= 5;
                if (weekday && calendar.dayType(date) == DayType.PUBLIC_HOLIDAY) {
                    if (working(d, date)) {
                        add(d, date, date, LeaveKind.PUBLIC_HOLIDAY_IN_LIEU);
                    } else {
                        d.daysOff.add(date);
                    }
                }
            }
        }
    }

    /** Whether the person's rota line has a shift on the date and it is not a rest day. */
    private boolean working(Draft d, LocalDate date) {
        return rota.working(d, date)
                && !d.fixedRestDays.contains(date.getDayOfWeek())
                && !d.daysOff.contains(date)
                && !d.contract.closedOn(date);
    }

    /**
     * ~2% of staff (not job share partners or dual contracts) are off sick for one to four weeks, some
     * since before the window: one block of sickness over the spell (it charges at most five days in
     * each seven, so a week off sick costs a week's hours whatever the rota held).
     */
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
            if (d.share != null || d.contract instanceof Contract.Dual || start.isAfter(end) || !free(d, start, end)) {
                continue;
            }
            d.sickAtStart = from < 0;
            add(d, start, end, LeaveKind.SICK);
        }
    }

    /**
     * Annual leave: about half the staff take a block of two to five rostered days in each four weeks,
     * some a second: leave on the rostered days from the first to the last (the line's rest days between them
     * are days off); a block is placed only where the person's detail group stays within its leave
     * quota, and where the hours of the shifts it replaces are at least what its days of leave are
     * worth and at most a day's leave more (leave is held in hours: a block of 12-hour shifts is
     * fewer days). Job share partners: one of a pair, a block of one or two days only they work; dual
     * contracts: at most three days (a day of leave is worth a day of each post).
     */
    private void annualLeave(SplittableRandom r) {
        int days = calendar.days();
        java.util.Set<String> pairsOnLeave = new java.util.HashSet<>();
        for (Draft d : staff) {
            int cap = Math.max(1, (int) Math.floor(LEAVE_QUOTA * groupSize.get(d.home)));
            int[] counts = onLeaveByGroup.computeIfAbsent(d.home, k -> new int[days]);
            int most = d.share != null ? 2 : d.contract instanceof Contract.Dual ? 3 : days;
            // never more than a year's entitlement in hours (25 standard days, 30 after 10 years'
            // service), each day booked costing what the contract gives a day of leave
            LedgerSettings settings = LedgerSettings.DEFAULT;
            boolean longService =
                    !d.serviceStart.plusYears(settings.longServiceYears()).isAfter(calendar.start());
            long entitlementLeft = (long) (longService ? settings.longServiceLeaveDays() : settings.annualLeaveDays())
                    * Entitlements.standardDayMinutes(d.contract)
                    * Math.max(1, (days + 364) / 365);
            int dayCost = Math.max(1, d.contract.leaveDayMinutes());
            // leave is taken through the year: the same draw in each four weeks of a longer window
            for (int from = 0; from < days; from += RotaDesign.CYCLE) {
                int blocks = r.nextDouble() < 0.6 ? (r.nextDouble() < 0.3 ? 2 : 1) : 0;
                List<Integer> rostered = new ArrayList<>();
                for (int i = from; i < Math.min(days, from + RotaDesign.CYCLE); i++) {
                    LocalDate date = calendar.start().plusDays(i);
                    if (working(d, date) && (d.share == null || d.share.soleDay(d, date))) {
                        rostered.add(i);
                    }
                }
                String pairKey = d.share == null ? null : d.share.post() + "/" + from;
                if (pairKey != null && pairsOnLeave.contains(pairKey)) {
                    blocks = 0;
                }
                for (int b = 0; b < blocks && !rostered.isEmpty(); b++) {
                    int wanted =
                            Math.min(Math.min(most, rostered.size()), BLOCK_LENGTHS[r.nextInt(BLOCK_LENGTHS.length)]);
                    wanted = (int) Math.min(wanted, entitlementLeft / dayCost);
                    if (wanted <= 0) {
                        break;
                    }
                    for (int attempt = 0; attempt < 8; attempt++) {
                        int first = r.nextInt(rostered.size() - wanted + 1);
                        int length = wanted;
                        // leave is held in hours: a block of long shifts is fewer days
                        while (length > 1 && !withinSlack(d, rostered.subList(first, first + length))) {
                            length--;
                        }
                        List<Integer> block = rostered.subList(first, first + length);
                        if (d.share != null && block.get(length - 1) - block.get(0) >= length) {
                            continue; // a partner's block is a run of their own days
                        }
                        LocalDate start = calendar.start().plusDays(block.get(0));
                        LocalDate end = calendar.start().plusDays(block.get(length - 1));
                        if (free(d, start, end) && withinQuota(counts, block, cap) && worthIt(d, block)) {
                            addRostered(d, start, end, LeaveKind.ANNUAL);
                            entitlementLeft -= (long) length * dayCost;
                            for (int i : block) {
                                counts[i]++;
                            }
                            if (pairKey != null) {
                                pairsOnLeave.add(pairKey);
                            }
                            break;
                        }
                    }
                }
            }
        }
    }

    /** Whether the shifts on the days are worth at least the days of leave (so the band still holds the line). */
    private boolean worthIt(Draft d, List<Integer> block) {
        return shiftMinutes(d, block) >= (long) block.size() * d.contract.leaveDayMinutes();
    }

    /**
     * Whether the shifts on the days are worth no more than the days of leave plus a day's leave (the
     * band's room below its target), so that the rest of the line still meets the band.
     */
    private boolean withinSlack(Draft d, List<Integer> block) {
        return shiftMinutes(d, block) <= (block.size() + 1L) * d.contract.leaveDayMinutes();
    }

    private long shiftMinutes(Draft d, List<Integer> block) {
        long shifts = 0;
        for (int i : block) {
            shifts += rota.lines()
                    .get(d.id)
                    .duty[Math.floorMod(i, RotaDesign.CYCLE)]
                    .workedMinutes();
        }
        return shifts;
    }

    /**
     * Leave of the kind on the person's rostered days from {@code start} to {@code end} (one entry a
     * run), their rest days between them days off.
     */
    private void addRostered(Draft d, LocalDate start, LocalDate end, LeaveKind kind) {
        LocalDate runStart = null;
        for (LocalDate date = start; !date.isAfter(end.plusDays(1)); date = date.plusDays(1)) {
            boolean on = !date.isAfter(end) && working(d, date);
            if (on && runStart == null) {
                runStart = date;
            } else if (!on && runStart != null) {
                add(d, runStart, date.minusDays(1), kind);
                runStart = null;
            }
            if (!on && !date.isAfter(end)) {
                if (!d.contract.closedOn(date) && !d.fixedRestDays.contains(date.getDayOfWeek())) {
                    d.daysOff.add(date);
                }
                away.get(d.id).add(date);
            }
        }
    }

    private static boolean withinQuota(int[] counts, List<Integer> days, int cap) {
        for (int i : days) {
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
                    .filter(date -> !d.fixedRestDays.contains(date.getDayOfWeek())
                            && !d.daysOff.contains(date)
                            && !d.contract.closedOn(date))
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
