package org.homeward.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.homeward.linkage.synth.GeneratorSettings;
import org.homeward.linkage.synth.NameCatalogue;
import org.homeward.linkage.synth.Nationality;
import org.homeward.linkage.synth.Patronymics;
import org.homeward.linkage.synth.TsvTable;
import org.homeward.linkage.synth.Weighted;

/** Everything the generator knows about the world, read once from {@code /demo/} resources. */
record DemoData(
    GeneratorSettings settings,
    List<DemoFacility> facilities,
    Weighted<Nationality> nationalities,
    Map<String, Weighted<String>> secondNationalities,
    Map<String, Weighted<String>> facilitiesByRole,
    Weighted<HouseholdType> householdTypes,
    Weighted<Integer> childrenPerHousehold,
    Weighted<Integer> childAges,
    Weighted<Integer> motherAgesAtFirstBirth,
    Map<String, Weighted<AgeRange>> adultAges,
    NameCatalogue names,
    Patronymics patronymics) {

  /** Read once per class loader; the data is immutable. */
  private static final class Holder {
    private static final DemoData INSTANCE = load();
  }

  static DemoData get() {
    return Holder.INSTANCE;
  }

  private static DemoData load() {
    return new DemoData(
        GeneratorSettings.load(DEMO + "generator.properties"),
        readFacilities(),
        Nationality.load(),
        grouped("dual-nationalities.tsv", "nationality", "second"),
        grouped("facility-roles.tsv", "role", "facility"),
        readHouseholdTypes(),
        integers("children-per-household.tsv", "count"),
        integers("child-ages.tsv", "age"),
        integers("mother-age-at-first-birth.tsv", "age"),
        readAdultAges(),
        NameCatalogue.load(),
        Patronymics.load());
  }

  /** Where the demo's own data files are; names and nationalities are under {@code /synth/}. */
  static final String DEMO = "/demo/";

  static List<TsvTable.Row> read(String file) {
    return TsvTable.read(DEMO + file);
  }

  DemoFacility facility(String key) {
    return facilities.stream()
        .filter(facility -> facility.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("/demo/facilities.tsv has no " + key));
  }

  private static List<DemoFacility> readFacilities() {
    List<DemoFacility> facilities = new ArrayList<>();
    for (TsvTable.Row row : read("facilities.tsv")) {
      facilities.add(
          new DemoFacility(
              row.text("key"),
              row.text("name"),
              row.text("kind"),
              row.text("country"),
              row.text("custodian")));
    }
    return List.copyOf(facilities);
  }

  private static Weighted<HouseholdType> readHouseholdTypes() {
    Weighted.Builder<HouseholdType> builder = Weighted.builder();
    for (TsvTable.Row row : read("household-types.tsv")) {
      builder.add(HouseholdType.valueOf(row.text("type")), row.number("weight"));
    }
    return builder.build();
  }

  private static Weighted<Integer> integers(String file, String column) {
    Weighted.Builder<Integer> builder = Weighted.builder();
    for (TsvTable.Row row : read(file)) {
      builder.add(row.integer(column), row.number("weight"));
    }
    return builder.build();
  }

  private static Map<String, Weighted<AgeRange>> readAdultAges() {
    Map<String, Weighted.Builder<AgeRange>> builders = new TreeMap<>();
    for (TsvTable.Row row : read("adult-ages.tsv")) {
      builders
          .computeIfAbsent(row.text("sex"), k -> Weighted.builder())
          .add(new AgeRange(row.integer("from"), row.integer("to")), row.number("weight"));
    }
    Map<String, Weighted<AgeRange>> ages = new TreeMap<>();
    builders.forEach((sex, builder) -> ages.put(sex, builder.build()));
    return ages;
  }

  /** Weighted values of {@code valueColumn} grouped by {@code keyColumn}. */
  private static Map<String, Weighted<String>> grouped(
      String file, String keyColumn, String valueColumn) {
    Map<String, Weighted.Builder<String>> builders = new TreeMap<>();
    for (TsvTable.Row row : read(file)) {
      builders
          .computeIfAbsent(row.text(keyColumn), k -> Weighted.builder())
          .add(row.text(valueColumn), row.number("weight"));
    }
    Map<String, Weighted<String>> grouped = new TreeMap<>();
    builders.forEach((key, builder) -> grouped.put(key, builder.build()));
    return grouped;
  }
}
