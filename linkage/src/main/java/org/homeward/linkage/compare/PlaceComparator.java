package org.homeward.linkage.compare;

import java.util.List;
import org.homeward.linkage.names.NameKeys;

/**
 * Place names (town, suburb, camp, district) in any script: compared on their Latin form, so
 * "Душанбе" and "Dushanbe" agree exactly.
 */
public final class PlaceComparator extends FieldComparator<String> {

  private static final List<Level> LEVELS =
      List.of(
          new Level("exact", "the same place"),
          new Level("close", "the same place spelt slightly differently"),
          new Level("similar", "similar place names"),
          new Level("different", "different places"));

  private final NameKeys keys = NameKeys.standard();

  @Override
  public String prepare(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String latin = keys.latin(raw);
    return latin.isEmpty() ? null : latin;
  }

  @Override
  public int level(String a, String b) {
    if (a.equals(b) || a.replace(" ", "").equals(b.replace(" ", ""))) {
      return 0;
    }
    double similarity = Similarity.jaroWinkler(a, b);
    return similarity >= 0.92 ? 1 : similarity >= 0.80 ? 2 : 3;
  }

  @Override
  public List<Level> levels() {
    return LEVELS;
  }
}
