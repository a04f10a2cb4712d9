import java.io.IOException;

class Converter {
  void convert(String file, String host, int port) throws IOException {
    // ruleid: java-cmdi-dataflow
    Runtime.getRuntime().exec("convert " + file + " out.png");
    String cmd = String.format("ping -c 1 %s", host);
    // ruleid: java-cmdi-dataflow
    new ProcessBuilder("sh", "-c", cmd).start();
    // ruleid: java-cmdi-dataflow
    new ProcessBuilder("/bin/bash", "-c", "nc " + host).start();
    // ok: java-cmdi-dataflow
    new ProcessBuilder("convert", file, "out.png").start();
    // ok: java-cmdi-dataflow
    Runtime.getRuntime().exec(new String[] {"convert", file, "out.png"});
    // ok: java-cmdi-dataflow
    Runtime.getRuntime().exec("uptime");
    // ok: java-cmdi-dataflow
    Runtime.getRuntime().exec("nc -z localhost " + port);
  }
}
