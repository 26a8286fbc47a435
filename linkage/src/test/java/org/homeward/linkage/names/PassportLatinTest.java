package org.homeward.linkage.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassportLatinTest {
  @Test
  void cyrillicNamesAreWrittenAsAPassportWouldWriteThem() {
    assertThat(PassportLatin.of("Рахимова Мадина")).isEqualTo("Rakhimova Madina");
    assertThat(PassportLatin.of("Юлия")).isEqualTo("Iuliia");
  }

  @Test
  void tajikAndKazakhLettersBecomePlainLatin() {
    assertThat(PassportLatin.of("Раҳимов Умар")).isEqualTo("Rahimov Umar");
    assertThat(PassportLatin.of("Сейтқали  Дана")).isEqualTo("Seytqali Dana");
  }

  @Test
  void arabicScriptAndLatinNamesAreKeptReadable() {
    // Arabic script leaves short vowels unwritten: the reading keeps the consonants it can see
    assertThat(PassportLatin.of("مدينة رحيموفا")).isEqualTo("Mdyna Rhymwfa");
    assertThat(PassportLatin.of("RAKHIMOVA Madina")).isEqualTo("RAKHIMOVA Madina");
  }
}
