using Microsoft.AspNetCore.Http;

class Login
{
    void SignIn(HttpResponse response, string sid)
    {
        response.Cookies.Append("sid", sid, new CookieOptions
        {
            // ruleid: csharp-cookie-insecure-flags
            HttpOnly = false,
            // ruleid: csharp-cookie-insecure-flags
            Secure = false,
            // ok: csharp-cookie-insecure-flags
            SameSite = SameSiteMode.Lax,
        });
        var cookie = new HttpCookie("sid", sid);
        // ruleid: csharp-cookie-insecure-flags
        cookie.HttpOnly = false;
        // ok: csharp-cookie-insecure-flags
        cookie.Secure = true;
        // ok: csharp-cookie-insecure-flags
        var mail = new SmtpSettings { Secure = false };
        // ok: csharp-cookie-insecure-flags
        var ok = new CookieOptions { HttpOnly = true, Secure = true };
    }
}
