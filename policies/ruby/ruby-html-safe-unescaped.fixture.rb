module PostsHelper
  def title_html(user)
    # ruleid: ruby-html-safe-unescaped
    "<b>#{user.name}</b>".html_safe
  end

  def query_echo
    # ruleid: ruby-html-safe-unescaped
    out = params[:q].html_safe
    # ruleid: ruby-html-safe-unescaped
    out2 = raw(params[:comment])
    # ok: ruby-html-safe-unescaped
    out3 = "<hr>".html_safe
    # ok: ruby-html-safe-unescaped
    out4 = content_tag(:b, params[:q])
    # ok: ruby-html-safe-unescaped
    out5 = sanitize(params[:comment])
    [out, out2, out3, out4, out5]
  end
end
