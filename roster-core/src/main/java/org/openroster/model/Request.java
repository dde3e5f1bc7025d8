package org.openroster.model;

import java.time.LocalDate;

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
}
