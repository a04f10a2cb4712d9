import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;

class Hashes {
    void digest(byte[] data, String password) throws Exception {
        // ruleid: java-weak-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        // ruleid: java-weak-hash
        MessageDigest sha = MessageDigest.getInstance("SHA-1");
        // ruleid: java-weak-hash
        String h = DigestUtils.md5Hex(password);
        // ok: java-weak-hash
        MessageDigest good = MessageDigest.getInstance("SHA-256");
        // ok: java-weak-hash
        String g = DigestUtils.sha256Hex(data);
        // ok: java-weak-hash
        MessageDigest other = MessageDigest.getInstance(algorithm);
    }
}
