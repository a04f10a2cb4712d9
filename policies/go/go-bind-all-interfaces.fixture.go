package main

import (
	"net"
	"net/http"
)

func main() {
	// ruleid: go-bind-all-interfaces
	http.ListenAndServe(":8080", nil)
	// ruleid: go-bind-all-interfaces
	ln, _ := net.Listen("tcp", "0.0.0.0:9000")
	// ok: go-bind-all-interfaces
	http.ListenAndServe("127.0.0.1:8080", nil)
	// ok: go-bind-all-interfaces
	ln2, _ := net.Listen("tcp", addr)
	// ok: go-bind-all-interfaces
	ln3, _ := net.Listen("unix", "/tmp/app.sock")
	_, _, _ = ln, ln2, ln3
}
