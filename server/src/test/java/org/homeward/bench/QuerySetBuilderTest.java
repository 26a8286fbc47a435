package org.homeward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.registry.NameVariant;
import org.junit.jupiter.api.Test;

class QuerySetBuilderTest {
  private final List<UUID> ids = new ArrayList<>();
  private final Map<UUID, List<NameVariant>> names = new HashMap<>();

  QuerySetBuilderTest() {
    for (int i = 0; i < 300; i++) {
      UUID id = new UUID(0, i);
      ids.add(id);
      List<NameVariant> variants = new ArrayList<>();
      variants.add(new NameVariant("Мадина Рахимова" + i, "Cyrl", "ru", null));
      if (i % 3 != 0) {
        variants.add(new NameVariant("مدينة رحيموفا" + i, "Arab", "ar", null));
      }
      if (i % 2 == 0) {
        variants.add(new NameVariant("Madina Rakhimova" + i, "Latn", "en", null));
      }
      names.put(id, variants);
    }
  }

  @Test
  void theSameSeedGivesTheSameQueries() {
    List<SearchQuery> first = new QuerySetBuilder(2023).build(ids, names::get, 100);
    List<SearchQuery> again = new QuerySetBuilder(2023).build(ids, names::get, 100);

    assertThat(first).hasSize(100).isEqualTo(again);
  }

  @Test
  void anotherSeedGivesOtherQueries() {
    List<SearchQuery> first = new QuerySetBuilder(2023).build(ids, names::get, 100);
    List<SearchQuery> other = new QuerySetBuilder(7).build(ids, names::get, 100);

    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void searchesInAnotherScriptOrWithSwappedLatinWords() {
    List<SearchQuery> queries = new QuerySetBuilder(2023).build(ids, names::get, 150);

    assertThat(queries).extracting(SearchQuery::expected).doesNotHaveDuplicates();
    for (SearchQuery q : queries) {
      List<NameVariant> own = names.get(q.expected());
      if (q.kind().startsWith("Cyrl->")) {
        String script = q.kind().substring("Cyrl->".length());
        assertThat(script).isNotEqualTo("Cyrl");
        assertThat(own).contains(ownVariant(own, q.text(), script));
      } else {
        assertThat(q.kind()).isIn("Latn swapped", "Cyrl romanised, swapped");
        assertThat(q.text()).startsWith("Rakhimova").endsWith("Madina");
      }
    }
    assertThat(queries).extracting(SearchQuery::kind).contains("Cyrl->Arab", "Latn swapped");
  }

  @Test
  void skipsPersonsKnownInOneScriptOnly() {
    UUID lonely = new UUID(1, 1);
    List<SearchQuery> queries =
        new QuerySetBuilder(1)
            .build(List.of(lonely), id -> List.of(new NameVariant("Иван", "Cyrl", null, null)), 5);

    assertThat(queries).isEmpty();
  }

  @Test
  void listQueriesAreDeterministicAndRotateTheFilters() {
    List<UUID> facilities = List.of(new UUID(2, 1), new UUID(2, 2));
    List<ListQueries.ListQuery> a = ListQueries.build(List.of("TJK", "KAZ"), facilities, 5, 8, 50);
    List<ListQueries.ListQuery> b = ListQueries.build(List.of("TJK", "KAZ"), facilities, 5, 8, 50);

    assertThat(a).isEqualTo(b);
    assertThat(a.subList(0, 4))
        .extracting(ListQueries.ListQuery::kind)
        .isEqualTo(ListQueries.KINDS);
    assertThat(a.get(2).query()).contains("facilityId=").contains("&sex=").endsWith("&limit=50");
  }

  private static NameVariant ownVariant(List<NameVariant> own, String text, String script) {
    return own.stream()
        .filter(n -> n.text().equals(text) && n.script().equals(script))
        .findFirst()
        .orElse(new NameVariant(text, script, "missing", null));
  }
}
