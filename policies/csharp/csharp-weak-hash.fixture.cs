using System.Security.Cryptography;

class Hashes
{
    void Digest(byte[] data)
    {
        // ruleid: csharp-weak-hash
        using var md5 = MD5.Create();
        // ruleid: csharp-weak-hash
        var sha1 = SHA1.Create();
        // ruleid: csharp-weak-hash
        var h = new SHA1Managed();
        // ruleid: csharp-weak-hash
        var d = MD5.HashData(data);
        // ruleid: csharp-weak-hash
        var byName = HashAlgorithm.Create("MD5");
        // ok: csharp-weak-hash
        var good = SHA256.HashData(data);
        // ok: csharp-weak-hash
        using var sha = SHA256.Create();
        // ok: csharp-weak-hash
        var other = HashAlgorithm.Create("SHA256");
    }
}
