package org.homeward.demo;

import java.time.LocalDate;

/**
 * A birth date as recorded, with how much of it is known.
 *
 * @param date for MONTH the first of the month, for YEAR the first of January, for ESTIMATED the
 *     date estimated from a stated age (that age's mid-point)
 * @param precision EXACT, MONTH, YEAR or ESTIMATED
 */
public record DemoBirthDate(LocalDate date, String precision) {}
