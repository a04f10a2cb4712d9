package main

import (
	"crypto/tls"
	"net/http"
)

func client(pool *x509.CertPool, insecure bool) *http.Client {
	tr := &http.Transport{
		// ruleid: go-tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	cfg := &tls.Config{}
	// ruleid: go-tls-insecure-skip-verify
	cfg.InsecureSkipVerify = true
	// ruleid: go-tls-insecure-skip-verify
	tr.TLSClientConfig.InsecureSkipVerify = true
	// ok: go-tls-insecure-skip-verify
	safe := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	// ok: go-tls-insecure-skip-verify
	other := &tls.Config{InsecureSkipVerify: false}
	// ok: go-tls-insecure-skip-verify
	cfg.InsecureSkipVerify = insecure
	// ok: go-tls-insecure-skip-verify
	// cfg.InsecureSkipVerify = true
	_, _ = safe, other
	return &http.Client{Transport: tr}
}
