package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openroster.audit.AuditReport;
import org.openroster.audit.AuditSummary;
import org.openroster.audit.DayDelivery;
import org.openroster.audit.PersonHours;
import org.openroster.audit.RosterAudit;
import org.openroster.audit.RuleTotal;
import org.openroster.audit.StaffingInterval;
import org.openroster.solver.SolveStats;
import tools.jackson.databind.JsonNode;

class ReportJsonTest {

    static final AuditReport AUDIT = RosterAudit.audit(Rosters.alternateDays(ExampleProblem.read()));

    @Test
    void theAuditHasEveryFieldOfTheSummary() {
        JsonNode summary = JsonEdit.tree(ReportJson.toJson(AUDIT)).get("summary");
        for (RecordComponent c : AuditSummary.class.getRecordComponents()) {
            assertTrue(summary.has(c.getName()), "summary." + c.getName() + " is missing");
        }
        assertEquals(
                AUDIT.summary().hardViolations(), summary.get("hardViolations").intValue());
        assertEquals(AUDIT.summary().score(), summary.get("score").stringValue());
    }

    @Test
    void theSummaryCountsPeopleAndHardViolationsByContractKind() {
        JsonNode summary = JsonEdit.tree(ReportJson.toJson(AUDIT)).get("summary");
        JsonNode contracts = summary.get("contracts");
        assertEquals(RosterAudit.CONTRACT_KINDS, List.copyOf(contracts.propertyNames()), "every kind, in order");
        AUDIT.summary().contracts().forEach((kind, figures) -> {
            assertEquals(figures.people(), contracts.get(kind).get("people").intValue(), kind);
            assertEquals(
                    figures.hardViolations(),
                    contracts.get(kind).get("hardViolations").intValue(),
                    kind);
        });
        assertEquals(2, contracts.get("jobShare").get("people").intValue());
        assertEquals(
                AUDIT.summary().rosteredMinutes(),
                summary.get("rosteredMinutes").longValue());
        assertTrue(AUDIT.summary().rosteredMinutes() > 0);
        assertEquals(
                AUDIT.summary().minimumHoursWriteOffMinutes(),
                summary.get("minimumHoursWriteOffMinutes").longValue());
    }

    @Test
    void theAuditHasTheStaffingOverTimeAtEachLocation() {
        JsonNode staffing = JsonEdit.tree(ReportJson.toJson(AUDIT)).get("staffing");
        assertFalse(AUDIT.staffing().isEmpty());
        assertEquals(AUDIT.staffing().size(), staffing.size());
        for (int i = 0; i < staffing.size(); i++) {
            StaffingInterval expected = AUDIT.staffing().get(i);
            JsonNode s = staffing.get(i);
            for (RecordComponent c : StaffingInterval.class.getRecordComponents()) {
                assertTrue(s.has(c.getName()), "staffing[" + i + "]." + c.getName() + " is missing");
            }
            assertEquals(expected.location(), s.get("location").stringValue());
            assertEquals(expected.start(), Instant.parse(s.get("start").stringValue()));
            assertEquals(expected.end(), Instant.parse(s.get("end").stringValue()));
            assertEquals(expected.staffed(), s.get("staffed").intValue());
            assertEquals(expected.msl(), s.get("msl").intValue());
            assertEquals(expected.sdsol(), s.get("sdsol").intValue());
        }
    }

    @Test
    void theAuditHasEachPersonsHoursAndAnnualisedBalances() {
        JsonNode people = JsonEdit.tree(ReportJson.toJson(AUDIT)).get("people");
        assertEquals(AUDIT.people().size(), people.size());
        assertEquals(ExampleProblem.read().people().size(), people.size(), "one entry per person");
        for (int i = 0; i < people.size(); i++) {
            PersonHours expected = AUDIT.people().get(i);
            JsonNode p = people.get(i);
            assertEquals(expected.person(), p.get("person").stringValue());
            assertEquals(expected.contract(), p.get("contract").stringValue());
            assertEquals(expected.targetMinutes(), p.get("targetMinutes").longValue());
            assertEquals(expected.rosteredMinutes(), p.get("rosteredMinutes").longValue());
            assertEquals(expected.writeOffMinutes(), p.get("writeOffMinutes").longValue());
            for (RecordComponent c : PersonHours.class.getRecordComponents()) {
                boolean present = readValue(c, expected) != null;
                assertEquals(
                        present, p.has(c.getName()), "people[" + i + "]." + c.getName() + ": absent only when null");
            }
        }
        JsonNode annualised = person(people, "P008");
        PersonHours expected = AUDIT.people().stream()
                .filter(h -> h.person().equals("P008"))
                .findFirst()
                .orElseThrow();
        assertEquals("annualised", annualised.get("contract").stringValue());
        assertEquals(expected.balanceMinutes(), annualised.get("balanceMinutes").longValue());
        assertEquals(
                expected.trajectoryMinutes(),
                annualised.get("trajectoryMinutes").longValue());
        assertEquals(
                expected.withinTolerance(), annualised.get("withinTolerance").booleanValue());
        assertFalse(person(people, "P001").has("balanceMinutes"), "no balance for a full-timer");
    }

    private static JsonNode person(JsonNode people, String id) {
        for (JsonNode p : people) {
            if (p.get("person").stringValue().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("No hours of " + id);
    }

    private static Object readValue(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theAuditListsEveryViolationDayAndRule() {
        JsonNode tree = JsonEdit.tree(ReportJson.toJson(AUDIT));
        assertEquals(1, tree.get("formatVersion").intValue());
        assertTrue(AUDIT.violations().size() > 0, "the alternate-day roster breaks some rules");
        assertEquals(AUDIT.violations().size(), tree.get("violations").size());
        assertEquals(14, tree.get("days").size());
        assertEquals(AUDIT.rules().size(), tree.get("rules").size());
        for (RecordComponent c : RuleTotal.class.getRecordComponents()) {
            assertTrue(tree.get("rules").get(0).has(c.getName()), "rules[0]." + c.getName() + " is missing");
        }
        for (RecordComponent c : DayDelivery.class.getRecordComponents()) {
            assertTrue(tree.get("days").get(0).has(c.getName()), "days[0]." + c.getName() + " is missing");
        }
        assertEquals(
                LocalDate.of(2027, 3, 22),
                LocalDate.parse(tree.get("days").get(0).get("date").stringValue()));
    }

    @Test
    void instantsAreIsoText() {
        JsonNode violations = JsonEdit.tree(ReportJson.toJson(AUDIT)).get("violations");
        int withTimes = 0;
        for (int i = 0; i < violations.size(); i++) {
            JsonNode v = violations.get(i);
            assertEquals(AUDIT.violations().get(i).rule(), v.get("rule").stringValue());
            if (AUDIT.violations().get(i).start() != null) {
                assertTrue(v.get("start").isString(), v.toString());
                assertEquals(
                        AUDIT.violations().get(i).start(),
                        Instant.parse(v.get("start").stringValue()));
                withTimes++;
            }
        }
        assertTrue(withTimes > 0, "some violation has a time");
    }

    @Test
    void solveStatsHaveTheFiguresADashboardReads() {
        SolveStats stats = new SolveStats(12.5, 3.25, "0hard/-10medium/-200soft", 1000, 2000, 12_000, 512);
        JsonNode tree = JsonEdit.tree(ReportJson.toJson(stats));
        assertEquals(1, tree.get("formatVersion").intValue());
        assertEquals(12.5, tree.get("secondsSpent").doubleValue());
        assertEquals(3.25, tree.get("secondsToFirstFeasible").doubleValue());
        assertEquals("0hard/-10medium/-200soft", tree.get("bestScore").stringValue());
        assertEquals(1000, tree.get("scoreCalculationSpeed").longValue());
        assertEquals(2000, tree.get("moveEvaluationSpeed").longValue());
        assertEquals(12_000, tree.get("scoreCalculationCount").longValue());
        assertEquals(512, tree.get("peakHeapMb").longValue());
        for (RecordComponent c : SolveStats.class.getRecordComponents()) {
            assertTrue(tree.has(c.getName()), c.getName() + " is missing");
        }
    }

    @Test
    void bothAreWrittenToFiles(@TempDir Path dir) throws Exception {
        ReportJson.write(AUDIT, dir.resolve("audit.json"));
        SolveStats stats = new SolveStats(1, -1, "-1hard/0medium/0soft", 1, 1, 1, 1);
        ReportJson.write(stats, dir.resolve("stats.json"));
        assertEquals(ReportJson.toJson(AUDIT), Files.readString(dir.resolve("audit.json")));
        assertEquals(ReportJson.toJson(stats), Files.readString(dir.resolve("stats.json")));
    }
}
