def prefs
  # ruleid: ruby-marshal-load
  obj = Marshal.load(Base64.decode64(cookies[:prefs]))
  # ruleid: ruby-marshal-load
  data = Marshal.load(params[:blob])
  # ruleid: ruby-marshal-load
  state = Marshal.restore(socket.read)
  # ok: ruby-marshal-load
  copy = Marshal.load(Marshal.dump(template))
  # ok: ruby-marshal-load
  json = JSON.parse(cookies[:prefs])
  # ok: ruby-marshal-load
  blob = Marshal.dump(obj)
  [obj, data, state, copy, json, blob]
end
