package main

import (
	"crypto/md5"
	"crypto/sha256"

	"golang.org/x/crypto/bcrypt"
)

func store(u *User, password string, data []byte) {
	// ruleid: go-password-fast-hash
	sum := md5.Sum([]byte(password))
	// ruleid: go-password-fast-hash
	u.Hash = sha256.Sum256([]byte(u.Salt + u.Password))
	h := sha256.New()
	// ruleid: go-password-fast-hash
	h.Write([]byte(password))
	// ok: go-password-fast-hash
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	// ok: go-password-fast-hash
	d := sha256.Sum256(data)
	// ok: go-password-fast-hash
	h.Write(data)
	_, _, _, _ = sum, hash, err, d
}
