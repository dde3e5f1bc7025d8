package org.openroster.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openroster.model.Checks;

/**
 * One person's balance of one {@link Account}: an opening balance and dated entries in the order
 * they were booked (never earlier than the entry before), in minutes. The closing balance is the
 * opening plus every entry; nothing is stored that could disagree with it. Immutable: booking
 * returns a new ledger.
 */
public record Ledger(String person, Account account, long opening, List<Entry> entries) {

    public Ledger {
        Checks.id(person, "person of ledger");
        Checks.notNull(account, "account of ledger of person (" + person + ")");
        entries = Checks.list(entries, "entries");
        for (int i = 1; i < entries.size(); i++) {
            Checks.check(
                    !entries.get(i).date().isBefore(entries.get(i - 1).date()),
                    "The entries[" + i + "] (" + entries.get(i).date() + ") of the " + account + " ledger of person ("
                            + person + ") is dated before the entry booked before it ("
                            + entries.get(i - 1).date() + "): a ledger is booked in date order.");
        }
    }

    /** An empty ledger with an opening balance. */
    public static Ledger open(String person, Account account, long opening) {
        return new Ledger(person, account, opening, List.of());
    }

    /** The opening balance plus every entry. */
    public long closing() {
        return opening + entries.stream().mapToLong(Entry::minutes).sum();
    }

    /** The balance at the end of {@code date}: the opening plus the entries dated on or before it. */
    public long balanceAt(LocalDate date) {
        long balance = opening;
        for (Entry e : entries) {
            if (e.date().isAfter(date)) {
                break;
            }
            balance += e.minutes();
        }
        return balance;
    }

    /** The sum of the entries of a kind (dated {@code from} to {@code to}, both included). */
    public long total(EntryKind kind, LocalDate from, LocalDate to) {
        return entries.stream()
                .filter(e -> e.kind() == kind
                        && !e.date().isBefore(from)
                        && !e.date().isAfter(to))
                .mapToLong(Entry::minutes)
                .sum();
    }

    /** The sum of every entry of a kind. */
    public long total(EntryKind kind) {
        return entries.stream()
                .filter(e -> e.kind() == kind)
                .mapToLong(Entry::minutes)
                .sum();
    }

    /** The date of the last entry, or null when there is none. */
    public LocalDate lastDate() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).date();
    }

    /** This ledger with {@code more} booked after its entries (which must not be dated before them). */
    Ledger append(List<Entry> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Entry> all = new ArrayList<>(entries.size() + more.size());
        all.addAll(entries);
        all.addAll(more);
        return new Ledger(person, account, opening, all);
    }
}
