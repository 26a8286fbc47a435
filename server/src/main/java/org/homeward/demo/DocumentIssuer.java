package org.homeward.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.homeward.linkage.synth.GeneratorSettings;
import org.homeward.linkage.synth.TsvTable;

/**
 * Decides which identity documents a person still holds and invents plausible numbers for them.
 * Children born after leaving home have none: papers issued in the "caliphate" are not recognised
 * and the camps issue no identity documents.
 */
final class DocumentIssuer {

  private static final String LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final GeneratorSettings settings;
  private final Map<String, String> patterns;
  private final String cyrillicLetters;

  DocumentIssuer(GeneratorSettings settings) {
    this.settings = settings;
    this.patterns = new HashMap<>();
    for (TsvTable.Row row : DemoData.read("documents.tsv")) {
      patterns.put(row.text("country") + "/" + row.text("type"), row.text("pattern"));
    }
    this.cyrillicLetters = settings.text("documents.cyrillicLetters");
  }

  List<DemoDocument> issue(
      String country, LocalDate birth, LocalDate today, SplittableRandom random) {
    List<DemoDocument> documents = new ArrayList<>(2);
    if (Period.between(birth, today).getYears() >= 18) {
      addMaybe(documents, "PASSPORT", "documents.adult.passportRate", country, random);
      addMaybe(documents, "NATIONAL_ID", "documents.adult.nationalIdRate", country, random);
    } else if (birth.getYear() < settings.integer("documents.childBornBeforeYear")) {
      addMaybe(
          documents, "BIRTH_CERTIFICATE", "documents.child.birthCertificateRate", country, random);
      addMaybe(documents, "PASSPORT", "documents.child.passportRate", country, random);
    }
    return documents;
  }

  private void addMaybe(
      List<DemoDocument> documents,
      String type,
      String rateKey,
      String country,
      SplittableRandom random) {
    if (settings.chance(rateKey, random)) {
      documents.add(new DemoDocument(type, number(country, type, random), country));
    }
  }

  private String number(String country, String type, SplittableRandom random) {
    String pattern = patterns.getOrDefault(country + "/" + type, patterns.get("*/" + type));
    if (pattern == null) {
      throw new IllegalStateException("/demo/documents.tsv has no pattern for " + type);
    }
    StringBuilder out = new StringBuilder(pattern.length());
    for (char c : pattern.toCharArray()) {
      out.append(
          switch (c) {
            case '9' -> (char) ('0' + random.nextInt(10));
            case '@' -> LATIN.charAt(random.nextInt(LATIN.length()));
            case '#' -> cyrillicLetters.charAt(random.nextInt(cyrillicLetters.length()));
            default -> c;
          });
    }
    return out.toString();
  }
}
