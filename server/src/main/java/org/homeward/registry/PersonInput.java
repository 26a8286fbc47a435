package org.homeward.registry;

import com.ibm.icu.lang.UScript;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.homeward.common.Countries;
import org.homeward.common.FieldErrors;
import org.homeward.linkage.names.NameKeys;

/**
 * A person as a client sends it, in the API or a form: every value still text, so that each bad
 * value can be named by its field instead of failing the whole request at parse time.
 */
public record PersonInput(
    List<NameInput> names,
    String sex,
    BirthDateInput birthDate,
    List<NationalityInput> nationalities,
    List<DocumentInput> documents,
    String facilityId,
    String custodyStatus,
    String handedToState,
    List<String> vulnerabilities) {

  public record NameInput(String text, String script, String language, String source) {
    @Override
    public String toString() {
      return "NameInput[script=" + script + "]";
    }
  }

  /**
   * @param value the known part of the date: yyyy-MM-dd, yyyy-MM or yyyy
   * @param statedAge for ESTIMATED without a value: the age the person stated
   * @param statedOn the day the age was stated (defaults to today)
   */
  public record BirthDateInput(
      String value, String precision, Integer statedAge, String statedOn) {}

  public record NationalityInput(String country, String status) {}

  public record DocumentInput(String type, String number, String issuingCountry, String expiresOn) {
    @Override
    public String toString() {
      return "DocumentInput[type=" + type + "]";
    }
  }

  static final int MAX_NAMES = 20;
  static final int MAX_DOCUMENTS = 20;
  static final int MAX_SOURCE_LENGTH = 200;

  @Override
  public String toString() {
    return "PersonInput[names=" + (names == null ? 0 : names.size()) + "]";
  }

  /**
   * Checks everything and returns the details, or throws with every field problem found.
   *
   * @param facilityExists whether a facility id names a registered facility
   */
  public PersonDetails toDetails(LocalDate today, Predicate<UUID> facilityExists) {
    FieldErrors errors = new FieldErrors();
    List<NameVariant> checkedNames = checkNames(errors);
    Sex checkedSex = errors.enumValue(Sex.class, sex, "sex", Sex.UNKNOWN);
    PartialDate checkedBirth = checkBirthDate(today, errors);
    List<Nationality> checkedNationalities = checkNationalities(errors);
    List<IdentityDocument> checkedDocuments = checkDocuments(errors);
    UUID checkedFacility = checkFacility(facilityExists, errors);
    CustodyStatus checkedCustody =
        errors.enumValue(CustodyStatus.class, custodyStatus, "custodyStatus", CustodyStatus.HELD);
    String checkedHandedTo = checkHandedTo(checkedCustody, errors);
    Set<Vulnerability> checkedVulnerabilities = checkVulnerabilities(errors);
    errors.throwIfAny();
    return new PersonDetails(
        checkedNames,
        checkedSex,
        checkedBirth,
        checkedNationalities,
        checkedDocuments,
        checkedFacility,
        checkedCustody,
        checkedHandedTo,
        checkedVulnerabilities);
  }

  private String checkHandedTo(CustodyStatus custody, FieldErrors errors) {
    String code = isBlank(handedToState) ? null : handedToState.strip().toUpperCase(Locale.ROOT);
    if (custody == CustodyStatus.HANDED_TO_THIRD_STATE) {
      if (!Countries.isAlpha3(code)) {
        errors.add(
            "handedToState", "the ISO 3166-1 alpha-3 code of the state the person was handed to");
      }
      return code;
    }
    if (code != null) {
      errors.add("handedToState", "nothing unless custodyStatus is HANDED_TO_THIRD_STATE");
    }
    return null;
  }

  private List<NameVariant> checkNames(FieldErrors errors) {
    List<NameVariant> result = new ArrayList<>();
    if (names == null || names.isEmpty()) {
      errors.add("names", "at least one name");
      return result;
    }
    if (names.size() > MAX_NAMES) {
      errors.add("names", "at most " + MAX_NAMES + " names");
      return result;
    }
    for (int i = 0; i < names.size(); i++) {
      NameInput name = names.get(i);
      String field = "names[" + i + "]";
      if (name == null || name.text() == null) {
        errors.add(field + ".text", "a name with at least one letter");
        continue;
      }
      String text = Normalizer.normalize(name.text().strip(), Normalizer.Form.NFC);
      if (text.length() > NameVariant.MAX_LENGTH) {
        errors.add(field + ".text", "at most " + NameVariant.MAX_LENGTH + " characters");
      } else if (text.codePoints().noneMatch(Character::isLetter)) {
        errors.add(field + ".text", "a name with at least one letter");
      } else if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
        errors.add(field + ".text", "a name without control characters or line breaks");
      } else {
        result.add(
            new NameVariant(
                text.replaceAll("\\s+", " "),
                checkScript(name.script(), text, field, errors),
                checkLanguage(name.language(), field, errors),
                checkSource(name.source(), field, errors)));
      }
    }
    return result;
  }

  private static String checkScript(String script, String text, String field, FieldErrors errors) {
    if (script == null || script.isBlank()) {
      return NameKeys.script(text);
    }
    if (!script.matches("[A-Z][a-z]{3}")
        || UScript.getCodeFromName(script) == UScript.INVALID_CODE) {
      errors.add(field + ".script", "an ISO 15924 script code such as Cyrl, Latn or Arab");
    }
    return script;
  }

  private static String checkLanguage(String language, String field, FieldErrors errors) {
    if (language == null || language.isBlank()) {
      return null;
    }
    if (!language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
      errors.add(field + ".language", "a BCP 47 language tag such as tg, ru, ar or en");
      return null;
    }
    return Locale.forLanguageTag(language).toLanguageTag();
  }

  private static String checkSource(String source, String field, FieldErrors errors) {
    if (source == null || source.isBlank()) {
      return null;
    }
    if (source.length() > MAX_SOURCE_LENGTH) {
      errors.add(field + ".source", "at most " + MAX_SOURCE_LENGTH + " characters");
    }
    return source.strip();
  }

  private PartialDate checkBirthDate(LocalDate today, FieldErrors errors) {
    if (birthDate == null || (isBlank(birthDate.value()) && birthDate.statedAge() == null)) {
      return null;
    }
    DatePrecision precision =
        errors.enumValue(DatePrecision.class, birthDate.precision(), "birthDate.precision", null);
    if (precision == null && !isBlank(birthDate.precision())) {
      return null;
    }
    PartialDate date;
    try {
      date = readBirthDate(precision, today);
    } catch (IllegalArgumentException e) {
      errors.add(e instanceof BadField bad ? bad.field : "birthDate.value", e.getMessage());
      return null;
    }
    if (date.isAfter(today)) {
      errors.add("birthDate.value", "a birth date that is not in the future");
      return null;
    }
    if (date.latest().isBefore(today.minusYears(130))) {
      errors.add("birthDate.value", "a birth date within the last 130 years");
      return null;
    }
    return date;
  }

  private PartialDate readBirthDate(DatePrecision precision, LocalDate today) {
    if (birthDate.statedAge() != null) {
      if (precision != null && precision != DatePrecision.ESTIMATED) {
        throw new BadField("birthDate.precision", "ESTIMATED (or nothing) when statedAge is given");
      }
      LocalDate statedOn = isBlank(birthDate.statedOn()) ? today : parseDay(birthDate.statedOn());
      if (statedOn.isAfter(today)) {
        throw new BadField("birthDate.statedOn", "a day that is not in the future");
      }
      try {
        return PartialDate.estimatedFromAge(birthDate.statedAge(), statedOn);
      } catch (IllegalArgumentException e) {
        throw new BadField("birthDate.statedAge", e.getMessage());
      }
    }
    DatePrecision effective = precision == null ? inferPrecision(birthDate.value()) : precision;
    return PartialDate.parse(birthDate.value().strip(), effective);
  }

  private static DatePrecision inferPrecision(String value) {
    String v = value.strip();
    if (v.matches("\\d{4}")) {
      return DatePrecision.YEAR;
    }
    return v.matches("\\d{4}-\\d{2}") ? DatePrecision.MONTH : DatePrecision.EXACT;
  }

  private static LocalDate parseDay(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadField("birthDate.statedOn", "a date as yyyy-MM-dd");
    }
  }

  private List<Nationality> checkNationalities(FieldErrors errors) {
    List<Nationality> result = new ArrayList<>();
    if (nationalities == null) {
      return result;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < nationalities.size(); i++) {
      NationalityInput n = nationalities.get(i);
      String field = "nationalities[" + i + "]";
      String code =
          n == null || n.country() == null ? null : n.country().strip().toUpperCase(Locale.ROOT);
      if (!Countries.isAlpha3(code)) {
        errors.add(field + ".country", "an ISO 3166-1 alpha-3 country code such as TJK or KAZ");
        continue;
      }
      if (!seen.add(code)) {
        errors.add(field + ".country", "each country once");
        continue;
      }
      NationalityStatus status =
          errors.enumValue(
              NationalityStatus.class, n.status(), field + ".status", NationalityStatus.CLAIMED);
      result.add(new Nationality(code, status));
    }
    return result;
  }

  private List<IdentityDocument> checkDocuments(FieldErrors errors) {
    List<IdentityDocument> result = new ArrayList<>();
    if (documents == null) {
      return result;
    }
    if (documents.size() > MAX_DOCUMENTS) {
      errors.add("documents", "at most " + MAX_DOCUMENTS + " documents");
      return result;
    }
    for (int i = 0; i < documents.size(); i++) {
      DocumentInput d = documents.get(i);
      String field = "documents[" + i + "]";
      if (d == null) {
        errors.add(field, "a document with type, number and issuingCountry");
        continue;
      }
      DocumentType type = errors.requiredEnum(DocumentType.class, d.type(), field + ".type");
      String number = d.number() == null ? "" : d.number().strip();
      if (!number.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} /.-]{0,59}")) {
        errors.add(field + ".number", "1 to 60 letters, digits, spaces, '/', '.' or '-'");
      }
      String issuer =
          d.issuingCountry() == null ? null : d.issuingCountry().strip().toUpperCase(Locale.ROOT);
      if (!Countries.isAlpha3(issuer)) {
        errors.add(field + ".issuingCountry", "an ISO 3166-1 alpha-3 country code such as TJK");
      }
      LocalDate expires = null;
      if (!isBlank(d.expiresOn())) {
        try {
          expires = LocalDate.parse(d.expiresOn().strip());
        } catch (DateTimeParseException e) {
          errors.add(field + ".expiresOn", "a date as yyyy-MM-dd");
        }
      }
      if (type != null && Countries.isAlpha3(issuer)) {
        result.add(new IdentityDocument(type, number, issuer, expires));
      }
    }
    return result;
  }

  private UUID checkFacility(Predicate<UUID> facilityExists, FieldErrors errors) {
    if (isBlank(facilityId)) {
      return null;
    }
    try {
      UUID id = UUID.fromString(facilityId.strip());
      if (facilityExists.test(id)) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // reported below, the same way as an unknown id
    }
    errors.add("facilityId", "the id of a registered facility");
    return null;
  }

  private Set<Vulnerability> checkVulnerabilities(FieldErrors errors) {
    Set<Vulnerability> result = EnumSet.noneOf(Vulnerability.class);
    if (vulnerabilities == null) {
      return result;
    }
    for (int i = 0; i < vulnerabilities.size(); i++) {
      Vulnerability v =
          errors.enumValue(
              Vulnerability.class, vulnerabilities.get(i), "vulnerabilities[" + i + "]", null);
      if (v != null) {
        result.add(v);
      }
    }
    return result;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** A date problem that belongs to a field other than birthDate.value. */
  private static final class BadField extends IllegalArgumentException {
    private final String field;

    BadField(String field, String expected) {
      super(expected);
      this.field = field;
    }
  }
}
