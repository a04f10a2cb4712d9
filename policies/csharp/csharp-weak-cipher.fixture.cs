using System.Security.Cryptography;

class Crypt
{
    void Encrypt(byte[] key)
    {
        // ruleid: csharp-weak-cipher
        using var des = DES.Create();
        // ruleid: csharp-weak-cipher
        var tdes = new TripleDESCryptoServiceProvider();
        using var aes = Aes.Create();
        // ruleid: csharp-weak-cipher
        aes.Mode = CipherMode.ECB;
        // ok: csharp-weak-cipher
        aes.Mode = CipherMode.CBC;
        // ok: csharp-weak-cipher
        using var gcm = new AesGcm(key, 16);
    }
}
