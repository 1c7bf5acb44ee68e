package org.sahelsim.report;

/** A metric on a side (faction, group or ALL), as in the aggregate tables. */
public record Key(String metric, String side) {
}
