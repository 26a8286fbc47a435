package org.homeward.linkage.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Cyrillic→Latin romanisation by the standards passports and registries use, read as data from the
 * iuliia tables (MIT, copied into this package's resources): ICAO Doc 9303 writes Юлия "Iuliia",
 * the Russian passport standard MVD 310 "Yuliya", BGN/PCGN "Yuliya", GOST 7.79 "Yuliya", and the
 * Uzbek table writes ў, қ, ғ, ҳ its own way. One ICU transform cannot give all of these, and a name
 * seen in a passport must be found from the ministry's Cyrillic list, so every table's rendering is
 * kept.
 *
 * <p>The algorithm is iuliia's: a word's two-letter ending may have its own rendering; otherwise
 * each letter is looked up with its previous letter, then with its next letter, then alone.
 */
final class Romanisation {

  /** Tables in order of how often passports of the region use them. */
  private static final List<String> TABLES =
      List.of("icao_doc_9303", "mvd_310", "mvd_782", "bgn_pcgn", "gost_779", "uz");

  private static final Romanisation INSTANCE = load();

  private final List<Table> tables;

  private Romanisation(List<Table> tables) {
    this.tables = tables;
  }

  static Romanisation standard() {
    return INSTANCE;
  }

  /** Every table's rendering of one lowercase Cyrillic word, distinct, in table order. */
  Set<String> renderings(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (Table table : tables) {
      out.add(table.translate(lower));
    }
    return out;
  }

  private record Table(
      Map<String, String> letters,
      Map<String, String> previous,
      Map<String, String> next,
      Map<String, String> endings) {

    String translate(String word) {
      if (word.length() > 2) {
        String ending = endings.get(word.substring(word.length() - 2));
        if (ending != null) {
          return letters(word.substring(0, word.length() - 2)) + ending;
        }
      }
      return letters(word);
    }

    private String letters(String stem) {
      StringBuilder out = new StringBuilder(stem.length() + 4);
      for (int i = 0; i < stem.length(); i++) {
        String current = String.valueOf(stem.charAt(i));
        String latin = null;
        if (i > 0) {
          latin = previous.get(stem.charAt(i - 1) + current);
        }
        if (latin == null && i + 1 < stem.length()) {
          latin = next.get(current + stem.charAt(i + 1));
        }
        if (latin == null) {
          latin = letters.getOrDefault(current, current);
        }
        out.append(latin);
      }
      return out.toString();
    }
  }

  private static Romanisation load() {
    ObjectMapper json = new ObjectMapper();
    List<Table> tables =
        TABLES.stream()
            .map(
                name -> {
                  String resource = "iuliia/" + name + ".json";
                  try (InputStream in = Romanisation.class.getResourceAsStream(resource)) {
                    if (in == null) {
                      throw new IllegalStateException("missing resource " + resource);
                    }
                    JsonNode root = json.readTree(in);
                    return new Table(
                        map(root.get("mapping")),
                        map(root.get("prev_mapping")),
                        map(root.get("next_mapping")),
                        map(root.get("ending_mapping")));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                })
            .toList();
    return new Romanisation(tables);
  }

  private static Map<String, String> map(JsonNode node) {
    Map<String, String> out = new HashMap<>();
    if (node != null && node.isObject()) {
      node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
    }
    return out;
  }
}
