import java.security.SecureRandom;
import java.util.Random;

class Tokens {
    void issue(User u) {
        // ruleid: java-insecure-random-secret
        String token = Long.toString(new Random().nextLong(), 36);
        // ruleid: java-insecure-random-secret
        int otp = (int) (Math.random() * 1000000);
        // ruleid: java-insecure-random-secret
        u.resetCode = RandomStringUtils.randomAlphanumeric(8);
        // ok: java-insecure-random-secret
        int delay = new Random().nextInt(100);
        // ok: java-insecure-random-secret
        String sessionId = newSessionId();
    }

    // ruleid: java-insecure-random-secret
    String generatePassword(int len) {
        Random rnd = new Random();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) sb.append((char) ('a' + rnd.nextInt(26)));
        return sb.toString();
    }

    // ok: java-insecure-random-secret
    String newSessionId() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().encodeToString(b);
    }

    // ok: java-insecure-random-secret
    int rollDice() {
        return new Random().nextInt(6) + 1;
    }
}
