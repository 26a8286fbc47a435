package org.homeward.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.homeward.audit.AuditTrail;
import org.homeward.common.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The code page after the password, and first-time enrolment of an authenticator app. */
@Controller
class SecondFactorPageController {
  private final SecondFactor secondFactor;
  private final AuditTrail audit;

  SecondFactorPageController(SecondFactor secondFactor, AuditTrail audit) {
    this.secondFactor = secondFactor;
    this.audit = audit;
  }

  @Requires(Capability.SECOND_FACTOR)
  @GetMapping("/login/second-factor")
  String codePage() {
    return "second-factor";
  }

  @Requires(Capability.SECOND_FACTOR)
  @PostMapping("/login/second-factor")
  String checkCode(
      @AuthenticationPrincipal HomewardUser user,
      @RequestParam(required = false) String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (!secondFactor.verify(user.getUsername(), code)) {
      model.addAttribute("codeError", true);
      return "second-factor";
    }
    SecondFactorSignIn.complete(user, request, response);
    audit.record("SIGNED_IN_WITH_SECOND_FACTOR", "User", user.getUsername(), null);
    return "redirect:/";
  }

  @Requires(Capability.SECOND_FACTOR)
  @GetMapping("/login/enrol")
  String enrolPage(@AuthenticationPrincipal HomewardUser user, Model model) {
    if (secondFactor.enrolled(user.getUsername())) {
      return "redirect:/login/second-factor";
    }
    String secret = secondFactor.startEnrolment(user.getUsername());
    model.addAttribute("secret", secret);
    model.addAttribute("otpauth", SecondFactor.otpauthUri(user.getUsername(), secret));
    return "enrol";
  }

  @Requires(Capability.SECOND_FACTOR)
  @PostMapping("/login/enrol")
  String confirm(
      @AuthenticationPrincipal HomewardUser user,
      @RequestParam(required = false) String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      secondFactor.confirmEnrolment(user.getUsername(), code);
    } catch (InvalidInputException e) {
      model.addAttribute("codeError", true);
      return enrolPage(user, model);
    }
    SecondFactorSignIn.complete(user, request, response);
    return "redirect:/";
  }
}
