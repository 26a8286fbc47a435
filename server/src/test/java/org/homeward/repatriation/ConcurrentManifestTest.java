package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Two coordinators put the same family on two operations at the same moment. */
@HomewardIntegrationTest
class ConcurrentManifestTest {
  @Autowired ApplicationContext context;

  @Test
  void twoCoordinatorsAddingTheSamePersonAtOnceOneSucceedsTheOtherGetsAConflict() throws Exception {
    RepatriationFixture fx = new RepatriationFixture(context);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        String mother = fx.woman("Одинаева " + round, "TJK");
        String child = fx.child("Одинаев " + round, "MALE", 5, "TJK", mother);
        fx.approve(mother);
        fx.approve(child);
        String first = fx.plan(10, List.of("TJK"));
        String second = fx.plan(10, List.of("TJK"));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        for (String[] attempt :
            new String[][] {{first, "coordinator"}, {second, "secondCoordinator"}}) {
          ApiClient who = attempt[1].equals("coordinator") ? fx.coordinator : fx.secondCoordinator;
          replies.add(
              pool.submit(
                  () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return who.post(
                        "/api/v1/operations/" + attempt[0] + "/manifest",
                        java.util.Map.of(
                            "persons",
                            List.of(
                                java.util.Map.of("personId", mother),
                                java.util.Map.of("personId", child))));
                  }));
        }
        List<Integer> statuses = new ArrayList<>();
        String conflict = null;
        for (Future<ApiClient.Reply> f : replies) {
          ApiClient.Reply reply = f.get(60, TimeUnit.SECONDS);
          statuses.add(reply.status());
          if (reply.status() == 409) {
            conflict = reply.text("/detail");
          }
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(conflict).contains("already on another active manifest");
        int onFirst = fx.coordinator.get("/api/v1/operations/" + first + "/manifest").body().size();
        int onSecond =
            fx.coordinator.get("/api/v1/operations/" + second + "/manifest").body().size();
        assertThat(List.of(onFirst, onSecond)).containsExactlyInAnyOrder(0, 2);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
