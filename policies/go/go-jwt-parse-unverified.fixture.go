package main

import "github.com/golang-jwt/jwt/v5"

func userID(raw string, keyFunc jwt.Keyfunc) string {
	var claims jwt.RegisteredClaims
	// ruleid: go-jwt-parse-unverified
	_, _, err := jwt.NewParser().ParseUnverified(raw, &claims)
	// ruleid: go-jwt-parse-unverified
	_, _, err = new(jwt.Parser).ParseUnverified(raw, &claims)
	// ok: go-jwt-parse-unverified
	_, err = jwt.ParseWithClaims(raw, &claims, keyFunc, jwt.WithValidMethods([]string{"RS256"}))
	// ok: go-jwt-parse-unverified
	_, err = jwt.Parse(raw, keyFunc)
	_ = err
	return claims.Subject
}
