using Microsoft.AspNetCore.Mvc;

public class AccountController : Controller
{
    public IActionResult Login(string returnUrl)
    {
        // ruleid: csharp-open-redirect
        return Redirect(returnUrl);
    }

    public IActionResult Logout()
    {
        var next = Request.Query["next"].ToString();
        // ruleid: csharp-open-redirect
        return Redirect(next);
    }

    public void Legacy([FromQuery] string target)
    {
        // ruleid: csharp-open-redirect
        Response.Redirect("" + target);
    }

    public IActionResult SafeLocal(string returnUrl)
    {
        // ok: csharp-open-redirect
        return LocalRedirect(returnUrl);
    }

    public IActionResult SafeChecked(string returnUrl)
    {
        if (!Url.IsLocalUrl(returnUrl))
        {
            returnUrl = "/";
        }
        // ok: csharp-open-redirect
        return Redirect(returnUrl);
    }

    public IActionResult Constant(string name)
    {
        // ok: csharp-open-redirect
        return Redirect("/home");
    }

    public IActionResult NotAUrl(string name)
    {
        // ok: csharp-open-redirect
        return Redirect(name);
    }
}
