package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openroster.model.Contract;
import org.openroster.model.LeaveKind;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.TierWeights;
import org.openroster.model.WorkRules;
import org.openroster.model.WorkingTimeSettings;

/** What the reader makes of the fields and of their absence. */
class ProblemJsonTest {

    static final Problem EXAMPLE = ExampleProblem.read();

    static final String MINIMAL = """
            {
              "formatVersion": 1,
              "id": "minimal",
              "establishment": { "id": "HMP-MIN", "locations": [ { "id": "A" } ] },
              "start": "2027-03-01",
              "days": 7,
              "templates": [ { "id": "E", "start": "07:00", "end": "15:00" } ],
              "people": [ { "id": "P1", "grade": "OFFICER", "contract": { "kind": "fullTime" } } ]
            }
            """;

    @Test
    void absentFieldsTakeTheModelsDefaults() {
        Problem p = ProblemJson.parse(MINIMAL);
        assertEquals(ZoneId.of("Europe/London"), p.establishment().zone());
        assertEquals("HMP-MIN", p.establishment().name());
        assertEquals(WorkingTimeSettings.GB, p.establishment().workingTime());
        assertEquals(TierWeights.DEFAULT, p.establishment().tierWeights());
        assertEquals(0, p.templates().get(0).breakMinutes());
        Person person = p.people().get(0);
        assertEquals(Contract.FullTime.standard(), person.contract());
        assertEquals(WorkRules.DEFAULT, person.rules());
        assertNull(person.name(), "a person has no name unless given (it is personal data)");
        assertFalse(person.optedOut());
        assertTrue(p.leave().isEmpty()
                && p.pins().isEmpty()
                && p.constraintWeights().isEmpty());
    }

    @Test
    void aPresetIsTheBaseThatFieldsOverride() {
        WorkingTimeSettings wt = EXAMPLE.establishment().workingTime();
        assertTrue(wt.specialCase());
        assertEquals(26, wt.referenceWeeks());
        assertEquals(600, wt.displacedDailyRestFloorMinutes(), "overridden from the preset's 480");
        String presetOnly = JsonEdit.set(
                MINIMAL, "/establishment/workingTime", JsonEdit.raw("{\"preset\": \"prisonSpecialCase\"}"));
        assertEquals(
                WorkingTimeSettings.prisonSpecialCase(),
                ProblemJson.parse(presetOnly).establishment().workingTime());
    }

    @Test
    void defaultRulesApplyToEveryoneWithoutTheirOwn() {
        WorkRules defaults = new WorkRules(6, 0, 0, 0, java.util.Map.of(), null, null, 5);
        assertEquals(defaults, person("P001").rules());
        assertEquals(defaults, person("P005").rules());
        WorkRules own = person("P002").rules();
        assertEquals(4, own.maxConsecutiveDays());
        assertEquals(2, own.maxShiftsOf("LD"));
        assertEquals(1800, own.minTotalMinutes());
    }

    @Test
    void contractsOfEachKind() {
        assertEquals(new Contract.FullTime(2220, 240), person("P001").contract());
        assertEquals(new Contract.PartTime(1110, 0), person("P002").contract());
        assertEquals(Contract.FullTime.standard(), person("P003").contract(), "fullTime defaults to 37 h");
        assertEquals(new Contract.FullTime(2340, 0), person("P004").contract(), "39 h on older terms");
        for (Person p : EXAMPLE.people()) {
            String kind = JsonEdit.tree(ProblemJson.toJson(EXAMPLE))
                    .get("people")
                    .get(EXAMPLE.people().indexOf(p))
                    .get("contract")
                    .get("kind")
                    .stringValue();
            assertEquals(p.contract().kind(), kind, "the JSON kind is the model's kind()");
        }
    }

    @Test
    void personalDetailsRestrictionsAndHistory() {
        Person p002 = person("P002");
        assertTrue(p002.adjustments().noNights());
        assertEquals(600, p002.adjustments().maxShiftMinutes());
        assertEquals(LocalTime.of(8, 0), p002.adjustments().fixedStart());
        assertEquals(Set.of(DayOfWeek.WEDNESDAY), p002.fixedRestDays());
        assertEquals(Set.of(LocalDate.of(2027, 3, 31)), p002.daysOff());
        assertTrue(p002.optedOut());
        assertTrue(person("P003").youngWorker());
        assertTrue(person("P004").nightWorker());
        Person p001 = person("P001");
        assertEquals(LocalDate.of(2012, 9, 3), p001.serviceStart());
        assertEquals(2, p001.history().recentShifts().size());
        assertEquals(Instant.parse("2027-03-21T07:30:00Z"), p001.history().lastShiftEnd());
        assertEquals(52_000, p001.history().referencePeriodMinutes());
        assertEquals(150, p001.history().referencePeriodDays());
        assertNull(person("P005").serviceStart());
    }

    @Test
    void leaveRequestsPinsSlotsAndWeights() {
        assertEquals(LeaveKind.ANNUAL, EXAMPLE.leave().get(3).kind(), "kind defaults to ANNUAL");
        assertEquals(LeaveKind.PUBLIC_HOLIDAY_IN_LIEU, EXAMPLE.leave().get(2).kind());
        assertNull(EXAMPLE.requests().get(0).template());
        assertEquals("N", EXAMPLE.requests().get(1).template());
        assertNull(EXAMPLE.pins().get(1).template(), "a pin without template is a day off");
        assertEquals(100, EXAMPLE.slotDemands().get(0).underWeight());
        assertEquals("2hard/0medium/0soft", EXAMPLE.constraintWeights().get("daily-rest"));
        assertEquals(
                Set.of(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29)),
                EXAMPLE.establishment().publicHolidays());
    }

    @Test
    void writingSortsSetsAndMapsSoThatOutputIsStable() {
        String json = ProblemJson.toJson(EXAMPLE);
        var skills = JsonEdit.tree(json).get("people").get(2).get("skills");
        assertEquals(
                List.of("C&R", "FIRST_AID"),
                List.of(skills.get(0).stringValue(), skills.get(1).stringValue()));
        assertEquals(json, ProblemJson.toJson(ProblemJson.parse(json)));
    }

    @Test
    void writingLeavesOutWhatEqualsTheDefaultRules() {
        var people = JsonEdit.tree(ProblemJson.toJson(EXAMPLE)).get("people");
        assertFalse(people.get(0).has("rules"));
        assertNotNull(people.get(1).get("rules"));
    }

    private static Person person(String id) {
        return EXAMPLE.people().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
