import javax.servlet.http.Cookie;

class Login {
    void login(HttpServletResponse resp, String sid) {
        Cookie c = new Cookie("SESSION", sid);
        // ruleid: java-cookie-insecure-flags
        c.setSecure(false);
        // ruleid: java-cookie-insecure-flags
        c.setHttpOnly(false);
        // ruleid: java-cookie-insecure-flags
        ResponseCookie rc = ResponseCookie.from("sid", sid).httpOnly(false).build();
        // ok: java-cookie-insecure-flags
        c.setSecure(true);
        // ok: java-cookie-insecure-flags
        c.setHttpOnly(true);
        // ok: java-cookie-insecure-flags
        c.setSecure(request.isSecure());
    }
}
