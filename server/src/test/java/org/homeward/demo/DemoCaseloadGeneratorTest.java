package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCaseloadGeneratorTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 5, 21);
  private static final DemoCaseload CASELOAD = new DemoCaseloadGenerator(42).generate(5_000, TODAY);

  @Test
  void sameSeedGivesSameCaseload() {
    DemoCaseload again = new DemoCaseloadGenerator(42).generate(5_000, TODAY);

    assertThat(again).isEqualTo(CASELOAD);
  }

  @Test
  void differentSeedGivesDifferentCaseload() {
    DemoCaseload other = new DemoCaseloadGenerator(43).generate(5_000, TODAY);

    assertThat(other.persons()).isNotEqualTo(CASELOAD.persons());
  }

  @Test
  void generatesExactlyTheRequestedNumberOfPersons() {
    for (int size : new int[] {0, 1, 2, 7, 100, 1_001}) {
      DemoCaseload caseload = new DemoCaseloadGenerator(size).generate(size, TODAY);

      assertThat(caseload.persons()).hasSize(size);
      assertThat(caseload.persons()).extracting(DemoPerson::key).doesNotHaveDuplicates();
    }
  }

  @Test
  void mostChildrenAreUnderTwelve() {
    var ages =
        CASELOAD.persons().stream()
            .filter(person -> person.birthDate() != null)
            .map(person -> Period.between(person.birthDate().date(), TODAY).getYears())
            .filter(age -> age < 18)
            .toList();

    long underTwelve = ages.stream().filter(age -> age < 12).count();
    assertThat(ages).isNotEmpty();
    assertThat((double) underTwelve / ages.size()).isGreaterThan(0.5);
  }

  @Test
  void everyChildWithAMotherIsYoungerThanHerByAtLeastFourteenYears() {
    Map<String, DemoPerson> byKey = byKey(CASELOAD);
    var motherLinks =
        CASELOAD.relationships().stream().filter(r -> r.type().equals("MOTHER_OF")).toList();

    assertThat(motherLinks).isNotEmpty();
    for (DemoRelationship link : motherLinks) {
      DemoBirthDate mother = byKey.get(link.fromKey()).birthDate();
      DemoBirthDate child = byKey.get(link.toKey()).birthDate();
      if (mother != null && child != null) {
        assertThat(child.date()).as(link.toString()).isAfterOrEqualTo(mother.date().plusYears(14));
      }
    }
  }

  @Test
  void namesAppearInCyrillicLatinAndArabicScripts() {
    Map<UnicodeScript, String> codes =
        Map.of(
            UnicodeScript.CYRILLIC,
            "Cyrl",
            UnicodeScript.LATIN,
            "Latn",
            UnicodeScript.ARABIC,
            "Arab");
    Set<UnicodeScript> seen = new java.util.HashSet<>();

    for (DemoPerson person : CASELOAD.persons()) {
      assertThat(person.names()).hasSizeBetween(1, 3);
      for (DemoName name : person.names()) {
        Set<UnicodeScript> scripts = scriptsOf(name.text());
        assertThat(scripts).as(name.text()).hasSize(1);
        UnicodeScript script = scripts.iterator().next();
        assertThat(codes.get(script)).as(name.text()).isEqualTo(name.script());
        seen.add(script);
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(codes.keySet());
  }

  @Test
  void relationshipsOnlyReferToGeneratedPersons() {
    Set<String> keys = byKey(CASELOAD).keySet();

    assertThat(CASELOAD.relationships()).isNotEmpty();
    for (DemoRelationship relationship : CASELOAD.relationships()) {
      assertThat(keys).contains(relationship.fromKey(), relationship.toKey());
      assertThat(relationship.fromKey()).isNotEqualTo(relationship.toKey());
    }
  }

  @Test
  void nationalitiesAreIsoAlpha3() {
    Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    assertThat(CASELOAD.persons())
        .flatExtracting(DemoPerson::claimedNationalities)
        .isNotEmpty()
        .allSatisfy(code -> assertThat(iso).contains(code));
    assertThat(CASELOAD.persons())
        .flatExtracting(DemoPerson::documents)
        .allSatisfy(document -> assertThat(iso).contains(document.issuingCountry()));
    assertThat(CASELOAD.facilities())
        .allSatisfy(facility -> assertThat(iso).contains(facility.countryCode()));
  }

  @Test
  void everyPersonIsHeldInAGeneratedFacility() {
    Set<String> facilities =
        CASELOAD.facilities().stream().map(DemoFacility::key).collect(Collectors.toSet());

    assertThat(CASELOAD.persons())
        .allSatisfy(person -> assertThat(facilities).contains(person.facilityKey()));
  }

  @Test
  void childrenBornInTheCampsHaveNoDocuments() {
    assertThat(CASELOAD.persons())
        .filteredOn(person -> person.birthDate() != null)
        .filteredOn(person -> person.birthDate().date().getYear() >= 2019)
        .isNotEmpty()
        .allSatisfy(person -> assertThat(person.documents()).isEmpty());
  }

  private static Set<UnicodeScript> scriptsOf(String text) {
    return text.codePoints()
        .filter(Character::isLetter)
        .mapToObj(UnicodeScript::of)
        .collect(Collectors.toSet());
  }

  private static Map<String, DemoPerson> byKey(DemoCaseload caseload) {
    return caseload.persons().stream()
        .collect(Collectors.toMap(DemoPerson::key, Function.identity()));
  }
}
