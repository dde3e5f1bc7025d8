package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openroster.testing.TestProblems;

class AtomicFilesTest {

    @Test
    void aWriteFailingHalfWayLeavesTheOldFileWholeAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("problem.json");
        ProblemJson.write(TestProblems.small(2, 7), file);
        String before = Files.readString(file);

        var e = assertThrows(
                UncheckedIOException.class,
                () -> AtomicFiles.write(file, out -> {
                    out.write("{\"formatVersion\": 1, \"id\": \"half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }));

        assertTrue(e.getMessage().contains("problem.json"), e.getMessage());
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertEquals(before, Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void aWriteFailingHalfWayCreatesNoFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("roster.csv");
        assertThrows(
                UncheckedIOException.class,
                () -> AtomicFiles.write(file, out -> {
                    out.write('x');
                    throw new IOException("interrupted");
                }));
        assertFalse(Files.exists(file));
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void aWriteReplacesTheOldFileWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("problem.json");
        ProblemJson.write(TestProblems.small(2, 7), file);
        ProblemJson.write(TestProblems.small(3, 14), file);
        assertEquals(ProblemJson.toJson(TestProblems.small(3, 14)), Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedByName(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("not-a-directory");
        Files.writeString(blocker, "x");
        var e = assertThrows(
                UncheckedIOException.class,
                () -> ProblemJson.write(TestProblems.small(2, 7), blocker.resolve("p.json")));
        assertTrue(e.getMessage().contains("p.json"), e.getMessage());
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }
}
