package org.homeward.linkage.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.linkage.io.InputException;

/**
 * Pairwise precision, recall and F1 of a clustering against the truth, both as {@code
 * record_id,cluster_id} CSV files (what {@code dedupe} writes and {@code synth} gives as truth). A
 * true positive is a pair of records in the same cluster in both; counted per (true, found) cluster
 * intersection, so a million records take a second, not the square of a million.
 */
public record ClusterEvaluation(long truePairs, long foundPairs, long bothPairs) {

  public double precision() {
    return foundPairs == 0 ? 1 : (double) bothPairs / foundPairs;
  }

  public double recall() {
    return truePairs == 0 ? 1 : (double) bothPairs / truePairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public String summary() {
    return String.format(
        Locale.ROOT,
        "precision %.4f  recall %.4f  F1 %.4f  (%,d true pairs, %,d found, %,d both)",
        precision(),
        recall(),
        f1(),
        truePairs,
        foundPairs,
        bothPairs);
  }

  public static ClusterEvaluation evaluate(Path truth, Path found) throws IOException {
    Map<String, String> truthOf = read(truth);
    Map<String, String> foundOf = read(found);
    Map<String, Long> trueSizes = new HashMap<>();
    Map<String, Long> foundSizes = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    for (Map.Entry<String, String> entry : truthOf.entrySet()) {
      String cluster = foundOf.get(entry.getKey());
      if (cluster == null) {
        throw new InputException(found + ": no row for record " + entry.getKey());
      }
      trueSizes.merge(entry.getValue(), 1L, Long::sum);
      foundSizes.merge(cluster, 1L, Long::sum);
      both.merge(entry.getValue() + '\u0000' + cluster, 1L, Long::sum);
    }
    return new ClusterEvaluation(pairs(trueSizes), pairs(foundSizes), pairs(both));
  }

  private static long pairs(Map<String, Long> sizes) {
    long sum = 0;
    for (long n : sizes.values()) {
      sum += n * (n - 1) / 2;
    }
    return sum;
  }

  private static Map<String, String> read(Path file) throws IOException {
    Map<String, String> clusters = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        if (row.size() < 2) {
          throw new InputException(
              file + " line " + row.getRecordNumber() + ": expected record_id,cluster_id");
        }
        clusters.put(row.get(0).trim(), row.get(1).trim());
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    }
    return clusters;
  }
}
