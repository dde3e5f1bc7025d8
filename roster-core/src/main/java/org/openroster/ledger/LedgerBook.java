package org.openroster.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openroster.model.Checks;

/**
 * Every person's ledgers, and the date through which the books are closed. Entries are only ever
 * appended, in date order; an entry dated in a closed period is refused, so a closed period is
 * corrected only by a {@link EntryKind#REVERSAL} dated after it ({@link #reverse}, {@link #correct}).
 * Immutable: each booking returns a new book. People keep the order in which they were first booked;
 * accounts the order of {@link Account}.
 */
public final class LedgerBook {

    private final Map<String, Map<Account, Ledger>> ledgers;
    private final LocalDate closedThrough;

    private LedgerBook(Map<String, Map<Account, Ledger>> ledgers, LocalDate closedThrough) {
        this.ledgers = ledgers;
        this.closedThrough = closedThrough;
    }

    /** A book with no ledgers and nothing closed. */
    public static LedgerBook empty() {
        return new LedgerBook(new LinkedHashMap<>(), null);
    }

    /** A book of existing ledgers (at most one per person and account), closed through a date or null. */
    public static LedgerBook of(Collection<Ledger> ledgers, LocalDate closedThrough) {
        Checks.notNull(ledgers, "ledgers");
        Map<String, Map<Account, Ledger>> map = new LinkedHashMap<>();
        for (Ledger l : ledgers) {
            Ledger before = map.computeIfAbsent(l.person(), k -> new EnumMap<>(Account.class))
                    .put(l.account(), l);
            Checks.check(
                    before == null,
                    "The " + l.account() + " ledger of person (" + l.person() + ") is given more than once.");
        }
        return new LedgerBook(map, closedThrough);
    }

    /** The date through which the books are closed, or null when nothing is closed. */
    public LocalDate closedThrough() {
        return closedThrough;
    }

    /** Every ledger, by person (in the order first booked) and account. */
    public List<Ledger> ledgers() {
        List<Ledger> all = new ArrayList<>();
        ledgers.values().forEach(byAccount -> all.addAll(byAccount.values()));
        return List.copyOf(all);
    }

    /** The people with at least one ledger, in the order first booked. */
    public List<String> people() {
        return List.copyOf(ledgers.keySet());
    }

    /** The person's ledger of the account (an empty one with opening 0 when none is kept). */
    public Ledger ledger(String person, Account account) {
        Map<Account, Ledger> byAccount = ledgers.get(person);
        Ledger l = byAccount == null ? null : byAccount.get(account);
        return l == null ? Ledger.open(person, account, 0) : l;
    }

    /** Whether a ledger is kept for the person and account. */
    public boolean has(String person, Account account) {
        Map<Account, Ledger> byAccount = ledgers.get(person);
        return byAccount != null && byAccount.containsKey(account);
    }

    /** The person's closing balance of the account (0 when no ledger is kept). */
    public long balance(String person, Account account) {
        return ledger(person, account).closing();
    }

    /** Opens a ledger with a balance brought forward; refused when the ledger already exists. */
    public LedgerBook open(String person, Account account, long opening) {
        Checks.id(person, "person");
        Checks.notNull(account, "account");
        Checks.check(
                !has(person, account),
                "The " + account + " ledger of person (" + person + ") is already open. Maybe book an entry.");
        return with(Ledger.open(person, account, opening));
    }

    /**
     * Books entries on the person's ledger of the account (opened at 0 if need be). Each must be dated
     * after the closed period and not before the ledger's last entry.
     */
    public LedgerBook post(String person, Account account, List<Entry> entries) {
        Checks.id(person, "person");
        Checks.notNull(account, "account");
        Checks.notNull(entries, "entries");
        if (entries.isEmpty()) {
            return this;
        }
        for (Entry e : entries) {
            Checks.check(
                    closedThrough == null || e.date().isAfter(closedThrough),
                    "The " + e.kind() + " entry of " + e.minutes() + " minutes dated " + e.date() + " on the "
                            + account + " ledger of person (" + person + ") falls in the period closed through "
                            + closedThrough + ". Maybe book a REVERSAL dated after it.");
        }
        return with(ledger(person, account).append(entries));
    }

    /** Books one entry. */
    public LedgerBook post(String person, Account account, Entry entry) {
        return post(person, account, List.of(entry));
    }

    /** Closes the books through {@code date}: nothing may be booked on or before it from now on. */
    public LedgerBook close(LocalDate date) {
        Checks.notNull(date, "date");
        Checks.check(
                closedThrough == null || !date.isBefore(closedThrough),
                "The books are closed through " + closedThrough + "; they cannot be reopened to " + date + ".");
        return new LedgerBook(ledgers, date);
    }

    /** Cancels entry {@code index} of the person's ledger by a reversal dated {@code on}. */
    public LedgerBook reverse(String person, Account account, int index, LocalDate on) {
        Ledger l = ledger(person, account);
        Checks.check(
                index >= 0 && index < l.entries().size(),
                "The entry index (" + index + ") of the " + account + " ledger of person (" + person + ") must be 0 to "
                        + (l.entries().size() - 1) + ".");
        return post(person, account, l.entries().get(index).reversal(on));
    }

    /**
     * Corrects entry {@code index} to {@code minutes}: a reversal and a new entry of the same kind, both
     * dated {@code on} (the new entry is left out when {@code minutes} is 0).
     */
    public LedgerBook correct(String person, Account account, int index, long minutes, LocalDate on) {
        LedgerBook reversed = reverse(person, account, index, on);
        if (minutes == 0) {
            return reversed;
        }
        EntryKind kind = ledger(person, account).entries().get(index).kind();
        return reversed.post(person, account, new Entry(on, minutes, kind));
    }

    /**
     * An explicit election to be paid for TOIL instead of taking the time back: moves {@code minutes} of
     * TOIL (no more than is owed) to payment plus, dated {@code on}.
     */
    public LedgerBook electToPay(String person, long minutes, LocalDate on) {
        Checks.check(minutes > 0, "The minutes (" + minutes + ") elected to be paid must be > 0.");
        long owed = balance(person, Account.TOIL);
        Checks.check(
                minutes <= owed,
                "The minutes (" + minutes + ") elected to be paid are more than the TOIL owed to person (" + person
                        + ") (" + owed + ").");
        return post(person, Account.TOIL, new Entry(on, -minutes, EntryKind.ELECTED_PAY))
                .post(person, Account.PAYMENT_PLUS, new Entry(on, minutes, EntryKind.ELECTED_PAY));
    }

    private LedgerBook with(Ledger l) {
        Map<String, Map<Account, Ledger>> copy = new LinkedHashMap<>(ledgers);
        Map<Account, Ledger> byAccount = new EnumMap<>(Account.class);
        Map<Account, Ledger> old = ledgers.get(l.person());
        if (old != null) {
            byAccount.putAll(old);
        }
        byAccount.put(l.account(), l);
        copy.put(l.person(), byAccount);
        return new LedgerBook(copy, closedThrough);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerBook other
                && ledgers().equals(other.ledgers())
                && java.util.Objects.equals(closedThrough, other.closedThrough);
    }

    @Override
    public int hashCode() {
        return ledgers().hashCode();
    }

    @Override
    public String toString() {
        return "LedgerBook(" + ledgers().size() + " ledgers, closed through " + closedThrough + ")";
    }
}
