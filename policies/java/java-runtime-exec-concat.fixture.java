import java.io.IOException;

class Ping {
    void run(String host, String file) throws IOException {
        // ruleid: java-runtime-exec-concat
        Runtime.getRuntime().exec("ping -c 1 " + host);
        // ruleid: java-runtime-exec-concat
        Runtime.getRuntime().exec(String.format("tar xzf %s", file));
        // ruleid: java-runtime-exec-concat
        Runtime.getRuntime().exec(new String[] {"sh", "-c", "convert " + file});
        // ruleid: java-runtime-exec-concat
        new ProcessBuilder("bash", "-c", "grep " + host + " /etc/hosts").start();
        // ruleid: java-runtime-exec-concat
        new ProcessBuilder("/bin/sh", "-c", host).start();
        // ok: java-runtime-exec-concat
        new ProcessBuilder("ping", "-c", "1", host).start();
        // ok: java-runtime-exec-concat
        Runtime.getRuntime().exec(new String[] {"ping", "-c", "1", host});
        // ok: java-runtime-exec-concat
        Runtime.getRuntime().exec("uptime");
        // ok: java-runtime-exec-concat
        new ProcessBuilder("sh", "-c", "ls -l | wc -l").start();
        // ok: java-runtime-exec-concat
        executor.execute(() -> work(host));
    }
}
