package admin

// ruleid: go-pprof-exposed
import _ "net/http/pprof"

// ok: go-pprof-exposed
// import _ "net/http/pprof"
