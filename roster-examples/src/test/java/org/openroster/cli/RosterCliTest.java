package org.openroster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openroster.io.ProblemJson;
import org.openroster.testing.TestProblems;

/** The command line's contract: outputs, exit codes, and bad input refused in one line with nothing written. */
class RosterCliTest {

    @TempDir
    static Path dir;

    static String validJson;

    @BeforeAll
    static void problem() {
        validJson = ProblemJson.toJson(TestProblems.small(8, 3));
    }

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RosterCli.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aSolveWritesEveryOutputAndExitsBySafety() throws IOException {
        Path problem = write("ok.json", validJson);
        Path out = dir.resolve("solved");
        Run run = run("solve", problem.toString(), "--out", out.toString(), "--time-limit", "2s");
        for (String file : List.of("roster.json", "roster.csv", "audit.json", "solve-stats.json", "report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file + "\n" + run);
        }
        String audit = Files.readString(out.resolve("audit.json"));
        boolean safe = audit.contains("\"regimeSafe\" : true");
        assertEquals(safe ? 0 : 1, run.code(), run.toString());
        String stats = Files.readString(out.resolve("solve-stats.json"));
        for (String field : List.of(
                "secondsSpent",
                "secondsToFirstFeasible",
                "bestScore",
                "scoreCalculationSpeed",
                "moveEvaluationSpeed",
                "peakHeapMb")) {
            assertTrue(stats.contains("\"" + field + "\""), field);
        }
        for (String field : List.of(
                "hardViolations", "mslShortfallMinutes", "sdsolShortfallMinutes", "compensatoryRestOwedMinutes")) {
            assertTrue(audit.contains("\"" + field + "\""), field);
        }

        Run audited =
                run("audit", problem.toString(), out.resolve("roster.json").toString());
        assertEquals(run.code(), audited.code(), audited.toString());
        assertTrue(audited.out().contains(safe ? "REGIME-SAFE" : "NOT REGIME-SAFE"), audited.out());
    }

    @Test
    void aValidProblemValidates() throws IOException {
        Run run = run("validate", write("valid.json", validJson).toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().startsWith("valid: 8 people"), run.out());
    }

    static List<Object[]> badInputs() {
        return List.of(
                new Object[] {"truncated", (UnaryOperator<String>) s -> s.substring(0, s.length() / 2), "line"},
                new Object[] {"not JSON", (UnaryOperator<String>) s -> "roster please", "JSON"},
                new Object[] {"empty object", (UnaryOperator<String>) s -> "{}", "formatVersion"},
                new Object[] {
                    "duplicated id", (UnaryOperator<String>) s -> s.replace("\"id\" : \"P1\"", "\"id\" : \"P0\""), "P0"
                },
                new Object[] {
                    "negative duration",
                    (UnaryOperator<String>) s -> s.replaceFirst("\"breakMinutes\" : 30", "\"breakMinutes\" : -30"),
                    "-30"
                },
                new Object[] {
                    "unknown reference",
                    (UnaryOperator<String>) s -> s.replaceFirst("\"location\" : \"A\"", "\"location\" : \"Z9\""),
                    "Z9"
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputExitsTwoWithOneLineAndWritesNothing(String name, UnaryOperator<String> breakIt, String named)
            throws IOException {
        String broken = breakIt.apply(validJson);
        assertFalse(broken.equals(validJson), "the test must change the input");
        Path problem = write(name.replace(' ', '-') + ".json", broken);
        Path out = dir.resolve("out-" + name.replace(' ', '-'));
        Run run = run("solve", problem.toString(), "--out", out.toString(), "--time-limit", "1s");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertTrue(run.err().contains(named), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void badOptionsExitTwo() throws IOException {
        Path problem = write("opts.json", validJson);
        assertEquals(
                2,
                run("solve", problem.toString(), "--out", "x", "--time-limit", "soon")
                        .code());
        assertEquals(
                2,
                run("solve", problem.toString(), "--out", "x", "--model", "rota")
                        .code());
        assertEquals(
                2,
                run("solve", dir.resolve("missing.json").toString(), "--out", "x")
                        .code());
        assertEquals(2, run("frobnicate").code());
    }
}
