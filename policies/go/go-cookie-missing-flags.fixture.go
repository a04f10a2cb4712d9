package main

import "net/http"

func login(w http.ResponseWriter, sid, token string, secure bool) {
	// ruleid: go-cookie-missing-flags
	http.SetCookie(w, &http.Cookie{Name: "session", Value: sid})
	// ruleid: go-cookie-missing-flags
	http.SetCookie(w, &http.Cookie{Name: "auth_token", Value: token, Secure: true})
	// ruleid: go-cookie-missing-flags
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true})
	// ok: go-cookie-missing-flags
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	// ok: go-cookie-missing-flags
	http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, HttpOnly: true, Secure: secure})
	// ok: go-cookie-missing-flags
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: "en"})
}
