package org.homeward.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.homeward.linkage.names.NameForms;
import org.homeward.linkage.names.NameWord;
import org.junit.jupiter.api.Test;

class WordSimilaritiesTest {

  private static final String[] NAMES = {
    "Madina",
    "Мадина",
    "مدينة",
    "Rakhimova",
    "Рахимова",
    "رحيموفا",
    "Karimova",
    "Kadyrova",
    "Giménez",
    "خيمينيز",
    "Labović",
    "Лабович",
    "M.",
    "Zarina",
    "Yusup",
    "Yusuf",
    "ABDULAEV"
  };

  @Test
  void cachedSimilarityIsTheComputedOneRoundedWhateverTheCacheHolds() {
    List<NameWord> words = new ArrayList<>();
    for (String name : NAMES) {
      words.addAll(NameForms.standard().words(name));
    }
    WordSimilarities cache = new WordSimilarities();
    int[] ids = words.stream().mapToInt(cache::id).toArray();
    for (int round = 0; round < 2; round++) { // the second round reads the cache
      for (int i = 0; i < words.size(); i++) {
        for (int j = 0; j < words.size(); j++) {
          double computed = NameComparator.wordSimilarity(words.get(i), words.get(j));
          double cached = cache.similarity(words.get(i), ids[i], words.get(j), ids[j]);
          assertThat(cached).isCloseTo(computed, org.assertj.core.api.Assertions.within(1e-4));
          assertThat(cached == 1.0).isEqualTo(computed == 1.0);
          assertThat(cached).isEqualTo(cache.similarity(words.get(i), 0, words.get(j), 0));
        }
      }
    }
  }

  @Test
  void theSameWordPreparedTwiceGetsOneIdAndDifferentWordsDifferentIds() {
    WordSimilarities cache = new WordSimilarities();
    NameWord a = NameForms.standard().words("Madina").get(0);
    NameWord b = NameForms.standard().words("MADINA").get(0);
    NameWord c = NameForms.standard().words("مدينة").get(0);
    assertThat(cache.id(a)).isEqualTo(cache.id(b)).isPositive();
    assertThat(cache.id(c)).isNotEqualTo(cache.id(a)).isPositive();
  }
}
