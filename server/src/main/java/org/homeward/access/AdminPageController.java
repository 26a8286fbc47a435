package org.homeward.access;

import java.util.List;
import java.util.UUID;
import org.homeward.common.ConflictException;
import org.homeward.common.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page: agencies, users and their roles. */
@Controller
class AdminPageController {
  private final Agencies agencies;
  private final UserAccounts accounts;

  AdminPageController(Agencies agencies, UserAccounts accounts) {
    this.agencies = agencies;
    this.accounts = accounts;
  }

  @Requires(Capability.ADMINISTER)
  @GetMapping("/admin")
  String page(Model model) {
    List<Agency> all = agencies.all();
    model.addAttribute("agencies", all);
    model.addAttribute(
        "agencyNames",
        all.stream().collect(java.util.stream.Collectors.toMap(Agency::id, Agency::name)));
    model.addAttribute("users", accounts.all());
    model.addAttribute("roles", Role.values());
    model.addAttribute("agencyKinds", AgencyKind.values());
    return "admin";
  }

  @Requires(Capability.ADMINISTER)
  @PostMapping("/admin/agencies")
  String createAgency(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String stateCode,
      RedirectAttributes redirect) {
    return outcome(() -> agencies.register(name, kind, stateCode), redirect);
  }

  @Requires(Capability.ADMINISTER)
  @PostMapping("/admin/users")
  String createUser(
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) UUID agencyId,
      @RequestParam(required = false) List<String> roles,
      RedirectAttributes redirect) {
    return outcome(
        () -> accounts.create(username, password, AccessApiController.roles(roles), agencyId),
        redirect);
  }

  @Requires(Capability.ADMINISTER)
  @PostMapping("/admin/users/{username}/roles")
  String setRoles(
      @PathVariable String username,
      @RequestParam(required = false) List<String> roles,
      RedirectAttributes redirect) {
    return outcome(() -> accounts.setRoles(username, AccessApiController.roles(roles)), redirect);
  }

  private static String outcome(Runnable change, RedirectAttributes redirect) {
    try {
      change.run();
      redirect.addFlashAttribute("adminMessage", "admin.saved");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "adminErrors",
          e.errors().stream().map(err -> err.field() + ": " + err.expected()).toList());
    } catch (ConflictException e) {
      redirect.addFlashAttribute("adminErrors", List.of(e.getMessage()));
    }
    return "redirect:/admin";
  }
}
