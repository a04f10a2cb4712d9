package main

import (
	// ok: go-text-template-html
	"text/template"
	"os"
)

// A code generator: text/template is the right tool here.
var gen = template.Must(template.New("g").Parse(`package {{.}}`))

func main() {
	gen.Execute(os.Stdout, "main")
}
