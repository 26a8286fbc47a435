package org.homeward.linkage.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.homeward.linkage.io.CsvDatasetReader;
import org.homeward.linkage.io.Dataset;
import org.homeward.linkage.names.NameForms;
import org.homeward.linkage.names.NameWord;
import org.homeward.linkage.settings.LinkageSettings;
import org.homeward.linkage.settings.SettingsReader;
import org.homeward.linkage.synth.SyntheticPersons;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Micro-benchmarks of the engine's inner loops: Jaro–Winkler (ours against Commons Text's),
 * transliteration of a name into its words and renderings ({@link NameForms#words}, first sight
 * and cached), and one record comparison on synthetic records. Inputs come from {@code synth}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class LinkageBenchmarks {

  private static final JaroWinklerSimilarity LIBRARY = new JaroWinklerSimilarity();

  private String[] names;
  private String[] latins;
  private PreparedRecords records;
  private RecordComparator comparator;
  private byte[] levels;
  private int[] pairs;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("homeward-jmh");
    new SyntheticPersons().write(2000, 0.3, 1, dir);
    LinkageSettings settings = SettingsReader.read(dir.resolve("settings.json"));
    Dataset dataset = CsvDatasetReader.read(dir.resolve("input.csv"), settings);
    comparator = new RecordComparator(settings);
    records = PreparedRecords.prepare(dataset, comparator.fields());
    levels = new byte[comparator.fields().size()];
    names = dataset.values()[0];
    latins =
        java.util.Arrays.stream(names)
            .flatMap(n -> NameForms.standard().words(n).stream())
            .map(NameWord::latin)
            .distinct()
            .toArray(String[]::new);
    SplittableRandom random = new SplittableRandom(7);
    pairs = new int[2 * 4096];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = random.nextInt(dataset.size());
    }
  }

  private int nextIndex(int bound) {
    next = (next + 1) & 4095;
    return next % bound;
  }

  @Benchmark
  public double jaroWinklerOwn() {
    int i = nextIndex(latins.length);
    return Similarity.jaroWinkler(latins[i], latins[(i * 31 + 7) % latins.length]);
  }

  @Benchmark
  public double jaroWinklerCommonsText() {
    int i = nextIndex(latins.length);
    return LIBRARY.apply(latins[i], latins[(i * 31 + 7) % latins.length]);
  }

  /** A name seen before (the transliterator caches words): the common case in a large list. */
  @Benchmark
  public List<NameWord> nameFormsWords() {
    return NameForms.standard().words(names[nextIndex(names.length)]);
  }

  @Benchmark
  public void compareRecords(Blackhole hole) {
    int p = nextIndex(4096);
    comparator.compare(records, pairs[2 * p], records, pairs[2 * p + 1], levels, 0);
    hole.consume(levels);
  }
}
