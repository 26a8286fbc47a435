package org.homeward.bench;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import org.homeward.registry.NameVariant;

/**
 * Builds the benchmark's searches from the registry's own data, deterministically per seed: picks
 * persons at random positions and searches each by a spelling in a script other than the one the
 * person is first known by, or by a Latin spelling typed with the words in reverse order.
 */
public final class QuerySetBuilder {
  static final String LATIN = "Latn";
  static final String CYRILLIC = "Cyrl";
  private static final double SWAPPED_SHARE = 0.3;

  private final long seed;
  private final Transliterator romaniser =
      Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");

  public QuerySetBuilder(long seed) {
    this.seed = seed;
  }

  /**
   * @param ids every person, in a stable order (registration order)
   * @param namesOf the stored name variants of a person
   * @param count how many searches to build; fewer if the data has too few suitable persons
   */
  public List<SearchQuery> build(
      List<UUID> ids, Function<UUID, List<NameVariant>> namesOf, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SearchQuery> queries = new ArrayList<>();
    Set<Integer> picked = new HashSet<>();
    long attempts = 0;
    while (queries.size() < count && picked.size() < ids.size() && attempts++ < 50L * count) {
      int index = random.nextInt(ids.size());
      if (!picked.add(index)) {
        continue;
      }
      UUID id = ids.get(index);
      List<NameVariant> names = namesOf.apply(id);
      boolean swapped = random.nextDouble() < SWAPPED_SHARE;
      SearchQuery query = swapped ? swappedLatin(id, names) : null;
      if (query == null) {
        query = otherScript(id, names, random);
      }
      if (query != null) {
        queries.add(query);
      }
    }
    return queries;
  }

  private static SearchQuery otherScript(
      UUID id, List<NameVariant> names, SplittableRandom random) {
    if (names.isEmpty()) {
      return null;
    }
    String known = names.get(0).script();
    List<NameVariant> others = names.stream().filter(n -> !n.script().equals(known)).toList();
    if (others.isEmpty()) {
      return null;
    }
    NameVariant chosen = others.get(random.nextInt(others.size()));
    return new SearchQuery(id, chosen.text(), known + "->" + chosen.script());
  }

  private SearchQuery swappedLatin(UUID id, List<NameVariant> names) {
    for (NameVariant n : names) {
      if (n.script().equals(LATIN) && words(n.text()).size() > 1) {
        return new SearchQuery(id, reversed(n.text()), "Latn swapped");
      }
    }
    for (NameVariant n : names) {
      if (n.script().equals(CYRILLIC) && words(n.text()).size() > 1) {
        String latin = romaniser.transliterate(n.text());
        return new SearchQuery(id, reversed(latin), "Cyrl romanised, swapped");
      }
    }
    return null;
  }

  static String reversed(String text) {
    List<String> words = new ArrayList<>(words(text));
    Collections.reverse(words);
    return String.join(" ", words);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }
}
