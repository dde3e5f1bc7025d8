package org.openroster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openroster.bench.curtois.CurtoisBenchmark;

class BenchCliTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BenchCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** A folder with one tiny instance (and no best_known.csv). */
    private Path instances() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("instances"));
        Files.writeString(
                dir.resolve("Instance1.txt"),
                String.join(
                        "\r\n",
                        "SECTION_HORIZON",
                        "7",
                        "",
                        "SECTION_SHIFTS",
                        "D,480,",
                        "",
                        "SECTION_STAFF",
                        "A,D=7,2400,0,5,1,1,1",
                        "B,D=7,2400,0,5,1,1,1",
                        "",
                        "SECTION_COVER",
                        "0,D,1,100,1",
                        "1,D,2,100,1",
                        ""));
        return dir;
    }

    @Test
    void writesTheCsvWithItsExactHeaderAndTheMarkdownTable() throws Exception {
        Path out = tmp.resolve("out");
        Run r = run("curtois", "--instances", instances().toString(), "--time-limit", "1s", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("results.csv"), StandardCharsets.UTF_8);
        assertEquals("instance,seed,seconds,hard_violations,objective,best_known,gap_pct", csv.get(0));
        assertEquals(CurtoisBenchmark.CSV_HEADER, csv.get(0));
        assertEquals(2, csv.size());
        String[] row = csv.get(1).split(",", -1);
        assertEquals("Instance1", row[0]);
        assertEquals("1", row[1]);
        assertEquals("0", row[3]);
        assertEquals("0", row[4]); // three duties cover both days exactly
        assertEquals("", row[5]); // no best_known.csv
        assertEquals("", row[6]);
        assertTrue(Files.readString(out.resolve("results.md")).contains("| Instance1 | 1 |"));
    }

    @Test
    void readsBestKnownAndComputesTheGap() throws Exception {
        Path dir = instances();
        Files.writeString(dir.resolve("best_known.csv"), "instance,days,best_known\nInstance1,7,0\nInstance9,7,5\n");
        Path out = tmp.resolve("out2");
        Run r = run(
                "curtois",
                "--instances",
                dir.toString(),
                "--only",
                "Instance1",
                "--time-limit",
                "500ms",
                "--seeds",
                "2",
                "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertEquals(3, csv.size());
        assertTrue(csv.get(2).startsWith("Instance1,2,"), csv.get(2));
        assertTrue(csv.get(1).endsWith(",0,0,"), "best known 0: gap undefined, " + csv.get(1));
    }

    private static void assertUsageError(Run r, String expected) {
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void rejectsAMissingInstancesFolder() {
        assertUsageError(run("curtois", "--instances", tmp.resolve("none").toString(), "--out", "x"), "not a folder");
    }

    @Test
    void rejectsAMissingRequiredOption() {
        assertUsageError(run("curtois", "--out", "x"), "--instances");
    }

    @Test
    void rejectsABadTimeLimit() throws Exception {
        assertUsageError(
                run("curtois", "--instances", instances().toString(), "--time-limit", "soon", "--out", "x"),
                "--time-limit (soon)");
    }

    @Test
    void rejectsAnUnknownInstanceInOnly() throws Exception {
        assertUsageError(
                run("curtois", "--instances", instances().toString(), "--only", "Instance99", "--out", "x"),
                "Instance99");
    }

    @Test
    void rejectsZeroSeeds() throws Exception {
        assertUsageError(
                run("curtois", "--instances", instances().toString(), "--seeds", "0", "--out", "x"), "--seeds");
    }

    @Test
    void rejectsANonNumericSeedCount() throws Exception {
        assertUsageError(run("curtois", "--instances", instances().toString(), "--seeds", "two", "--out", "x"), "two");
    }

    @Test
    void rejectsAMissingSubcommand() {
        assertUsageError(run(), "bench curtois");
    }
}
