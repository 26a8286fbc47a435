package org.homeward.linkage.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.homeward.linkage.compare.PreparedRecords;
import org.junit.jupiter.api.Test;

class PairSamplerTest {

  /** Rows 0-2 "aaa", 3-4 "bbb", 5 "ccc" alone; then {@code big} rows "zzz". */
  private static PreparedRecords records(int big) throws Exception {
    StringBuilder csv = new StringBuilder("id,code\n1,aaa\n2,aaa\n3,aaa\n4,bbb\n5,bbb\n6,ccc\n");
    for (int i = 0; i < big; i++) {
      csv.append("z").append(i).append(",zzz\n");
    }
    return CodeLists.prepare(csv.toString());
  }

  @Test
  void smallBlocksGiveEveryPairOnce() throws Exception {
    PairSampler.Sample sample = PairSampler.sample(CodeLists.BY_CODE, records(0), null, 100, 1);
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < sample.size(); i++) {
      pairs.add(sample.left()[i] + "-" + sample.right()[i]);
    }
    assertThat(pairs).containsExactlyInAnyOrder("0-1", "0-2", "1-2", "3-4");
    assertThat(sample.size()).isEqualTo(4);
    assertThat(sample.population()).isEqualTo(4);
  }

  @Test
  void largeBlocksAreSampledInProportionToTheirPairs() throws Exception {
    // 4 pairs in the small blocks, 1,000 × 999 / 2 = 499,500 in "zzz".
    PreparedRecords records = records(1_000);
    PairSampler.Sample sample = PairSampler.sample(CodeLists.BY_CODE, records, null, 20_000, 7);
    assertThat(sample.size()).isEqualTo(20_000);
    assertThat(sample.population()).isEqualTo(499_504);
    int inBig = 0;
    for (int i = 0; i < sample.size(); i++) {
      int a = sample.left()[i];
      int b = sample.right()[i];
      assertThat(a).isLessThan(b);
      assertThat(records.value(0, a)).isEqualTo(records.value(0, b));
      inBig += a >= 6 ? 1 : 0;
    }
    // Expected 20,000 × 499,500 / 499,504 ≈ 19,999.8 from the big block.
    assertThat(inBig).isGreaterThan(19_990);
  }
}
