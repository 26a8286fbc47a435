package org.homeward.linkage.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a person's name the ways the sources of a real caseload do: the home ministry's Cyrillic
 * list (always), a Latin spelling from a passport or an NGO interview sheet, and an Arabic-script
 * spelling from the facility's register. The differences between them are what record linkage has
 * to overcome. Rates are in {@code /synth/names.properties}; used by the demo caseload and by
 * {@code ./homeward synth}.
 */
public final class NameRenderer {

  /** The source label of the home ministry's list, the only source that writes patronymics. */
  public static final String MINISTRY_LIST = "ministry list";

  private final GeneratorSettings settings;
  private final Transliterator passport;
  private final Transliterator habits;
  private final Transliterator registry;

  public NameRenderer() {
    this.settings = GeneratorSettings.load("/synth/names.properties");
    this.passport = Transliterator.load("latin-passport.tsv", true);
    this.habits = Transliterator.load("latin-habits.tsv", true);
    // Registry clerks vary vowel by vowel, so each letter is drawn afresh.
    this.registry = Transliterator.load("arabic-registry.tsv", false);
  }

  /**
   * Every spelling the caseload holds for one person.
   *
   * @param language language tag of the home ministry's list
   * @param facilityKind CAMP, PRISON, HOSPITAL or REHABILITATION_CENTRE (names the registry)
   */
  public List<WrittenName> render(
      NameParts name,
      String language,
      boolean hasPassport,
      String facilityKind,
      SplittableRandom random) {
    List<WrittenName> names = new ArrayList<>(3);
    names.add(ministry(name, language, random));
    if (hasPassport) {
      names.add(passport(name, language, random));
    } else if (settings.chance("names.interviewRate", random)) {
      names.add(interview(name, random));
    }
    if (settings.chance("names.registryRate", random)) {
      names.add(registry(name, facilityKind, random));
    }
    return names;
  }

  /** Official Russian-style order: surname, given name, patronymic. */
  public WrittenName ministry(NameParts name, String language, SplittableRandom random) {
    String text = name.surname() + " " + name.given();
    if (name.patronymic() != null) {
      text += " " + name.patronymic();
    }
    text = Typist.maybeSlip(text, settings.rate("typo.ministry"), random);
    return new WrittenName(text, "Cyrl", language, MINISTRY_LIST);
  }

  /** As in the passport's visual zone: upper case, surname first, no patronymic, no typos. */
  public WrittenName passport(NameParts name, String language, SplittableRandom random) {
    String text = passportLatin(name.surname(), random) + " " + passportLatin(name.given(), random);
    return new WrittenName(text, "Latn", language, "passport");
  }

  private String passportLatin(String cyrillic, SplittableRandom random) {
    return passport.render(cyrillic, random).toUpperCase(Locale.ROOT);
  }

  /** As typed by an NGO worker from what the person said, with that worker's spelling habits. */
  public WrittenName interview(NameParts name, SplittableRandom random) {
    boolean givenFirst = settings.chance("names.interviewGivenNameFirstRate", random);
    String text = ordered(name, givenFirst);
    text = habits.render(text, random);
    text = Typist.maybeSlip(text, settings.rate("typo.interview"), random);
    return new WrittenName(titleCase(text), "Latn", "en", "interview");
  }

  /** As in the facility's register, in Arabic script, without short vowels. */
  public WrittenName registry(NameParts name, String facilityKind, SplittableRandom random) {
    boolean surnameFirst = settings.chance("names.registrySurnameFirstRate", random);
    String text = registry.render(ordered(name, !surnameFirst), random);
    text = Typist.maybeSlip(text, settings.rate("typo.registry"), random);
    return new WrittenName(text, "Arab", "ar", settings.text("registry." + facilityKind));
  }

  private static String ordered(NameParts name, boolean givenFirst) {
    return givenFirst ? name.given() + " " + name.surname() : name.surname() + " " + name.given();
  }

  private static String titleCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean wordStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(wordStart ? Character.toUpperCase(c) : c);
      wordStart = c == ' ' || c == '-';
    }
    return out.toString();
  }
}
