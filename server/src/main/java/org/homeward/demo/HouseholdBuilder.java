package org.homeward.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.homeward.linkage.synth.GeneratorSettings;
import org.homeward.linkage.synth.NameParts;
import org.homeward.linkage.synth.Nationality;
import org.homeward.linkage.synth.Surname;
import org.homeward.linkage.synth.Weighted;

/**
 * Invents one household: who is in it, how old they are, what they are called, where they are held
 * and how they are related. Children take the mother's nationality and the father's surname.
 */
final class HouseholdBuilder {

  private static final String FEMALE = "FEMALE";
  private static final String MALE = "MALE";

  /** Older ages are too rare in the camps to be worth generating. */
  private static final int OLDEST_AGE = 85;

  /** What the members of one household share. */
  private record Family(
      Nationality nationality,
      List<String> nationalities,
      String camp,
      Surname surname,
      Surname maidenSurname,
      String fatherGivenName,
      boolean patronymics) {}

  private final DemoData data;
  private final GeneratorSettings settings;
  private final LocalDate today;
  private final SplittableRandom random;

  HouseholdBuilder(DemoData data, LocalDate today, SplittableRandom random) {
    this.data = data;
    this.settings = data.settings();
    this.today = today;
    this.random = random;
  }

  Household build(HouseholdType type) {
    Family family = family();
    Household household = new Household();
    switch (type) {
      case MOTHER_WITH_CHILDREN -> motherWithChildren(household, family, false, false);
      case MOTHER_WITH_CHILDREN_AND_FATHER -> motherWithChildren(household, family, true, false);
      case GRANDMOTHER_MOTHER_CHILDREN -> motherWithChildren(household, family, false, true);
      case GRANDMOTHER_WITH_GRANDCHILDREN -> grandmotherWithGrandchildren(household, family);
      case SEPARATED_CHILDREN_WITH_GUARDIAN -> guardianWithChildren(household, family);
      case UNACCOMPANIED_CHILDREN -> children(household, family, "UNACCOMPANIED_CHILD");
      case WOMAN_ALONE -> household.add(adultAlone(family, FEMALE, family.camp()));
      case MAN_ALONE -> household.add(adultAlone(family, MALE, place("MEN")));
    }
    return household;
  }

  private Family family() {
    Nationality nationality = data.nationalities().pick(random);
    return new Family(
        nationality,
        claims(nationality),
        place("WOMEN_CHILDREN"),
        data.names().surname(nationality.code(), random),
        data.names().surname(nationality.code(), random),
        data.names().given(nationality.code(), MALE, random),
        random.nextDouble() < nationality.patronymicRate());
  }

  private List<String> claims(Nationality nationality) {
    List<String> claims = new ArrayList<>(2);
    claims.add(nationality.code());
    Weighted<String> seconds = data.secondNationalities().get(nationality.code());
    if (seconds != null && random.nextDouble() < nationality.dualRate()) {
      claims.add(seconds.pick(random));
    }
    return List.copyOf(claims);
  }

  private void motherWithChildren(
      Household household, Family family, boolean withFather, boolean withGrandmother) {
    List<LocalDate> births = childBirths();
    Sketch mother = mother(family, births.get(0));
    int grandmother =
        withGrandmother
            ? household.add(grandmother(family, mother.birth(), family.maidenSurname()))
            : -1;
    int motherIndex = household.add(mother);
    if (grandmother >= 0) {
      household.link(grandmother, "MOTHER_OF", motherIndex);
    }
    int father = withFather ? household.add(father(family, mother.birth())) : -1;
    if (father >= 0) {
      household.link(father, "SPOUSE_OF", motherIndex);
    }
    for (int child : addChildren(household, family, births, null)) {
      household.link(motherIndex, "MOTHER_OF", child);
      if (father >= 0) {
        household.link(father, "FATHER_OF", child);
      }
    }
  }

  /** The mother is dead or missing; her mother-in-law shares the children's surname. */
  private void grandmotherWithGrandchildren(Household household, Family family) {
    List<LocalDate> births = childBirths();
    LocalDate absentMother = birthBefore(births.get(0), data.motherAgesAtFirstBirth().pick(random));
    int carer = household.add(grandmother(family, absentMother, family.surname()));
    for (int child : addChildren(household, family, births, "SEPARATED_CHILD")) {
      household.link(carer, "GUARDIAN_OF", child);
    }
  }

  private void guardianWithChildren(Household household, Family family) {
    Sketch guardian = adultAlone(family, FEMALE, family.camp());
    int carer = household.add(guardian);
    for (int child : addChildren(household, family, childBirths(), "SEPARATED_CHILD")) {
      household.link(carer, "GUARDIAN_OF", child);
    }
  }

  private void children(Household household, Family family, String flag) {
    addChildren(household, family, childBirths(), flag);
  }

  /** Birth dates of a household's children, oldest first. */
  private List<LocalDate> childBirths() {
    int count = data.childrenPerHousehold().pick(random);
    List<LocalDate> births = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      births.add(birthAtAge(data.childAges().pick(random)));
    }
    births.sort(null);
    return births;
  }

  /** Adds the children and links them as siblings; returns their indices. */
  private List<Integer> addChildren(
      Household household, Family family, List<LocalDate> births, String flag) {
    List<Integer> indices = new ArrayList<>(births.size());
    for (LocalDate birth : births) {
      indices.add(household.add(child(family, birth, flag)));
    }
    for (int i = 0; i < indices.size(); i++) {
      for (int j = i + 1; j < indices.size(); j++) {
        household.link(indices.get(i), "SIBLING_OF", indices.get(j));
      }
    }
    return indices;
  }

  private Sketch child(Family family, LocalDate birth, String flag) {
    String sex = random.nextDouble() < settings.rate("child.maleShare") ? MALE : FEMALE;
    String given = data.names().given(family.nationality().code(), sex, random);
    String patronymic =
        family.patronymics() ? data.patronymics().of(family.fatherGivenName(), sex) : null;
    NameParts name = new NameParts(given, family.surname().forSex(sex), patronymic);
    Set<String> flags = new TreeSet<>();
    if (flag != null) {
      flags.add(flag);
    }
    String facility = family.camp();
    if (MALE.equals(sex) && isDetainedBoy(birth)) {
      // Boys are taken from their mothers at puberty and held apart.
      facility = place("BOYS");
      if (flags.isEmpty()) {
        flags.add("SEPARATED_CHILD");
      }
    }
    return new Sketch(
        sex, birth, name, family.nationality(), family.nationalities(), facility, flags);
  }

  private boolean isDetainedBoy(LocalDate birth) {
    return age(birth) >= settings.integer("boys.detentionMinAge")
        && settings.chance("boys.detentionRate", random);
  }

  private Sketch mother(Family family, LocalDate oldestChildBirth) {
    LocalDate birth = birthBefore(oldestChildBirth, data.motherAgesAtFirstBirth().pick(random));
    boolean ownSurname = settings.chance("mother.ownSurnameRate", random);
    Surname surname = ownSurname ? family.maidenSurname() : family.surname();
    return woman(family, birth, femaleName(family, surname), family.camp());
  }

  /** A woman old enough to be the mother of someone born on {@code childBirth}. */
  private Sketch grandmother(Family family, LocalDate childBirth, Surname surname) {
    int years =
        data.motherAgesAtFirstBirth().pick(random)
            + random.nextInt(settings.integer("grandmother.extraYearsMax") + 1);
    years = Math.min(years, Math.max(16, OLDEST_AGE - age(childBirth)));
    LocalDate birth = birthBefore(childBirth, years);
    return woman(family, birth, femaleName(family, surname), family.camp());
  }

  private Sketch father(Family family, LocalDate motherBirth) {
    int older = random.nextInt(settings.integer("father.maxYearsOlder") + 1);
    LocalDate birth = motherBirth.minusYears(older).minusDays(random.nextInt(365));
    String patronymic = family.patronymics() ? randomPatronymic(family, MALE) : null;
    NameParts name = new NameParts(family.fatherGivenName(), family.surname().male(), patronymic);
    return new Sketch(
        MALE,
        birth,
        name,
        family.nationality(),
        claims(family.nationality()),
        place("MEN"),
        new TreeSet<>());
  }

  private Sketch adultAlone(Family family, String sex, String facility) {
    int age = data.adultAges().get(sex).pick(random).pick(random);
    Surname surname = data.names().surname(family.nationality().code(), random);
    String given = data.names().given(family.nationality().code(), sex, random);
    String patronymic = family.patronymics() ? randomPatronymic(family, sex) : null;
    NameParts name = new NameParts(given, surname.forSex(sex), patronymic);
    return new Sketch(
        sex,
        birthAtAge(age),
        name,
        family.nationality(),
        family.nationalities(),
        facility,
        new TreeSet<>());
  }

  private Sketch woman(Family family, LocalDate birth, NameParts name, String facility) {
    return new Sketch(
        FEMALE,
        birth,
        name,
        family.nationality(),
        family.nationalities(),
        facility,
        new TreeSet<>());
  }

  private NameParts femaleName(Family family, Surname surname) {
    String given = data.names().given(family.nationality().code(), FEMALE, random);
    String patronymic = family.patronymics() ? randomPatronymic(family, FEMALE) : null;
    return new NameParts(given, surname.female(), patronymic);
  }

  /** A patronymic from an invented father, for adults whose father is not in the caseload. */
  private String randomPatronymic(Family family, String sex) {
    String father = data.names().given(family.nationality().code(), MALE, random);
    return data.patronymics().of(father, sex);
  }

  private String place(String role) {
    Weighted<String> facilities = data.facilitiesByRole().get(role);
    if (facilities == null) {
      throw new IllegalStateException("/demo/facility-roles.tsv has no role " + role);
    }
    return facilities.pick(random);
  }

  private LocalDate birthAtAge(int age) {
    return today.minusYears(age).minusDays(random.nextInt(365));
  }

  /** A birth date {@code years} full years (plus some days) before {@code later}. */
  private LocalDate birthBefore(LocalDate later, int years) {
    return later.minusYears(years).minusDays(random.nextInt(365));
  }

  private int age(LocalDate birth) {
    return Period.between(birth, today).getYears();
  }
}
