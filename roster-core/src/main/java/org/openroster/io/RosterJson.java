package org.openroster.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openroster.io.RosterFormat.AssignmentJson;
import org.openroster.io.RosterFormat.RosterFile;
import org.openroster.model.Location;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.ShiftTemplate;
import org.openroster.solver.Assignment;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;

/**
 * Reads and writes a roster as JSON, format version 1: {@code {"formatVersion": 1, "problem",
 * "start", "days", "score", "assignments": [{"person", "date", "template", "location", "start",
 * "end", "workedMinutes"}]}}, one assignment per working person-day.
 *
 * <p>Reading returns the assignments for {@link RosterBuilder#withAssignments(Problem, List)}. It
 * checks them against the problem they are for (same id and window, known people, templates and
 * locations, a template offered where it is assigned, one duty per person and day) and reports
 * every failure as an {@link InvalidInputException} naming the path and value.
 */
public final class RosterJson {

    private RosterJson() {}

    /** The roster as JSON text (pretty printed, ending with a line break). */
    public static String toJson(Roster roster) {
        Objects.requireNonNull(roster, "roster");
        Problem problem = roster.problem();
        ZoneId zone = problem.establishment().zone();
        List<AssignmentJson> assignments = new ArrayList<>();
        for (PersonDay pd : roster.getPersonDays()) {
            if (pd.isWorking()) {
                var shift = pd.getShift();
                assignments.add(new AssignmentJson(
                        pd.person().id(),
                        pd.date().toString(),
                        shift.template().id(),
                        shift.location().id(),
                        ProblemMapper.offsetText(shift.startInstant(), zone),
                        ProblemMapper.offsetText(shift.endInstant(), zone),
                        shift.workedMinutes()));
            }
        }
        return JsonSupport.write(new RosterFile(
                RosterFormat.VERSION,
                problem.id(),
                problem.start().toString(),
                problem.days(),
                roster.getScore(),
                assignments));
    }

    /**
     * Writes the roster to a file, atomically: a failure leaves any earlier file untouched.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(Roster roster, Path file) {
        Objects.requireNonNull(file, "file");
        AtomicFiles.writeString(file, toJson(roster));
    }

    /** Reads the assignments of a roster file made for {@code problem}. */
    public static List<Assignment> readAssignments(Path file, Problem problem) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
        return parseAssignments(JsonSupport.readFile(file), problem);
    }

    /** Parses the assignments of a roster made for {@code problem} from JSON text. */
    public static List<Assignment> parseAssignments(String json, Problem problem) {
        Objects.requireNonNull(problem, "problem");
        var tree = JsonSupport.readDocument(json, "a roster", RosterFormat.VERSION);
        RosterFile file = JsonSupport.bind(tree, RosterFile.class);
        At at = At.ROOT;
        String problemId = at.id("problem", file.problem());
        if (!problemId.equals(problem.id())) {
            throw at.field("problem")
                    .fail(
                            problemId,
                            "is not the id of the problem given (" + problem.id()
                                    + "). Maybe the roster is for another problem.");
        }
        LocalDate start = at.date("start", file.start());
        if (!start.equals(problem.start())) {
            throw at.field("start")
                    .fail(start, "is not the start of problem (" + problem.id() + "): " + problem.start() + ".");
        }
        int days = at.positive("days", file.days());
        if (days != problem.days()) {
            throw at.field("days")
                    .fail(days, "is not the days of problem (" + problem.id() + "): " + problem.days() + ".");
        }
        List<Assignment> assignments = at.each(
                "assignments",
                at.required("assignments", file.assignments()),
                (a, item) -> a.build(() -> new Assignment(
                        a.id("person", item.person()),
                        a.date("date", item.date()),
                        a.id("template", item.template()),
                        a.id("location", item.location()))));
        List<String> errors = references(assignments, problem);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return assignments;
    }

    /** Every assignment that points at nothing, falls outside the window or doubles a person's day. */
    private static List<String> references(List<Assignment> assignments, Problem problem) {
        Set<String> people = new HashSet<>();
        problem.people().stream().map(Person::id).forEach(people::add);
        Set<String> locations = new HashSet<>();
        problem.establishment().locations().stream().map(Location::id).forEach(locations::add);
        Map<String, ShiftTemplate> templates = new HashMap<>();
        problem.templates().forEach(t -> templates.put(t.id(), t));
        Set<String> personDays = new HashSet<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            String at = "assignments[" + i + "]";
            if (!people.contains(a.person())) {
                errors.add(at + ".person (" + At.show(a.person()) + ") is not a known person.");
            }
            if (!problem.inWindow(a.date())) {
                errors.add(at + ".date (" + a.date() + ") is outside the window " + problem.start() + " to "
                        + problem.end() + ".");
            }
            ShiftTemplate template = templates.get(a.template());
            if (template == null) {
                errors.add(at + ".template (" + At.show(a.template()) + ") is not a known template.");
            }
            if (!locations.contains(a.location())) {
                errors.add(at + ".location (" + At.show(a.location()) + ") is not a known location.");
            } else if (template != null && !template.offeredAt(a.location())) {
                errors.add(at + ".template (" + At.show(a.template()) + ") is not offered at location ("
                        + At.show(a.location()) + ").");
            }
            if (!personDays.add(a.person() + "/" + a.date())) {
                errors.add(at + " gives person (" + At.show(a.person()) + ") a second duty on " + a.date() + ".");
            }
        }
        return errors;
    }
}
