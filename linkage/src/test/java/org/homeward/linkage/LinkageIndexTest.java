package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.homeward.linkage.io.CsvDatasetReader;
import org.homeward.linkage.io.Dataset;
import org.homeward.linkage.model.TrainedModel;
import org.homeward.linkage.settings.LinkageSettings;
import org.homeward.linkage.settings.SettingsReader;
import org.homeward.linkage.settings.Thresholds;
import org.homeward.linkage.synth.SyntheticPersons;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkageIndexTest {

  @TempDir static Path dir;
  static LinkageSettings settings;
  static LinkageEngine engine;
  static Dataset existing;
  static Dataset first;
  static Dataset second;

  @BeforeAll
  static void lists() throws Exception {
    new SyntheticPersons().write(1500, 0.3, 11, dir.resolve("a"));
    new SyntheticPersons().write(300, 0.3, 12, dir.resolve("b"));
    new SyntheticPersons().write(300, 0.3, 13, dir.resolve("c"));
    settings = SettingsReader.read(dir.resolve("a/settings.json"));
    engine = new LinkageEngine(settings);
    existing = CsvDatasetReader.read(dir.resolve("a/input.csv"), settings);
    first = renamed(CsvDatasetReader.read(dir.resolve("b/input.csv"), settings), "B");
    second = renamed(CsvDatasetReader.read(dir.resolve("c/input.csv"), settings), "C");
  }

  /** Synthetic lists number their rows alike; give each list its own ids. */
  private static Dataset renamed(Dataset d, String prefix) {
    return new Dataset(
        d.source(),
        d.settings(),
        d.ids().stream().map(id -> prefix + id).toList(),
        d.values(),
        d.issues());
  }

  private static List<String> full(LinkResult result) {
    return result.pairs().stream()
        .map(
            p ->
                result.left().ids().get(p.left())
                    + "|"
                    + result.right().ids().get(p.right())
                    + "|"
                    + p.probability())
        .sorted()
        .toList();
  }

  private static List<String> incremental(List<LinkageIndex.Match> matches) {
    return matches.stream()
        .map(m -> m.existingId() + "|" + m.newId() + "|" + m.probability())
        .sorted()
        .toList();
  }

  @Test
  void matchingANewListEqualsAFullLinkWithTheSameModel() {
    TrainedModel model = engine.dedupe(existing, Thresholds.DEFAULT, Progress.NONE).model();
    LinkageIndex index = LinkageIndex.build(engine, model, existing);
    List<String> expected = full(engine.score(existing, first, model, Thresholds.DEFAULT));
    assertThat(expected).isNotEmpty();
    assertThat(incremental(index.match(first, Thresholds.DEFAULT))).isEqualTo(expected);
  }

  @Test
  void addingRecordsEqualsIndexingThemAllAtOnce() throws Exception {
    TrainedModel model = engine.dedupe(existing, Thresholds.DEFAULT, Progress.NONE).model();
    LinkageIndex index = LinkageIndex.build(engine, model, existing);
    index.add(first);
    assertThat(index.size()).isEqualTo(existing.size() + first.size());

    Dataset both = concat(existing, first);
    List<String> expected = full(engine.score(both, second, model, Thresholds.DEFAULT));
    assertThat(incremental(index.match(second, Thresholds.DEFAULT))).isEqualTo(expected);

    // A saved model scores exactly as the one it was saved from.
    Path file = dir.resolve("model.json");
    LinkageIndex.saveModel(model, file);
    LinkageIndex reloaded =
        LinkageIndex.build(engine, LinkageIndex.loadModel(engine, file), existing);
    reloaded.add(first);
    assertThat(incremental(reloaded.match(second, Thresholds.DEFAULT))).isEqualTo(expected);
  }

  @Test
  void aModelSavedWithOtherComparisonLevelsIsRefusedWithAClearMessage() throws Exception {
    TrainedModel model = engine.dedupe(first, Thresholds.DEFAULT, Progress.NONE).model();
    Path file = dir.resolve("old-model.json");
    LinkageIndex.saveModel(model, file);
    // As an engine before the name level "mostly_close" would have written it: one level fewer.
    var json = new tools.jackson.databind.ObjectMapper().readTree(file.toFile());
    ((tools.jackson.databind.node.ArrayNode) json.get("m").get(0)).remove(2);
    ((tools.jackson.databind.node.ArrayNode) json.get("u").get(0)).remove(2);
    java.nio.file.Files.writeString(file, json.toString());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LinkageIndex.loadModel(engine, file))
        .isInstanceOf(org.homeward.linkage.io.InputException.class)
        .hasMessageContaining("comparison levels for full_name")
        .hasMessageContaining("train it again");
  }

  @Test
  void aModelSavedBeforeTermFrequenciesWereCountedByClassIsRefused() throws Exception {
    TrainedModel model = engine.dedupe(first, Thresholds.DEFAULT, Progress.NONE).model();
    Path file = dir.resolve("format-1-model.json");
    LinkageIndex.saveModel(model, file);
    // Files before format 2 had no "format": their name counts are not split into classes.
    var json = new tools.jackson.databind.ObjectMapper().readTree(file.toFile());
    ((tools.jackson.databind.node.ObjectNode) json).remove("format");
    java.nio.file.Files.writeString(file, json.toString());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LinkageIndex.loadModel(engine, file))
        .isInstanceOf(org.homeward.linkage.io.InputException.class)
        .hasMessageContaining("another version of the engine")
        .hasMessageContaining("train it again");
  }

  private static Dataset concat(Dataset a, Dataset b) {
    String[][] values = new String[a.values().length][];
    for (int f = 0; f < values.length; f++) {
      values[f] = new String[a.size() + b.size()];
      System.arraycopy(a.values()[f], 0, values[f], 0, a.size());
      System.arraycopy(b.values()[f], 0, values[f], a.size(), b.size());
    }
    List<String> ids = new java.util.ArrayList<>(a.ids());
    ids.addAll(b.ids());
    return new Dataset("both", a.settings(), ids, values, List.of());
  }
}
