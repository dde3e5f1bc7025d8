package org.openroster.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.openroster.model.Person;

/**
 * A year rostered window by window: each window's summary, each annualised or term-time person's
 * year, each person's year in the books, the ledgers (closed through the plan's end) and the people
 * as they stand at its end (history and balances carried, to plan the next year from).
 */
public record YearPlan(
        String problemId,
        String establishment,
        LocalDate start,
        LocalDate end,
        int windowDays,
        LedgerSettings settings,
        List<WindowSummary> windows,
        List<AnnualisedSummary> annualised,
        List<PersonYear> people,
        LedgerBook ledgers,
        List<Person> finalPeople) {

    public YearPlan {
        windows = List.copyOf(windows);
        annualised = List.copyOf(annualised);
        people = List.copyOf(people);
        finalPeople = List.copyOf(finalPeople);
    }

    /** Windows that were not regime-safe. */
    public long unsafeWindows() {
        return windows.stream().filter(w -> !w.regimeSafe()).count();
    }

    /** The cost of {@code minutes} at the payment-plus rate, to the penny. */
    public static BigDecimal cost(long minutes, LedgerSettings settings) {
        return settings.paymentPlusHourlyRate()
                .multiply(BigDecimal.valueOf(minutes))
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
