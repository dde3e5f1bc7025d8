package org.openroster.io;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.openroster.model.Contract.YearEndPolicy;
import org.openroster.model.DayType;
import org.openroster.model.Grade;
import org.openroster.model.LeaveKind;
import org.openroster.model.LocationKind;

/**
 * The problem file, format version 1, as records that mirror the JSON one to one (the documented
 * form is {@code problem.schema.json}). Every field is nullable: absence is decided, and defaulted
 * or reported, by {@link ProblemMapper}, which knows the path of each value. Dates, times and zones
 * are kept as text here so that a bad one is reported with its path and value rather than a
 * parser's message.
 */
final class ProblemFormat {

    /** The only format version this reader reads and this writer writes. */
    static final int VERSION = 1;

    private ProblemFormat() {}

    record ProblemFile(
            Integer formatVersion,
            String id,
            EstablishmentJson establishment,
            String start,
            Integer days,
            List<TemplateJson> templates,
            List<ActivityJson> activities,
            List<PersonJson> people,
            RulesJson defaultRules,
            List<LeaveJson> leave,
            List<RequestJson> requests,
            List<PinJson> pins,
            List<SlotDemandJson> slotDemands,
            Map<String, String> constraintWeights,
            List<JobShareJson> jobShares,
            List<RotaLineJson> rotaLines,
            List<ChoiceJson> choices) {}

    record EstablishmentJson(
            String id,
            String name,
            String zone,
            List<LocationJson> locations,
            List<String> skills,
            List<String> publicHolidays,
            WorkingTimeJson workingTime,
            TierWeightsJson tierWeights) {}

    record LocationJson(String id, String name, LocationKind kind) {}

    /** Working Time Regulations figures; {@code preset} picks the base that the other fields override. */
    record WorkingTimeJson(
            String preset,
            Integer referenceWeeks,
            Integer maxAverageWeeklyMinutes,
            Integer nightAverageDailyMinutes,
            String nightStart,
            String nightEnd,
            Integer nightShiftMinutes,
            Integer dailyRestMinutes,
            Integer weeklyRestMinutes,
            Integer fortnightlyRestMinutes,
            Integer breakAfterMinutes,
            Integer breakMinutes,
            Boolean specialCase,
            Integer displacedDailyRestFloorMinutes,
            Integer displacedWeeklyRestFloorMinutes) {}

    record TierWeightsJson(Integer tier1, Integer tier2, Integer tier3) {}

    record TemplateJson(
            String id,
            String name,
            String start,
            String end,
            Integer breakMinutes,
            List<Grade> grades,
            List<String> locations,
            List<String> requiredSkills,
            List<String> cannotBeFollowedBy) {}

    record ActivityJson(
            String id,
            String name,
            String location,
            List<DayType> dayTypes,
            String start,
            String end,
            Integer tier,
            Integer msl,
            Integer sdsol,
            List<LineJson> lines) {}

    record LineJson(List<Grade> grades, String skill, Integer msl, Integer sdsol) {}

    record PersonJson(
            String id,
            String name,
            Grade grade,
            List<String> skills,
            List<String> locations,
            AdjustmentsJson adjustments,
            Boolean optedOut,
            Boolean youngWorker,
            Boolean nightWorker,
            String serviceStart,
            ContractJson contract,
            RulesJson rules,
            List<DayOfWeek> fixedRestDays,
            List<String> daysOff,
            HistoryJson history) {}

    record AdjustmentsJson(
            Boolean noNights, Integer maxShiftMinutes, Boolean noControlAndRestraint, String fixedStart) {}

    /**
     * A contract, told apart by {@code kind} (the model's {@code Contract.kind()}). A new kind is a new
     * record here, a name in {@link JsonSubTypes}, a case in {@link ProblemMapper}'s two switches (the
     * compiler points at both, the interface being sealed) and a definition in the schema.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = FullTimeJson.class, name = "fullTime"),
        @JsonSubTypes.Type(value = PartTimeJson.class, name = "partTime"),
        @JsonSubTypes.Type(value = CompressedJson.class, name = "compressed"),
        @JsonSubTypes.Type(value = AnnualisedJson.class, name = "annualised"),
        @JsonSubTypes.Type(value = TermTimeJson.class, name = "termTime"),
        @JsonSubTypes.Type(value = JobShareContractJson.class, name = "jobShare"),
        @JsonSubTypes.Type(value = MinimumHoursJson.class, name = "minimumHours"),
        @JsonSubTypes.Type(value = DualJson.class, name = "dual")
    })
    sealed interface ContractJson
            permits FullTimeJson,
                    PartTimeJson,
                    CompressedJson,
                    AnnualisedJson,
                    TermTimeJson,
                    JobShareContractJson,
                    MinimumHoursJson,
                    DualJson {}

    record FullTimeJson(Integer weeklyMinutes, Integer maxExtraMinutesPerWeek) implements ContractJson {}

    record PartTimeJson(Integer weeklyMinutes, Integer maxExtraMinutesPerWeek) implements ContractJson {}

    record CompressedJson(Integer daysPerWeek, Integer dayMinutes, Integer maxExtraMinutesPerWeek)
            implements ContractJson {}

    record AnnualisedJson(
            Integer annualMinutes,
            String yearStart,
            Integer reservePercent,
            Integer toleranceMinutes,
            YearEndPolicy yearEnd,
            Integer carryForwardCapMinutes,
            Long creditedToDateMinutes)
            implements ContractJson {}

    /** Annualised hours with closed periods: the annualised fields flat, plus {@code closedPeriods}. */
    record TermTimeJson(
            Integer annualMinutes,
            String yearStart,
            Integer reservePercent,
            Integer toleranceMinutes,
            YearEndPolicy yearEnd,
            Integer carryForwardCapMinutes,
            Long creditedToDateMinutes,
            List<ClosedPeriodJson> closedPeriods)
            implements ContractJson {}

    record ClosedPeriodJson(String from, String to) {}

    record JobShareContractJson(String post, Integer weeklyMinutes, Integer maxExtraMinutesPerWeek)
            implements ContractJson {}

    record MinimumHoursJson(Integer guaranteedMinutesPerWeek, Integer extraCapMinutesPerWeek, Boolean willingForExtra)
            implements ContractJson {}

    record DualJson(List<PostJson> posts) implements ContractJson {}

    /** A post of a dual contract; its contract is of a single kind (not dual, not jobShare). */
    record PostJson(String id, Grade grade, ContractJson contract) {}

    record RulesJson(
            Integer maxConsecutiveDays,
            Integer minConsecutiveDays,
            Integer minConsecutiveDaysOff,
            Integer maxWeekends,
            Map<String, Integer> maxShiftsByTemplate,
            Integer minTotalMinutes,
            Integer maxTotalMinutes,
            Integer preferredMaxConsecutiveDays) {}

    record HistoryJson(List<SpanJson> recentShifts, Long referencePeriodMinutes, Integer referencePeriodDays) {}

    record SpanJson(String start, String end) {}

    record LeaveJson(String person, String from, String to, LeaveKind kind) {}

    record RequestJson(String person, String date, String template, Boolean wanted, Integer weight) {}

    record PinJson(String person, String date, String template, String location) {}

    record JobShareJson(
            String id,
            Integer weeklyMinutes,
            List<DayOfWeek> coverDays,
            Integer handoverMinutes,
            List<String> partners) {}

    record RotaLineJson(String person, String anchor, List<String> cycle) {}

    /** A self-rostering choice: a request to work the template on the date ({@code wanted} is implied). */
    record ChoiceJson(String person, String date, String template, Integer weight) {}

    record SlotDemandJson(
            String date,
            String template,
            String location,
            Integer minimum,
            Integer target,
            Integer underWeight,
            Integer overWeight) {}
}
