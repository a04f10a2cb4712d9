using Microsoft.IdentityModel.Tokens;

class Auth
{
    TokenValidationParameters Params(SecurityKey key)
    {
        var p = new TokenValidationParameters
        {
            // ruleid: csharp-jwt-validation-disabled
            RequireSignedTokens = false,
            // ruleid: csharp-jwt-validation-disabled
            ValidateLifetime = false,
            // ruleid: csharp-jwt-validation-disabled
            SignatureValidator = (token, parameters) => new JwtSecurityToken(token),
            // ok: csharp-jwt-validation-disabled
            ValidateIssuer = true,
            // ok: csharp-jwt-validation-disabled
            IssuerSigningKey = key,
        };
        // ruleid: csharp-jwt-validation-disabled
        p.RequireExpirationTime = false;
        // ok: csharp-jwt-validation-disabled
        p.ValidateLifetime = true;
        return p;
    }
}
