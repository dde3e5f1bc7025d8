package org.openroster.audit;

/** For one kind of contract: how many people hold it and how many hard violations concern them. */
public record ContractKindSummary(int people, int hardViolations) {}
