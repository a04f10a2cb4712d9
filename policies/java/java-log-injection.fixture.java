import javax.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

class LoginController {
  private static final Logger log = LoggerFactory.getLogger(LoginController.class);

  void failed(HttpServletRequest request) {
    // ruleid: java-log-injection
    log.warn("Failed login for " + request.getParameter("user"));
  }

  void search(@RequestParam String q) {
    String msg = "search: " + q;
    // ruleid: java-log-injection
    log.info(msg);
  }

  void agent(@RequestHeader("User-Agent") String ua) {
    // ruleid: java-log-injection
    LOGGER.error(String.format("bad client %s", ua));
  }

  void parameterised(HttpServletRequest request) {
    String user = request.getParameter("user");
    // ok: java-log-injection
    log.warn("Failed login for {}", user);
    // ok: java-log-injection
    log.warn("Failed login for " + user.replaceAll("[\\r\\n]", "_"));
  }

  void notFromRequest(String jobId, int attempts) {
    // ok: java-log-injection
    log.info("job " + jobId + " finished after " + attempts);
  }

  void notALogger(HttpServletRequest request) {
    // ok: java-log-injection
    errors.error("bad value " + request.getParameter("x"));
  }
}
