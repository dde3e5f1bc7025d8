package org.openroster.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.openroster.model.Problem;

/** The worked example problem file in test resources, which uses every field of the format. */
final class ExampleProblem {

    static final String RESOURCE = "/org/openroster/io/example-problem.json";

    private ExampleProblem() {}

    static String text() {
        return resource(RESOURCE);
    }

    static Problem read() {
        return ProblemJson.parse(text());
    }

    static String resource(String name) {
        try (InputStream in = ExampleProblem.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The resource (" + name + ") is not on the test classpath.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
