class UsersController < ApplicationController
  def index
    # ruleid: ruby-sqli-dataflow
    @users = User.where("name = '#{params[:name]}'")
    sql = "SELECT * FROM users WHERE email = '" + params[:email] + "'"
    # ruleid: ruby-sqli-dataflow
    @rows = User.find_by_sql(sql)
    # ruleid: ruby-sqli-dataflow
    ActiveRecord::Base.connection.execute("DELETE FROM carts WHERE id = #{params[:id]}")
    # ok: ruby-sqli-dataflow
    @users = User.where(name: params[:name])
    # ok: ruby-sqli-dataflow
    @users = User.where("name = ?", params[:name])
    # ok: ruby-sqli-dataflow
    @rows = User.find_by_sql(["SELECT * FROM users WHERE email = ?", params[:email]])
    # ok: ruby-sqli-dataflow
    @users = User.where("active = true")
  end
end
