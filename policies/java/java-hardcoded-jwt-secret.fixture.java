class Signer {
    void sign(String user, byte[] keyBytes) {
        // ruleid: java-hardcoded-jwt-secret
        Algorithm alg = Algorithm.HMAC256("change-me");
        // ruleid: java-hardcoded-jwt-secret
        String t = Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS256, "s3cr3t-signing-key").compact();
        // ruleid: java-hardcoded-jwt-secret
        SecretKeySpec k = new SecretKeySpec("my-hmac-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        // ok: java-hardcoded-jwt-secret
        Algorithm env = Algorithm.HMAC256(System.getenv("JWT_SECRET"));
        // ok: java-hardcoded-jwt-secret
        SecretKeySpec k2 = new SecretKeySpec(keyBytes, "HmacSHA256");
        // ok: java-hardcoded-jwt-secret
        String t2 = Jwts.builder().setSubject(user).signWith(signingKey).compact();
    }
}
