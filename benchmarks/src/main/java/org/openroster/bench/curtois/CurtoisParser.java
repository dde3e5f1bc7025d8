package org.openroster.bench.curtois;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openroster.bench.curtois.CurtoisInstance.Cover;
import org.openroster.bench.curtois.CurtoisInstance.Employee;
import org.openroster.bench.curtois.CurtoisInstance.ShiftRequest;
import org.openroster.bench.curtois.CurtoisInstance.ShiftType;

/**
 * Reads the benchmark's text format (CRLF or LF line endings): {@code #} comment lines, sections that
 * start with a {@code SECTION_...} line and end at a blank line, comma-separated fields and
 * {@code |}-separated lists. Every reference (an employee, a shift type, a day) is checked; a
 * problem is reported as a {@link CurtoisFormatException} naming the line.
 */
public final class CurtoisParser {

    private CurtoisParser() {}

    /** Thrown when an instance file does not follow the format; the message names the line. */
    public static final class CurtoisFormatException extends IllegalArgumentException {
        public CurtoisFormatException(String message) {
            super(message);
        }
    }

    /** Parses the file; the instance is named after the file without its extension. */
    public static CurtoisInstance parse(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return parse(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    public static CurtoisInstance parse(String name, String text) {
        return new Reader(name).read(text);
    }

    private record Line(int number, String text) {}

    private static final class Reader {
        private final String name;
        private final Map<String, List<Line>> sections = new LinkedHashMap<>();

        Reader(String name) {
            this.name = name;
        }

        CurtoisInstance read(String text) {
            String[] lines = text.split("\r\n|\r|\n", -1);
            String section = null;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isEmpty()) {
                    section = null;
                } else if (line.startsWith("SECTION_")) {
                    section = line;
                    if (sections.putIfAbsent(section, new ArrayList<>()) != null) {
                        throw error(i + 1, "repeats section " + section);
                    }
                } else if (section == null) {
                    throw error(
                            i + 1, "has data (" + line + ") outside any section. Maybe a SECTION_ line is missing.");
                } else {
                    sections.get(section).add(new Line(i + 1, line));
                }
            }
            int days = horizon();
            List<ShiftType> shifts = shifts();
            Set<String> shiftIds = new HashSet<>();
            shifts.forEach(s -> shiftIds.add(s.id()));
            for (ShiftType s : shifts) {
                for (String next : s.cannotFollow()) {
                    if (!shiftIds.contains(next)) {
                        throw new CurtoisFormatException(name + ": shift (" + s.id() + ") lists an unknown shift ("
                                + next + ") it cannot be followed by.");
                    }
                }
            }
            List<Employee> staff = staff(shiftIds);
            Set<String> employees = new HashSet<>();
            staff.forEach(e -> employees.add(e.id()));
            return new CurtoisInstance(
                    name,
                    days,
                    shifts,
                    staff,
                    daysOff(employees, days),
                    requests("SECTION_SHIFT_ON_REQUESTS", employees, shiftIds, days),
                    requests("SECTION_SHIFT_OFF_REQUESTS", employees, shiftIds, days),
                    cover(shiftIds, days));
        }

        private List<Line> section(String section, boolean required) {
            List<Line> lines = sections.get(section);
            if (lines == null && required) {
                throw new CurtoisFormatException(name + " has no " + section + ".");
            }
            return lines == null ? List.of() : lines;
        }

        private int horizon() {
            List<Line> lines = section("SECTION_HORIZON", true);
            if (lines.size() != 1) {
                throw new CurtoisFormatException(
                        name + ": SECTION_HORIZON must hold one number, not " + lines.size() + " lines.");
            }
            int days = integer(lines.get(0), lines.get(0).text(), "horizon");
            if (days <= 0) {
                throw error(lines.get(0).number(), "has a horizon (" + days + ") that is not positive");
            }
            return days;
        }

        private List<ShiftType> shifts() {
            List<ShiftType> shifts = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Line line : section("SECTION_SHIFTS", true)) {
                String[] f = fields(line, 2, 3);
                int minutes = integer(line, f[1], "length in minutes");
                if (minutes <= 0 || minutes > 24 * 60) {
                    throw error(line.number(), "has a shift length (" + minutes + ") outside 1 to 1440 minutes");
                }
                if (!seen.add(f[0])) {
                    throw error(line.number(), "defines shift (" + f[0] + ") twice");
                }
                shifts.add(new ShiftType(f[0], minutes, list(f.length > 2 ? f[2] : "")));
            }
            return shifts;
        }

        private List<Employee> staff(Set<String> shiftIds) {
            List<Employee> staff = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Line line : section("SECTION_STAFF", true)) {
                String[] f = fields(line, 8, 8);
                Map<String, Integer> maxShifts = new LinkedHashMap<>();
                for (String entry : list(f[1])) {
                    String[] kv = entry.split("=", -1);
                    if (kv.length != 2 || !shiftIds.contains(kv[0].strip())) {
                        throw error(
                                line.number(),
                                "has a MaxShifts entry (" + entry + ") that is not SHIFT=number of a known shift");
                    }
                    maxShifts.put(kv[0].strip(), nonNegative(line, kv[1].strip(), "MaxShifts of " + kv[0]));
                }
                if (!seen.add(f[0])) {
                    throw error(line.number(), "defines employee (" + f[0] + ") twice");
                }
                staff.add(new Employee(
                        f[0],
                        maxShifts,
                        nonNegative(line, f[2], "MaxTotalMinutes"),
                        nonNegative(line, f[3], "MinTotalMinutes"),
                        nonNegative(line, f[4], "MaxConsecutiveShifts"),
                        nonNegative(line, f[5], "MinConsecutiveShifts"),
                        nonNegative(line, f[6], "MinConsecutiveDaysOff"),
                        nonNegative(line, f[7], "MaxWeekends")));
            }
            return staff;
        }

        private Map<String, Set<Integer>> daysOff(Set<String> employees, int days) {
            Map<String, Set<Integer>> daysOff = new LinkedHashMap<>();
            for (Line line : section("SECTION_DAYS_OFF", false)) {
                String[] f = fields(line, 1, Integer.MAX_VALUE);
                employee(line, f[0], employees);
                Set<Integer> set = daysOff.computeIfAbsent(f[0], k -> new LinkedHashSet<>());
                for (int i = 1; i < f.length; i++) {
                    if (!f[i].isEmpty()) {
                        set.add(day(line, f[i], days));
                    }
                }
            }
            daysOff.replaceAll((k, v) -> Set.copyOf(v));
            return daysOff;
        }

        private List<ShiftRequest> requests(String section, Set<String> employees, Set<String> shiftIds, int days) {
            List<ShiftRequest> requests = new ArrayList<>();
            for (Line line : section(section, false)) {
                String[] f = fields(line, 4, 4);
                employee(line, f[0], employees);
                shift(line, f[2], shiftIds);
                requests.add(new ShiftRequest(f[0], day(line, f[1], days), f[2], positive(line, f[3], "weight")));
            }
            return requests;
        }

        private List<Cover> cover(Set<String> shiftIds, int days) {
            List<Cover> cover = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Line line : section("SECTION_COVER", false)) {
                String[] f = fields(line, 5, 5);
                int day = day(line, f[0], days);
                shift(line, f[1], shiftIds);
                if (!seen.add(day + "/" + f[1])) {
                    throw error(line.number(), "gives a second cover line for shift (" + f[1] + ") on day " + day);
                }
                cover.add(new Cover(
                        day,
                        f[1],
                        nonNegative(line, f[2], "requirement"),
                        nonNegative(line, f[3], "weight for under"),
                        nonNegative(line, f[4], "weight for over")));
            }
            return cover;
        }

        private String[] fields(Line line, int min, int max) {
            String[] f = line.text().split(",", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            int n = f.length;
            // a trailing empty field ("D,480,") is an empty list, not a missing field
            if (n < min || n > max && !(n == max + 1 && f[n - 1].isEmpty())) {
                throw error(
                        line.number(),
                        "has " + n + " fields (" + line.text() + "), expected "
                                + (min == max
                                        ? String.valueOf(min)
                                        : max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max));
            }
            if (f[0].isEmpty()) {
                throw error(line.number(), "has an empty id (" + line.text() + ")");
            }
            return f;
        }

        private static Set<String> list(String field) {
            Set<String> items = new LinkedHashSet<>();
            for (String s : field.split("\\|")) {
                if (!s.isBlank()) {
                    items.add(s.strip());
                }
            }
            return items;
        }

        private void employee(Line line, String id, Set<String> employees) {
            if (!employees.contains(id)) {
                throw error(line.number(), "names an unknown employee (" + id + ")");
            }
        }

        private void shift(Line line, String id, Set<String> shiftIds) {
            if (!shiftIds.contains(id)) {
                throw error(line.number(), "names an unknown shift (" + id + ")");
            }
        }

        private int day(Line line, String text, int days) {
            int day = integer(line, text, "day");
            if (day < 0 || day >= days) {
                throw error(line.number(), "has a day (" + day + ") outside the horizon 0 to " + (days - 1));
            }
            return day;
        }

        private int nonNegative(Line line, String text, String field) {
            int value = integer(line, text, field);
            if (value < 0) {
                throw error(line.number(), "has a " + field + " (" + value + ") below 0");
            }
            return value;
        }

        private int positive(Line line, String text, String field) {
            int value = integer(line, text, field);
            if (value <= 0) {
                throw error(line.number(), "has a " + field + " (" + value + ") that is not positive");
            }
            return value;
        }

        private int integer(Line line, String text, String field) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw error(line.number(), "has a " + field + " (" + text + ") that is not a whole number");
            }
        }

        private CurtoisFormatException error(int lineNumber, String what) {
            return new CurtoisFormatException(name + " line " + lineNumber + " " + what + ".");
        }
    }
}
