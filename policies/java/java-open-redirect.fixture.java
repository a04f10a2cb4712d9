import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

class LoginController {
  void afterLogin(HttpServletRequest request, HttpServletResponse response) throws Exception {
    // ruleid: java-open-redirect
    response.sendRedirect(request.getParameter("next"));
  }

  @GetMapping("/logout")
  String logout(@RequestParam("returnUrl") String returnUrl) {
    // ruleid: java-open-redirect
    return "redirect:" + returnUrl;
  }

  RedirectView back(HttpServletRequest request) {
    String target = request.getHeader("X-Return-To");
    // ruleid: java-open-redirect
    return new RedirectView(target);
  }

  void safeLocal(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String next = request.getParameter("next");
    if (next == null || !next.startsWith("/") || next.startsWith("//")) {
      next = "/";
    }
    // ok: java-open-redirect
    response.sendRedirect(next);
  }

  String constant(@RequestParam String user) {
    // ok: java-open-redirect
    return "redirect:/profile";
  }

  void notRequest(HttpServletResponse response, String home) throws Exception {
    // ok: java-open-redirect
    response.sendRedirect(home);
  }

  String encodedQuery(@RequestParam String q) throws Exception {
    // ok: java-open-redirect
    return "redirect:/search?q=" + java.net.URLEncoder.encode(q, "UTF-8");
  }
}
