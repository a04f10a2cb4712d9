import java.io.PrintWriter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.springframework.web.bind.annotation.RequestParam;

class HelloServlet {
  void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    // ruleid: java-xss-response-writer
    response.getWriter().println("Hello " + request.getParameter("name"));
  }

  void search(HttpServletRequest request, HttpServletResponse response) throws Exception {
    PrintWriter out = response.getWriter();
    String q = request.getParameter("q");
    String html = "<h1>Results for " + q + "</h1>";
    // ruleid: java-xss-response-writer
    out.write(html);
  }

  void greet(@RequestParam String name, HttpServletResponse response) throws Exception {
    // ruleid: java-xss-response-writer
    response.getWriter().printf("<p>%s</p>", name);
  }

  void safe(HttpServletRequest request, HttpServletResponse response) throws Exception {
    // ok: java-xss-response-writer
    response.getWriter().println("Hello " + Encode.forHtml(request.getParameter("name")));
    int page = Integer.parseInt(request.getParameter("page"));
    // ok: java-xss-response-writer
    response.getWriter().println("page " + page);
  }

  void constant(HttpServletRequest request, HttpServletResponse response) throws Exception {
    // ok: java-xss-response-writer
    response.getWriter().println("<h1>Hello</h1>");
  }

  void notRequest(String title, HttpServletResponse response) throws Exception {
    // ok: java-xss-response-writer
    response.getWriter().println(title);
  }

  void otherStream(HttpServletRequest request) throws Exception {
    // ok: java-xss-response-writer
    System.out.println("debug " + request.getParameter("name"));
  }
}
