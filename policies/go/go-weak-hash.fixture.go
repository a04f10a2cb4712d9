package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
)

func digests(data []byte) {
	// ruleid: go-weak-hash
	a := md5.Sum(data)
	// ruleid: go-weak-hash
	h := sha1.New()
	// ok: go-weak-hash
	b := sha256.Sum256(data)
	// ok: go-weak-hash
	n := md5.Size
	_, _, _, _ = a, h, b, n
}
