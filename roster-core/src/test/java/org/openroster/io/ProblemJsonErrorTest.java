package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openroster.io.InputAssertions.assertInvalid;
import static org.openroster.io.InputAssertions.assertInvalidProblem;
import static org.openroster.io.JsonEdit.raw;
import static org.openroster.io.JsonEdit.remove;
import static org.openroster.io.JsonEdit.set;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of bad input: each edits one field of the worked example (which is valid) and
 * asserts that reading fails with a one-line message naming the field's path and the value.
 */
class ProblemJsonErrorTest {

    static final String EXAMPLE = ExampleProblem.text();

    @Test
    void theUneditedExampleIsValid() {
        assertEquals("hmp-example-2027-03-22", ProblemJson.parse(EXAMPLE).id());
    }

    @Nested
    class NotJson {
        @Test
        void textThatIsNotJson() {
            assertInvalidProblem("this is not JSON", "not valid JSON", "line 1, column 1");
        }

        @Test
        void truncatedJson() {
            assertInvalidProblem(EXAMPLE.substring(0, EXAMPLE.length() / 2), "ends too soon", "truncated");
        }

        @Test
        void truncatedAfterAComma() {
            assertInvalidProblem("{\"formatVersion\": 1,", "ends too soon", "line 1");
        }

        @Test
        void emptyInput() {
            assertInvalidProblem("  \n", "empty");
        }

        @Test
        void anArrayInsteadOfAnObject() {
            assertInvalidProblem("[1, 2]", "top level", "must be a JSON object", "not an array");
        }

        @Test
        void textAfterTheDocument() {
            assertInvalidProblem(EXAMPLE + " }", "not valid JSON");
        }

        @Test
        void aPropertyGivenTwice() {
            assertInvalidProblem(
                    EXAMPLE.replaceFirst("\"days\": 14,", "\"days\": 14, \"days\": 15,"), "days", "Duplicate");
        }

        @Test
        void aMissingFileIsInvalidInputToo(@TempDir Path dir) {
            Path missing = dir.resolve("nowhere.json");
            assertInvalid(() -> ProblemJson.read(missing), "nowhere.json", "does not exist");
        }
    }

    @Nested
    class MissingFields {
        @Test
        void anEmptyObject() {
            assertInvalidProblem("{}", "formatVersion is missing");
        }

        @Test
        void onlyTheFormatVersion() {
            assertInvalidProblem("{\"formatVersion\": 1}", "id is missing");
        }

        @Test
        void aMissingGradeOfAPerson() {
            assertInvalidProblem(remove(EXAMPLE, "/people/2/grade"), "people[2].grade is missing");
        }

        @Test
        void aMissingContract() {
            assertInvalidProblem(remove(EXAMPLE, "/people/4/contract"), "people[4].contract is missing");
        }

        @Test
        void aMissingEstablishmentId() {
            assertInvalidProblem(remove(EXAMPLE, "/establishment/id"), "establishment.id is missing");
        }

        @Test
        void aMissingTemplateStart() {
            assertInvalidProblem(remove(EXAMPLE, "/templates/3/start"), "templates[3].start is missing");
        }

        @Test
        void aMissingContractKind() {
            assertInvalidProblem(
                    remove(EXAMPLE, "/people/1/contract/kind"),
                    "people[1].contract.kind is missing",
                    "fullTime, partTime");
        }

        @Test
        void aBlankId() {
            assertInvalidProblem(set(EXAMPLE, "/people/0/id", " "), "people[0].id ( ) must not be blank");
        }

        @Test
        void anUnsupportedFormatVersion() {
            assertInvalidProblem(set(EXAMPLE, "/formatVersion", 2), "formatVersion (2)", "not supported");
        }
    }

    @Nested
    class WrongTypes {
        @Test
        void aNumberGivenAsText() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/0/contract/weeklyMinutes", "2220"),
                    "people[0].contract.weeklyMinutes (\"2220\")",
                    "must be a whole number");
        }

        @Test
        void aFractionForAWholeNumber() {
            assertInvalidProblem(set(EXAMPLE, "/days", 14.5), "days (14.5)", "whole number");
        }

        @Test
        void aNumberTooLarge() {
            assertInvalidProblem(set(EXAMPLE, "/days", 99_999_999_999L), "days (99999999999)", "out of range");
        }

        @Test
        void textForAFlag() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/1/optedOut", "yes"), "people[1].optedOut (\"yes\")", "true or false");
        }

        @Test
        void aNumberForText() {
            assertInvalidProblem(set(EXAMPLE, "/templates/0/name", 7), "templates[0].name (7)", "must be a string");
        }

        @Test
        void textForAList() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/0/skills", "C&R"), "people[0].skills (\"C&R\")", "must be an array");
        }

        @Test
        void aListForAnObject() {
            assertInvalidProblem(
                    set(EXAMPLE, "/establishment/tierWeights", List.of(1, 2, 3)),
                    "establishment.tierWeights ([1,2,3])",
                    "must be an object");
        }

        @Test
        void aNullInAList() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/0/skills", raw("[\"C&R\", null]")), "people[0].skills[1] must not be null");
        }

        @Test
        void anUnknownEnumValue() {
            assertInvalidProblem(set(EXAMPLE, "/people/2/grade", "GUARD"), "people[2].grade (GUARD)", "OSG, OFFICER");
        }

        @Test
        void anEnumGivenByNumber() {
            assertInvalidProblem(set(EXAMPLE, "/people/2/grade", 1), "people[2].grade (1)", "must be one of");
        }

        @Test
        void anUnknownContractKind() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/0/contract/kind", "zeroHours"),
                    "people[0].contract.kind (zeroHours) is not a known kind",
                    "fullTime, partTime, compressed, annualised, termTime, jobShare, minimumHours, dual");
        }

        @Test
        void anUnknownWorkingTimePreset() {
            assertInvalidProblem(
                    set(EXAMPLE, "/establishment/workingTime/preset", "EU"),
                    "establishment.workingTime.preset (EU)",
                    "GB, prisonSpecialCase");
        }
    }

    @Nested
    class UnknownProperties {
        @Test
        void aTypoAtTheTopLevel() {
            assertInvalidProblem(set(EXAMPLE, "/dayz", 14), "dayz is not a known property", "Maybe days");
        }

        @Test
        void aTypoInAContract() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/1/contract/weeklyMinute", 600),
                    "people[1].contract.weeklyMinute is not a known property",
                    "Maybe weeklyMinutes");
        }

        @Test
        void aPropertyOfAnotherContractKind() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/1/contract/annualMinutes", 90_000),
                    "people[1].contract.annualMinutes is not a known property");
        }

        @Test
        void aPropertyFarFromAnyKnown() {
            assertInvalidProblem(
                    set(EXAMPLE, "/establishment/workingTime/overtimeRate", 22),
                    "establishment.workingTime.overtimeRate is not a known property",
                    "Known properties here",
                    "dailyRestMinutes");
        }
    }

    @Nested
    class BadDatesTimesAndZones {
        @Test
        void aDateThatDoesNotExist() {
            assertInvalidProblem(set(EXAMPLE, "/start", "2027-02-30"), "start (2027-02-30)", "not a date");
        }

        @Test
        void aDateInAnotherFormat() {
            assertInvalidProblem(
                    set(EXAMPLE, "/leave/0/from", "29/03/2027"), "leave[0].from (29/03/2027)", "not a date");
        }

        @Test
        void aDateInAList() {
            assertInvalidProblem(
                    set(EXAMPLE, "/establishment/publicHolidays/1", "Easter Monday"),
                    "establishment.publicHolidays[1] (Easter Monday)",
                    "not a date");
        }

        @Test
        void aTimeOutOfRange() {
            assertInvalidProblem(set(EXAMPLE, "/templates/1/end", "25:00"), "templates[1].end (25:00)", "not a time");
        }

        @Test
        void aTimeInWords() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/1/adjustments/fixedStart", "8am"),
                    "people[1].adjustments.fixedStart (8am)",
                    "not a time");
        }

        @Test
        void anUnknownZone() {
            assertInvalidProblem(
                    set(EXAMPLE, "/establishment/zone", "Mars/Olympus"),
                    "establishment.zone (Mars/Olympus)",
                    "not a time zone");
        }

        @Test
        void aDateTimeWithoutOffset() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/0/history/recentShifts/1/start", "2027-03-20T20:45"),
                    "people[0].history.recentShifts[1].start (2027-03-20T20:45)",
                    "offset");
        }
    }

    @Nested
    class NegativeDurations {
        @Test
        void negativeWeeklyMinutes() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/0/contract/weeklyMinutes", -60),
                    "people[0].contract.weeklyMinutes (-60)",
                    "must be > 0");
        }

        @Test
        void negativeBreak() {
            assertInvalidProblem(
                    set(EXAMPLE, "/templates/1/breakMinutes", -5), "templates[1].breakMinutes (-5)", ">= 0");
        }

        @Test
        void negativeDailyRest() {
            assertInvalidProblem(
                    set(EXAMPLE, "/establishment/workingTime/dailyRestMinutes", -1),
                    "establishment.workingTime.dailyRestMinutes (-1)",
                    ">= 0");
        }

        @Test
        void negativeReferencePeriodMinutes() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/0/history/referencePeriodMinutes", -1),
                    "people[0].history.referencePeriodMinutes (-1)");
        }

        @Test
        void negativeMaxShiftsOfATemplate() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/1/rules/maxShiftsByTemplate/LD", -2),
                    "people[1].rules.maxShiftsByTemplate.LD (-2)");
        }

        @Test
        void aBreakAsLongAsTheShift() {
            assertInvalidProblem(
                    set(EXAMPLE, "/templates/0/breakMinutes", 330),
                    "templates[0].breakMinutes (330)",
                    "shorter than the shift");
        }

        @Test
        void zeroDays() {
            assertInvalidProblem(set(EXAMPLE, "/days", 0), "days (0)", "must be > 0");
        }

        @Test
        void aTierOutOfRange() {
            assertInvalidProblem(set(EXAMPLE, "/activities/2/tier", 4), "activities[2].tier (4)");
        }

        @Test
        void anMslAboveTheSdsol() {
            assertInvalidProblem(set(EXAMPLE, "/activities/0/msl", 6), "activities[0].msl (6)", "sdsol (5)");
        }
    }

    @Nested
    class EndBeforeStart {
        @Test
        void leaveEndingBeforeItStarts() {
            assertInvalidProblem(
                    set(EXAMPLE, "/leave/0/to", "2027-03-28"), "leave[0].to (2027-03-28)", "before from (2027-03-29)");
        }

        @Test
        void aPastShiftEndingBeforeItStarts() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/0/history/recentShifts/0/end", "2027-03-19T20:00:00Z"),
                    "people[0].history.recentShifts[0].end (2027-03-19T20:00:00Z)",
                    "before its start");
        }

        @Test
        void minimumHoursAboveMaximum() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/1/rules/minTotalMinutes", 3000),
                    "people[1].rules.minTotalMinutes (3000)",
                    "maxTotalMinutes (2700)");
        }
    }

    @Nested
    class DuplicateIds {
        @Test
        void aPersonIdUsedTwice() {
            assertInvalidProblem(set(EXAMPLE, "/people/3/id", "P001"), "people[3].id (P001) is used more than once");
        }

        @Test
        void aTemplateIdUsedTwice() {
            assertInvalidProblem(set(EXAMPLE, "/templates/1/id", "E"), "templates[1].id (E) is used more than once");
        }

        @Test
        void aLocationIdUsedTwice() {
            assertInvalidProblem(
                    set(EXAMPLE, "/establishment/locations/1/id", "A"),
                    "establishment.locations[1].id (A) is used more than once");
        }

        @Test
        void aSkillListedTwice() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/3/skills", List.of("C&R", "C&R")),
                    "people[3].skills[1] (C&R) is listed twice");
        }
    }

    @Nested
    class UnknownReferences {
        @Test
        void leaveOfNobody() {
            assertInvalidProblem(
                    set(EXAMPLE, "/leave/0/person", "P999"), "leave[0].person (P999) is not a known person");
        }

        @Test
        void aPinToAnUnknownTemplate() {
            assertInvalidProblem(
                    set(EXAMPLE, "/pins/0/template", "XX"), "pins[0].template (XX) is not a known template");
        }

        @Test
        void anActivityAtAnUnknownLocation() {
            assertInvalidProblem(
                    set(EXAMPLE, "/activities/1/location", "C"),
                    "activities[1]",
                    ".location (C) is not a known location");
        }

        @Test
        void aRuleForAnUnknownTemplate() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/1/rules/maxShiftsByTemplate", Map.of("XX", 1)),
                    "people[1]",
                    ".rules.maxShiftsByTemplate (XX) is not a known template");
        }

        @Test
        void aWeightForAnUnknownConstraint() {
            assertInvalidProblem(
                    set(EXAMPLE, "/constraintWeights", Map.of("dayly-rest", "1soft")),
                    "constraintWeights.dayly-rest (dayly-rest) is not a known constraint id",
                    "daily-rest");
        }

        @Test
        void aWeightThatIsNotAScore() {
            assertInvalidProblem(
                    set(EXAMPLE, "/constraintWeights", Map.of("daily-rest", "lots")),
                    "constraintWeights.daily-rest (lots) is not a score");
        }

        @Test
        void aPinWithATemplateButNoLocation() {
            assertInvalidProblem(remove(EXAMPLE, "/pins/0/location"), "pins[0].location is missing");
        }
    }

    /** The contract kinds of flexible working, job share posts, rota lines and self-rostering choices. */
    @Nested
    class FlexibleWorking {
        static final String COMPRESSED = "/people/6/contract";
        static final String ANNUALISED = "/people/7/contract";
        static final String TERM_TIME = "/people/8/contract";
        static final String JOB_SHARE = "/people/9/contract";
        static final String MINIMUM_HOURS = "/people/11/contract";
        static final String DUAL = "/people/12/contract";

        @Test
        void anUnknownKindOfADualContractsPost() {
            assertInvalidProblem(
                    set(EXAMPLE, DUAL + "/posts/1/contract/kind", "casual"),
                    "people[12].contract.posts[1].contract.kind (casual) is not a known kind",
                    "Maybe one of fullTime");
        }

        @Test
        void negativeDayMinutes() {
            assertInvalidProblem(
                    set(EXAMPLE, COMPRESSED + "/dayMinutes", -5), "people[6].contract.dayMinutes (-5) must be > 0.");
        }

        @Test
        void aCompressedWeekOfSevenDays() {
            assertInvalidProblem(
                    set(EXAMPLE, COMPRESSED + "/daysPerWeek", 7), "people[6].contract.daysPerWeek (7) must be 1 to 6");
        }

        @Test
        void aCompressedContractWithoutItsDayLength() {
            assertInvalidProblem(
                    remove(EXAMPLE, COMPRESSED + "/dayMinutes"), "people[6].contract.dayMinutes is missing");
        }

        @Test
        void aReserveOfTheWholeYear() {
            assertInvalidProblem(
                    set(EXAMPLE, ANNUALISED + "/reservePercent", 100),
                    "people[7].contract.reservePercent (100) must be 0 to 99");
        }

        @Test
        void anAnnualisedContractWithoutItsTolerance() {
            assertInvalidProblem(
                    remove(EXAMPLE, ANNUALISED + "/toleranceMinutes"),
                    "people[7].contract.toleranceMinutes is missing");
        }

        @Test
        void aNegativeBalanceBroughtForward() {
            assertInvalidProblem(
                    set(EXAMPLE, ANNUALISED + "/creditedToDateMinutes", -60),
                    "people[7].contract.creditedToDateMinutes (-60) must be >= 0");
        }

        @Test
        void anUnknownYearEndPolicy() {
            assertInvalidProblem(
                    set(EXAMPLE, ANNUALISED + "/yearEnd", "BANK"),
                    "people[7].contract.yearEnd (BANK)",
                    "CARRY_FORWARD, PAY, WRITE_OFF");
        }

        @Test
        void aYearStartThatIsNotADate() {
            assertInvalidProblem(
                    set(EXAMPLE, ANNUALISED + "/yearStart", "April"),
                    "people[7].contract.yearStart (April) is not a date");
        }

        @Test
        void aClosedPeriodEndingBeforeItStarts() {
            assertInvalidProblem(
                    set(EXAMPLE, TERM_TIME + "/closedPeriods/0/to", "2027-03-28"),
                    "people[8].contract.closedPeriods[0].to (2027-03-28) is before from (2027-03-29)");
        }

        @Test
        void closedPeriodsThatOverlap() {
            assertInvalidProblem(
                    set(EXAMPLE, TERM_TIME + "/closedPeriods/1/from", "2027-04-09"),
                    "people[8].contract.closedPeriods[1] (2027-04-09 to 2027-08-31) overlaps closedPeriods[0]"
                            + " (2027-03-29 to 2027-04-09)");
        }

        @Test
        void aClosedPeriodOnAnAnnualisedContract() {
            assertInvalidProblem(
                    set(EXAMPLE, ANNUALISED + "/closedPeriods", List.of()),
                    "people[7].contract.closedPeriods is not a known property");
        }

        @Test
        void aMinimumHoursContractWithoutAGuarantee() {
            assertInvalidProblem(
                    set(EXAMPLE, MINIMUM_HOURS + "/guaranteedMinutesPerWeek", 0),
                    "people[11].contract.guaranteedMinutesPerWeek (0) must be > 0");
        }

        @Test
        void willingnessGivenAsText() {
            assertInvalidProblem(
                    set(EXAMPLE, MINIMUM_HOURS + "/willingForExtra", "yes"),
                    "people[11].contract.willingForExtra (\"yes\") must be true or false");
        }

        @Test
        void aNegativeMinutesOfADualContractsPost() {
            assertInvalidProblem(
                    set(EXAMPLE, DUAL + "/posts/1/contract/weeklyMinutes", -5),
                    "people[12].contract.posts[1].contract.weeklyMinutes (-5) must be > 0.");
        }

        @Test
        void aDualPostWithADualContract() {
            assertInvalidProblem(
                    set(EXAMPLE, DUAL + "/posts/1/contract", raw("{\"kind\": \"dual\", \"posts\": []}")),
                    "people[12].contract.posts[1].contract.kind (dual) is not allowed for a post of a dual contract",
                    "Maybe one of fullTime, partTime, compressed, annualised, termTime, minimumHours.");
        }

        @Test
        void aDualPostWithAJobShare() {
            assertInvalidProblem(
                    set(
                            EXAMPLE,
                            DUAL + "/posts/0/contract",
                            raw("{\"kind\": \"jobShare\", \"post\": \"JS-B1\", \"weeklyMinutes\": 600}")),
                    "people[12].contract.posts[0].contract.kind (jobShare) is not allowed");
        }

        @Test
        void aDualContractOfOnePost() {
            String json = set(
                    EXAMPLE,
                    DUAL + "/posts",
                    raw("[{\"id\": \"osg\", \"grade\": \"OSG\", \"contract\": {\"kind\": \"fullTime\"}}]"));
            assertInvalidProblem(json, "people[12].contract.posts ([osg]) must list at least two posts");
        }

        @Test
        void twoPostsWithOneId() {
            assertInvalidProblem(
                    set(EXAMPLE, DUAL + "/posts/1/id", "osg"),
                    "people[12].contract.posts[1].id (osg) is used more than once");
        }

        @Test
        void aPostWithoutAGrade() {
            assertInvalidProblem(
                    remove(EXAMPLE, DUAL + "/posts/1/grade"), "people[12].contract.posts[1].grade is missing");
        }

        @Test
        void aDualContractHoldersGradeOfNoPost() {
            assertInvalidProblem(
                    set(EXAMPLE, "/people/12/grade", "CUSTODIAL_MANAGER"),
                    "people[12] (P013).grade (CUSTODIAL_MANAGER) is not the grade of any of their dual contract's posts");
        }

        @Test
        void aJobSharePartnerWhoIsNobody() {
            assertInvalidProblem(
                    set(EXAMPLE, "/jobShares/0/partners/1", "P999"),
                    "jobShares[0] (JS-B1).partners (P999) is not a known person.");
        }

        @Test
        void partnersMinutesNotAddingUpToThePosts() {
            assertInvalidProblem(
                    set(EXAMPLE, "/jobShares/0/weeklyMinutes", 2400),
                    "jobShares[0] (JS-B1).weeklyMinutes (2400) is not what the partners' contracts add up to (2220).");
        }

        @Test
        void aJobShareOfOnePerson() {
            assertInvalidProblem(
                    set(EXAMPLE, "/jobShares/0/partners", List.of("P010")),
                    "jobShares[0].partners ([P010]) must name at least two people");
        }

        @Test
        void aPartnerNamedTwice() {
            assertInvalidProblem(
                    set(EXAMPLE, "/jobShares/0/partners", List.of("P010", "P011", "P010")),
                    "jobShares[0].partners[2] (P010) is listed twice");
        }

        @Test
        void aPartnerWithoutAJobShareContract() {
            assertInvalidProblem(
                    set(EXAMPLE, "/jobShares/0/partners", List.of("P010", "P011", "P001")),
                    "jobShares[0] (JS-B1).partners (P001) needs a jobShare contract of this post, not a fullTime contract.");
        }

        @Test
        void aJobShareContractOfAnUnknownPost() {
            InvalidInputException e = assertInvalidProblem(
                    set(EXAMPLE, JOB_SHARE + "/post", "JS-X"), "jobShares[0] (JS-B1).partners (P010)");
            assertTrue(
                    e.errors()
                            .contains("people[9] (P010).contract.post (JS-X) is not a job share post naming this"
                                    + " person as a partner."),
                    e.errors().toString());
        }

        @Test
        void aNegativeHandover() {
            assertInvalidProblem(
                    set(EXAMPLE, "/jobShares/0/handoverMinutes", -15),
                    "jobShares[0].handoverMinutes (-15) must be >= 0");
        }

        @Test
        void aCoverDayThatIsNotADay() {
            assertInvalidProblem(
                    set(EXAMPLE, "/jobShares/0/coverDays/0", "MON"), "jobShares[0].coverDays[0] (MON)", "MONDAY");
        }

        @Test
        void aMalformedRotaEntry() {
            assertInvalidProblem(
                    set(EXAMPLE, "/rotaLines/0/cycle/2", "L-VISITS"),
                    "rotaLines[0].cycle[2] (L-VISITS) must be \"template@location\" (e.g. \"E@A\") or \"OFF\".");
        }

        @Test
        void aRotaEntryWithTwoLocations() {
            assertInvalidProblem(
                    set(EXAMPLE, "/rotaLines/0/cycle/0", "E@GATE@A"), "rotaLines[0].cycle[0] (E@GATE@A) must be");
        }

        @Test
        void aRestDayInLowerCase() {
            assertInvalidProblem(
                    set(EXAMPLE, "/rotaLines/0/cycle/4", "off"),
                    "rotaLines[0].cycle[4] (off) must be",
                    "Maybe \"OFF\".");
        }

        @Test
        void aRotaEntryNamingAnUnknownTemplate() {
            assertInvalidProblem(
                    set(EXAMPLE, "/rotaLines/0/cycle/0", "XX@GATE"),
                    "rotaLines[0].cycle[0] (XX) is not a known template.");
        }

        @Test
        void aRotaEntryNamingAnUnknownLocation() {
            assertInvalidProblem(
                    set(EXAMPLE, "/rotaLines/0/cycle/0", "E@C"), "rotaLines[0].cycle[0] (C) is not a known location.");
        }

        @Test
        void aRotaEntryOfATemplateNotOfferedThere() {
            assertInvalidProblem(
                    set(EXAMPLE, "/rotaLines/0/cycle/0", "LD@GATE"),
                    "rotaLines[0].cycle[0] (LD@GATE) is a template not offered at that location.");
        }

        @Test
        void anEmptyRotaCycle() {
            assertInvalidProblem(
                    set(EXAMPLE, "/rotaLines/0/cycle", List.of()), "rotaLines[0].cycle ([]) must list at least one");
        }

        @Test
        void aSecondRotaLineForOnePerson() {
            String json = set(
                    EXAMPLE,
                    "/rotaLines",
                    raw("[{\"person\": \"P003\", \"anchor\": \"2027-03-22\", \"cycle\": [\"OFF\"]},"
                            + " {\"person\": \"P003\", \"anchor\": \"2027-03-23\", \"cycle\": [\"OFF\"]}]"));
            assertInvalidProblem(json, "rotaLines[1] is a second rota line for person (P003).");
        }

        @Test
        void aRotaLineOfNobody() {
            assertInvalidProblem(
                    set(EXAMPLE, "/rotaLines/0/person", "P999"), "rotaLines[0].person (P999) is not a known person.");
        }

        @Test
        void aChoiceWithoutATemplate() {
            assertInvalidProblem(
                    remove(EXAMPLE, "/choices/0/template"),
                    "choices[0].template is missing: a self-rostering choice names the template chosen.");
        }

        @Test
        void aChoiceOfAnUnknownTemplate() {
            assertInvalidProblem(
                    set(EXAMPLE, "/choices/0/template", "XX"), "choices[0].template (XX) is not a known template.");
        }

        @Test
        void aChoiceOutsideTheWindow() {
            assertInvalidProblem(
                    set(EXAMPLE, "/choices/1/date", "2027-04-05"),
                    "choices[1].date (2027-04-05) is outside the window 2027-03-22 to 2027-04-04.");
        }

        @Test
        void aChoiceNotToWork() {
            assertInvalidProblem(
                    set(EXAMPLE, "/choices/0/wanted", false),
                    "choices[0].wanted is not a known property",
                    "Known properties here: [date, person, template, weight].");
        }
    }

    @Nested
    class OverlappingLeave {
        @Test
        void twoSpellsOfLeaveSharingADay() {
            assertInvalidProblem(
                    set(EXAMPLE, "/leave/1/from", "2027-04-02"),
                    "leave[1] (2027-04-02 to 2027-04-03) of person (P004) overlaps their leave from 2027-03-29 to"
                            + " 2027-04-02");
        }
    }

    @Nested
    class SeveralProblems {
        @Test
        void theFirstIsReportedAndTheRestCountedAndKept() {
            String json = set(
                    set(set(EXAMPLE, "/leave/0/person", "P998"), "/leave/2/person", "P999"), "/pins/0/template", "XX");
            InvalidInputException e = assertInvalidProblem(json, "leave[0].person (P998)", "(and 2 more)");
            assertEquals(3, e.errors().size(), e.errors().toString());
            assertTrue(
                    e.errors().get(1).contains("leave[2].person (P999)"),
                    e.errors().toString());
            assertTrue(
                    e.errors().get(2).contains("pins[0].template (XX)"),
                    e.errors().toString());
        }

        @Test
        void aLineBreakInAValueDoesNotBreakTheLine() {
            assertInvalidProblem(set(EXAMPLE, "/leave/0/person", "P9\n99"), "leave[0].person (P9", "99)");
        }
    }
}
