package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openroster.model.Problem;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

class RosterCsvTest {

    Problem problem;
    Roster roster;
    List<Map<String, String>> rows;

    @BeforeEach
    void csvOfTheWorkedExample() {
        problem = ExampleProblem.read();
        roster = Rosters.alternateDays(problem);
        rows = read(RosterCsv.toCsv(roster));
    }

    static List<Map<String, String>> read(String csv) {
        CsvMapper mapper = CsvMapper.builder().build();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            return it.readAll();
        }
    }

    @Test
    void oneRowPerPersonAndDayOfTheWindow() {
        assertEquals(problem.people().size() * problem.days(), rows.size());
        assertEquals(
                problem.people().size() * problem.days(),
                Set.copyOf(rows.stream()
                                .map(r -> r.get("person") + "/" + r.get("date"))
                                .toList())
                        .size());
    }

    @Test
    void theHeaderNamesTheColumnsInOrder() {
        String header = RosterCsv.toCsv(roster).lines().findFirst().orElseThrow();
        assertEquals(String.join(",", RosterCsv.COLUMNS), header);
    }

    @Test
    void aPinnedDutyHasItsTemplateLocationTimesAndMinutes() {
        Map<String, String> row = row("P001", "2027-03-22");
        assertEquals("Sam O'Neill", row.get("name"));
        assertEquals("SUPERVISING_OFFICER", row.get("grade"));
        assertEquals("Monday", row.get("dayOfWeek"));
        assertEquals("LD", row.get("duty"));
        assertEquals("A", row.get("location"));
        assertEquals("08:00", row.get("start"));
        assertEquals("20:00", row.get("end"));
        assertEquals("660", row.get("workedMinutes"));
        assertEquals("true", row.get("pinned"));
    }

    @Test
    void theContractColumnIsTheKindOfEachPersonsContract() {
        for (var person : problem.people()) {
            Set<String> kinds = Set.copyOf(rows.stream()
                    .filter(r -> r.get("person").equals(person.id()))
                    .map(r -> r.get("contract"))
                    .toList());
            assertEquals(Set.of(person.contract().kind()), kinds, person.id());
        }
        assertEquals("fullTime", row("P001", "2027-03-22").get("contract"));
        assertEquals("compressed", row("P007", "2027-03-22").get("contract"));
        assertEquals("termTime", row("P009", "2027-03-29").get("contract"));
        assertEquals("jobShare", row("P010", "2027-03-22").get("contract"));
        assertEquals("dual", row("P013", "2027-03-22").get("contract"));
    }

    @Test
    void aTermTimeClosedPeriodIsARestDay() {
        assertEquals("REST_DAY", row("P009", "2027-03-29").get("duty"), "Easter holidays are closed");
    }

    @Test
    void leaveRestDaysAndDaysOffAreNamed() {
        assertEquals("LEAVE:ANNUAL", row("P004", "2027-03-30").get("duty"));
        assertEquals("LEAVE:PRIVILEGE", row("P004", "2027-04-03").get("duty"));
        assertEquals("REST_DAY", row("P002", "2027-03-24").get("duty"), "a fixed rest day (Wednesday)");
        assertEquals("REST_DAY", row("P002", "2027-03-31").get("duty"), "an agreed day off");
        Map<String, String> pinnedOff = row("P002", "2027-03-22");
        assertEquals("OFF", pinnedOff.get("duty"));
        assertEquals("", pinnedOff.get("location"));
        assertEquals("0", pinnedOff.get("workedMinutes"));
        assertEquals("true", pinnedOff.get("pinned"));
    }

    @Test
    void aRosterWithNobodyWorkingStillHasEveryPersonDay() {
        List<Map<String, String>> empty = read(RosterCsv.toCsv(RosterBuilder.build(problem)));
        assertEquals(problem.people().size() * problem.days(), empty.size());
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("'=HYPERLINK(\"x\")", RosterCsv.text("=HYPERLINK(\"x\")"));
        assertEquals("'+1", RosterCsv.text("+1"));
        assertEquals("'@SUM(A1)", RosterCsv.text("@SUM(A1)"));
        assertEquals("Jo Bloggs", RosterCsv.text("Jo Bloggs"));
    }

    @Test
    void writesAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("roster.csv");
        RosterCsv.write(roster, file);
        assertEquals(RosterCsv.toCsv(roster), Files.readString(file));
    }

    private Map<String, String> row(String person, String date) {
        return rows.stream()
                .filter(r -> r.get("person").equals(person) && r.get("date").equals(date))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + person + " on " + date));
    }
}
