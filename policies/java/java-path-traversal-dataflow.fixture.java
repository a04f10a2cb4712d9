import java.io.File;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.io.FilenameUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

class FileController {
  private static final String UPLOAD_DIR = "/srv/uploads";

  byte[] download(HttpServletRequest request) throws Exception {
    // ruleid: java-path-traversal-dataflow
    File f = new File(UPLOAD_DIR, request.getParameter("name"));
    return Files.readAllBytes(f.toPath());
  }

  @GetMapping("/files/{name}")
  byte[] byPath(@PathVariable String name) throws Exception {
    // ruleid: java-path-traversal-dataflow
    return Files.readAllBytes(Paths.get(UPLOAD_DIR, name));
  }

  void store(MultipartFile file) throws Exception {
    String target = UPLOAD_DIR + "/" + file.getOriginalFilename();
    // ruleid: java-path-traversal-dataflow
    file.transferTo(new File(target));
  }

  String read(@RequestParam("report") String report) throws Exception {
    String path = "/reports/" + report.trim() + ".txt";
    // ruleid: java-path-traversal-dataflow
    try (FileInputStream in = new FileInputStream(path)) {
      return new String(in.readAllBytes());
    }
  }

  byte[] safeContained(@RequestParam String name) throws Exception {
    Path base = Paths.get(UPLOAD_DIR).toAbsolutePath().normalize();
    // ok: java-path-traversal-dataflow
    Path p = base.resolve(name).normalize();
    if (!p.startsWith(base)) {
      throw new SecurityException("bad path");
    }
    return Files.readAllBytes(p);
  }

  byte[] safeName(HttpServletRequest request) throws Exception {
    String name = FilenameUtils.getName(request.getParameter("name"));
    // ok: java-path-traversal-dataflow
    return Files.readAllBytes(Paths.get(UPLOAD_DIR, name));
  }

  byte[] notFromRequest(String name) throws Exception {
    // ok: java-path-traversal-dataflow
    return Files.readAllBytes(Paths.get(UPLOAD_DIR, name));
  }

  byte[] constant(HttpServletRequest request) throws Exception {
    String user = request.getParameter("user");
    // ok: java-path-traversal-dataflow
    return Files.readAllBytes(Paths.get(UPLOAD_DIR, "index.html"));
  }
}
