package org.sahelsim.history;

import java.time.LocalDate;

/**
 * One row of the UCDP Georeferenced Event Dataset extract: an event of organised violence with at
 * least one death (Sundberg & Melander 2013).
 *
 * @param id              UCDP event id
 * @param year            calendar year of the event
 * @param typeOfViolence  1 state-based, 2 non-state, 3 one-sided
 * @param sideA           UCDP name of side A
 * @param sideB           UCDP name of side B ({@code Civilians} for one-sided violence)
 * @param country         country name as UCDP writes it
 * @param adm1            admin-1 name as UCDP writes it, possibly empty
 * @param lat             latitude, degrees north
 * @param lon             longitude, degrees east
 * @param wherePrec       precision of the location, 1 (exact) .. 7 (international waters)
 * @param best            UCDP's best estimate of deaths, 0 or more
 * @param date            first day of the event ({@code date_start})
 * @param civilians       civilians among the deaths ({@code deaths_civilians}), 0 or more
 */
public record UcdpEvent(long id, int year, int typeOfViolence, String sideA, String sideB, String country,
                        String adm1, double lat, double lon, int wherePrec, int best, LocalDate date, int civilians) {
}
