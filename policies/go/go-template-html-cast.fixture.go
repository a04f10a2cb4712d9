package main

import (
	"fmt"
	"html/template"
	"net/http"
)

func page(w http.ResponseWriter, r *http.Request, p *Profile) {
	// ruleid: go-template-html-cast
	bio := template.HTML(r.FormValue("bio"))
	// ruleid: go-template-html-cast
	link := template.URL(p.Website)
	// ruleid: go-template-html-cast
	msg := template.HTML("<b>" + p.Name + "</b>")
	// ruleid: go-template-html-cast
	row := template.HTML(fmt.Sprintf("<td>%s</td>", p.Name))
	// ok: go-template-html-cast
	hr := template.HTML("<hr>")
	// ok: go-template-html-cast
	clean := template.HTML(policy.Sanitize(p.Bio))
	// ok: go-template-html-cast
	esc := template.HTMLEscapeString(p.Name)
	// ok: go-template-html-cast
	pct := template.HTML(fmt.Sprintf("%.2f%%", p.Ratio*100))
	// ok: go-template-html-cast
	sub := template.HTML(buf.String())
	_, _ = pct, sub
	_, _, _, _, _, _, _ = bio, link, msg, row, hr, clean, esc
}
