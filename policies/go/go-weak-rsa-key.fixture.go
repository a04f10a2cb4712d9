package main

import (
	"crypto/rand"
	"crypto/rsa"
)

func keys() {
	// ruleid: go-weak-rsa-key
	k1, _ := rsa.GenerateKey(rand.Reader, 1024)
	// ruleid: go-weak-rsa-key
	k2, _ := rsa.GenerateKey(rand.Reader, 512)
	// ok: go-weak-rsa-key
	k3, _ := rsa.GenerateKey(rand.Reader, 2048)
	// ok: go-weak-rsa-key
	k4, _ := rsa.GenerateKey(rand.Reader, 4096)
	// ok: go-weak-rsa-key
	k5, _ := rsa.GenerateKey(rand.Reader, bits)
	_, _, _, _, _ = k1, k2, k3, k4, k5
}
