package org.homeward.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Audit events as CSV, one row each, with every stored field including the hashes, so an export can
 * be checked against the chain. A cell that a spreadsheet would run as a formula (starting with = +
 * - @ or a control character) is prefixed with an apostrophe: names in the trail were typed by
 * users, and an export is opened by an auditor. The JSON API gives exact values.
 */
final class AuditCsv implements AutoCloseable {
  static final String[] HEADER = {
    "seq",
    "id",
    "occurred_at",
    "actor",
    "agency_id",
    "client_address",
    "request_id",
    "action",
    "target_type",
    "target_id",
    "details",
    "before",
    "after",
    "prev_hash",
    "hash"
  };

  private final CSVPrinter printer;

  AuditCsv(Writer out) throws IOException {
    printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
  }

  void write(AuditEvent e) {
    try {
      printer.printRecord(
          e.seq(),
          e.id(),
          e.occurredAt(),
          safe(e.actor()),
          e.agencyId(),
          safe(e.clientAddress()),
          safe(e.requestId()),
          safe(e.action()),
          safe(e.targetType()),
          safe(e.targetId()),
          safe(e.details()),
          safe(e.beforeJson()),
          safe(e.afterJson()),
          e.prevHash(),
          e.hash());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static String safe(String value) {
    return org.homeward.common.SpreadsheetText.defused(value);
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
