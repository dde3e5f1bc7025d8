package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openroster.audit.RosterAudit;
import org.openroster.model.Contract;
import org.openroster.model.Grade;
import org.openroster.model.JobSharePost;
import org.openroster.model.LeaveKind;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.Request;
import org.openroster.model.RotaLine;
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
    void contractsOfFlexibleWorking() {
        assertEquals(new Contract.Compressed(4, 555, 60), person("P007").contract());
        assertEquals(
                new Contract.Annualised(
                        115_740,
                        LocalDate.of(2026, 10, 1),
                        10,
                        600,
                        Contract.YearEndPolicy.CARRY_FORWARD,
                        2220,
                        48_500),
                person("P008").contract());
        assertEquals(
                new Contract.TermTime(
                        new Contract.Annualised(
                                90_000, LocalDate.of(2026, 9, 1), 0, 480, Contract.YearEndPolicy.PAY, 0, 58_300),
                        List.of(
                                new Contract.ClosedPeriod(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 4, 9)),
                                new Contract.ClosedPeriod(LocalDate.of(2027, 7, 22), LocalDate.of(2027, 8, 31)))),
                person("P009").contract());
        assertEquals(new Contract.JobShare("JS-B1", 1332, 120), person("P010").contract());
        assertEquals(new Contract.JobShare("JS-B1", 888, 0), person("P011").contract(), "no extra by default");
        assertEquals(new Contract.MinimumHours(960, 480, true), person("P012").contract());
        assertEquals(
                new Contract.Dual(List.of(
                        new Contract.Post("osg", Grade.OSG, new Contract.PartTime(1110, 0)),
                        new Contract.Post("officer", Grade.OFFICER, new Contract.PartTime(900, 60)))),
                person("P013").contract());
        assertEquals(
                ProblemSchemaTest.CONTRACT_KINDS,
                EXAMPLE.people().stream()
                        .map(p -> p.contract().kind())
                        .distinct()
                        .toList(),
                "the worked example has a contract of every kind, in the order they are declared");
    }

    @Test
    void absentFieldsOfFlexibleContractsTakeTheirDefaults() {
        String annualised = JsonEdit.set(
                MINIMAL,
                "/people/0/contract",
                JsonEdit.raw("{\"kind\": \"annualised\", \"annualMinutes\": 115740, \"yearStart\": \"2027-04-01\","
                        + " \"toleranceMinutes\": 600}"));
        assertEquals(
                new Contract.Annualised(
                        115_740, LocalDate.of(2027, 4, 1), 0, 600, Contract.YearEndPolicy.CARRY_FORWARD, 0, 0),
                ProblemJson.parse(annualised).people().get(0).contract());
        String minimum = JsonEdit.set(
                MINIMAL,
                "/people/0/contract",
                JsonEdit.raw("{\"kind\": \"minimumHours\", \"guaranteedMinutesPerWeek\": 960}"));
        assertEquals(
                new Contract.MinimumHours(960, 0, false),
                ProblemJson.parse(minimum).people().get(0).contract(),
                "no extra hours unless willing");
        Problem p = ProblemJson.parse(MINIMAL);
        assertTrue(p.jobShares().isEmpty()
                && p.rotaLines().isEmpty()
                && p.choices().isEmpty());
    }

    @Test
    void jobSharesRotaLinesAndChoices() {
        JobSharePost post = EXAMPLE.jobShares().get(0);
        assertEquals("JS-B1", post.id());
        assertEquals(2220, post.weeklyMinutes());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), EnumSet.copyOf(post.coverDays()));
        assertEquals(30, post.handoverMinutes());
        assertEquals(List.of("P010", "P011"), post.partners());
        RotaLine line = EXAMPLE.rotaLines().get(0);
        assertEquals("P003", line.person());
        assertEquals("E@GATE", line.entryOn(LocalDate.of(2027, 3, 22)));
        assertEquals(RotaLine.OFF, line.entryOn(LocalDate.of(2027, 3, 28)));
        assertEquals("E@GATE", line.entryOn(LocalDate.of(2027, 3, 29)), "the cycle repeats");
        assertEquals(
                new Request("P007", LocalDate.of(2027, 3, 23), "C", true, 3),
                EXAMPLE.choices().get(0));
        assertEquals(2, EXAMPLE.choices().size());
    }

    @Test
    void theFormatsContractKindsAreTheModelsAndTheAuditsKinds() {
        assertEquals(ProblemSchemaTest.CONTRACT_KINDS, RosterAudit.CONTRACT_KINDS);
        List<String> named = java.util.Arrays.stream(ProblemFormat.ContractJson.class
                        .getAnnotation(JsonSubTypes.class)
                        .value())
                .map(JsonSubTypes.Type::name)
                .toList();
        assertEquals(ProblemSchemaTest.CONTRACT_KINDS, named);
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
