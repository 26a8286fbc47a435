package org.homeward.linkage.compare;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.homeward.linkage.names.NameKeys;

/**
 * Free text such as street addresses: word order does not matter (words are sorted before
 * Jaro–Winkler), and sharing most words counts even when others differ.
 */
public final class TextComparator extends FieldComparator<TextComparator.Prepared> {

  private static final List<Level> LEVELS =
      List.of(
          new Level("exact", "the same text"),
          new Level("close", "nearly the same text"),
          new Level("overlap", "texts sharing most words"),
          new Level("different", "different texts"));

  private final NameKeys keys = NameKeys.standard();

  /** Latin words, sorted and joined, and the set of words. */
  public record Prepared(String sorted, Set<String> words) {}

  @Override
  public Prepared prepare(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String latin = keys.latin(raw);
    if (latin.isEmpty()) {
      return null;
    }
    String[] words = latin.split(" ");
    Arrays.sort(words);
    return new Prepared(String.join(" ", words), new HashSet<>(Arrays.asList(words)));
  }

  @Override
  public int level(Prepared a, Prepared b) {
    if (a.sorted().equals(b.sorted())) {
      return 0;
    }
    if (Similarity.jaroWinkler(a.sorted(), b.sorted()) >= 0.92) {
      return 1;
    }
    Set<String> common = new HashSet<>(a.words());
    common.retainAll(b.words());
    int union = a.words().size() + b.words().size() - common.size();
    return 2 * common.size() >= union ? 2 : 3;
  }

  @Override
  public List<Level> levels() {
    return LEVELS;
  }
}
