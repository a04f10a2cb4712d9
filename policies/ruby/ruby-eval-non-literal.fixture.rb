class CalcController < ApplicationController
  def show
    # ruleid: ruby-eval-non-literal
    result = eval(params[:expr])
    # ruleid: ruby-eval-non-literal
    value = eval("#{params[:a]} + #{params[:b]}")
    # ruleid: ruby-eval-non-literal
    @report.instance_eval(params[:code])
    # ruleid: ruby-eval-non-literal
    eval code_from_user
    # ok: ruby-eval-non-literal
    three = eval("1 + 2")
    # ok: ruby-eval-non-literal
    total = Integer(params[:a]) + Integer(params[:b])
    # ok: ruby-eval-non-literal
    @report.instance_eval { self.title = "x" }
    # ok: ruby-eval-non-literal
    binding_obj.local_variable_get(:x)
    render json: [result, value, three, total]
  end
end
