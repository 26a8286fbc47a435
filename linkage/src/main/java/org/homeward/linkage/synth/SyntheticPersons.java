package org.homeward.linkage.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.linkage.bench.BayesCeiling;

/**
 * A synthetic person list with known duplicates for benchmarking the engine ({@code ./homeward
 * synth}). Names come from the same knowledge as the demo caseload ({@link NameCatalogue}, {@link
 * Patronymics}, {@link NameRenderer}): each record is one source's spelling of a person — the
 * ministry's Cyrillic list (surname first, maybe a patronymic), a passport's Latin capitals, an NGO
 * worker's Latin with their own transliteration habits (given name usually first), or a camp
 * registry's Arabic script without short vowels — with that source's typing slips.
 *
 * <p>Unlike the demo caseload (a few thousand people in households), this list stands for a large
 * register: the given name, the surname and the father's name (for the patronymic) are drawn from
 * the catalogues of independently drawn nationalities, so that a million people are not a few
 * hundred name pairs; and birth dates are mostly exact (see {@link #precision}).
 *
 * <p>{@code duplicateRate} is the share of records that repeat a person already in the list: with N
 * records and rate R there are N − round(N·R) persons, and each of the round(N·R) extra records
 * belongs to a person drawn uniformly (so a few persons appear three times or more). Records are
 * shuffled. Deterministic: the same arguments always write the same files.
 *
 * <p>Files: {@code input.csv} (rec_id, full_name, birth_date, sex, nationality, document_number,
 * source), {@code settings.json} (source is not compared), {@code truth.csv} (record_id, cluster_id
 * — the true person; the same shape as {@code dedupe}'s output, compared by {@code ./homeward
 * evaluate}).
 */
public final class SyntheticPersons {

  /** Ages are counted from this day, so that output does not depend on the clock. */
  static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static final String LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String SETTINGS =
      """
      {"id": "rec_id",
       "fields": [
        {"column": "full_name", "kind": "full_name"},
        {"column": "birth_date", "kind": "birth_date", "format": "yyyy[-MM[-dd]]"},
        {"column": "sex", "kind": "sex"},
        {"column": "nationality", "kind": "nationality"},
        {"column": "document_number", "kind": "identifier"}
       ]}
      """;

  private final NameCatalogue catalogue = NameCatalogue.load();
  private final Patronymics patronymics = Patronymics.load();
  private final Weighted<Nationality> nationalities = Nationality.load();
  private final NameRenderer renderer = new NameRenderer();
  private final Weighted<String> sources =
      Weighted.<String>builder()
          .add("ministry", 4)
          .add("passport", 2)
          .add("interview", 3)
          .add("registry", 3)
          .build();
  private final Weighted<String> precision =
      Weighted.<String>builder()
          .add("EXACT", 70)
          .add("MONTH", 6)
          .add("YEAR", 10)
          .add("ESTIMATED", 9)
          .add("UNKNOWN", 5)
          .build();
  private final Weighted<String> facilityKinds =
      Weighted.<String>builder().add("CAMP", 8).add("PRISON", 1).add("HOSPITAL", 1).build();

  /** The truth about one person. */
  private record Person(
      NameParts name,
      String language,
      String sex,
      String nationality,
      LocalDate birth,
      String doc) {}

  /**
   * Writes the three files into {@code out} (created if missing); returns the number of persons.
   */
  public int write(int records, double duplicateRate, long seed, Path out) throws IOException {
    return write(records, duplicateRate, seed, out, null).persons();
  }

  /**
   * Writes the three files as {@link #write(int, double, long, Path)} does and returns, besides the
   * number of persons, the {@link BayesCeiling} over what was written: how well any method could do
   * on this list.
   */
  public Written writeWithCeiling(int records, double duplicateRate, long seed, Path out)
      throws IOException {
    return write(records, duplicateRate, seed, out, new ArrayList<>());
  }

  /** What {@link #writeWithCeiling} wrote: the persons, and the oracle over their records. */
  public record Written(int persons, BayesCeiling ceiling) {}

  private Written write(
      int records, double duplicateRate, long seed, Path out, List<BayesCeiling.Record> shown)
      throws IOException {
    if (records < 1) {
      throw new IllegalArgumentException("--records must be at least 1, got " + records);
    }
    if (!(duplicateRate >= 0 && duplicateRate < 1)) {
      throw new IllegalArgumentException(
          "--duplicate-rate must be in [0, 1), got " + duplicateRate);
    }
    Files.createDirectories(out);
    SplittableRandom random = new SplittableRandom(seed);
    int persons = Math.max(1, records - (int) Math.round(records * duplicateRate));
    Person[] truth = new Person[persons];
    for (int p = 0; p < persons; p++) {
      truth[p] = person(random);
    }
    // Record r belongs to person owner[r]: every person once, then the duplicates; shuffled.
    int[] owner = new int[records];
    for (int r = 0; r < records; r++) {
      owner[r] = r < persons ? r : random.nextInt(persons);
    }
    for (int r = records - 1; r > 0; r--) {
      int k = random.nextInt(r + 1);
      int held = owner[r];
      owner[r] = owner[k];
      owner[k] = held;
    }
    Files.writeString(out.resolve("settings.json"), SETTINGS, StandardCharsets.UTF_8);
    try (CSVPrinter input =
            printer(
                out.resolve("input.csv"),
                "rec_id",
                "full_name",
                "birth_date",
                "sex",
                "nationality",
                "document_number",
                "source");
        CSVPrinter clusters = printer(out.resolve("truth.csv"), "record_id", "cluster_id")) {
      for (int r = 0; r < records; r++) {
        String id = "R%07d".formatted(r + 1);
        Person person = truth[owner[r]];
        List<String> row = record(id, person, random);
        input.printRecord(row);
        clusters.printRecord(id, "P%07d".formatted(owner[r] + 1));
        if (shown != null) {
          shown.add(
              new BayesCeiling.Record(
                  owner[r],
                  row.get(4),
                  row.get(3),
                  row.get(2),
                  row.get(5),
                  row.get(6).equals(NameRenderer.MINISTRY_LIST)
                      && person.name().patronymic() != null));
        }
      }
    }
    if (shown == null) {
      return new Written(persons, null);
    }
    List<BayesCeiling.Person> people = new ArrayList<>(persons);
    for (Person p : truth) {
      people.add(
          new BayesCeiling.Person(
              p.name().given(),
              p.name().surname(),
              p.name().patronymic(),
              p.sex().substring(0, 1),
              p.nationality(),
              p.birth(),
              p.doc()));
    }
    return new Written(persons, new BayesCeiling(people, shown));
  }

  private Person person(SplittableRandom random) {
    Nationality nationality = nationalities.pick(random);
    String sex = random.nextBoolean() ? "FEMALE" : "MALE";
    String given = catalogue.given(nationalities.pick(random).code(), sex, random);
    String surname = catalogue.surname(nationalities.pick(random).code(), random).forSex(sex);
    String patronymic =
        random.nextDouble() < nationality.patronymicRate()
            ? patronymics.of(
                catalogue.given(nationalities.pick(random).code(), "MALE", random), sex)
            : null;
    // Six in ten are children, as in the camps; adults up to 60.
    int age = random.nextDouble() < 0.6 ? random.nextInt(18) : 18 + random.nextInt(43);
    LocalDate birth = TODAY.minusYears(age).minusDays(1 + random.nextInt(364));
    String doc =
        random.nextDouble() < (age >= 18 ? 0.6 : 0.3)
            ? "" + letter(random) + letter(random) + digits(7, random)
            : null;
    return new Person(
        new NameParts(given, surname, patronymic),
        nationality.language(),
        sex,
        nationality.code(),
        birth,
        doc);
  }

  private List<String> record(String id, Person person, SplittableRandom random) {
    String source = sources.pick(random);
    if (source.equals("passport") && person.doc() == null) {
      source = "ministry";
    }
    WrittenName name =
        switch (source) {
          case "ministry" -> renderer.ministry(person.name(), person.language(), random);
          case "passport" -> renderer.passport(person.name(), person.language(), random);
          case "interview" -> renderer.interview(person.name(), random);
          default -> renderer.registry(person.name(), facilityKinds.pick(random), random);
        };
    String date =
        date(person.birth(), source.equals("passport") ? "EXACT" : precision.pick(random), random);
    String sex = random.nextDouble() < 0.05 ? "" : person.sex().substring(0, 1);
    String nationality = random.nextDouble() < 0.05 ? "" : person.nationality();
    String doc = "";
    if (person.doc() != null && (source.equals("passport") || random.nextDouble() < 0.5)) {
      doc = random.nextDouble() < 0.1 ? mistype(person.doc(), random) : person.doc();
    }
    return List.of(id, name.text(), date, sex, nationality, doc, name.source());
  }

  /** A birth date as one list writes it; an age-based estimate is within a year of the truth. */
  private static String date(LocalDate birth, String precision, SplittableRandom random) {
    return switch (precision) {
      case "EXACT" -> birth.toString();
      case "MONTH" -> birth.toString().substring(0, 7);
      case "YEAR" -> Integer.toString(birth.getYear());
      case "ESTIMATED" -> "~" + (birth.getYear() + random.nextInt(3) - 1);
      default -> "";
    };
  }

  /** One slip in a document number: two neighbours swapped or one digit misread. */
  private static String mistype(String doc, SplittableRandom random) {
    char[] chars = doc.toCharArray();
    int at = 2 + random.nextInt(chars.length - 3);
    if (random.nextBoolean()) {
      char held = chars[at];
      chars[at] = chars[at + 1];
      chars[at + 1] = held;
    } else {
      chars[at] = (char) ('0' + (chars[at] - '0' + 1 + random.nextInt(9)) % 10);
    }
    return new String(chars);
  }

  private static char letter(SplittableRandom random) {
    return LATIN.charAt(random.nextInt(LATIN.length()));
  }

  private static String digits(int n, SplittableRandom random) {
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  private static CSVPrinter printer(Path file, String... header) throws IOException {
    BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.builder().setHeader(header).get().print(writer);
  }
}
