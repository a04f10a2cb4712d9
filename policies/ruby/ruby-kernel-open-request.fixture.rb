class FilesController < ApplicationController
  def show
    # ruleid: ruby-kernel-open-request
    data = open(params[:file]).read
    # ruleid: ruby-kernel-open-request
    page = URI.open(params[:url]).read
    # ruleid: ruby-kernel-open-request
    lines = IO.readlines("uploads/#{params[:name]}")
    # ok: ruby-kernel-open-request
    safe = File.read(File.join(UPLOAD_DIR, File.basename(params[:file].to_s)))
    # ok: ruby-kernel-open-request
    cfg = open("config/app.yml").read
    # ok: ruby-kernel-open-request
    f = File.open(params[:file])
    render plain: [data, page, lines, safe, cfg, f].join
  end
end
