using System;
using System.Security.Cryptography;

class Tokens
{
    void Issue(User u)
    {
        // ruleid: csharp-insecure-random-secret
        var otp = new Random().Next(100000, 999999).ToString();
        // ruleid: csharp-insecure-random-secret
        u.ResetToken = Random.Shared.NextInt64().ToString("x");
        // ok: csharp-insecure-random-secret
        var delay = new Random().Next(100);
        // ok: csharp-insecure-random-secret
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
    }

    // ruleid: csharp-insecure-random-secret
    string GeneratePassword(int length)
    {
        var rnd = new Random();
        return new string(Enumerable.Range(0, length).Select(_ => (char)('a' + rnd.Next(26))).ToArray());
    }

    // ok: csharp-insecure-random-secret
    string GenerateApiKey()
    {
        return Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    }
}
