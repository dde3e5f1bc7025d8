package org.openroster.model;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A person's wish about a day: to work ({@code wanted}) or not, either a given template (or any duty
 * when {@code template} is null). A request not honoured costs its {@code weight}.
 */
public record Request(String person, LocalDate date, String template, boolean wanted, int weight) {

    public Request {
        Checks.id(person, "person of request");
        Checks.notNull(date, "date of request of person (" + person + ")");
        Checks.positive(weight, "weight of request of person (" + person + ")");
    }

    /** Whether the request is honoured when the person works {@code workedTemplate} (null: off). */
    public boolean honouredBy(String workedTemplate) {
        boolean matches = workedTemplate != null && (template == null || template.equals(workedTemplate));
        return wanted == matches;
    }

    /**
     * What the requests (or self-rostering choices) that working {@code workedTemplate} (null: off)
     * does not honour cost, each by {@code cost}.
     */
    public static long unhonoured(List<Request> requests, String workedTemplate, ToLongFunction<Request> cost) {
        long total = 0;
        for (Request r : requests) {
            if (!r.honouredBy(workedTemplate)) {
                total += cost.applyAsLong(r);
            }
        }
        return total;
    }
}
