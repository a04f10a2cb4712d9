import java.security.SecureRandom;
import java.util.Random;

class Seeds {
    void seeds(byte[] entropy) throws Exception {
        // ruleid: java-securerandom-fixed-seed
        SecureRandom a = new SecureRandom("seed".getBytes());
        SecureRandom sr = SecureRandom.getInstance("SHA1PRNG");
        // ruleid: java-securerandom-fixed-seed
        sr.setSeed(12345L);
        // ruleid: java-securerandom-fixed-seed
        sr.setSeed(new byte[] {1, 2, 3});
        // ok: java-securerandom-fixed-seed
        SecureRandom b = new SecureRandom();
        // ok: java-securerandom-fixed-seed
        sr.setSeed(entropy);
        // ok: java-securerandom-fixed-seed
        new Random().setSeed(42L);
    }
}
