package org.homeward.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.homeward.registry.AgeBand;
import org.homeward.registry.CustodyStatus;
import org.homeward.registry.PersonFilter;
import org.homeward.registry.Sex;

/**
 * First-page requests of the filtered person list, rotating over the filter combinations a
 * registrar uses (nationality; nationality and age band; facility and sex; custody status and age
 * band), with values drawn deterministically per seed.
 */
public final class ListQueries {
  static final List<String> AGE_BANDS = List.of("0-4", "5-11", "12-17", "18-59", "60+");
  static final List<String> SEXES = List.of("FEMALE", "MALE");
  static final List<String> CUSTODY = List.of("HELD", "IN_TRANSIT", "MISSING", "DECEASED");
  static final List<String> KINDS =
      List.of("nationality", "nationality+ageBand", "facility+sex", "custodyStatus+ageBand");

  /**
   * One request: its kind (one of {@link #KINDS}), the query string without "?", and the same
   * filter for the registry service.
   */
  public record ListQuery(String kind, String query, PersonFilter filter) {}

  private ListQueries() {}

  public static List<ListQuery> build(
      List<String> nationalities, List<UUID> facilities, long seed, int count, int pageSize) {
    if (nationalities.isEmpty() || facilities.isEmpty()) {
      throw new IllegalArgumentException("the registry has no nationalities or no facilities");
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<ListQuery> queries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String kind = KINDS.get(i % KINDS.size());
      String nationality = null;
      UUID facility = null;
      String sex = null;
      String custody = null;
      String band = null;
      switch (kind) {
        case "nationality" -> nationality = pick(nationalities, random);
        case "nationality+ageBand" -> {
          nationality = pick(nationalities, random);
          band = pick(AGE_BANDS, random);
        }
        case "facility+sex" -> {
          facility = pick(facilities, random);
          sex = pick(SEXES, random);
        }
        default -> {
          custody = pick(CUSTODY, random);
          band = pick(AGE_BANDS, random);
        }
      }
      StringBuilder query = new StringBuilder();
      param(query, "nationality", nationality);
      param(query, "facilityId", facility == null ? null : facility.toString());
      param(query, "sex", sex);
      param(query, "custodyStatus", custody);
      param(query, "ageBand", band);
      param(query, "limit", String.valueOf(pageSize));
      PersonFilter filter =
          new PersonFilter(
              nationality,
              facility,
              custody == null ? null : CustodyStatus.valueOf(custody),
              sex == null ? null : Sex.valueOf(sex),
              band == null ? null : AgeBand.fromLabel(band).orElseThrow());
      queries.add(new ListQuery(kind, query.toString(), filter));
    }
    return queries;
  }

  private static void param(StringBuilder query, String name, String value) {
    if (value != null) {
      query.append(query.isEmpty() ? "" : "&").append(name).append('=');
      query.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private static <T> T pick(List<T> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }
}
