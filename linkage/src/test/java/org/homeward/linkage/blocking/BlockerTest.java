package org.homeward.linkage.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.homeward.linkage.compare.PreparedRecords;
import org.junit.jupiter.api.Test;

class BlockerTest {

  /** {@code big} rows sharing "zzz", then 50 pairs of rows sharing a code each. */
  private static PreparedRecords records(int big) throws Exception {
    StringBuilder csv = new StringBuilder("id,code\n");
    for (int i = 0; i < big; i++) {
      csv.append("z").append(i).append(",zzz\n");
    }
    for (int i = 0; i < 100; i++) {
      csv.append("p").append(i).append(",c").append(100 + i / 2).append('\n');
    }
    return CodeLists.prepare(csv.toString());
  }

  @Test
  void aSmallListIsBlockedInFullUnderThePerRecordBudget() throws Exception {
    // 300 × 299 / 2 = 44,850 pairs in one block: far over 10 per record, under the floor.
    Blocker.Result result =
        new Blocker(List.of(CodeLists.BY_CODE), Long.MAX_VALUE, 10).dedupe(records(300));
    assertThat(result.pairs().size()).isEqualTo(44_850 + 50);
  }

  @Test
  void aRuleStopsAtItsBudgetTakingTheMostSpecificBlocksFirst() throws Exception {
    // 2,100 × 2,099 / 2 = 2,203,950 pairs: over the 2,000,000 floor (and 10 per record).
    Blocker.Result result =
        new Blocker(List.of(CodeLists.BY_CODE), Long.MAX_VALUE, 10).dedupe(records(2_100));
    assertThat(result.pairs().size()).isEqualTo(50);
    Blocker.Result unlimited =
        new Blocker(List.of(CodeLists.BY_CODE), Long.MAX_VALUE, 0).dedupe(records(2_100));
    assertThat(unlimited.pairs().size()).isEqualTo(2_203_950 + 50);
  }
}
