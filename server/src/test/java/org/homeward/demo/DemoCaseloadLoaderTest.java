package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.registry.Page;
import org.homeward.registry.PersonFilter;
import org.homeward.registry.PersonSummary;
import org.homeward.registry.RegistryService;
import org.homeward.testing.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HomewardIntegrationTest
class DemoCaseloadLoaderTest {
  @Autowired DemoCaseloadLoader loader;
  @Autowired RegistryService registry;

  @Test
  void loadsEveryGeneratedPersonWithTheirFamilyLinksThroughTheRegistry() {
    long before = registry.countPersons();

    DemoCaseloadLoader.Result result = loader.load(400, 11);

    assertThat(result.persons()).isEqualTo(400);
    assertThat(result.relationships()).isGreaterThan(100);
    assertThat(registry.countPersons()).isEqualTo(before + 400);
    Page<PersonSummary> page = registry.list(PersonFilter.none(), null, 200);
    PersonSummary someone = page.items().get(page.items().size() - 1);
    assertThat(registry.search(someone.displayName(), 20))
        .anySatisfy(hit -> assertThat(hit.person().id()).isEqualTo(someone.id()));
  }

  @Test
  void loadingTwiceReusesTheFacilities() {
    loader.load(50, 1);
    int facilities = registry.facilities().size();

    loader.load(50, 2);

    assertThat(registry.facilities()).hasSize(facilities);
  }
}
