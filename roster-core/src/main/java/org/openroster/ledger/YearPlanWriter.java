package org.openroster.ledger;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openroster.model.Checks;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link YearPlan}: {@code ledgers.json} ({@link LedgerJson}), {@code annual-summary.json}
 * (one object per window, one per annualised or term-time person, one per person, totals), one CSV
 * statement per person under {@code statements/} and {@code year-report.html} ({@link YearReport}).
 * Every file is written whole or not at all (a temporary file moved into place).
 */
public final class YearPlanWriter {

    public static final String LEDGERS = "ledgers.json";
    public static final String ANNUAL_SUMMARY = "annual-summary.json";
    public static final String STATEMENTS = "statements";
    public static final String YEAR_REPORT = "year-report.html";

    private YearPlanWriter() {}

    /** Writes every output into {@code dir} (created if need be). */
    public static void writeAll(YearPlan plan, Path dir) {
        Checks.notNull(plan, "plan");
        Checks.notNull(dir, "dir");
        writeLedgers(plan.ledgers(), dir.resolve(LEDGERS));
        writeAnnualSummary(plan, dir.resolve(ANNUAL_SUMMARY));
        writeStatements(plan, dir.resolve(STATEMENTS));
        writeYearReport(plan, dir.resolve(YEAR_REPORT));
    }

    public static void writeLedgers(LedgerBook book, Path file) {
        AtomicWrite.write(file, LedgerJson.write(book));
    }

    public static void writeAnnualSummary(YearPlan plan, Path file) {
        AtomicWrite.write(file, annualSummaryJson(plan));
    }

    /** One CSV statement per person in {@code dir}, named after the person's id. */
    public static void writeStatements(YearPlan plan, Path dir) {
        statementFiles(plan.ledgers())
                .forEach((person, name) -> AtomicWrite.write(dir.resolve(name), statementCsv(plan.ledgers(), person)));
    }

    public static void writeYearReport(YearPlan plan, Path file) {
        AtomicWrite.write(file, YearReport.render(plan));
    }

    /** Each person's statement file name: the id with anything but letters, digits, '.', '-' and '_' replaced. */
    public static Map<String, String> statementFiles(LedgerBook book) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String person : book.people()) {
            String base = person.replaceAll("[^A-Za-z0-9._-]", "_");
            String name = base + ".csv";
            for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = base + "-" + n + ".csv";
            }
            names.put(person, name);
        }
        return names;
    }

    /**
     * A person's statement: for each account an opening row, each entry with the running balance, and a
     * closing row. Columns: {@code person,account,date,kind,minutes,balanceMinutes,balanceHours}.
     */
    public static String statementCsv(LedgerBook book, String person) {
        StringBuilder csv = new StringBuilder("person,account,date,kind,minutes,balanceMinutes,balanceHours\n");
        for (Ledger l : book.ledgers()) {
            if (!l.person().equals(person)) {
                continue;
            }
            long balance = l.opening();
            row(csv, person, l.account(), "", "OPENING", l.opening(), balance);
            for (Entry e : l.entries()) {
                balance += e.minutes();
                row(csv, person, l.account(), e.date().toString(), e.kind().name(), e.minutes(), balance);
            }
            row(
                    csv,
                    person,
                    l.account(),
                    l.lastDate() == null ? "" : l.lastDate().toString(),
                    "CLOSING",
                    balance,
                    balance);
        }
        return csv.toString();
    }

    private static void row(
            StringBuilder csv, String person, Account account, String date, String kind, long minutes, long balance) {
        csv.append(csvField(person))
                .append(',')
                .append(account.name())
                .append(',')
                .append(date)
                .append(',')
                .append(kind)
                .append(',')
                .append(minutes)
                .append(',')
                .append(balance)
                .append(',')
                .append(String.format(java.util.Locale.ROOT, "%.2f", balance / 60.0))
                .append('\n');
    }

    static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** The annual summary as JSON: {@code windows}, {@code annualised}, {@code people} and {@code totals}. */
    public static String annualSummaryJson(YearPlan plan) {
        ObjectNode root = LedgerJson.MAPPER.createObjectNode();
        root.put("problem", plan.problemId());
        root.put("establishment", plan.establishment());
        root.put("start", plan.start().toString());
        root.put("end", plan.end().toString());
        root.put("windowDays", plan.windowDays());
        root.put("currency", plan.settings().currency());
        root.put("paymentPlusHourlyRate", plan.settings().paymentPlusHourlyRate());
        root.put("toilRepaymentTargetDays", plan.settings().toilRepaymentTargetDays());
        ArrayNode windows = root.putArray("windows");
        long msl = 0;
        long hard = 0;
        long accrued = 0;
        long repaid = 0;
        long paymentPlus = 0;
        long rest = 0;
        for (WindowSummary w : plan.windows()) {
            ObjectNode o = windows.addObject();
            o.put("window", w.index() + 1);
            o.put("start", w.start().toString());
            o.put("end", w.end().toString());
            o.put("score", w.score());
            o.put("regimeSafe", w.regimeSafe());
            o.put("hardViolations", w.hardViolations());
            o.put("mslShortfallMinutes", w.mslShortfallMinutes());
            o.put("sdsolShortfallMinutes", w.sdsolShortfallMinutes());
            o.put("rosteredMinutes", w.rosteredMinutes());
            o.put("compensatoryRestOwedMinutes", w.compensatoryRestOwedMinutes());
            o.put("toilAccruedMinutes", w.toilAccruedMinutes());
            o.put("toilRepaidMinutes", w.toilRepaidMinutes());
            o.put("toilOwedMinutes", w.toilOwedMinutes());
            o.put("toilOverdueMinutes", w.toilOverdueMinutes());
            o.put("oldestToilDays", w.oldestToilDays());
            o.put("paymentPlusMinutes", w.paymentPlusMinutes());
            o.put("paymentPlusCost", w.paymentPlusCost());
            o.put("hoursOwedMinutes", w.hoursOwedMinutes());
            o.put("annualLeaveTakenMinutes", w.annualLeaveTakenMinutes());
            o.put("annualisedOutsideTolerance", w.annualisedOutsideTolerance());
            o.put("secondsSpent", Math.round(w.secondsSpent() * 10) / 10.0);
            msl += w.mslShortfallMinutes();
            hard += w.hardViolations();
            accrued += w.toilAccruedMinutes();
            repaid += w.toilRepaidMinutes();
            paymentPlus += w.paymentPlusMinutes();
            rest += w.compensatoryRestOwedMinutes();
        }
        ArrayNode annualised = root.putArray("annualised");
        for (AnnualisedSummary a : plan.annualised()) {
            ObjectNode o = annualised.addObject();
            o.put("person", a.person());
            o.put("contract", a.contract());
            o.put("yearStart", a.yearStart().toString());
            o.put("yearTargetMinutes", a.yearTargetMinutes());
            o.put("targetMinutes", a.targetToDateMinutes());
            o.put("workedMinutes", a.workedMinutes());
            o.put("leaveCreditedMinutes", a.leaveCreditedMinutes());
            o.put("creditedMinutes", a.creditedMinutes());
            o.put("balanceMinutes", a.balanceMinutes());
            o.put("toleranceMinutes", a.toleranceMinutes());
            o.put("withinTolerance", a.withinTolerance());
        }
        ArrayNode people = root.putArray("people");
        for (PersonYear p : plan.people()) {
            ObjectNode o = people.addObject();
            o.put("person", p.person());
            o.put("contract", p.contract());
            o.put("election", p.election());
            o.put("toilAccruedMinutes", p.toilAccruedMinutes());
            o.put("toilTakenMinutes", p.toilTakenMinutes());
            o.put("toilOwedMinutes", p.toilOwedMinutes());
            o.put("toilOverdueMinutes", p.toilOverdueMinutes());
            o.put("toilOldestDays", p.toilOldestDays());
            o.put("annualLeaveEntitlementMinutes", p.annualLeaveEntitlementMinutes());
            o.put("annualLeaveTakenMinutes", p.annualLeaveTakenMinutes());
            o.put("annualLeaveBalanceMinutes", p.annualLeaveBalanceMinutes());
            o.put("publicHolidayCreditedMinutes", p.publicHolidayCreditedMinutes());
            o.put("publicHolidayTakenMinutes", p.publicHolidayTakenMinutes());
            o.put("privilegeDayBalanceMinutes", p.privilegeDayBalanceMinutes());
            o.put("paymentPlusMinutes", p.paymentPlusMinutes());
            o.put("paymentPlusCost", p.paymentPlusCost());
            o.put("hoursOwedMinutes", p.hoursOwedMinutes());
            o.put("compensatoryRestOwedMinutes", p.compensatoryRestOwedMinutes());
            if (p.annualisedBalanceMinutes() != null) {
                o.put("annualisedBalanceMinutes", p.annualisedBalanceMinutes());
            }
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("windows", plan.windows().size());
        totals.put("unsafeWindows", plan.unsafeWindows());
        totals.put("hardViolations", hard);
        totals.put("mslShortfallMinutes", msl);
        totals.put("compensatoryRestOwedMinutes", rest);
        totals.put("toilAccruedMinutes", accrued);
        totals.put("toilRepaidMinutes", repaid);
        totals.put(
                "toilOwedMinutes",
                plan.windows().isEmpty()
                        ? 0
                        : plan.windows().get(plan.windows().size() - 1).toilOwedMinutes());
        totals.put("paymentPlusMinutes", paymentPlus);
        totals.put("paymentPlusCost", YearPlan.cost(paymentPlus, plan.settings()));
        totals.put(
                "annualisedWithinTolerance",
                plan.annualised().stream()
                        .filter(AnnualisedSummary::withinTolerance)
                        .count());
        totals.put("annualised", plan.annualised().size());
        return LedgerJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
