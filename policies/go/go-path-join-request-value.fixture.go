package main

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/gorilla/mux"
)

func download(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-path-join-request-value
	f, _ := os.Open(filepath.Join(baseDir, r.URL.Query().Get("file")))
	// ruleid: go-path-join-request-value
	p := filepath.Join(baseDir, mux.Vars(r)["name"])
	// ruleid: go-path-join-request-value
	http.ServeFile(w, r, r.FormValue("path"))
	// ruleid: go-path-join-request-value
	q := filepath.Join("uploads", r.PathValue("id"), "data.bin")
	// ok: go-path-join-request-value
	s := filepath.Join(baseDir, filepath.Base(r.URL.Query().Get("file")))
	// ok: go-path-join-request-value
	t := filepath.Join(baseDir, "static", "index.html")
	// ok: go-path-join-request-value
	http.ServeFile(w, r, filepath.Join(baseDir, "index.html"))
	_, _, _, _, _ = f, p, q, s, t
}
