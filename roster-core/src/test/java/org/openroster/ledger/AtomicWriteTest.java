package org.openroster.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are written whole, readable by others as any new file is, and a failed write leaves nothing. */
class AtomicWriteTest {

    @Test
    void aFileIsReplacedWholeAndKeepsTheUsualPermissions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub").resolve("ledgers.json");
        AtomicWrite.write(file, "first");
        AtomicWrite.write(file, "second");
        assertEquals("second", Files.readString(file));
        Path plain = Files.createFile(dir.resolve("plain"));
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            var expected = Files.getPosixFilePermissions(plain);
            assertEquals(expected, Files.getPosixFilePermissions(file));
            assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_READ));
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void aWriteThatFailsLeavesTheTargetAsItWas(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.html");
        Files.createDirectory(target); // a directory where the file should go: the move fails
        Files.writeString(target.resolve("inside"), "x");
        assertThrows(UncheckedIOException.class, () -> AtomicWrite.write(target, "page"));
        assertTrue(Files.isDirectory(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is removed");
        }
    }
}
