class ReportsController < ApplicationController
  def index
    # ruleid: ruby-send-params
    data = Report.send(params[:scope])
    # ruleid: ruby-send-params
    klass = params[:type].constantize
    # ruleid: ruby-send-params
    obj = Object.const_get(params[:klass]).new
    # ruleid: ruby-send-params
    @user.public_send(params[:attr], params[:value])
    # ok: ruby-send-params
    data2 = Report.public_send(SORTS.fetch(params[:sort], :by_name))
    # ok: ruby-send-params
    klass2 = "Report".constantize
    # ok: ruby-send-params
    mail = UserMailer.send(:welcome, current_user)
    # ok: ruby-send-params
    sym = params[:sort].to_sym
    render json: [data, klass, obj, data2, klass2, mail, sym]
  end
end
