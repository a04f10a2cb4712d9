package main

import "github.com/golang-jwt/jwt/v5"

func tokens(claims jwt.MapClaims, key []byte) {
	// ruleid: go-jwt-none-algorithm
	t := jwt.NewWithClaims(jwt.SigningMethodNone, claims)
	// ruleid: go-jwt-none-algorithm
	s, _ := t.SignedString(jwt.UnsafeAllowNoneSignatureType)
	// ok: go-jwt-none-algorithm
	t2 := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// ok: go-jwt-none-algorithm
	s2, _ := t2.SignedString(key)
	_, _ = s, s2
}
