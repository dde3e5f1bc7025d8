package org.openroster.io;

import java.util.List;

/**
 * Input that cannot be read: not JSON, cut short, missing or mistyped fields, unknown properties,
 * bad dates or times, values out of range, broken references. The message is one line about the
 * data: it names the field as a JSON path (e.g. {@code people[3].contract.weeklyMinutes}) and the
 * offending value, never a stack trace or a Java class. When several problems were found the message
 * gives the first and says how many more; {@link #errors()} lists them all.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private final List<String> errors;

    /** One problem; the message must already be a single line. */
    public InvalidInputException(String error) {
        this(List.of(error));
    }

    /** Several problems, reported as the first one "(and N more)"; {@code errors} must not be empty. */
    public InvalidInputException(List<String> errors) {
        super(summary(errors));
        this.errors = errors.stream().map(InvalidInputException::oneLine).toList();
    }

    /** Every problem found, one line each, in the order found. */
    public List<String> errors() {
        return errors;
    }

    private static String summary(List<String> errors) {
        if (errors == null || errors.isEmpty()) {
            throw new IllegalArgumentException("The errors (" + errors + ") must name at least one problem.");
        }
        String first = oneLine(errors.get(0));
        return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more)";
    }

    /** Folds any line break into a space, so that the message stays one line whatever the data holds. */
    static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
