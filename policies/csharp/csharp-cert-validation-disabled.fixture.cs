using System.Net;
using System.Net.Http;
using System.Net.Security;

class Http
{
    void Setup()
    {
        // ruleid: csharp-cert-validation-disabled
        ServicePointManager.ServerCertificateValidationCallback = (sender, cert, chain, errors) => true;
        var handler = new HttpClientHandler();
        // ruleid: csharp-cert-validation-disabled
        handler.ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => { return true; };
        // ruleid: csharp-cert-validation-disabled
        handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
        // ok: csharp-cert-validation-disabled
        handler.ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => errors == SslPolicyErrors.None;
        // ok: csharp-cert-validation-disabled
        var client = new HttpClient(handler);
    }
}
