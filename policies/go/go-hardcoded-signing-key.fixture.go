package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

func sign(token *jwt.Token, body []byte) {
	// ruleid: go-hardcoded-signing-key
	s, _ := token.SignedString([]byte("my-secret-key"))
	// ruleid: go-hardcoded-signing-key
	mac := hmac.New(sha256.New, []byte("webhook-secret"))
	key := []byte(os.Getenv("JWT_SIGNING_KEY"))
	// ok: go-hardcoded-signing-key
	s2, _ := token.SignedString(key)
	// ok: go-hardcoded-signing-key
	mac2 := hmac.New(sha256.New, key)
	_, _, _, _ = s, mac, s2, mac2
}
