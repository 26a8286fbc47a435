package org.homeward.linkage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.linkage.blocking.BlockingRule;
import org.homeward.linkage.blocking.CandidatePairs;
import org.homeward.linkage.blocking.RowBlocks;
import org.homeward.linkage.compare.PreparedRecords;
import org.homeward.linkage.compare.RecordComparator;
import org.homeward.linkage.io.Dataset;
import org.homeward.linkage.io.InputException;
import org.homeward.linkage.model.FellegiSunter;
import org.homeward.linkage.model.TermFrequencies;
import org.homeward.linkage.model.TrainedModel;
import org.homeward.linkage.settings.Thresholds;
import tools.jackson.databind.ObjectMapper;

/**
 * The existing persons, prepared and indexed by their blocking keys once, with a trained model:
 * {@link #match} links a new list against them comparing only the new records' candidate pairs, and
 * {@link #add} grows the index without preparing anything again. What the server keeps between
 * intakes.
 *
 * <p>{@code match} gives exactly the pairs and probabilities of {@link LinkageEngine#score} with
 * the existing records on the left and the same model: the same blocking rules, keys and
 * oversized-block limit, the same comparisons. The model is trained once (e.g. by {@link
 * LinkageEngine#dedupe} on the existing persons) and can be saved and loaded ({@link #saveModel},
 * {@link #loadModel}); it is not re-estimated as records are added.
 *
 * <p>Not thread-safe for {@code add}; {@code match} may run concurrently with other matches.
 */
public final class LinkageIndex {

  /** One pair judged match or review: an existing record and a new one. */
  public record Match(
      String existingId,
      String newId,
      double weight,
      double probability,
      Thresholds.Decision decision) {}

  private final LinkageEngine engine;
  private final TrainedModel model;
  private final RecordComparator comparator;
  private final List<PreparedRecords> parts = new ArrayList<>();
  private final List<Map<String, RowBlocks.Rows>> keys = new ArrayList<>();
  private final Map<String, Integer> rowsById = new HashMap<>();
  private int[] starts = new int[0];
  private int size;

  private LinkageIndex(LinkageEngine engine, TrainedModel model) {
    this.engine = engine;
    this.model = model;
    this.comparator = new RecordComparator(engine.settings());
    for (int r = 0; r < engine.blocker().rules().size(); r++) {
      keys.add(new HashMap<>());
    }
  }

  /** An index of {@code existing}, scored with {@code model} (trained on them or loaded). */
  public static LinkageIndex build(LinkageEngine engine, TrainedModel model, Dataset existing) {
    LinkageIndex index = new LinkageIndex(engine, model);
    index.add(existing);
    return index;
  }

  public TrainedModel model() {
    return model;
  }

  /** How many existing records the index holds. */
  public int size() {
    return size;
  }

  /** Adds records (ids must be new): prepares and indexes only them. */
  public void add(Dataset records) {
    for (String id : records.ids()) {
      if (rowsById.containsKey(id)) {
        throw new InputException(records.source() + ": id \"" + id + "\" is already indexed");
      }
    }
    PreparedRecords prepared = engine.prepare(records);
    List<BlockingRule> rules = engine.blocker().rules();
    for (int rule = 0; rule < rules.size(); rule++) {
      RowBlocks.group(rules.get(rule), prepared, size, keys.get(rule));
    }
    for (int row = 0; row < records.size(); row++) {
      rowsById.put(records.ids().get(row), size + row);
    }
    parts.add(prepared);
    starts = Arrays.copyOf(starts, starts.length + 1);
    starts[starts.length - 1] = size;
    size += records.size();
  }

  /** The new list's pairs with existing records judged match or review, best first. */
  public List<Match> match(Dataset incoming, Thresholds thresholds) {
    PreparedRecords right = engine.prepare(incoming);
    long maxBlockPairs = engine.blocker().maxBlockPairs();
    long[] buffer = new long[1024];
    int count = 0;
    List<BlockingRule> rules = engine.blocker().rules();
    for (int rule = 0; rule < rules.size(); rule++) {
      Map<String, RowBlocks.Rows> incomingBlocks = new LinkedHashMap<>();
      RowBlocks.group(rules.get(rule), right, 0, incomingBlocks);
      for (Map.Entry<String, RowBlocks.Rows> block : incomingBlocks.entrySet()) {
        RowBlocks.Rows existing = keys.get(rule).get(block.getKey());
        if (existing == null || (long) existing.size() * block.getValue().size() > maxBlockPairs) {
          continue;
        }
        for (int i = 0; i < existing.size(); i++) {
          for (int j = 0; j < block.getValue().size(); j++) {
            if (count == buffer.length) {
              buffer = Arrays.copyOf(buffer, Math.addExact(count, count >> 1));
            }
            buffer[count++] = CandidatePairs.pack(existing.get(i), block.getValue().get(j));
          }
        }
      }
    }
    long[] pairs = Arrays.copyOf(buffer, count);
    Arrays.sort(pairs);
    byte[] levels = new byte[comparator.fields().size()];
    List<Match> matches = new ArrayList<>();
    for (int p = 0; p < pairs.length; p++) {
      if (p > 0 && pairs[p] == pairs[p - 1]) {
        continue;
      }
      int global = (int) (pairs[p] >>> 32);
      int r = (int) pairs[p];
      int part = part(global);
      PreparedRecords left = parts.get(part);
      int l = global - starts[part];
      comparator.compare(left, l, right, r, levels, 0);
      double weight = model.weight(levels, 0, left, l, right, r);
      double probability = FellegiSunter.probability(weight);
      Thresholds.Decision decision = thresholds.decide(probability);
      if (decision != Thresholds.Decision.NON_MATCH) {
        matches.add(
            new Match(
                left.dataset().ids().get(l), incoming.ids().get(r), weight, probability, decision));
      }
    }
    matches.sort(Comparator.comparingDouble(Match::weight).reversed());
    return matches;
  }

  private int part(int global) {
    int i = Arrays.binarySearch(starts, global);
    return i >= 0 ? i : -i - 2;
  }

  /**
   * Version of the model file's contents; 2 since term frequencies were counted by key class. A
   * file of another version is refused (files before 2 have none).
   */
  private static final int MODEL_FORMAT = 2;

  /** What a model file holds: the settings' fields for checking, m, u, λ and term counts. */
  private record ModelFile(
      Integer format,
      List<String> columns,
      double[][] m,
      double[][] u,
      double lambda,
      int iterations,
      List<Map<String, Integer>> frequencies) {}

  /** Saves a trained model as JSON (parameters and term-frequency counts; no records). */
  public static void saveModel(TrainedModel model, Path file) throws IOException {
    FellegiSunter p = model.parameters();
    ModelFile content =
        new ModelFile(
            MODEL_FORMAT,
            columns(model.settings()),
            p.m(),
            p.u(),
            p.lambda(),
            p.iterations(),
            model.frequencies().counts());
    Files.writeString(file, new ObjectMapper().writeValueAsString(content));
  }

  /** Loads a model saved by {@link #saveModel} for the engine's settings. */
  public static TrainedModel loadModel(LinkageEngine engine, Path file) throws IOException {
    ModelFile content = new ObjectMapper().readValue(Files.readString(file), ModelFile.class);
    if (content.format() == null || content.format() != MODEL_FORMAT) {
      throw new InputException(
          file + ": the model was saved by another version of the engine; train it again");
    }
    if (!content.columns().equals(columns(engine.settings()))) {
      throw new InputException(
          file + ": the model was trained on fields " + content.columns() + ", not on these");
    }
    // A model saved by an engine that compared a field in other levels (names gained
    // "mostly_close", dates "known_month") cannot score with this one's levels.
    for (int f = 0; f < engine.comparators().size(); f++) {
      int levels = engine.comparators().get(f).levels().size();
      if (content.m()[f].length != levels || content.u()[f].length != levels) {
        throw new InputException(
            file
                + ": the model has "
                + content.m()[f].length
                + " comparison levels for "
                + content.columns().get(f)
                + ", this engine "
                + levels
                + ": it was saved by another version; train it again");
      }
    }
    return new TrainedModel(
        engine.settings(),
        new RecordComparator(engine.settings()),
        new FellegiSunter(content.m(), content.u(), content.lambda(), content.iterations()),
        TermFrequencies.of(content.frequencies()));
  }

  private static List<String> columns(org.homeward.linkage.settings.LinkageSettings settings) {
    return settings.fields().stream().map(f -> f.column() + ":" + f.kind()).toList();
  }
}
