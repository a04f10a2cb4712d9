import ast

def calc(expr, request):
    # ruleid: python-eval-non-literal
    result = eval(expr)
    # ruleid: python-eval-non-literal
    exec(request.form["code"])
    # ok: python-eval-non-literal
    value = eval("1 + 2")
    # ok: python-eval-non-literal
    value = ast.literal_eval(expr)
    return result


def more(src, env):
    import builtins
    from builtins import eval as evaluate
    # ruleid: python-eval-non-literal
    builtins.exec(src, env)
    # ruleid: python-eval-non-literal
    evaluate(src)
    # ok: python-eval-non-literal
    exec("import os", env)
    # ok: python-eval-non-literal
    model.eval(src)
