package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Checks on the messages of {@link InvalidInputException}: one line, about the data, naming what is asked. */
final class InputAssertions {

    /** Text that would mean a stack trace or Java's view of things leaked into a message. */
    static final List<String> LEAKS = List.of(
            "java.", "tools.jackson", "com.fasterxml", "org.openroster", "Exception", "\tat ", "Source:", "class ");

    private InputAssertions() {}

    /** Runs the reading, expects it to fail, and checks the message names every fragment. */
    static InvalidInputException assertInvalid(Executable reading, String... fragments) {
        InvalidInputException e = assertThrows(InvalidInputException.class, reading);
        String message = e.getMessage();
        assertOneLineAboutTheData(message);
        for (String fragment : fragments) {
            assertTrue(
                    message.contains(fragment),
                    () -> "The message <" + message + "> does not contain <" + fragment + ">.");
        }
        e.errors().forEach(InputAssertions::assertOneLineAboutTheData);
        return e;
    }

    static InvalidInputException assertInvalidProblem(String json, String... fragments) {
        return assertInvalid(() -> ProblemJson.parse(json), fragments);
    }

    static void assertOneLineAboutTheData(String message) {
        assertFalse(message.isBlank(), "The message is blank.");
        assertFalse(
                message.contains("\n") || message.contains("\r"),
                () -> "The message <" + message + "> spans more than one line.");
        for (String leak : LEAKS) {
            assertFalse(message.contains(leak), () -> "The message <" + message + "> contains <" + leak + ">.");
        }
    }
}
