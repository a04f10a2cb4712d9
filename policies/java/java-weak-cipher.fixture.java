import javax.crypto.Cipher;

class Crypt {
    void ciphers() throws Exception {
        // ruleid: java-weak-cipher
        Cipher a = Cipher.getInstance("AES");
        // ruleid: java-weak-cipher
        Cipher b = Cipher.getInstance("AES/ECB/PKCS5Padding");
        // ruleid: java-weak-cipher
        Cipher c = Cipher.getInstance("DES/CBC/PKCS5Padding");
        // ruleid: java-weak-cipher
        Cipher d = Cipher.getInstance("DESede");
        // ruleid: java-weak-cipher
        Cipher e = Cipher.getInstance("RC4");
        // ok: java-weak-cipher
        Cipher f = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java-weak-cipher
        Cipher g = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        // ok: java-weak-cipher
        Cipher h = Cipher.getInstance("ChaCha20-Poly1305");
    }
}
