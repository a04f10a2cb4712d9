class SessionsController < ApplicationController
  def create
    # ruleid: ruby-open-redirect
    redirect_to params[:return_to]
  end

  def destroy
    target = params.fetch(:next, "/")
    # ruleid: ruby-open-redirect
    redirect_to target, allow_other_host: true
  end

  def back
    # ruleid: ruby-open-redirect
    redirect_to "#{request.referer}"
  end

  def safe_local
    target = params[:return_to].to_s
    # ok: ruby-open-redirect
    redirect_to(target.start_with?("/") && !target.start_with?("//") ? target : root_path)
  end

  def safe_route
    # ok: ruby-open-redirect
    redirect_to user_path(params[:id])
  end

  def constant
    # ok: ruby-open-redirect
    redirect_to "/dashboard"
  end

  def helper(url)
    # ok: ruby-open-redirect
    redirect_to url
  end
end
