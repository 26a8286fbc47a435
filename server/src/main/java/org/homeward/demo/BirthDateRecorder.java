package org.homeward.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;
import org.homeward.linkage.synth.GeneratorSettings;
import org.homeward.linkage.synth.Weighted;

/**
 * Records a true birth date the way the lists do: exact where a document shows it, otherwise often
 * only a month, a year, an age, or nothing. Recorded dates stay within a year of the truth.
 */
final class BirthDateRecorder {

  private final Weighted<String> undocumented;

  BirthDateRecorder(GeneratorSettings settings) {
    this.undocumented = settings.weights("birthDate.undocumented");
  }

  /** Returns null when nothing is known. */
  DemoBirthDate record(
      LocalDate birth, boolean documented, LocalDate today, SplittableRandom random) {
    String precision = documented ? "EXACT" : undocumented.pick(random);
    return switch (precision) {
      case "EXACT" -> new DemoBirthDate(birth, "EXACT");
      case "MONTH" -> new DemoBirthDate(birth.withDayOfMonth(1), "MONTH");
      case "YEAR" -> new DemoBirthDate(birth.withDayOfYear(1), "YEAR");
      case "ESTIMATED" -> new DemoBirthDate(fromStatedAge(birth, today), "ESTIMATED");
      case "UNKNOWN" -> null;
      default ->
          throw new IllegalStateException(
              "/demo/generator.properties: unknown birth date precision " + precision);
    };
  }

  /**
   * A person who says "I am 7" was born between 8 and 7 years ago; registrars take the middle, so
   * the estimate is never more than six months off.
   */
  private static LocalDate fromStatedAge(LocalDate birth, LocalDate today) {
    int statedAge = Period.between(birth, today).getYears();
    return today.minusYears(statedAge).minusMonths(6);
  }
}
