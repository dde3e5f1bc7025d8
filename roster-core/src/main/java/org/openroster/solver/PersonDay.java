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
    private List<Request> choices;

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
        c.choices = choices;
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
            List<Request> requests,
            List<Request> choices) {
        this.id = window.id() + "/" + date;
        this.window = window;
        this.date = date;
        this.dayIndex = dayIndex;
        this.options = List.copyOf(options);
        this.leave = leave;
        this.restDay = restDay;
        this.requests = List.copyOf(requests);
        this.choices = List.copyOf(choices);
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

    /**
     * Whether the current duty falls on a day the person may not work it: approved leave, a rest day,
     * or a closed period of the duty's post (term time); only for a working day.
     */
    public boolean dutyOnDayOff() {
        return onLeave() || restDay() || window.person().closedFor(date, shift.template());
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

    /**
     * Gives the day a duty decided outside the solver (a pin or an imported roster). A duty the
     * person could not be offered is added to this day's options, so that the roster can be scored
     * and audited as it is: the hard rules then say what is wrong with it.
     */
    void assignFromOutside(Shift given) {
        if (given != null && !options.contains(given)) {
            List<Shift> widened = new java.util.ArrayList<>(options);
            widened.add(given);
            options = List.copyOf(widened);
        }
        shift = given;
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

    /** The grade the duty is worked as (the post's grade on a dual contract); only for a working day. */
    public org.openroster.model.Grade dutyGrade() {
        return window.person().dutyGrade(shift.template());
    }

    /** The job-share post the person shares, or null. */
    public String jobSharePost() {
        return window.person().contract() instanceof org.openroster.model.Contract.JobShare js ? js.post() : null;
    }

    /** The dual-contract post the duty counts toward, or null; only for a working day. */
    public String dualPost() {
        if (window.person().contract() instanceof org.openroster.model.Contract.Dual dual) {
            var post = dual.postFor(shift.template().grades());
            return post == null ? null : post.id();
        }
        return null;
    }

    /** Worked minutes of the duty, 0 when off. */
    public long workedMinutes() {
        return shift == null ? 0 : shift.workedMinutes();
    }

    /** The person's self-rostering choices for the day (a shift they chose to work). */
    public List<Request> choices() {
        return choices;
    }

    /**
     * The minutes of this day's chosen shifts that the current duty does not keep, each times the
     * choice's weight. A choice the person cannot be given that day (leave, a rest day, a shift not open
     * to them) counts nothing: no roster could keep it, and the refusals say why.
     */
    public long unkeptChoiceMinutes() {
        if (choices.isEmpty()) {
            return 0;
        }
        String worked = shift == null ? null : shift.template().id();
        return Request.unhonoured(choices, worked, c -> chosenMinutes(c.template()) * c.weight());
    }

    private long chosenMinutes(String template) {
        for (Shift s : options) {
            if (s.template().id().equals(template)) {
                return s.workedMinutes();
            }
        }
        return 0;
    }

    /** Sum of the weights of this day's requests that the current duty does not honour. */
    public long unmetRequestWeight() {
        if (requests.isEmpty()) {
            return 0;
        }
        String worked = shift == null ? null : shift.template().id();
        return Request.unhonoured(requests, worked, Request::weight);
    }

    @Override
    public String toString() {
        return id
                + (shift == null
                        ? " off"
                        : " " + shift.template().id() + "@" + shift.location().id());
    }
}
