package org.openroster.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openroster.io.ProblemFormat.ProblemFile;
import org.openroster.model.Problem;
import org.openroster.model.ProblemValidator;

/**
 * Reads and writes a {@link Problem} as JSON, format version 1 (documented by the JSON Schema
 * {@code org/openroster/io/problem.schema.json} on the classpath).
 *
 * <p>Reading is strict and never throws anything but {@link InvalidInputException} for bad input: it
 * fails on text that is not JSON, unknown properties, wrong types, bad dates and times, values out of
 * range, and on the problem's own rules (ids used twice, references to nothing, overlapping leave,
 * job share partners whose weekly minutes do not add up to their post's),
 * each with a one-line message that names the field's path and value. Writing is deterministic
 * (sets sorted, maps by key) and lossless: {@code parse(toJson(p))} equals {@code p} in every field.
 *
 * <p>A small file with a person on each kind of contract, a job share post and a dual contract is
 * on the classpath at {@code org/openroster/io/examples/contracts.json}.
 */
public final class ProblemJson {

    /** Where the JSON Schema of the format is on the classpath. */
    public static final String SCHEMA_RESOURCE = "/org/openroster/io/problem.schema.json";

    private ProblemJson() {}

    /** Reads a problem file; a missing or unreadable file is an {@link InvalidInputException} too. */
    public static Problem read(Path file) {
        Objects.requireNonNull(file, "file");
        return parse(JsonSupport.readFile(file));
    }

    /** Parses a problem from JSON text, then validates it with {@link ProblemValidator}. */
    public static Problem parse(String json) {
        var tree = JsonSupport.readDocument(json, "a problem", ProblemFormat.VERSION);
        ProblemFile file = JsonSupport.bind(tree, ProblemFile.class);
        Problem problem = ProblemMapper.toModel(file);
        List<String> errors = new ArrayList<>(ProblemValidator.validate(problem));
        errors.addAll(ProblemMapper.weightErrors(problem.constraintWeights()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return problem;
    }

    /** The problem as JSON text (pretty printed, ending with a line break). */
    public static String toJson(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        return JsonSupport.write(ProblemMapper.toJson(problem));
    }

    /**
     * Writes the problem to a file, atomically: a failure leaves any earlier file untouched.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(Problem problem, Path file) {
        Objects.requireNonNull(file, "file");
        AtomicFiles.writeString(file, toJson(problem));
    }
}
