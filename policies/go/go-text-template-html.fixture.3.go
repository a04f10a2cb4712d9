package web

// ruleid: go-text-template-html
import "text/template"

var t = template.Must(template.New("x").Parse(`<p>{{.}}</p>`))

func Render(w http.ResponseWriter, name string) error { return t.Execute(w, name) }
