import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

class Tokens {
    void tokens(String token, RSAPublicKey pub, Key key) {
        // ruleid: java-jwt-none-algorithm
        String t = JWT.create().withSubject("u1").sign(Algorithm.none());
        // ruleid: java-jwt-none-algorithm
        Claims c = Jwts.parser().parseClaimsJwt(token).getBody();
        // ok: java-jwt-none-algorithm
        DecodedJWT d = JWT.require(Algorithm.RSA256(pub, null)).build().verify(token);
        // ok: java-jwt-none-algorithm
        Claims s = Jwts.parser().setSigningKey(key).parseClaimsJws(token).getBody();
    }
}
