package main

import (
	"net/http"
	"time"
)

func main() {
	// ruleid: go-http-no-timeouts
	http.ListenAndServe("127.0.0.1:8080", mux)
	// ruleid: go-http-no-timeouts
	srv := &http.Server{Addr: ":8080", Handler: mux}
	// ok: go-http-no-timeouts
	good := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	// ok: go-http-no-timeouts
	good.ListenAndServe()
	// ok: go-http-no-timeouts
	empty := http.Server{}
	// ok: go-http-no-timeouts
	testSrv := &http.Server{Handler: mux}
	_ = testSrv
	_, _ = srv, empty
}
