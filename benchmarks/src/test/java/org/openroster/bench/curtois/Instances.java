package org.openroster.bench.curtois;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the benchmark's instances are: {@code ../shared/benchmarks/curtois} from the project root. */
final class Instances {

    static final Path DIR = locate();

    private Instances() {}

    private static Path locate() {
        for (Path p :
                new Path[] {Path.of("../../shared/benchmarks/curtois"), Path.of("../shared/benchmarks/curtois")}) {
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException(
                "The Curtois instances are not in ../shared/benchmarks/curtois beside the project"
                        + " (working directory " + Path.of("").toAbsolutePath() + ").");
    }

    static CurtoisInstance load(String name) throws IOException {
        return CurtoisParser.parse(DIR.resolve(name + ".txt"));
    }

    /** A small instance with every section, in the file's format, lines joined by {@code eol}. */
    static String tiny(String eol) {
        return String.join(
                eol,
                "# A comment",
                "SECTION_HORIZON",
                "# days",
                "14",
                "",
                "SECTION_SHIFTS",
                "# ShiftID, Length in mins, Shifts which cannot follow this shift | separated",
                "E,480,",
                "L,600,E|N",
                "N,720,E",
                "",
                "SECTION_STAFF",
                "# ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts,"
                        + " MinConsecutiveDaysOff, MaxWeekends",
                "A,E=14|L=3|N=0,4800,2400,5,2,2,1",
                "B,E=14|L=14|N=2,4800,960,4,1,1,2",
                "",
                "SECTION_DAYS_OFF",
                "# EmployeeID, DayIndexes (start at zero)",
                "A,0,13",
                "B,6",
                "",
                "SECTION_SHIFT_ON_REQUESTS",
                "# EmployeeID, Day, ShiftID, Weight",
                "A,2,E,2",
                "B,3,L,3",
                "",
                "SECTION_SHIFT_OFF_REQUESTS",
                "# EmployeeID, Day, ShiftID, Weight",
                "B,4,E,1",
                "",
                "SECTION_COVER",
                "# Day, ShiftID, Requirement, Weight for under, Weight for over",
                "0,E,1,100,1",
                "1,L,2,50,2",
                "");
    }
}
