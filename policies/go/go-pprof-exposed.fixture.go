package main

import (
	"net/http"
	// ruleid: go-pprof-exposed
	_ "net/http/pprof"
	// ok: go-pprof-exposed
	"runtime/pprof"
	// ok: go-pprof-exposed
	_ "net/http"
)

func main() {
	_ = pprof.Profiles()
	http.ListenAndServe("127.0.0.1:6060", nil)
}
