package org.openroster.solver;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.LocalDate;
import java.util.List;
import org.openroster.model.LeaveKind;
import org.openroster.model.Person;
import org.openroster.model.Request;

/**
 * The one thing the solver decides: a person's duty on a day, a {@link Shift} or none (off). All
 * else here is fixed: the shifts the person may be given that day (grade, location, skills,
 * adjustments, leave and rest days already applied), leave, rest days and requests.
 */
@PlanningEntity
public class PersonDay {

    @PlanningId
    private String id;

    private PersonWindow window;
    private LocalDate date;
    private int dayIndex;
    private List<Shift> options;
    private LeaveKind leave;
    private boolean restDay;
    private List<Request> requests;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "options")
    private Shift shift;

    PersonDay() {}

    /** A copy with the same facts and duty, for {@link RosterCloner}: facts are shared, not copied. */
    PersonDay planningClone() {
        PersonDay c = new PersonDay();
        c.id = id;
        c.window = window;
        c.date = date;
        c.dayIndex = dayIndex;
        c.options = options;
        c.leave = leave;
        c.restDay = restDay;
        c.requests = requests;
        c.pinned = pinned;
        c.shift = shift;
        return c;
    }

    public PersonDay(
            PersonWindow window,
            LocalDate date,
            int dayIndex,
            List<Shift> options,
            LeaveKind leave,
            boolean restDay,
            List<Request> requests) {
        this.id = window.id() + "/" + date;
        this.window = window;
        this.date = date;
        this.dayIndex = dayIndex;
        this.options = List.copyOf(options);
        this.leave = leave;
        this.restDay = restDay;
        this.requests = List.copyOf(requests);
    }

    public String getId() {
        return id;
    }

    public PersonWindow window() {
        return window;
    }

    public Person person() {
        return window.person();
    }

    public LocalDate date() {
        return date;
    }

    public int dayIndex() {
        return dayIndex;
    }

    @ValueRangeProvider(id = "options")
    public List<Shift> getOptions() {
        return options;
    }

    /** The approved leave on this day, or null. */
    public LeaveKind leave() {
        return leave;
    }

    public boolean onLeave() {
        return leave != null;
    }

    public boolean restDay() {
        return restDay;
    }

    public List<Request> requests() {
        return requests;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Shift getShift() {
        return shift;
    }

    public void setShift(Shift shift) {
        this.shift = shift;
    }

    public boolean isWorking() {
        return shift != null;
    }

    /** Start of the duty (epoch minutes); only for a working day. */
    public Long start() {
        return shift.start();
    }

    /** End of the duty (epoch minutes); only for a working day. */
    public Long end() {
        return shift.end();
    }

    /** The end of the daily rest owed after this duty (epoch minutes); only for a working day. */
    public Long restUntil() {
        return shift.end() + window.workingTime().dailyRestFor(window.person());
    }

    /** Worked minutes of the duty, 0 when off. */
    public long workedMinutes() {
        return shift == null ? 0 : shift.workedMinutes();
    }

    /** Sum of the weights of this day's requests that the current duty does not honour. */
    public long unmetRequestWeight() {
        if (requests.isEmpty()) {
            return 0;
        }
        String worked = shift == null ? null : shift.template().id();
        long total = 0;
        for (Request r : requests) {
            if (!r.honouredBy(worked)) {
                total += r.weight();
            }
        }
        return total;
    }

    @Override
    public String toString() {
        return id
                + (shift == null
                        ? " off"
                        : " " + shift.template().id() + "@" + shift.location().id());
    }
}
