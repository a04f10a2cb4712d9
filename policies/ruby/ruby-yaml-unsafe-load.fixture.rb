def import
  # ruleid: ruby-yaml-unsafe-load
  cfg = YAML.unsafe_load(request.body.read)
  # ruleid: ruby-yaml-unsafe-load
  doc = YAML.load(params[:config])
  # ruleid: ruby-yaml-unsafe-load
  doc2 = Psych.unsafe_load_file(path)
  # ok: ruby-yaml-unsafe-load
  safe = YAML.safe_load(request.body.read, permitted_classes: [Date])
  # ok: ruby-yaml-unsafe-load
  settings = YAML.load_file(Rails.root.join("config", "settings.yml"))
  # ok: ruby-yaml-unsafe-load
  out = YAML.dump(params[:config])
  [cfg, doc, doc2, safe, settings, out]
end
