package org.openroster.bench.curtois;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openroster.bench.curtois.CurtoisInstance.Cover;
import org.openroster.bench.curtois.CurtoisInstance.Employee;
import org.openroster.bench.curtois.CurtoisInstance.ShiftRequest;
import org.openroster.bench.curtois.CurtoisInstance.ShiftType;
import org.openroster.bench.curtois.CurtoisParser.CurtoisFormatException;

class CurtoisParserTest {

    @Test
    void crlfAndLfGiveTheSameInstance() {
        CurtoisInstance crlf = CurtoisParser.parse("tiny", Instances.tiny("\r\n"));
        CurtoisInstance lf = CurtoisParser.parse("tiny", Instances.tiny("\n"));
        assertEquals(crlf, lf);
        assertEquals(14, lf.days());
    }

    @Test
    void readsTheHorizonSection() {
        assertEquals(14, CurtoisParser.parse("tiny", Instances.tiny("\n")).days());
    }

    @Test
    void readsTheShiftsSectionWithEmptyAndListedSuccessors() {
        CurtoisInstance i = CurtoisParser.parse("tiny", Instances.tiny("\r\n"));
        assertEquals(
                List.of(
                        new ShiftType("E", 480, Set.of()),
                        new ShiftType("L", 600, Set.of("E", "N")),
                        new ShiftType("N", 720, Set.of("E"))),
                i.shifts());
    }

    @Test
    void readsTheStaffSectionWithMaxShiftsPerType() {
        CurtoisInstance i = CurtoisParser.parse("tiny", Instances.tiny("\r\n"));
        assertEquals(
                new Employee("A", Map.of("E", 14, "L", 3, "N", 0), 4800, 2400, 5, 2, 2, 1),
                i.staff().get(0));
        assertEquals(
                new Employee("B", Map.of("E", 14, "L", 14, "N", 2), 4800, 960, 4, 1, 1, 2),
                i.staff().get(1));
    }

    @Test
    void readsTheDaysOffSection() {
        CurtoisInstance i = CurtoisParser.parse("tiny", Instances.tiny("\r\n"));
        assertEquals(Map.of("A", Set.of(0, 13), "B", Set.of(6)), i.daysOff());
    }

    @Test
    void readsTheRequestSections() {
        CurtoisInstance i = CurtoisParser.parse("tiny", Instances.tiny("\r\n"));
        assertEquals(List.of(new ShiftRequest("A", 2, "E", 2), new ShiftRequest("B", 3, "L", 3)), i.onRequests());
        assertEquals(List.of(new ShiftRequest("B", 4, "E", 1)), i.offRequests());
    }

    @Test
    void readsTheCoverSection() {
        CurtoisInstance i = CurtoisParser.parse("tiny", Instances.tiny("\r\n"));
        assertEquals(List.of(new Cover(0, "E", 1, 100, 1), new Cover(1, "L", 2, 50, 2)), i.cover());
    }

    @Test
    void parsesInstance1WithItsCounts() throws Exception {
        CurtoisInstance i = Instances.load("Instance1");
        assertEquals("Instance1", i.name());
        assertEquals(14, i.days());
        assertEquals(List.of(new ShiftType("D", 480, Set.of())), i.shifts());
        assertEquals(8, i.staff().size());
        assertEquals(
                new Employee("A", Map.of("D", 14), 4320, 3360, 5, 2, 2, 1),
                i.staff().get(0));
        assertEquals(8, i.daysOff().size());
        assertEquals(Set.of(0), i.daysOff().get("A"));
        assertEquals(21, i.onRequests().size());
        assertEquals(5, i.offRequests().size());
        assertEquals(14, i.cover().size());
        assertEquals(new Cover(0, "D", 5, 100, 1), i.cover().get(0));
    }

    @Test
    void parsesEveryInstanceOfTheFolder() throws Exception {
        for (String name : List.of("Instance1", "Instance5", "Instance12", "Instance22")) {
            CurtoisInstance i = Instances.load(name);
            assertTrue(i.staff().size() > 0 && i.cover().size() > 0, name);
        }
        assertEquals(364, Instances.load("Instance22").days());
    }

    @Test
    void rejectsAnUnknownEmployeeNamingTheLine() {
        String text = Instances.tiny("\n").replace("B,6", "Z,6");
        var e = assertThrows(CurtoisFormatException.class, () -> CurtoisParser.parse("tiny", text));
        assertTrue(e.getMessage().contains("line 20") && e.getMessage().contains("(Z)"), e.getMessage());
    }

    @Test
    void rejectsADayOutsideTheHorizon() {
        String text = Instances.tiny("\n").replace("0,E,1,100,1", "14,E,1,100,1");
        var e = assertThrows(CurtoisFormatException.class, () -> CurtoisParser.parse("tiny", text));
        assertTrue(e.getMessage().contains("day (14)"), e.getMessage());
    }

    @Test
    void rejectsAMissingStaffSection() {
        String text = "SECTION_HORIZON\n7\n\nSECTION_SHIFTS\nD,480,\n";
        var e = assertThrows(CurtoisFormatException.class, () -> CurtoisParser.parse("x", text));
        assertTrue(e.getMessage().contains("SECTION_STAFF"), e.getMessage());
    }
}
