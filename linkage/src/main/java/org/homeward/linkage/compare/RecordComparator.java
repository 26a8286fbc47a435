package org.homeward.linkage.compare;

import java.util.List;
import org.homeward.linkage.settings.FieldKind;
import org.homeward.linkage.settings.LinkageSettings;

/**
 * Compares two prepared records field by field, giving each field's level ({@code -1} where a value
 * is missing).
 *
 * <p>When the settings have both a given-name and a family-name field, the two are also compared
 * crosswise, and the crosswise levels are used when they are better for the pair as a whole: lists
 * often write the given name in the family-name column and the reverse (or put a whole name in one
 * of them), and such a record is the same person, not a different one.
 */
public final class RecordComparator {

  private final List<FieldComparator<?>> fields;
  private final int given;
  private final int family;

  public RecordComparator(LinkageSettings settings) {
    this.fields =
        settings.fields().stream().<FieldComparator<?>>map(Comparators::forField).toList();
    int g = -1;
    int f = -1;
    for (int i = 0; i < settings.fields().size(); i++) {
      FieldKind kind = settings.fields().get(i).kind();
      if (kind == FieldKind.GIVEN_NAME && g < 0) {
        g = i;
      } else if (kind == FieldKind.FAMILY_NAME && f < 0) {
        f = i;
      }
    }
    this.given = f >= 0 ? g : -1;
    this.family = g >= 0 ? f : -1;
  }

  /** The comparators, in settings order. */
  public List<FieldComparator<?>> fields() {
    return fields;
  }

  /** Levels of row {@code l} of {@code left} against row {@code r} of {@code right}. */
  public void compare(
      PreparedRecords left, int l, PreparedRecords right, int r, byte[] out, int offset) {
    for (int f = 0; f < fields.size(); f++) {
      out[offset + f] = level(f, left.value(f, l), right.value(f, r));
    }
    if (given >= 0) {
      byte crossGiven = level(given, left.value(given, l), right.value(family, r));
      byte crossFamily = level(family, left.value(family, l), right.value(given, r));
      if (rank(given, crossGiven) + rank(family, crossFamily)
          < rank(given, out[offset + given]) + rank(family, out[offset + family])) {
        out[offset + given] = crossGiven;
        out[offset + family] = crossFamily;
      }
    }
  }

  private byte level(int field, Object a, Object b) {
    return a == null || b == null ? -1 : (byte) fields.get(field).levelOf(a, b);
  }

  /** Missing ranks below every level: it is no agreement. */
  private int rank(int field, byte level) {
    return level < 0 ? fields.get(field).levels().size() : level;
  }
}
