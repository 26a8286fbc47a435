package org.homeward.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.homeward.linkage.synth.GeneratorSettings;
import org.homeward.linkage.synth.NameRenderer;
import org.homeward.linkage.synth.Weighted;

/**
 * Turns a person's true facts into what the caseload holds about them: documents, a birth date of
 * some precision, names as several sources wrote them, custody status and vulnerabilities.
 */
final class PersonRecorder {

  private final DemoData data;
  private final GeneratorSettings settings;
  private final DocumentIssuer documents;
  private final BirthDateRecorder birthDates;
  private final NameRenderer names;
  private final Weighted<String> custody;

  PersonRecorder(DemoData data) {
    this.data = data;
    this.settings = data.settings();
    this.documents = new DocumentIssuer(settings);
    this.birthDates = new BirthDateRecorder(settings);
    this.names = new NameRenderer();
    this.custody = settings.weights("custody");
  }

  DemoPerson record(String key, Sketch sketch, LocalDate today, SplittableRandom random) {
    String country = sketch.nationalities().get(0);
    List<DemoDocument> papers = documents.issue(country, sketch.birth(), today, random);
    DemoBirthDate birthDate = birthDates.record(sketch.birth(), !papers.isEmpty(), today, random);
    Set<String> vulnerabilities = vulnerabilities(sketch, today, random);
    String facilityKey = sketch.facilityKey();
    if (vulnerabilities.contains("MEDICAL")
        && settings.chance("vulnerability.medicalInHospitalRate", random)) {
      facilityKey = data.facilitiesByRole().get("MEDICAL").pick(random);
    }
    boolean hasPassport = papers.stream().anyMatch(d -> d.type().equals("PASSPORT"));
    String facilityKind = data.facility(facilityKey).kind();
    List<DemoName> written =
        names
            .render(
                sketch.name(), sketch.nationality().language(), hasPassport, facilityKind, random)
            .stream()
            .map(name -> new DemoName(name.text(), name.script(), name.language(), name.source()))
            .toList();
    return new DemoPerson(
        key,
        sketch.sex(),
        birthDate,
        written,
        sketch.nationalities(),
        papers,
        facilityKey,
        custody.pick(random),
        vulnerabilities);
  }

  private Set<String> vulnerabilities(Sketch sketch, LocalDate today, SplittableRandom random) {
    Set<String> flags = new TreeSet<>(sketch.vulnerabilities());
    if (settings.chance("vulnerability.medicalRate", random)) {
      flags.add("MEDICAL");
    }
    if (settings.chance("vulnerability.disabilityRate", random)) {
      flags.add("DISABILITY");
    }
    int age = Period.between(sketch.birth(), today).getYears();
    if ("FEMALE".equals(sketch.sex())
        && age >= settings.integer("vulnerability.pregnancyMinAge")
        && age <= settings.integer("vulnerability.pregnancyMaxAge")
        && settings.chance("vulnerability.pregnancyRate", random)) {
      flags.add("PREGNANCY");
    }
    return flags;
  }
}
