package org.openroster.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openroster.model.Checks.InvalidModelException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ledgers as JSON, exactly:
 *
 * <pre>{@code
 * {"accounts":[{"person":"P1","account":"TOIL","unit":"minutes","opening":0,
 *               "entries":[{"date":"2027-04-12","minutes":30,"kind":"ACCRUED"}],"closing":30}]}
 * }</pre>
 *
 * Reading checks every field and that each closing balance is its opening plus its entries; a bad
 * value fails with a message naming its path.
 */
public final class LedgerJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> ACCOUNT_FIELDS =
            Set.of("person", "account", "unit", "opening", "entries", "closing");
    private static final Set<String> ENTRY_FIELDS = Set.of("date", "minutes", "kind");

    private LedgerJson() {}

    /** The book's ledgers as JSON (pretty-printed). */
    public static String write(LedgerBook book) {
        return write(book.ledgers());
    }

    public static String write(List<Ledger> ledgers) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode accounts = root.putArray("accounts");
        for (Ledger l : ledgers) {
            ObjectNode a = accounts.addObject();
            a.put("person", l.person());
            a.put("account", l.account().name());
            a.put("unit", "minutes");
            a.put("opening", l.opening());
            ArrayNode entries = a.putArray("entries");
            for (Entry e : l.entries()) {
                ObjectNode o = entries.addObject();
                o.put("date", e.date().toString());
                o.put("minutes", e.minutes());
                o.put("kind", e.kind().name());
            }
            a.put("closing", l.closing());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** The ledgers in a JSON text; throws {@link InvalidModelException} naming the first bad value. */
    public static List<Ledger> read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidModelException("The ledgers are not JSON: " + e.getOriginalMessage());
        }
        if (root == null
                || !root.isObject()
                || !root.has("accounts")
                || !root.get("accounts").isArray()) {
            throw new InvalidModelException("The ledgers must be an object with an \"accounts\" array.");
        }
        List<Ledger> ledgers = new ArrayList<>();
        JsonNode accounts = root.get("accounts");
        for (int i = 0; i < accounts.size(); i++) {
            String at = "accounts[" + i + "]";
            JsonNode a = object(accounts.get(i), at, ACCOUNT_FIELDS);
            String person = text(a, "person", at);
            Account account = enumOf(Account.class, text(a, "account", at), at + ".account");
            String unit = text(a, "unit", at);
            if (!unit.equals("minutes")) {
                throw new InvalidModelException(at + ".unit (" + unit + ") must be \"minutes\".");
            }
            long opening = integer(a, "opening", at);
            JsonNode entries = a.get("entries");
            if (entries == null || !entries.isArray()) {
                throw new InvalidModelException(at + ".entries must be an array.");
            }
            List<Entry> list = new ArrayList<>();
            for (int j = 0; j < entries.size(); j++) {
                String eat = at + ".entries[" + j + "]";
                JsonNode e = object(entries.get(j), eat, ENTRY_FIELDS);
                LocalDate date = date(text(e, "date", eat), eat + ".date");
                long minutes = integer(e, "minutes", eat);
                EntryKind kind = enumOf(EntryKind.class, text(e, "kind", eat), eat + ".kind");
                try {
                    list.add(new Entry(date, minutes, kind));
                } catch (InvalidModelException ex) {
                    throw new InvalidModelException(eat + ": " + ex.getMessage());
                }
            }
            Ledger ledger;
            try {
                ledger = new Ledger(person, account, opening, list);
            } catch (InvalidModelException ex) {
                throw new InvalidModelException(at + ": " + ex.getMessage());
            }
            long closing = integer(a, "closing", at);
            if (closing != ledger.closing()) {
                throw new InvalidModelException(at + ".closing (" + closing + ") is not the opening plus the entries ("
                        + ledger.closing() + ").");
            }
            ledgers.add(ledger);
        }
        LedgerBook.of(ledgers, null); // one ledger per person and account
        return List.copyOf(ledgers);
    }

    private static JsonNode object(JsonNode node, String at, Set<String> fields) {
        if (node == null || !node.isObject()) {
            throw new InvalidModelException(at + " must be an object.");
        }
        for (String name : node.propertyNames()) {
            if (!fields.contains(name)) {
                throw new InvalidModelException(
                        at + "." + name + " is not a known field. Maybe one of " + fields + ".");
            }
        }
        return node;
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v == null || !v.isString()) {
            throw new InvalidModelException(at + "." + field + " must be a string.");
        }
        return v.stringValue();
    }

    private static long integer(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new InvalidModelException(at + "." + field + " (" + v + ") must be a whole number of minutes.");
        }
        return v.longValue();
    }

    private static LocalDate date(String text, String at) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidModelException(at + " (" + text + ") is not a date. Maybe YYYY-MM-DD.");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text, String at) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(
                    at + " (" + text + ") is not one of " + java.util.Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
