# ruleid: http-bearer-token
curl -H 'Authorization: Bearer zqiStIRAfs4BA0KymyJlIwcU0lL9mkgym4sxJ3pw' https://api.corp.io
# ok: http-bearer-token
curl -H 'Authorization: Bearer $TOKEN' https://api.corp.io
# ok: http-bearer-token
curl -H 'Authorization: Bearer <token>' https://x
