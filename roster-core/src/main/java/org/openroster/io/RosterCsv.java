package org.openroster.io;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openroster.solver.PersonDay;
import org.openroster.solver.Roster;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes a roster as CSV for spreadsheets: a header, then one row per person and day of the window
 * (everyone, every day, in the roster's person then date order) with the columns {@link #COLUMNS}.
 * {@code contract} is the kind of the person's contract ({@code fullTime}, {@code compressed},
 * {@code dual}...: the {@code kind} of the problem file).
 * {@code duty} is the template's id, {@code LEAVE:<kind>} on approved leave, {@code REST_DAY} on a
 * fixed rest day or agreed day off, else {@code OFF}; {@code start} and {@code end} are local times
 * in the establishment's zone (an end before the start is the next morning). A text cell that a
 * spreadsheet would run as a formula (starting with {@code = + - @}) is written with a leading
 * apostrophe.
 */
public final class RosterCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "person",
            "name",
            "grade",
            "contract",
            "date",
            "dayOfWeek",
            "duty",
            "location",
            "start",
            "end",
            "workedMinutes",
            "pinned");

    private static final CsvMapper CSV = CsvMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private static final CsvSchema SCHEMA = schema();

    private RosterCsv() {}

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder();
        COLUMNS.forEach(b::addColumn);
        return b.build().withHeader();
    }

    /** The roster as CSV text. */
    public static String toCsv(Roster roster) {
        Objects.requireNonNull(roster, "roster");
        ZoneId zone = roster.problem().establishment().zone();
        List<List<String>> rows = new ArrayList<>();
        for (PersonDay pd : roster.getPersonDays()) {
            rows.add(row(pd, zone));
        }
        return CSV.writer(SCHEMA).writeValueAsString(rows);
    }

    /**
     * Writes the roster as CSV to a file, atomically: a failure leaves any earlier file untouched.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(Roster roster, Path file) {
        Objects.requireNonNull(file, "file");
        AtomicFiles.writeString(file, toCsv(roster));
    }

    /** The cells of one person-day, in {@link #COLUMNS} order. */
    private static List<String> row(PersonDay pd, ZoneId zone) {
        var person = pd.person();
        var shift = pd.getShift();
        String duty;
        if (shift != null) {
            duty = shift.template().id();
        } else if (pd.onLeave()) {
            duty = "LEAVE:" + pd.leave().name();
        } else if (pd.restDay()) {
            duty = "REST_DAY";
        } else {
            duty = "OFF";
        }
        return List.of(
                text(person.id()),
                text(person.name()),
                person.grade().name(),
                person.contract().kind(),
                pd.date().toString(),
                pd.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK),
                text(duty),
                shift == null ? "" : text(shift.location().id()),
                shift == null
                        ? ""
                        : shift.startInstant().atZone(zone).toLocalTime().toString(),
                shift == null
                        ? ""
                        : shift.endInstant().atZone(zone).toLocalTime().toString(),
                Long.toString(pd.workedMinutes()),
                Boolean.toString(pd.isPinned()));
    }

    /** Text as a cell, defused if a spreadsheet would take it for a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
