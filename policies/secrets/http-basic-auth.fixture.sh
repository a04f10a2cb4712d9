# ruleid: http-basic-auth
curl -H 'Authorization: Basic YWRtaW46ZkJIOXFrSlFzamt3NWpiTDFE' https://api.corp.io
# ok: http-basic-auth
curl -H 'Authorization: Basic dXNlcjpwYXNz' https://api.corp.io
# ok: http-basic-auth
curl -H 'Authorization: Basic $CREDS' https://x
