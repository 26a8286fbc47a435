package org.homeward.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.homeward.linkage.synth.NameParts;
import org.homeward.linkage.synth.Nationality;

/**
 * A generated person's true facts, before the lists record them imperfectly.
 *
 * @param vulnerabilities mutable while the household is built
 */
record Sketch(
    String sex,
    LocalDate birth,
    NameParts name,
    Nationality nationality,
    List<String> nationalities,
    String facilityKey,
    Set<String> vulnerabilities) {}
