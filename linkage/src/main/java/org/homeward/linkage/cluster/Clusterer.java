package org.homeward.linkage.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups records into clusters (one per person) from matched pairs: connected components by
 * union–find, with a guard against chaining.
 *
 * <p>Why a guard: plain connected components let one weak link chain two clearly different people
 * together (A matches B on name and date, B matches C on name and address, but A and C share only a
 * common surname and differ in everything else). Links are therefore applied strongest first, and
 * two clusters are merged only if no pair across them has field evidence below {@code guardBits} —
 * that is, no two records that would end up together look, on their own fields, like different
 * people. Pairs across clusters are compared on demand, including pairs blocking never proposed.
 * This is a cheap form of complete-linkage checking: it costs |A|·|B| comparisons per merge, so
 * very large clusters are checked on a bounded sample of members.
 */
public final class Clusterer {

  /** Field evidence (bits without the prior) of any two records, by row. */
  @FunctionalInterface
  public interface Evidence {
    double bits(int a, int b);
  }

  /** A matched pair of rows with its match weight. */
  public record Link(int a, int b, double weight) {}

  private static final int MAX_CHECKED_MEMBERS = 50;

  private final double guardBits;

  public Clusterer(double guardBits) {
    this.guardBits = guardBits;
  }

  /** Result: cluster index per row (the smallest row in the cluster), and merges refused. */
  public record Result(int[] clusterOf, int refusedMerges) {}

  public Result cluster(int rows, List<Link> links, Evidence evidence) {
    int[] parent = new int[rows];
    List<List<Integer>> members = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      parent[i] = i;
      members.add(null); // singletons are created lazily
    }
    List<Link> ordered = new ArrayList<>(links);
    ordered.sort(Comparator.comparingDouble(Link::weight).reversed());
    int refused = 0;
    for (Link link : ordered) {
      int ra = find(parent, link.a());
      int rb = find(parent, link.b());
      if (ra == rb) {
        continue;
      }
      List<Integer> ma = membersOf(members, ra);
      List<Integer> mb = membersOf(members, rb);
      if (!compatible(ma, mb, evidence)) {
        refused++;
        continue;
      }
      // Union by size: the larger cluster's root stays root.
      if (ma.size() < mb.size()) {
        int t = ra;
        ra = rb;
        rb = t;
        List<Integer> tm = ma;
        ma = mb;
        mb = tm;
      }
      parent[rb] = ra;
      ma.addAll(mb);
      members.set(rb, null);
    }
    int[] clusterOf = new int[rows];
    int[] smallest = new int[rows];
    Arrays.fill(smallest, Integer.MAX_VALUE);
    for (int i = 0; i < rows; i++) {
      int root = find(parent, i);
      smallest[root] = Math.min(smallest[root], i);
    }
    for (int i = 0; i < rows; i++) {
      clusterOf[i] = smallest[find(parent, i)];
    }
    return new Result(clusterOf, refused);
  }

  private boolean compatible(List<Integer> a, List<Integer> b, Evidence evidence) {
    if (a.size() == 1 && b.size() == 1) {
      return true; // the link itself is the only pair, and it matched
    }
    int na = Math.min(a.size(), MAX_CHECKED_MEMBERS);
    int nb = Math.min(b.size(), MAX_CHECKED_MEMBERS);
    for (int i = 0; i < na; i++) {
      for (int j = 0; j < nb; j++) {
        if (evidence.bits(a.get(i), b.get(j)) < guardBits) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<Integer> membersOf(List<List<Integer>> members, int root) {
    List<Integer> list = members.get(root);
    if (list == null) {
      list = new ArrayList<>(List.of(root));
      members.set(root, list);
    }
    return list;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
