import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;

class TokenService {
  String subject(String token) {
    // ruleid: java-jwt-decode-unverified
    DecodedJWT jwt = JWT.decode(token);
    return jwt.getSubject();
  }

  boolean isAdmin(String token) {
    // ruleid: java-jwt-decode-unverified
    return JWT.decode(token).getClaim("role").asString().equals("admin");
  }

  String verified(String token) {
    // ok: java-jwt-decode-unverified
    DecodedJWT jwt = JWT.require(Algorithm.HMAC256(secret())).build().verify(token);
    return jwt.getSubject();
  }

  String kidThenVerify(String token) {
    // ok: java-jwt-decode-unverified
    String kid = JWT.decode(token).getKeyId();
    return JWT.require(Algorithm.RSA256(keys.get(kid), null)).build().verify(token).getSubject();
  }

  String otherDecode(String data) {
    // ok: java-jwt-decode-unverified
    return java.util.Base64.getDecoder().decode(data).toString();
  }
}
