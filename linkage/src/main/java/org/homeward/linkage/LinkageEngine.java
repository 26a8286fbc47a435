package org.homeward.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.homeward.linkage.blocking.Blocker;
import org.homeward.linkage.blocking.BlockingRules;
import org.homeward.linkage.blocking.CandidatePairs;
import org.homeward.linkage.blocking.PairSampler;
import org.homeward.linkage.blocking.TrainingRule;
import org.homeward.linkage.cluster.Clusterer;
import org.homeward.linkage.compare.FieldComparator;
import org.homeward.linkage.compare.PreparedRecords;
import org.homeward.linkage.compare.RecordComparator;
import org.homeward.linkage.explain.Explanation;
import org.homeward.linkage.io.Dataset;
import org.homeward.linkage.io.InputException;
import org.homeward.linkage.model.ComparisonVectors;
import org.homeward.linkage.model.Estimator;
import org.homeward.linkage.model.FellegiSunter;
import org.homeward.linkage.model.TermFrequencies;
import org.homeward.linkage.model.TrainedModel;
import org.homeward.linkage.settings.LinkageSettings;
import org.homeward.linkage.settings.Thresholds;

/**
 * The record-linkage engine: settings → prepare → block → compare → estimate (u from random pairs,
 * m and λ by EM) → score → decide (→ cluster). No labels are used. Thread-safe: one engine may run
 * several jobs.
 *
 * <pre>{@code
 * LinkageSettings settings = SettingsReader.read(Path.of("settings.json"));
 * LinkageEngine engine = new LinkageEngine(settings);
 * LinkResult links = engine.link(CsvDatasetReader.read(a, settings),
 *     CsvDatasetReader.read(b, settings), Thresholds.DEFAULT, Progress.NONE);
 * }</pre>
 */
public final class LinkageEngine {

  /** A training population smaller than this says too little to estimate m from. */
  private static final int MIN_TRAINING_PAIRS = 50;

  /** Weight of the random pairs' u in a training population's EM, as a share of its pairs. */
  private static final double SESSION_PRIOR_SHARE = 0.1;

  private final LinkageSettings settings;
  private final EngineOptions options;
  private final RecordComparator comparator;
  private final List<FieldComparator<?>> comparators;
  private final Blocker blocker;

  public LinkageEngine(LinkageSettings settings) {
    this(settings, EngineOptions.DEFAULT);
  }

  public LinkageEngine(LinkageSettings settings, EngineOptions options) {
    this.settings = settings;
    this.options = options;
    this.comparator = new RecordComparator(settings);
    this.comparators = comparator.fields();
    this.blocker =
        new Blocker(
            BlockingRules.forSettings(settings), options.maxBlockPairs(), options.pairsPerRecord());
  }

  public LinkageSettings settings() {
    return settings;
  }

  public List<FieldComparator<?>> comparators() {
    return comparators;
  }

  public Blocker blocker() {
    return blocker;
  }

  /** Prepares a dataset's values for comparison (the costly transliteration happens here). */
  public PreparedRecords prepare(Dataset dataset) {
    return PreparedRecords.prepare(dataset, comparators);
  }

  /** Links two lists: every pair judged match or review. */
  public LinkResult link(Dataset left, Dataset right, Thresholds thresholds, Progress progress) {
    Run run = run(left, right, progress);
    List<ScoredPair> kept = run.decided(thresholds);
    progress.done();
    return new LinkResult(left, right, kept, run.blocking.report(), run.model);
  }

  /**
   * Links two lists with a model trained before (no estimation): the full-recompute counterpart of
   * {@link LinkageIndex#match}.
   */
  public LinkResult score(Dataset left, Dataset right, TrainedModel model, Thresholds thresholds) {
    PreparedRecords l = prepare(left);
    PreparedRecords r = prepare(right);
    Blocker.Result blocking = blocker.link(l, r);
    CandidatePairs pairs = blocking.pairs();
    TrainedModel.Scorer scorer = model.scorer(l, r);
    byte[] levels = new byte[comparators.size()];
    List<ScoredPair> kept = new ArrayList<>();
    for (int p = 0; p < pairs.size(); p++) {
      comparator.compare(l, pairs.left(p), r, pairs.right(p), levels, 0);
      double weight = scorer.weight(levels, 0, pairs.left(p), pairs.right(p));
      double probability = FellegiSunter.probability(weight);
      Thresholds.Decision decision = thresholds.decide(probability);
      if (decision != Thresholds.Decision.NON_MATCH) {
        kept.add(new ScoredPair(pairs.left(p), pairs.right(p), weight, probability, decision));
      }
    }
    kept.sort(Comparator.comparingDouble(ScoredPair::weight).reversed());
    return new LinkResult(left, right, kept, blocking.report(), model);
  }

  /** Deduplicates one list into clusters. */
  public DedupeResult dedupe(Dataset input, Thresholds thresholds, Progress progress) {
    Run run = run(input, null, progress);
    List<ScoredPair> kept = run.decided(thresholds);
    List<Clusterer.Link> links = new ArrayList<>();
    for (ScoredPair pair : kept) {
      if (pair.decision() == Thresholds.Decision.MATCH) {
        links.add(new Clusterer.Link(pair.left(), pair.right(), pair.weight()));
      }
    }
    progress.phase("clustering", 0);
    PreparedRecords records = run.left;
    Clusterer.Result clusters =
        new Clusterer(options.chainGuardBits()).cluster(input.size(), links, run.scorer::evidence);
    progress.done();
    return new DedupeResult(
        input,
        clusters.clusterOf(),
        kept,
        run.blocking.report(),
        run.model,
        clusters.refusedMerges());
  }

  /**
   * Explains one pair, with the model trained exactly as {@link #link} trains it on these lists.
   * For a dedupe, pass the same dataset twice.
   */
  public Explanation explain(
      Dataset left,
      Dataset right,
      String leftId,
      String rightId,
      Thresholds thresholds,
      Progress progress) {
    boolean dedupe = left == right;
    Map<String, Integer> leftRows = left.rowsById();
    Map<String, Integer> rightRows = dedupe ? leftRows : right.rowsById();
    Integer l = leftRows.get(leftId);
    if (l == null) {
      throw new InputException(left.source() + ": no row with id \"" + leftId + "\"");
    }
    Integer r = rightRows.get(rightId);
    if (r == null) {
      throw new InputException(right.source() + ": no row with id \"" + rightId + "\"");
    }
    Run run = run(left, dedupe ? null : right, progress);
    progress.done();
    boolean candidate =
        dedupe
            ? run.blocking.pairs().contains(Math.min(l, r), Math.max(l, r))
            : run.blocking.pairs().contains(l, r);
    return run.model.explain(run.left, l, run.right, r, thresholds, candidate);
  }

  /** Everything up to scoring, shared by link, dedupe and explain. */
  private Run run(Dataset left, Dataset right, Progress progress) {
    progress.phase("preparing records", 0);
    PreparedRecords l = prepare(left);
    PreparedRecords r = right == null ? l : prepare(right);
    progress.phase("blocking", 0);
    Blocker.Result blocking = right == null ? blocker.dedupe(l) : blocker.link(l, r);
    CandidatePairs candidates = blocking.pairs();

    progress.phase("comparing random pairs", options.randomPairs());
    boolean dedupe = right == null;
    ComparisonVectors.Pairs randomPairs = randomPairs(l, r, dedupe);
    ComparisonVectors random =
        ComparisonVectors.compute(comparator, l, r, randomPairs, progress::advance);
    progress.phase("comparing candidate pairs", candidates.size());
    ComparisonVectors vectors =
        ComparisonVectors.compute(comparator, l, r, asPairs(candidates), progress::advance);

    progress.phase("estimating", 0);
    int[] levelCounts = comparators.stream().mapToInt(c -> c.levels().size()).toArray();
    double[][] u = Estimator.estimateU(random, levelCounts);
    // EM runs over all pairs: the candidates themselves, and the random pairs that are not
    // candidates standing for all the pairs blocking left out (see Estimator).
    ComparisonVectors others = random.without(i -> isCandidate(candidates, randomPairs, i, dedupe));
    double allPairs =
        dedupe ? (double) l.size() * (l.size() - 1) / 2 : (double) l.size() * r.size();
    double othersWeight =
        others.size() == 0 ? 0 : Math.max(0, allPairs - candidates.size()) / others.size();
    double startLambda =
        Math.min(0.5, (dedupe ? l.size() / 2.0 : Math.min(l.size(), r.size())) / allPairs);
    // An optional prior bound on how many pairs can be matches (see EngineOptions).
    double maxLambda =
        options.matchesPerRecord() > 0
            ? Math.min(
                0.5,
                options.matchesPerRecord()
                    * (dedupe ? l.size() : Math.min(l.size(), r.size()))
                    / Math.max(1, allPairs))
            : 0.5;
    // m from training populations, each field's from pairs not selected on it (see TrainingRule);
    // a field no population leaves free takes its m from EM over all pairs, as λ and u do, with
    // the other fields' m fixed.
    double[][] trainedM = trainM(l, dedupe ? null : r, u, progress);
    double[][] initialM = Estimator.initialM(levelCounts, vectors);
    double[][] m = new double[levelCounts.length][];
    boolean[] fit = new boolean[levelCounts.length];
    for (int f = 0; f < m.length; f++) {
      fit[f] = trainedM[f] == null;
      m[f] = fit[f] ? initialM[f] : trainedM[f];
    }
    // u's pseudo-count is half a pair, not half a random pair (which stands for othersWeight
    // pairs): the best levels (exact names) are reached almost only by candidates, each counted
    // as one pair, so how rare they are among non-matches is seen pair by pair.
    Estimator.Result em =
        Estimator.standard()
            .estimateWithM(vectors, others, othersWeight, u, 0.5, m, startLambda, maxLambda, fit);
    FellegiSunter parameters = new FellegiSunter(em.m(), em.u(), em.lambda(), em.iterations());
    TermFrequencies frequencies =
        TermFrequencies.count(comparators, right == null ? List.of(l) : List.of(l, r));
    TrainedModel model = new TrainedModel(settings, comparator, parameters, frequencies);
    return new Run(l, r, blocking, vectors, model);
  }

  /**
   * m per field, pooled over the training populations that leave the field free (each weighted by
   * the matches it saw with a value there); null for a field none does.
   */
  private double[][] trainM(PreparedRecords l, PreparedRecords r, double[][] u, Progress progress) {
    int fields = u.length;
    double[][] sum = new double[fields][];
    double[] weights = new double[fields];
    List<TrainingRule> rules = BlockingRules.forTraining(settings);
    for (int i = 0; i < rules.size(); i++) {
      TrainingRule rule = rules.get(i);
      PairSampler.Sample sample =
          PairSampler.sample(rule.rule(), l, r, options.trainingPairs(), options.seed() + i + 1);
      if (sample.size() < MIN_TRAINING_PAIRS) {
        continue;
      }
      progress.phase("training on " + rule.rule().name(), sample.size());
      ComparisonVectors vectors =
          ComparisonVectors.compute(
              comparator, l, r == null ? l : r, asPairs(sample), progress::advance);
      Estimator.Result session =
          Estimator.standard().sessionM(vectors, rule.fields(), u, SESSION_PRIOR_SHARE);
      for (int f = 0; f < fields; f++) {
        if (session.m()[f] == null) {
          continue;
        }
        if (sum[f] == null) {
          sum[f] = new double[u[f].length];
        }
        double weight = session.matchesSeen()[f];
        for (int level = 0; level < u[f].length; level++) {
          sum[f][level] += weight * session.m()[f][level];
        }
        weights[f] += weight;
      }
    }
    for (int f = 0; f < fields; f++) {
      if (sum[f] != null) {
        for (int level = 0; level < sum[f].length; level++) {
          sum[f][level] /= weights[f];
        }
        Estimator.monotone(sum[f], u[f]);
      }
    }
    return sum;
  }

  private static ComparisonVectors.Pairs asPairs(PairSampler.Sample sample) {
    return new ComparisonVectors.Pairs() {
      @Override
      public int size() {
        return sample.size();
      }

      @Override
      public int left(int index) {
        return sample.left()[index];
      }

      @Override
      public int right(int index) {
        return sample.right()[index];
      }
    };
  }

  private static boolean isCandidate(
      CandidatePairs candidates, ComparisonVectors.Pairs pairs, int index, boolean dedupe) {
    int a = pairs.left(index);
    int b = pairs.right(index);
    return dedupe ? candidates.contains(Math.min(a, b), Math.max(a, b)) : candidates.contains(a, b);
  }

  private ComparisonVectors.Pairs randomPairs(
      PreparedRecords l, PreparedRecords r, boolean dedupe) {
    long all = dedupe ? (long) l.size() * (l.size() - 1) / 2 : (long) l.size() * r.size();
    int n = (int) Math.min(options.randomPairs(), all);
    int[] lefts = new int[n];
    int[] rights = new int[n];
    SplittableRandom random = new SplittableRandom(options.seed());
    for (int i = 0; i < n; i++) {
      int a = random.nextInt(l.size());
      int b = random.nextInt(r.size());
      while (dedupe && a == b) {
        b = random.nextInt(r.size());
      }
      lefts[i] = a;
      rights[i] = b;
    }
    return new ComparisonVectors.Pairs() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public int left(int index) {
        return lefts[index];
      }

      @Override
      public int right(int index) {
        return rights[index];
      }
    };
  }

  private static ComparisonVectors.Pairs asPairs(CandidatePairs candidates) {
    return new ComparisonVectors.Pairs() {
      @Override
      public int size() {
        return candidates.size();
      }

      @Override
      public int left(int index) {
        return candidates.left(index);
      }

      @Override
      public int right(int index) {
        return candidates.right(index);
      }
    };
  }

  private record Run(
      PreparedRecords left,
      PreparedRecords right,
      Blocker.Result blocking,
      ComparisonVectors vectors,
      TrainedModel model,
      TrainedModel.Scorer scorer) {

    Run(
        PreparedRecords left,
        PreparedRecords right,
        Blocker.Result blocking,
        ComparisonVectors vectors,
        TrainedModel model) {
      this(left, right, blocking, vectors, model, model.scorer(left, right));
    }

    /** Scored candidate pairs at or above the review threshold, best first. */
    List<ScoredPair> decided(Thresholds thresholds) {
      // Chunks scored in parallel and joined in order: the same list as one pass, in less time.
      int size = blocking.pairs().size();
      int chunks = (size + CHUNK - 1) / CHUNK;
      List<ScoredPair> kept = new ArrayList<>();
      IntStream.range(0, chunks)
          .parallel()
          .mapToObj(c -> decided(thresholds, c * CHUNK, Math.min(size, (c + 1) * CHUNK)))
          .toList()
          .forEach(kept::addAll);
      kept.sort(Comparator.comparingDouble(ScoredPair::weight).reversed());
      return kept;
    }

    private static final int CHUNK = 1 << 16;

    /** The pairs from {@code from} (included) to {@code to} judged match or review. */
    private List<ScoredPair> decided(Thresholds thresholds, int from, int to) {
      CandidatePairs pairs = blocking.pairs();
      int fields = vectors.fields();
      byte[] levels = new byte[fields];
      List<ScoredPair> kept = new ArrayList<>();
      for (int p = from; p < to; p++) {
        for (int f = 0; f < fields; f++) {
          levels[f] = vectors.level(p, f);
        }
        int l = pairs.left(p);
        int r = pairs.right(p);
        double weight = scorer.weight(levels, 0, l, r);
        double probability = FellegiSunter.probability(weight);
        Thresholds.Decision decision = thresholds.decide(probability);
        if (decision != Thresholds.Decision.NON_MATCH) {
          kept.add(new ScoredPair(l, r, weight, probability, decision));
        }
      }
      return kept;
    }
  }
}
