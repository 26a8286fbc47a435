package org.homeward.linkage.compare;

import java.util.List;
import java.util.Locale;

/** E-mail addresses: equal, same mailbox name at another domain or nearly equal, or different. */
public final class EmailComparator extends FieldComparator<String> {

  private static final List<Level> LEVELS =
      List.of(
          new Level("exact", "the same e-mail address"),
          new Level("close", "nearly the same e-mail address"),
          new Level("different", "different e-mail addresses"));

  @Override
  public String prepare(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return raw.trim().toLowerCase(Locale.ROOT);
  }

  @Override
  public int level(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    int at = a.indexOf('@');
    int bt = b.indexOf('@');
    boolean sameMailbox = at > 0 && bt > 0 && a.substring(0, at).equals(b.substring(0, bt));
    return sameMailbox || Similarity.jaroWinkler(a, b) >= 0.92 ? 1 : 2;
  }

  @Override
  public List<Level> levels() {
    return LEVELS;
  }
}
