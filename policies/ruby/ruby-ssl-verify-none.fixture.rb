def fetch(uri)
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  # ruleid: ruby-ssl-verify-none
  http.verify_mode = OpenSSL::SSL::VERIFY_NONE
  # ruleid: ruby-ssl-verify-none
  RestClient::Request.execute(method: :get, url: uri.to_s, verify_ssl: false)
  # ruleid: ruby-ssl-verify-none
  conn = Faraday.new(url: uri.to_s, ssl: { verify: false })
  # ruleid: ruby-ssl-verify-none
  Typhoeus.get(uri.to_s, :ssl_verifypeer => false)
  # ok: ruby-ssl-verify-none
  http.verify_mode = OpenSSL::SSL::VERIFY_PEER
  # ok: ruby-ssl-verify-none
  conn2 = Faraday.new(url: uri.to_s, ssl: { verify: true, ca_file: CA })
  # ok: ruby-ssl-verify-none
  form = { remember_me: false }
  [conn, conn2, form]
end
