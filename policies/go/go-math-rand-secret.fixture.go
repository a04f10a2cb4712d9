package main

import (
	crand "crypto/rand"
	"fmt"
	"math/rand"
)

const letters = "abcdefghijklmnopqrstuvwxyz0123456789"

// ruleid: go-math-rand-secret
func generateToken(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func issue(u *User) {
	// ruleid: go-math-rand-secret
	otp := fmt.Sprintf("%06d", rand.Intn(1000000))
	// ruleid: go-math-rand-secret
	u.SessionID = fmt.Sprint(rand.Int63())
	// ok: go-math-rand-secret
	jitter := rand.Intn(100)
	_, _ = otp, jitter
}

// ok: go-math-rand-secret
func newToken() (string, error) {
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil {
		return "", err
	}
	return fmt.Sprintf("%x", b), nil
}

// ok: go-math-rand-secret
func shuffleCards(cards []int) {
	rand.Shuffle(len(cards), func(i, j int) { cards[i], cards[j] = cards[j], cards[i] })
}
