class FilesController < ApplicationController
  UPLOAD_DIR = Rails.root.join("uploads").to_s

  def show
    # ruleid: ruby-path-traversal
    send_file Rails.root.join("uploads", params[:name])
  end

  def report
    path = "reports/#{params[:id]}.txt"
    # ruleid: ruby-path-traversal
    render plain: File.read(path)
  end

  def purge
    target = File.join(UPLOAD_DIR, cookies[:last_upload])
    # ruleid: ruby-path-traversal
    FileUtils.rm_f(target)
  end

  def safe_basename
    # ok: ruby-path-traversal
    send_file File.join(UPLOAD_DIR, File.basename(params[:name]))
  end

  def safe_checked
    path = File.expand_path(params[:name], UPLOAD_DIR)
    raise ActionController::BadRequest unless path.start_with?(UPLOAD_DIR + "/")
    # ok: ruby-path-traversal
    send_file path
  end

  def constant
    # ok: ruby-path-traversal
    render plain: File.read("reports/index.txt")
  end

  def helper(name)
    # ok: ruby-path-traversal
    File.read(File.join(UPLOAD_DIR, name))
  end
end
