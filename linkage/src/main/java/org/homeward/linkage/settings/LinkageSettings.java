package org.homeward.linkage.settings;

import java.util.List;
import java.util.Objects;

/**
 * What to compare: the id column and the compared fields, as read from a settings file ({@link
 * SettingsReader}) or built in code. Decisions are not part of the settings: see {@link
 * Thresholds}.
 */
public record LinkageSettings(String idColumn, List<FieldSpec> fields) {
  public LinkageSettings {
    Objects.requireNonNull(idColumn, "idColumn");
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("at least one field is needed");
    }
  }
}
