package main

import (
	"github.com/gin-contrib/cors"
	rscors "github.com/rs/cors"
)

func setup() {
	// ruleid: go-cors-wildcard-credentials
	a := rscors.New(rscors.Options{AllowedOrigins: []string{"*"}, AllowCredentials: true})
	// ruleid: go-cors-wildcard-credentials
	b := cors.New(cors.Config{AllowAllOrigins: true, AllowCredentials: true})
	// ruleid: go-cors-wildcard-credentials
	c := rscors.New(rscors.Options{AllowOriginFunc: func(origin string) bool { return true }, AllowCredentials: true})
	// ok: go-cors-wildcard-credentials
	d := rscors.New(rscors.Options{AllowedOrigins: []string{"https://app.example.com"}, AllowCredentials: true})
	// ok: go-cors-wildcard-credentials
	e := rscors.New(rscors.Options{AllowedOrigins: []string{"*"}})
	_, _, _, _, _ = a, b, c, d, e
}
