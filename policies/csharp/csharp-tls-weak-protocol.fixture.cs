using System.Net;
using System.Security.Authentication;

class Tls
{
    void Setup()
    {
        // ruleid: csharp-tls-weak-protocol
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;
        // ruleid: csharp-tls-weak-protocol
        var p = SslProtocols.Tls11 | SslProtocols.Tls12;
        // ok: csharp-tls-weak-protocol
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
        // ok: csharp-tls-weak-protocol
        var q = SslProtocols.None;
    }
}
