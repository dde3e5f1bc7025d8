package org.openroster.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openroster.model.Checks.InvalidModelException;
import tools.jackson.databind.JsonNode;

/** {@code ledgers.json}: its exact shape, a lossless round trip, and refusals that name the bad value. */
class LedgerJsonProperties {

    @Provide
    Arbitrary<List<Ledger>> ledgers() {
        return LedgerArbitraries.ledgers();
    }

    @Provide
    Arbitrary<LedgerArbitraries.Period> periods() {
        return LedgerArbitraries.periods();
    }

    @Property(tries = 300)
    void aRoundTripOfLedgersIsLossless(@ForAll("ledgers") List<Ledger> ledgers) {
        String json = LedgerJson.write(ledgers);
        assertEquals(ledgers, LedgerJson.read(json));
        assertEquals(json, LedgerJson.write(LedgerJson.read(json)));
    }

    @Property(tries = 100)
    void aRoundTripOfBookedLedgersIsLossless(@ForAll("periods") LedgerArbitraries.Period p) {
        LedgerBook book = LedgerArbitraries.book(p.windows(), 0);
        assertEquals(book.ledgers(), LedgerJson.read(LedgerJson.write(book)));
    }

    @Example
    void theShapeIsExactlyAccountsOfPersonAccountUnitOpeningEntriesClosing() {
        LedgerBook book = LedgerBook.empty()
                .open("P1", Account.TOIL, 60)
                .post("P1", Account.TOIL, new Entry(LedgerArbitraries.START, 30, EntryKind.ACCRUED));
        JsonNode root = LedgerJson.MAPPER.readTree(LedgerJson.write(book));
        assertEquals(List.of("accounts"), List.copyOf(root.propertyNames()));
        JsonNode a = root.get("accounts").get(0);
        assertEquals(
                List.of("person", "account", "unit", "opening", "entries", "closing"), List.copyOf(a.propertyNames()));
        assertEquals("minutes", a.get("unit").stringValue());
        assertEquals(90, a.get("closing").longValue());
        JsonNode e = a.get("entries").get(0);
        assertEquals(List.of("date", "minutes", "kind"), List.copyOf(e.propertyNames()));
        assertEquals("2027-03-29", e.get("date").stringValue());
        assertEquals("ACCRUED", e.get("kind").stringValue());
    }

    @Example
    void badLedgersAreRefusedNamingThePathAndValue() {
        String good = LedgerJson.write(
                LedgerBook.empty().post("P1", Account.TOIL, new Entry(LedgerArbitraries.START, 30, EntryKind.ACCRUED)));
        assertRefused(good.replace("\"closing\" : 30", "\"closing\" : 31"), "accounts[0].closing (31)");
        assertRefused(good.replace("ACCRUED", "EARNED"), "accounts[0].entries[0].kind (EARNED)");
        assertRefused(good.replace("2027-03-29", "2027-02-30"), "accounts[0].entries[0].date (2027-02-30)");
        assertRefused(good.replace("\"minutes\",", "\"hours\","), "accounts[0].unit (hours)");
        assertRefused(good.replace("\"TOIL\"", "\"OVERTIME\""), "accounts[0].account (OVERTIME)");
        assertRefused(good.replace("\"minutes\" : 30", "\"minutes\" : 0.5"), "accounts[0].entries[0].minutes");
        assertRefused("{\"accounts\":{}}", "\"accounts\" array");
        assertRefused("[", "not JSON");
    }

    private static void assertRefused(String json, String expected) {
        var e = assertThrows(InvalidModelException.class, () -> LedgerJson.read(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
