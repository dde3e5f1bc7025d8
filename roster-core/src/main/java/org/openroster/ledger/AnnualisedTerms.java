package org.openroster.ledger;

import java.time.LocalDate;
import org.openroster.model.Contract;

/** Annualised and term-time contracts seen alike: their terms and their trajectory. */
final class AnnualisedTerms {

    private AnnualisedTerms() {}

    /** The annualised terms of an annualised or term-time contract, or null for any other kind. */
    static Contract.Annualised terms(Contract c) {
        return c instanceof Contract.Annualised a ? a : c instanceof Contract.TermTime t ? t.terms() : null;
    }

    /** The rostered minutes due by the start of {@code date}. */
    static long trajectory(Contract c, LocalDate date) {
        return c instanceof Contract.TermTime t ? t.trajectory(date) : terms(c).trajectory(date);
    }

    /** The same kind of contract with new terms (term time keeps its closed periods). */
    static Contract withTerms(Contract c, Contract.Annualised terms) {
        return c instanceof Contract.TermTime t ? new Contract.TermTime(terms, t.closed()) : terms;
    }
}
