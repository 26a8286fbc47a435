package org.homeward.repatriation;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.CurrentActor;
import org.homeward.audit.AuditTrail;
import org.homeward.common.Countries;
import org.homeward.common.NotFoundException;
import org.homeward.linkage.names.PassportLatin;
import org.homeward.registry.NameVariant;
import org.homeward.registry.Person;
import org.homeward.registry.PersonDetails;
import org.homeward.registry.RegistryService;
import org.springframework.stereotype.Service;

/**
 * The manifest and the handover certificates as PDF, generated from the data. Names appear in the
 * script the receiving authority uses (from ICU's likely script of the state's main language) and
 * in Latin. Each document is written to the audit trail, since it carries names out of the system.
 */
@Service
public class OperationDocuments {
  private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
  private static final String BOLD_FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Operations operations;
  private final OperationExecution execution;
  private final OperationRepository repository;
  private final RegistryService registry;
  private final AuditTrail audit;
  private final CurrentActor actor;
  private final Clock clock;
  private final BaseFont regular = font(FONT);
  private final BaseFont bold = font(BOLD_FONT);

  OperationDocuments(
      Operations operations,
      OperationExecution execution,
      OperationRepository repository,
      RegistryService registry,
      AuditTrail audit,
      CurrentActor actor,
      Clock clock) {
    this.operations = operations;
    this.execution = execution;
    this.repository = repository;
    this.registry = registry;
    this.audit = audit;
    this.actor = actor;
    this.clock = clock;
  }

  public byte[] manifest(UUID operationId) {
    Operation o = operations.get(operationId);
    List<UUID> ids = List.copyOf(repository.manifest(operationId).keySet());
    Map<UUID, Departure> outcomes = repository.outcomes(operationId);
    String script = scriptOf(o.receivingStates().get(0));
    byte[] pdf =
        write(
            doc -> {
              doc.add(title("Manifest: " + o.name()));
              doc.add(line("Planned date: " + o.plannedDate() + "    Status: " + o.status()));
              doc.add(line("Handover point: " + o.handoverPoint()));
              doc.add(
                  line(
                      "Receiving states: "
                          + String.join(", ", o.receivingStates())
                          + "    Capacity: "
                          + o.capacity()
                          + "    On the manifest: "
                          + ids.size()));
              List<String> extra = outcomes.isEmpty() ? List.of() : List.of("Left?");
              doc.add(persons(ids, script, extra, id -> outcomeText(outcomes.get(id))));
              doc.add(footer(ids.size()));
            });
    audit.record("MANIFEST_PDF", "Operation", operationId, "persons=" + ids.size());
    return pdf;
  }

  public byte[] handoverCertificate(UUID operationId, UUID handoverId) {
    Operation o = operations.get(operationId);
    Handover h =
        execution.handoversOf(operationId).stream()
            .filter(x -> x.id().equals(handoverId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Handover"));
    String script = scriptOf(h.receivingState());
    byte[] pdf =
        write(
            doc -> {
              doc.add(title("Certificate of handover"));
              doc.add(line("Operation: " + o.name()));
              doc.add(
                  line(
                      "Custody of the "
                          + h.personIds().size()
                          + " persons listed below passed from "
                          + h.fromAuthority()
                          + " to "
                          + h.toAuthority()
                          + " ("
                          + h.receivingState()
                          + ") at "
                          + h.place()
                          + " on "
                          + TIME.format(h.handedOverAt())
                          + "."));
              doc.add(persons(h.personIds(), script, List.of(), id -> ""));
              doc.add(signatures("Handed over by", h.fromOfficials()));
              doc.add(signatures("Received by", h.toOfficials()));
              doc.add(footer(h.personIds().size()));
            });
    audit.record(
        "HANDOVER_CERTIFICATE_PDF", "Handover", handoverId, "persons=" + h.personIds().size());
    return pdf;
  }

  /** ISO 15924 code of the script the state's main language is written in (ICU likely subtags). */
  static String scriptOf(String alpha3) {
    String alpha2 = Countries.alpha2(alpha3);
    if (alpha2 == null) {
      return "Latn";
    }
    String script = ULocale.addLikelySubtags(new ULocale("und_" + alpha2)).getScript();
    return script.isEmpty() ? "Latn" : script;
  }

  private PdfPTable persons(
      List<UUID> ids,
      String script,
      List<String> extraHeader,
      java.util.function.Function<UUID, String> extra) {
    List<String> header =
        new ArrayList<>(
            List.of("#", "Name (" + script + ")", "Name (Latin)", "Sex", "Born", "Nationality"));
    header.addAll(extraHeader);
    PdfPTable table = new PdfPTable(header.size());
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    header.forEach(h -> table.addCell(cell(h, true)));
    int n = 0;
    for (UUID id : ids) {
      PersonDetails d = visibleDetails(id);
      n++;
      table.addCell(cell(String.valueOf(n), false));
      if (d == null) {
        table.addCell(cell("(not in your access)", false));
        for (int i = 2; i < header.size(); i++) {
          table.addCell(cell("", false));
        }
        continue;
      }
      table.addCell(cell(nameIn(d, script), false));
      table.addCell(cell(nameIn(d, "Latn"), false));
      table.addCell(cell(d.sex().name(), false));
      table.addCell(cell(d.birthDate() == null ? "unknown" : d.birthDate().text(), false));
      table.addCell(
          cell(
              String.join(", ", d.nationalities().stream().map(x -> x.countryCode()).toList()),
              false));
      if (!extraHeader.isEmpty()) {
        table.addCell(cell(extra.apply(id), false));
      }
    }
    return table;
  }

  private PersonDetails visibleDetails(UUID id) {
    try {
      Person p = registry.get(id);
      return p.details();
    } catch (NotFoundException e) {
      return null;
    }
  }

  /**
   * The name as a source wrote it in that script; else in passport Latin, turned into the script by
   * ICU when the script is not Latin (a reading aid, marked as such by the caller's column).
   */
  static String nameIn(PersonDetails d, String script) {
    for (NameVariant v : d.names()) {
      if (script.equals(v.script())) {
        return v.text();
      }
    }
    String latin = PassportLatin.of(d.displayName());
    return switch (script) {
      case "Latn" -> latin;
      case "Cyrl" -> Transliterator.getInstance("Latin-Cyrillic").transliterate(latin);
      case "Arab" -> Transliterator.getInstance("Latin-Arabic").transliterate(latin);
      default -> latin;
    };
  }

  private static String outcomeText(Departure d) {
    return d == null ? "" : d == Departure.DEPARTED ? "yes" : "no: " + d.name().toLowerCase();
  }

  private PdfPCell cell(String text, boolean header) {
    PdfPCell cell = new PdfPCell(new Phrase(text, new Font(header ? bold : regular, 9)));
    if (isRightToLeft(text)) {
      cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
    }
    cell.setPadding(3);
    return cell;
  }

  private static boolean isRightToLeft(String text) {
    return text.codePoints()
        .anyMatch(
            c -> {
              byte dir = Character.getDirectionality(c);
              return dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                  || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT;
            });
  }

  private Paragraph title(String text) {
    Paragraph p = new Paragraph(text, new Font(bold, 15));
    p.setSpacingAfter(8);
    return p;
  }

  private Paragraph line(String text) {
    Paragraph p = new Paragraph(text, new Font(regular, 10));
    p.setSpacingAfter(4);
    return p;
  }

  private PdfPTable signatures(String side, List<String> officials) {
    PdfPTable table = new PdfPTable(new float[] {3, 2});
    table.setWidthPercentage(100);
    table.setSpacingBefore(14);
    table.addCell(cell(side, true));
    table.addCell(cell("Signature", true));
    for (String official : officials) {
      table.addCell(cell(official, false));
      PdfPCell blank = cell(" ", false);
      blank.setMinimumHeight(24);
      table.addCell(blank);
    }
    return table;
  }

  private Paragraph footer(int persons) {
    Paragraph p =
        new Paragraph(
            persons
                + " persons. Generated by Homeward from the records on "
                + TIME.format(clock.instant())
                + " for "
                + actor.username()
                + ". Contains personal data: keep it to those who need it.",
            new Font(regular, 8));
    p.setSpacingBefore(12);
    p.setAlignment(Element.ALIGN_LEFT);
    return p;
  }

  private interface Content {
    void addTo(Document doc) throws com.lowagie.text.DocumentException;
  }

  private byte[] write(Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
    PdfWriter.getInstance(doc, out);
    doc.open();
    try {
      content.addTo(doc);
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("The PDF could not be laid out", e);
    } finally {
      doc.close();
    }
    return out.toByteArray();
  }

  private static BaseFont font(String resource) {
    try (InputStream in = OperationDocuments.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font " + resource + " is missing from the classpath");
      }
      byte[] bytes = in.readAllBytes();
      return BaseFont.createFont(
          resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
