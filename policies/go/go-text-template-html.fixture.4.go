package web

import (
	htmltemplate "html/template"
	"net/http"
	// ok: go-text-template-html
	"text/template"
)

// Emails use text/template, pages use html/template.
var mail = template.Must(template.New("m").Parse("Hello {{.}}"))
var page = htmltemplate.Must(htmltemplate.New("p").Parse("<p>{{.}}</p>"))

func Render(w http.ResponseWriter, name string) error { return page.Execute(w, name) }
