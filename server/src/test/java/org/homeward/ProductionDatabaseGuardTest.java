package org.homeward;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionDatabaseGuardTest {
  @Test
  void productionRefusesToStartOnH2() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("homeward.production", "true")
            .withProperty("spring.datasource.url", "jdbc:h2:file:./data/homeward");

    assertThatThrownBy(() -> ProductionDatabaseGuard.check(env))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HOMEWARD_DB_URL");
  }

  @Test
  void productionStartsOnPostgresql() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("homeward.production", "true")
            .withProperty("spring.datasource.url", "jdbc:postgresql://db/homeward");

    assertThatCode(() -> ProductionDatabaseGuard.check(env)).doesNotThrowAnyException();
  }

  @Test
  void demoMayRunOnH2() {
    MockEnvironment env =
        new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/homeward");

    assertThatCode(() -> ProductionDatabaseGuard.check(env)).doesNotThrowAnyException();
  }
}
