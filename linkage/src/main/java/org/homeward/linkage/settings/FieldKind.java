package org.homeward.linkage.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a column holds, which decides how it is prepared, compared, blocked on and explained. */
public enum FieldKind {
  FULL_NAME,
  GIVEN_NAME,
  FAMILY_NAME,
  PATRONYMIC,
  BIRTH_DATE,
  BIRTH_YEAR,
  SEX,
  NATIONALITY,
  IDENTIFIER,
  CODE,
  CATEGORY,
  PLACE,
  TEXT,
  EMAIL;

  /** The name used in settings files, e.g. {@code birth_date}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the four kinds compared as personal names. */
  public boolean isName() {
    return this == FULL_NAME || this == GIVEN_NAME || this == FAMILY_NAME || this == PATRONYMIC;
  }

  public static Optional<FieldKind> fromJson(String name) {
    return Arrays.stream(values()).filter(k -> k.jsonName().equals(name)).findFirst();
  }

  /** All names, for error messages. */
  public static String allJsonNames() {
    return Arrays.stream(values()).map(FieldKind::jsonName).collect(Collectors.joining(", "));
  }
}
