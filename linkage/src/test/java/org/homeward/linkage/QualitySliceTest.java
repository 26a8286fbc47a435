package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.homeward.linkage.bench.QualityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fast slice of the quality harness on public data (skipped where the data is missing): FEBRL's
 * smallest file. The floor is modest on purpose; the full figures are in BENCHMARKS.md.
 */
class QualitySliceTest {

  private static final Path DATA = SharedData.root();

  @TempDir Path work;

  @Test
  void febrlSmallFileDedupesWell() throws Exception {
    org.homeward.linkage.SharedData.require(
        Files.isReadable(DATA.resolve("febrl/dataset1.csv")), "FEBRL data not available");
    QualityReport.Score score = new QualityReport(DATA, work).febrlDedupe("dataset1");
    assertThat(score.f1()).isGreaterThan(0.95);
  }
}
