package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openroster.io.InputAssertions.assertInvalid;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openroster.model.Problem;
import org.openroster.solver.Assignment;
import org.openroster.solver.Roster;
import org.openroster.solver.RosterBuilder;
import org.openroster.testing.TestProblems;
import tools.jackson.databind.JsonNode;

class RosterJsonTest {

    Problem problem;
    Roster roster;
    String json;

    @BeforeEach
    void rosterOfTheWorkedExample() {
        problem = ExampleProblem.read();
        roster = Rosters.alternateDays(problem);
        roster.setScore(HardMediumSoftScore.of(-1, -20, -300));
        json = RosterJson.toJson(roster);
    }

    @Test
    void assignmentsSurviveTheRoundTrip() {
        List<Assignment> read = RosterJson.parseAssignments(json, problem);
        assertFalse(roster.assignments().isEmpty());
        assertEquals(roster.assignments(), read);
        assertEquals(
                roster.assignments(),
                RosterBuilder.withAssignments(problem, read).assignments());
    }

    @Test
    void aRosterOfTheTestFixtureSurvivesTheRoundTripThroughAFile(@TempDir Path dir) {
        Problem small = TestProblems.small(6, 14);
        Roster r = Rosters.alternateDays(small);
        Path file = dir.resolve("roster.json");
        RosterJson.write(r, file);
        assertEquals(r.assignments(), RosterJson.readAssignments(file, small));
    }

    @Test
    void theHeaderNamesTheProblemWindowAndScore() {
        JsonNode tree = JsonEdit.tree(json);
        assertEquals(1, tree.get("formatVersion").intValue());
        assertEquals("hmp-example-2027-03-22", tree.get("problem").stringValue());
        assertEquals("2027-03-22", tree.get("start").stringValue());
        assertEquals(14, tree.get("days").intValue());
        assertEquals("-1hard/-20medium/-300soft", tree.get("score").stringValue());
        assertEquals(roster.assignments().size(), tree.get("assignments").size());
    }

    @Test
    void aNightAcrossTheClockChangeHasItsRealOffsetsAndLength() {
        // 2027-03-27 20:45 GMT to 2027-03-28 07:30 BST is 9h45m; less the 45 minute break, 540 minutes
        Roster r =
                RosterBuilder.withAssignments(problem, List.of(new Assignment("P004", date("2027-03-27"), "N", "A")));
        JsonNode a = JsonEdit.tree(RosterJson.toJson(r)).get("assignments").get(0);
        assertEquals("2027-03-27T20:45:00Z", a.get("start").stringValue());
        assertEquals("2027-03-28T07:30:00+01:00", a.get("end").stringValue());
        assertEquals(540, a.get("workedMinutes").intValue());
        Instant start = OffsetDateTime.parse(a.get("start").stringValue()).toInstant();
        Instant end = OffsetDateTime.parse(a.get("end").stringValue()).toInstant();
        assertEquals(585, java.time.Duration.between(start, end).toMinutes());
    }

    @Test
    void anUnscoredRosterHasNoScore() {
        Roster unscored = RosterBuilder.build(problem);
        assertFalse(JsonEdit.tree(RosterJson.toJson(unscored)).has("score"));
    }

    @Test
    void startEndAndWorkedMinutesAreIgnoredOnRead() {
        String edited =
                JsonEdit.set(JsonEdit.set(json, "/assignments/0/workedMinutes", 1), "/assignments/0/start", "whenever");
        assertEquals(roster.assignments(), RosterJson.parseAssignments(edited, problem));
    }

    @Test
    void aRosterForAnotherProblemIsRefused() {
        assertInvalid(
                () -> RosterJson.parseAssignments(JsonEdit.set(json, "/problem", "hmp-other"), problem),
                "problem (hmp-other)",
                "hmp-example-2027-03-22");
    }

    @Test
    void aRosterForAnotherWindowIsRefused() {
        assertInvalid(
                () -> RosterJson.parseAssignments(JsonEdit.set(json, "/start", "2027-03-29"), problem),
                "start (2027-03-29)");
    }

    @Test
    void anUnknownPersonIsRefused() {
        assertInvalid(
                () -> RosterJson.parseAssignments(JsonEdit.set(json, "/assignments/0/person", "P999"), problem),
                "assignments[0].person (P999) is not a known person");
    }

    @Test
    void aTemplateNotOfferedAtTheLocationIsRefused() {
        assertInvalid(
                () -> RosterJson.parseAssignments(
                        JsonEdit.set(
                                JsonEdit.set(json, "/assignments/0/template", "N"), "/assignments/0/location", "GATE"),
                        problem),
                "assignments[0].template (N) is not offered at location (GATE)");
    }

    @Test
    void aSecondDutyOnADayIsRefused() {
        JsonNode first = JsonEdit.tree(json).get("assignments").get(0);
        String doubled = JsonEdit.set(
                JsonEdit.set(json, "/assignments/1/person", first.get("person").stringValue()),
                "/assignments/1/date",
                first.get("date").stringValue());
        assertInvalid(() -> RosterJson.parseAssignments(doubled, problem), "assignments[1]", "a second duty");
    }

    @Test
    void aDateOutsideTheWindowIsRefused() {
        assertInvalid(
                () -> RosterJson.parseAssignments(JsonEdit.set(json, "/assignments/0/date", "2027-05-01"), problem),
                "assignments[0].date (2027-05-01) is outside the window");
    }

    @Test
    void aBadDateIsRefused() {
        assertInvalid(
                () -> RosterJson.parseAssignments(JsonEdit.set(json, "/assignments/2/date", "tomorrow"), problem),
                "assignments[2].date (tomorrow) is not a date");
    }

    @Test
    void anUnknownPropertyIsRefused() {
        assertInvalid(
                () -> RosterJson.parseAssignments(JsonEdit.set(json, "/assignments/0/shift", "E"), problem),
                "assignments[0].shift is not a known property");
    }

    @Test
    void aBadScoreIsRefused() {
        assertInvalid(
                () -> RosterJson.parseAssignments(JsonEdit.set(json, "/score", "lots"), problem),
                "score (lots)",
                "must be a score");
    }

    @Test
    void missingAssignmentsAreRefused() {
        assertInvalid(
                () -> RosterJson.parseAssignments(JsonEdit.remove(json, "/assignments"), problem),
                "assignments is missing");
    }

    @Test
    void truncatedRosterIsRefused() {
        assertInvalid(
                () -> RosterJson.parseAssignments(json.substring(0, json.length() - 10), problem), "ends too soon");
    }

    @Test
    void theFileIsWrittenWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/roster.json");
        RosterJson.write(roster, file);
        assertEquals(json, Files.readString(file));
        try (var listing = Files.list(file.getParent())) {
            assertEquals(List.of(file), listing.toList(), "no temporary file is left behind");
        }
        assertTrue(json.endsWith("\n") || json.endsWith("\r\n"));
    }

    private static java.time.LocalDate date(String iso) {
        return java.time.LocalDate.parse(iso);
    }
}
