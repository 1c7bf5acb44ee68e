package org.sahelsim.model;

import java.time.LocalDate;

/**
 * A dated, non-violent change in the world (a timeline event applied, a unit destroyed, and with the
 * rules submodels a ceasefire state change), for the run's log.
 *
 * @param week    week index
 * @param date    first day of that week
 * @param kind    short machine-readable kind, e.g. "timeline", "unit-destroyed"
 * @param faction faction concerned, or null
 * @param detail  human-readable description
 */
public record LogEntry(int week, LocalDate date, String kind, Faction faction, String detail) {
}
