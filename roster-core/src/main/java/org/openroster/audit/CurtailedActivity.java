package org.openroster.audit;

/** A regime activity that could not be delivered in full on a day, and for how many minutes. */
public record CurtailedActivity(String activity, String name, String location, int tier, long minutes) {}
