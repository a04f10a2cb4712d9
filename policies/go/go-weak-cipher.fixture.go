package main

import (
	"crypto/aes"
	"crypto/des"
	"crypto/rc4"
)

func ciphers(key []byte) {
	// ruleid: go-weak-cipher
	b, _ := des.NewCipher(key)
	// ruleid: go-weak-cipher
	t, _ := des.NewTripleDESCipher(key)
	// ruleid: go-weak-cipher
	r, _ := rc4.NewCipher(key)
	// ok: go-weak-cipher
	a, _ := aes.NewCipher(key)
	// ok: go-weak-cipher
	n := des.BlockSize
	_, _, _, _, _ = b, t, r, a, n
}
