package org.homeward.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class SimilarityTest {

  @Test
  void ownJaroWinklerEqualsTheLibrarys() {
    JaroWinklerSimilarity library = new JaroWinklerSimilarity();
    SplittableRandom random = new SplittableRandom(1);
    String letters = "aeioukhmrdnstzbgyl'";
    for (int n = 0; n < 200_000; n++) {
      String a = word(random, letters);
      String b = random.nextInt(3) == 0 ? mutate(a, random, letters) : word(random, letters);
      assertThat(Similarity.jaroWinklerShort(a, b))
          .as(a + " / " + b)
          .isEqualTo(library.apply(a, b));
    }
    assertThat(Similarity.jaroWinkler("rakhimova", "rahimova"))
        .isEqualTo(library.apply("rakhimova", "rahimova"));
  }

  private static String word(SplittableRandom random, String letters) {
    StringBuilder out = new StringBuilder();
    int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 64 : 12);
    for (int i = 0; i < n; i++) {
      out.append(letters.charAt(random.nextInt(letters.length())));
    }
    return out.toString();
  }

  private static String mutate(String a, SplittableRandom random, String letters) {
    StringBuilder out = new StringBuilder(a);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && out.length() > 1; e++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(3)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
        default -> {
          if (at + 1 < out.length()) {
            char c = out.charAt(at);
            out.setCharAt(at, out.charAt(at + 1));
            out.setCharAt(at + 1, c);
          }
        }
      }
    }
    return out.toString();
  }
}
