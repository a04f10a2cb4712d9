package main

import (
	"net/http"
	// ruleid: go-text-template-html
	"text/template"
)

var page = template.Must(template.New("p").Parse(`<h1>Hello {{.}}</h1>`))

func hello(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, r.URL.Query().Get("name"))
}
