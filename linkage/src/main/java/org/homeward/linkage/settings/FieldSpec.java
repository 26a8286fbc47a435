package org.homeward.linkage.settings;

import java.util.Objects;

/**
 * One compared column.
 *
 * @param column the CSV header it is read from
 * @param kind what it holds
 * @param format java.time pattern for {@link FieldKind#BIRTH_DATE} (optional sections allowed, e.g.
 *     {@code yyyy[-MM[-dd]]}); null for other kinds
 */
public record FieldSpec(String column, FieldKind kind, String format) {
  public FieldSpec {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(kind, "kind");
  }

  public static FieldSpec of(String column, FieldKind kind) {
    return new FieldSpec(column, kind, null);
  }
}
