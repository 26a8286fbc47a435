package org.homeward.linkage.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Measures, on Wikidata name pairs, how often the Latin spelling of a name and its Russian or
 * Arabic spelling get the same key, and how often two different names collide. The floors are
 * modest on purpose: they catch a broken key, they are not a target to tune to.
 *
 * <p>The data is not in the repository; the test is skipped where it is missing. Point the system
 * property {@code homeward.shared.data} at another copy of the data folder to use it.
 */
class KeyAgreementRatesTest {

  private static final Path DATA =
      org.homeward.linkage.SharedData.root().resolve("transliteration");
  private static final int SAMPLE = 5_000;
  private static final long SEED = 20240611L;

  private final NameKeys names = new NameKeys();

  /** One line: Latin name, native name with its characters space-separated, frequency. */
  private record Pair(String latin, String nativeName) {}

  private static List<Pair> sample(String file) throws IOException {
    Path path = DATA.resolve(file);
    org.homeward.linkage.SharedData.require(
        Files.isReadable(path), "name data not available at " + path);
    List<Pair> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t");
      if (fields.length >= 2) {
        pairs.add(new Pair(fields[0], fields[1].replace(" ", "")));
      }
    }
    Collections.shuffle(pairs, new Random(SEED));
    return pairs.subList(0, Math.min(SAMPLE, pairs.size()));
  }

  private double agreement(String label, List<Pair> pairs) {
    int same = 0;
    List<String> misses = new ArrayList<>();
    for (Pair pair : pairs) {
      String latinKey = names.key(pair.latin());
      String nativeKey = names.key(pair.nativeName());
      if (latinKey.equals(nativeKey)) {
        same++;
      } else if (misses.size() < 15) {
        misses.add(
            String.format(
                "%s=%s / %s=%s=%s",
                pair.latin(),
                latinKey,
                pair.nativeName(),
                names.latin(pair.nativeName()),
                nativeKey));
      }
    }
    double rate = (double) same / pairs.size();
    System.out.printf("%s key agreement: %d/%d = %.3f%n", label, same, pairs.size(), rate);
    misses.forEach(miss -> System.out.println("  miss " + miss));
    return rate;
  }

  /** Share of random pairs of different Latin names whose keys are equal. */
  private double collisions(String label, List<Pair> pairs) {
    Random random = new Random(SEED);
    int compared = 0;
    int collided = 0;
    for (int i = 0; i < SAMPLE * 4; i++) {
      String a = pairs.get(random.nextInt(pairs.size())).latin();
      String b = pairs.get(random.nextInt(pairs.size())).latin();
      if (a.equals(b)) {
        continue;
      }
      compared++;
      if (names.key(a).equals(names.key(b))) {
        collided++;
      }
    }
    double rate = (double) collided / compared;
    System.out.printf("%s random-pair collision: %d/%d = %.4f%n", label, collided, compared, rate);
    return rate;
  }

  @Test
  void latinAndCyrillicSpellingsMostlyShareAKey() throws IOException {
    List<Pair> pairs = sample("wikidata-names-en-ru.train.tsv");
    assertThat(agreement("Latin-Cyrillic", pairs)).isGreaterThanOrEqualTo(0.6);
    assertThat(collisions("Latin-Cyrillic sample", pairs)).isLessThanOrEqualTo(0.05);
  }

  @Test
  void latinAndArabicSpellingsOftenShareAKey() throws IOException {
    List<Pair> pairs = sample("wikidata-names-en-ar.train.tsv");
    // Arabic spellings of European, Japanese and other names vary far more than Russian ones
    assertThat(agreement("Latin-Arabic", pairs)).isGreaterThanOrEqualTo(0.4);
    assertThat(collisions("Latin-Arabic sample", pairs)).isLessThanOrEqualTo(0.05);
  }

  @Test
  void keysAreFastEnoughForStartUpIndexing() throws IOException {
    List<Pair> pairs = sample("wikidata-names-en-ru.train.tsv");
    List<String> words = new ArrayList<>();
    pairs.forEach(pair -> words.add(pair.nativeName()));
    pairs.forEach(pair -> words.add(pair.latin()));
    NameKeys cold = new NameKeys();
    long start = System.nanoTime();
    for (String word : words) {
      cold.tokens(word);
    }
    double coldRate = words.size() / ((System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    int rounds = 20;
    for (int round = 0; round < rounds; round++) {
      for (String word : words) {
        cold.tokens(word);
      }
    }
    double warmRate = rounds * words.size() / ((System.nanoTime() - start) / 1e9);
    System.out.printf(
        "tokens/s: first sight %.0f (half Cyrillic, half Latin), repeated words %.0f%n",
        coldRate, warmRate);
    // Loose floor: CI machines are slow and shared; the real figures are printed above.
    assertThat(warmRate).isGreaterThan(20_000);
  }
}
