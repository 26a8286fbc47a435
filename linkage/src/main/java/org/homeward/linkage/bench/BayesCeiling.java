package org.homeward.linkage.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well any method could deduplicate a synthetic list, given what its records reveal: an oracle
 * that reads every name perfectly (it knows each record's true given name and surname, which no
 * engine does across scripts and typing slips) and judges everything else by the generator's true
 * distributions. For each pair of records with the same true name it works out the posterior
 * probability that they are one person:
 *
 * <ul>
 *   <li>prior odds: true pairs over the other pairs of the list;
 *   <li>name: N / the persons with that name (N persons in all);
 *   <li>nationality and sex, where both records show them: disagreement rules the pair out (the
 *       generator never miswrites them); agreement counts N / the persons of that nationality;
 *   <li>birth date as far as each record knows it (a day, a month, a year, a year either side of an
 *       estimate, nothing): N × the persons born in both records' ranges / (those in the one's ×
 *       those in the other's);
 *   <li>document number, where both show one: at most two characters apart (one slip) counts N,
 *       more rules the pair out;
 *   <li>patronymic, where both show one: the same counts as its rarity among persons who have one,
 *       another rules the pair out.
 * </ul>
 *
 * Pairs at or above a posterior threshold are taken as matches, and pairwise precision, recall and
 * F1 are reported against the truth. It is an estimate of the ceiling, not a proof: it assumes
 * fields independent given the person, and it decides pair by pair (clustering can add a little by
 * transitivity). Its point is the order of magnitude: when the ceiling itself is below a target, no
 * engine meets the target on that data.
 */
public final class BayesCeiling {

  /** The truth about one person. */
  public record Person(
      String given,
      String surname,
      String patronymic,
      String sex,
      String nationality,
      LocalDate birth,
      String document) {}

  /**
   * One record as the list shows it.
   *
   * @param person index of its person
   * @param nationality as shown, "" when missing
   * @param sex as shown, "" when missing
   * @param birthDate as written: yyyy-MM-dd, yyyy-MM, yyyy, ~yyyy, or "" when missing
   * @param document as shown, "" when missing
   * @param showsPatronymic whether the written name carries the person's patronymic
   */
  public record Record(
      int person,
      String nationality,
      String sex,
      String birthDate,
      String document,
      boolean showsPatronymic) {}

  /** Pairwise quality of taking every pair at or above {@code threshold} as a match. */
  public record Score(double threshold, double precision, double recall, double f1) {}

  public record Result(long truePairs, List<Score> scores) {}

  private final List<Person> persons;
  private final List<Record> records;
  private final Map<String, Integer> names = new HashMap<>();
  private final Map<String, Integer> nationalities = new HashMap<>();
  private final Map<String, Integer> patronymics = new HashMap<>();
  private final int withPatronymic;
  private final long[] births;
  private final long truePairs;
  private final double priorOdds;

  public BayesCeiling(List<Person> persons, List<Record> records) {
    this.persons = List.copyOf(persons);
    this.records = List.copyOf(records);
    int patronymicCount = 0;
    births = new long[persons.size()];
    for (int p = 0; p < persons.size(); p++) {
      Person person = persons.get(p);
      names.merge(nameOf(person), 1, Integer::sum);
      nationalities.merge(person.nationality(), 1, Integer::sum);
      if (person.patronymic() != null) {
        patronymics.merge(person.patronymic(), 1, Integer::sum);
        patronymicCount++;
      }
      births[p] = person.birth().toEpochDay();
    }
    Arrays.sort(births);
    withPatronymic = patronymicCount;
    int[] perPerson = new int[persons.size()];
    records.forEach(r -> perPerson[r.person()]++);
    long pairs = 0;
    for (int n : perPerson) {
      pairs += (long) n * (n - 1) / 2;
    }
    truePairs = pairs;
    double allPairs = (double) records.size() * (records.size() - 1) / 2;
    priorOdds = pairs / Math.max(1, allPairs - pairs);
  }

  /** Precision, recall and F1 at each threshold, over every pair of records sharing a name. */
  public Result score(double... thresholds) {
    long[] truePositives = new long[thresholds.length];
    long[] falsePositives = new long[thresholds.length];
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int r = 0; r < records.size(); r++) {
      byName
          .computeIfAbsent(nameOf(persons.get(records.get(r).person())), k -> new ArrayList<>())
          .add(r);
    }
    for (List<Integer> group : byName.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          double posterior = posterior(group.get(i), group.get(j));
          boolean same = records.get(group.get(i)).person() == records.get(group.get(j)).person();
          for (int t = 0; t < thresholds.length; t++) {
            if (posterior >= thresholds[t]) {
              if (same) {
                truePositives[t]++;
              } else {
                falsePositives[t]++;
              }
            }
          }
        }
      }
    }
    List<Score> scores = new ArrayList<>();
    for (int t = 0; t < thresholds.length; t++) {
      double found = truePositives[t] + falsePositives[t];
      double precision = found == 0 ? 1 : truePositives[t] / found;
      double recall = truePairs == 0 ? 1 : truePositives[t] / (double) truePairs;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      scores.add(new Score(thresholds[t], precision, recall, f1));
    }
    return new Result(truePairs, scores);
  }

  /** The oracle's probability that records {@code a} and {@code b} are one person. */
  public double posterior(int a, int b) {
    Record x = records.get(a);
    Record y = records.get(b);
    Person px = persons.get(x.person());
    Person py = persons.get(y.person());
    if (!nameOf(px).equals(nameOf(py))) {
      return 0;
    }
    double n = persons.size();
    double ratio = n / names.get(nameOf(px));
    if (!x.nationality().isEmpty() && !y.nationality().isEmpty()) {
      if (!x.nationality().equals(y.nationality())) {
        return 0;
      }
      ratio *= n / nationalities.getOrDefault(x.nationality(), 1);
    }
    if (!x.sex().isEmpty() && !y.sex().isEmpty() && !x.sex().equals(y.sex())) {
      return 0;
    }
    long[] rx = range(x.birthDate());
    long[] ry = range(y.birthDate());
    long lo = Math.max(rx[0], ry[0]);
    long hi = Math.min(rx[1], ry[1]);
    if (lo > hi) {
      return 0;
    }
    ratio *= n * bornIn(lo, hi) / ((double) bornIn(rx[0], rx[1]) * bornIn(ry[0], ry[1]));
    if (!x.document().isEmpty() && !y.document().isEmpty()) {
      if (differences(x.document(), y.document()) > 2) {
        return 0;
      }
      ratio *= n;
    }
    if (x.showsPatronymic() && y.showsPatronymic()) {
      if (!px.patronymic().equals(py.patronymic())) {
        return 0;
      }
      ratio *= withPatronymic / (double) patronymics.get(px.patronymic());
    }
    double odds = priorOdds * ratio;
    return odds / (1 + odds);
  }

  private static String nameOf(Person person) {
    return person.given() + '\u001f' + person.surname();
  }

  /** Epoch days of the first and last birth day the written date allows. */
  static long[] range(String written) {
    if (written.isEmpty()) {
      return new long[] {Long.MIN_VALUE / 4, Long.MAX_VALUE / 4};
    }
    if (written.startsWith("~")) {
      int year = Integer.parseInt(written.substring(1));
      return new long[] {
        LocalDate.of(year - 1, 1, 1).toEpochDay(), LocalDate.of(year + 1, 12, 31).toEpochDay()
      };
    }
    return switch (written.length()) {
      case 4 -> {
        int year = Integer.parseInt(written);
        yield new long[] {
          LocalDate.of(year, 1, 1).toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay()
        };
      }
      case 7 -> {
        YearMonth month = YearMonth.parse(written);
        yield new long[] {month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay()};
      }
      default -> {
        long day = LocalDate.parse(written).toEpochDay();
        yield new long[] {day, day};
      }
    };
  }

  /** Persons born from day {@code lo} to day {@code hi}, both included. */
  private long bornIn(long lo, long hi) {
    return upperBound(births, hi) - upperBound(births, lo - 1);
  }

  /** Index of the first element greater than {@code value}. */
  private static int upperBound(long[] sorted, long value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static int differences(String a, String b) {
    if (a.length() != b.length()) {
      return Integer.MAX_VALUE;
    }
    int count = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        count++;
      }
    }
    return count;
  }
}
