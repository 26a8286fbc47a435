package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentScriptTest {
  @Test
  void receivingAuthoritiesReadTheScriptOfTheirStatesMainLanguage() {
    assertThat(OperationDocuments.scriptOf("TJK")).isEqualTo("Cyrl");
    assertThat(OperationDocuments.scriptOf("RUS")).isEqualTo("Cyrl");
    assertThat(OperationDocuments.scriptOf("SYR")).isEqualTo("Arab");
    assertThat(OperationDocuments.scriptOf("IRQ")).isEqualTo("Arab");
    assertThat(OperationDocuments.scriptOf("FRA")).isEqualTo("Latn");
    assertThat(OperationDocuments.scriptOf("UZB")).isEqualTo("Latn");
  }
}
