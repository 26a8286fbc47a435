package org.homeward.registry;

import java.util.Arrays;
import java.util.Optional;

/** Age bands used for filters and statistics; the first bands separate young children. */
public enum AgeBand {
  AGE_0_4("0-4", 0, 4),
  AGE_5_11("5-11", 5, 11),
  AGE_12_17("12-17", 12, 17),
  AGE_18_59("18-59", 18, 59),
  AGE_60_PLUS("60+", 60, 200),
  UNKNOWN("unknown", -1, -1);

  private final String label;
  private final int fromYears;
  private final int toYears;

  AgeBand(String label, int fromYears, int toYears) {
    this.label = label;
    this.fromYears = fromYears;
    this.toYears = toYears;
  }

  public String label() {
    return label;
  }

  public int fromYears() {
    return fromYears;
  }

  public int toYears() {
    return toYears;
  }

  public static Optional<AgeBand> fromLabel(String label) {
    return Arrays.stream(values()).filter(b -> b.label.equals(label)).findFirst();
  }

  public static AgeBand of(Integer age) {
    if (age == null) {
      return UNKNOWN;
    }
    return Arrays.stream(values())
        .filter(b -> b != UNKNOWN && age >= b.fromYears && age <= b.toYears)
        .findFirst()
        .orElse(UNKNOWN);
  }
}
