package org.homeward.repatriation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.homeward.common.RequestBodies;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Transfer requests over HTTP. */
@RestController
@RequestMapping("/api/v1/transfer-requests")
@Tag(name = "Transfer requests")
class TransferRequestApiController {
  private final TransferRequests requests;

  TransferRequestApiController(TransferRequests requests) {
    this.requests = requests;
  }

  record RequestInput(List<UUID> personIds, String reason) {}

  record DecisionInput(Boolean accept, String reason) {}

  @Requires(Capability.TRANSFER_REQUEST)
  @PostMapping
  @Operation(summary = "A partner authority asks for named persons, with a reason")
  ResponseEntity<TransferRequest> request(@RequestBody RequestInput input) {
    RequestInput body = RequestBodies.required(input);
    TransferRequest r = requests.request(body.personIds(), body.reason());
    return ResponseEntity.created(URI.create("/api/v1/transfer-requests/" + r.id())).body(r);
  }

  @Requires(Capability.SIGNED_IN)
  @GetMapping
  @Operation(summary = "Requests made by one's agency, or naming only persons one may see")
  List<TransferRequest> list() {
    return requests.visibleRequests();
  }

  @Requires(Capability.SIGNED_IN)
  @GetMapping("/{requestId}")
  TransferRequest get(@PathVariable UUID requestId) {
    return requests.get(requestId);
  }

  @Requires(Capability.TRANSFER_DECIDE)
  @PostMapping("/{requestId}/decision")
  @Operation(summary = "Accept or decline a request, with a reason")
  TransferRequest decide(@PathVariable UUID requestId, @RequestBody DecisionInput input) {
    DecisionInput body = RequestBodies.required(input);
    return requests.decide(requestId, body.accept(), body.reason());
  }
}
