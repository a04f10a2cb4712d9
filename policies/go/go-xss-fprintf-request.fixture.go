package web

import (
	"fmt"
	"html"
	"io"
	"net/http"
)

func hello(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-xss-fprintf-request
	fmt.Fprintf(w, "<h1>Hello %s</h1>", r.URL.Query().Get("name"))
}

func search(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	page := "<p>Results for " + q + "</p>"
	// ruleid: go-xss-fprintf-request
	io.WriteString(w, page)
}

func echo(rw http.ResponseWriter, req *http.Request) {
	// ruleid: go-xss-fprintf-request
	fmt.Fprintln(rw, "you sent:", req.Header.Get("X-Note"))
}

func helloSafe(w http.ResponseWriter, r *http.Request) {
	// ok: go-xss-fprintf-request
	fmt.Fprintf(w, "<h1>Hello %s</h1>", html.EscapeString(r.URL.Query().Get("name")))
}

func constant(w http.ResponseWriter, r *http.Request) {
	// ok: go-xss-fprintf-request
	fmt.Fprintf(w, "<h1>Hello %s</h1>", "world")
}

func notRequest(w http.ResponseWriter, title string) {
	// ok: go-xss-fprintf-request
	fmt.Fprintf(w, "<h1>%s</h1>", title)
}

func toStderr(r *http.Request) {
	// ok: go-xss-fprintf-request
	fmt.Fprintf(os.Stderr, "debug %s\n", r.FormValue("q"))
}

func writeRequest(w io.Writer, r *http.Request) {
	// ok: go-xss-fprintf-request
	fmt.Fprintf(w, "Host: %s\r\n", r.Header.Get("Host"))
}

type page struct{}

func (p *page) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-xss-fprintf-request
	fmt.Fprintf(w, "<p>%s</p>", r.FormValue("msg"))
}

func register(mux *http.ServeMux) {
	mux.HandleFunc("/hi", func(w http.ResponseWriter, r *http.Request) {
		// ruleid: go-xss-fprintf-request
		fmt.Fprint(w, "hi ", r.URL.Query().Get("who"))
	})
}
