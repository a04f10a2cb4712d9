import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestTemplate;

class PreviewController {
  private static final java.util.Set<String> ALLOWED_HOSTS = java.util.Set.of("api.partner.example");
  private final RestTemplate restTemplate = new RestTemplate();

  InputStream fetch(HttpServletRequest req) throws Exception {
    // ruleid: java-ssrf-dataflow
    return new URL(req.getParameter("u")).openStream();
  }

  String preview(@RequestParam String url) {
    // ruleid: java-ssrf-dataflow
    return restTemplate.getForObject(url, String.class);
  }

  String hook(@RequestParam("host") String host) throws Exception {
    String target = "http://" + host + "/callback";
    // ruleid: java-ssrf-dataflow
    URI uri = URI.create(target);
    return uri.toString();
  }

  String safeChecked(@RequestParam String target) {
    URI uri = URI.create(target);
    if (!ALLOWED_HOSTS.contains(uri.getHost())) {
      throw new SecurityException("host not allowed");
    }
    // ok: java-ssrf-dataflow
    return restTemplate.getForObject(uri, String.class);
  }

  String safeEncoded(@RequestParam String q) throws Exception {
    // ok: java-ssrf-dataflow
    return restTemplate.getForObject("https://search.internal/?q=" + URLEncoder.encode(q, "UTF-8"), String.class);
  }

  String notRequest(String configured) throws Exception {
    // ok: java-ssrf-dataflow
    return restTemplate.getForObject(configured, String.class);
  }

  InputStream constant() throws Exception {
    // ok: java-ssrf-dataflow
    return new URL("https://status.internal/health").openStream();
  }
}
